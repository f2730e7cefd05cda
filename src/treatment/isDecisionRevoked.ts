import type { IsoDate } from "../core/index.js";
import type { Decision } from "./decision.js";
import { revocationCounts } from "./_internal/decisions.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Whether a decision (a plan approval or a risk acceptance) is revoked on a day: a revocation
 * record names it and is dated on or before `asOf`. A revocation dated later does not revoke
 * it yet. Without `asOf`, every revocation recorded counts: the document as it stands. The one
 * rule that plan approvals, acceptances, the dated items of the document and the OSCAL export
 * follow. A revocation of a revocation changes nothing (`validateDecisions` reports it as
 * `cannot_revoke_revocation`).
 *
 * @param decision - the decision (only its `id` is read)
 * @param decisions - all decisions, where revocations are looked up
 * @param asOf - the day; without it, every recorded revocation counts
 * @returns `true` when revoked on `asOf`
 * @category Treatment
 * @example
 * ```ts
 * const acceptance = doc.decisions.find((decision) => decision.id === "D-090"); // revoked by D-091 on 2026-06-01
 * if (acceptance) {
 *   isDecisionRevoked(acceptance, doc.decisions, "2026-05-31"); // false
 *   isDecisionRevoked(acceptance, doc.decisions, "2026-06-01"); // true
 *   isDecisionRevoked(acceptance, doc.decisions); // true
 * }
 * ```
 */
export function isDecisionRevoked(decision: Pick<Decision, "id">, decisions: readonly Decision[], asOf?: IsoDate): boolean {
  try {
    const id = decision.id;
    for (const candidate of decisions) {
      if (candidate.kind === "revocation" && candidate.revokes === id && revocationCounts(candidate, asOf)) return true;
    }
    return false;
  } catch (error) {
    throw argumentError("isDecisionRevoked", error);
  }
}
