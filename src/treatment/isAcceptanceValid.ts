import { acceptanceStatus, type AcceptanceStatusOptions } from "./acceptanceStatus.js";
import type { RiskAcceptance } from "./decision.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Whether a residual-risk acceptance (6.1.3 f) holds on a day: {@link acceptanceStatus}'s
 * `valid`. It holds when it is not stale (the risk's residual rating is still the one frozen
 * in it), not expired on `asOf`, not revoked on `asOf` (see {@link isDecisionRevoked}), and
 * has no invalid reason (authority, requester, compensating controls, level, dates after
 * `asOf`, unknown risk or methodology). The one rule that `validateDecisions`,
 * `validateTreatmentPlans` (a retained risk needs an acceptance that holds) and
 * {@link listAcceptancesNeedingAttention} follow.
 *
 * @param acceptance - a `risk_acceptance` record
 * @param options - risks, methodologies, decisions and `asOf`
 * @returns `true` when the acceptance holds on `asOf`
 * @category Treatment
 * @example
 * ```ts
 * const options = { risks: doc.risks, methodologies: doc.methodologies, decisions: doc.decisions, asOf: "2026-11-27" };
 * doc.decisions
 *   .filter((decision): decision is RiskAcceptance => decision.kind === "risk_acceptance" && !isAcceptanceValid(decision, options))
 *   .map((decision) => decision.id); // ["D-090", "D-112"]: revoked by D-091; stale (R-20 was re-rated since)
 * ```
 */
export function isAcceptanceValid(acceptance: RiskAcceptance, options: AcceptanceStatusOptions): boolean {
  try {
    return acceptanceStatus(acceptance, options).valid;
  } catch (error) {
    throw argumentError("isAcceptanceValid", error);
  }
}
