import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { PersonId } from "./ids.js";
import type { Role } from "./role.js";
import { holdsOn } from "./_internal/dates.js";

/**
 * The people who hold a role on `asOf` (5.3): every holder whose `from` is on or before it
 * and whose `until`, when given, is on or after it. Each person once, in the order of the
 * role's holders.
 *
 * @param role - the role
 * @param asOf - the day
 * @returns the holders' person ids
 * @category People
 * @example
 * ```ts
 * const ciso = (doc.roles ?? []).find((role) => role.name === "CISO");
 * ciso && roleHoldersOn(ciso, "2026-11-27"); // ["P-003"]
 * ```
 */
export function roleHoldersOn(role: Role, asOf: IsoDate): readonly PersonId[] {
  try {
    const found: PersonId[] = [];
    for (const holder of role.holders) if (holdsOn(holder, asOf) && !found.includes(holder.person)) found.push(holder.person);
    return found;
  } catch (error) {
    throw argumentError("roleHoldersOn", error);
  }
}
