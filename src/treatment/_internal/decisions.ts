import { compareDates, type DecisionId, type IsoDate } from "../../core/index.js";
import type { Decision, Revocation } from "../decision.js";

/**
 * The first revocation of each decision, counting only revocations dated on or before
 * `asOf` when it is given.
 */
export function revocationsByTarget(decisions: readonly Decision[], asOf?: IsoDate): ReadonlyMap<DecisionId, Revocation> {
  const found = new Map<DecisionId, Revocation>();
  for (const decision of decisions) {
    if (decision.kind !== "revocation") continue;
    if (asOf !== undefined && compareDates(decision.date, asOf) > 0) continue;
    if (!found.has(decision.revokes)) found.set(decision.revokes, decision);
  }
  return found;
}

/** Everyone who signed a decision, with the role they signed in. */
export function signatories(decision: Decision): readonly { readonly decidedBy: string; readonly role: string }[] {
  return [{ decidedBy: decision.decidedBy, role: decision.role }, ...(decision.cosigners ?? [])];
}
