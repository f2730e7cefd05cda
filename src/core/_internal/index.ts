/**
 * Core's internal barrel: the helpers other modules of the library share but users do not
 * see. Modules import core through `core/index.ts` (public) or this file (internal), never a
 * file under `core/_internal/` directly; a test holds that rule.
 *
 * @internal
 * @module
 */
export { argumentError } from "./guard.js";
export { partyKey, sameParty } from "./party.js";
export { deepEqual } from "./deepEqual.js";
export { deepFreeze } from "./deepFreeze.js";
export { rejectReservedKeys, rejectsReservedKeys } from "./reserved.js";
export { produce, applyPatches } from "./immer.js";
export { unknownEntity } from "./unknownEntity.js";
export { zodIssues } from "./zodIssues.js";
export { at } from "./at.js";
export { compareNatural, compareText } from "./compare.js";
export { sha256Hex } from "./sha256.js";
export { recordsById, sharedLookups, sharedLookupsOf, withSharedLookups, type SharedLookups } from "./shared.js";
