import { compareDates, type DecisionId, type IsoDate } from "../../core/index.js";
import type { Decision, Revocation } from "../decision.js";

/**
 * The one rule of revocation in time: a revocation counts on `asOf` when it is dated on or
 * before that day; without `asOf`, every recorded revocation counts (the document as it stands).
 */
export function revocationCounts(revocation: Revocation, asOf: IsoDate | undefined): boolean {
  return asOf === undefined || compareDates(revocation.date, asOf) <= 0;
}

/**
 * The first revocation of each decision that counts on `asOf` (see {@link revocationCounts}):
 * the bulk form of `isDecisionRevoked`, for loops over many decisions.
 */
export function revocationsByTarget(decisions: readonly Decision[], asOf?: IsoDate): ReadonlyMap<DecisionId, Revocation> {
  const found = new Map<DecisionId, Revocation>();
  for (const decision of decisions) {
    if (decision.kind !== "revocation" || !revocationCounts(decision, asOf)) continue;
    if (!found.has(decision.revokes)) found.set(decision.revokes, decision);
  }
  return found;
}

/** Everyone who signed a decision, with the role they signed in. */
export function signatories(decision: Decision): readonly { readonly decidedBy: string; readonly role: string }[] {
  return [{ decidedBy: decision.decidedBy, role: decision.role }, ...(decision.cosigners ?? [])];
}
