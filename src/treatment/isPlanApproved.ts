import type { DecisionId, IsmsIssue, IsoDate, RiskId } from "../core/index.js";
import type { Risk } from "../risk/index.js";
import type { Decision, PlanApproval } from "./decision.js";
import type { TreatmentPlan } from "./plan.js";
import { planFingerprint } from "./planFingerprint.js";
import { judgeApproval } from "./_internal/judgeApproval.js";
import { revocationsByTarget } from "./_internal/decisions.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Where a plan approval stands: stale when the plan's substance changed since (its
 * fingerprint differs from the recorded one), expired, revoked, or invalid
 * (`requester_is_approver`, `expires_before_decision`, and with `asOf` `decision_in_future`:
 * dated or co-signed after that day).
 *
 * @category Treatment
 * @example
 * ```ts
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-01");
 * const approval = doc.decisions.find((decision) => decision.id === "D-001");
 * const status: PlanApprovalStatus | undefined = plan && approval?.kind === "plan_approval"
 *   ? planApprovalStatus(approval, plan, doc.decisions, "2026-11-27", doc.risks)
 *   : undefined;
 * status?.valid; // true
 * ```
 */
export interface PlanApprovalStatus {
  /** It holds: not stale, expired or revoked, and no invalid reason. */
  readonly valid: boolean;
  /** The plan changed since it was approved (only known when a fingerprint was recorded). */
  readonly stale: boolean;
  /** `asOf` is after the expiry date. */
  readonly expired: boolean;
  /** Revoked by a later record. */
  readonly revoked: boolean;
  /** The revoking decision. */
  readonly revokedBy: DecisionId | undefined;
  /**
   * The plan's risks whose current rating now differs from the one frozen in the approval's
   * `ratings` (empty when the approval froze none or no risks were given). A signal for the
   * owner to look again; it does not make the approval invalid (`valid` ignores it).
   */
  readonly changedRatings: readonly RiskId[];
  /** Why it is not valid whatever the day. */
  readonly invalidReasons: readonly IsmsIssue[];
}

/**
 * Judges a plan approval against the plan as it stands and the other decisions, and, given
 * the risks, which of the plan's risks were re-rated since (their current rating differs from
 * the frozen one in `ratings`).
 *
 * @param approval - a `plan_approval` record
 * @param plan - the plan it approves (as it is now)
 * @param decisions - all decisions (for revocations)
 * @param asOf - the day; without it, expiry and dates in the future are not judged and every revocation counts
 * @param risks - the risk register, to fill `changedRatings`; without it `changedRatings` is empty
 * @returns the status (an approval for another plan is invalid: `unknown_plan`)
 * @category Treatment
 * @example
 * ```ts
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-01");
 * const approval = doc.decisions.find((decision) => decision.id === "D-001");
 * if (plan && approval?.kind === "plan_approval") {
 *   planApprovalStatus(approval, plan, doc.decisions, "2026-11-27").valid; // true
 *   planApprovalStatus(approval, plan, doc.decisions, "2026-11-27", doc.risks).changedRatings; // []: no risk re-rated since
 * }
 * ```
 */
export function planApprovalStatus(
  approval: PlanApproval,
  plan: TreatmentPlan,
  decisions: readonly Decision[],
  asOf?: IsoDate,
  risks?: readonly Risk[],
): PlanApprovalStatus {
  try {
    const byId = risks ? new Map<string, Risk>(risks.map((risk) => [risk.id, risk])) : undefined;
    return judgeApproval(approval, plan, revocationsByTarget(decisions, asOf), asOf, undefined, byId);
  } catch (error) {
    throw argumentError("planApprovalStatus", error);
  }
}

/**
 * The approvals of a plan that hold on a day (see {@link planApprovalStatus}), in record order.
 *
 * @param plan - the plan
 * @param decisions - all decisions
 * @param asOf - the day; without it, expiry is not judged and every revocation counts
 * @returns the approvals that hold
 * @category Treatment
 * @example
 * ```ts
 * doc.treatmentPlans.slice(0, 2).map((plan) => listValidPlanApprovals(plan, doc.decisions, "2026-11-27").map((approval) => approval.id));
 * // [["D-001"], ["D-002"]]
 * ```
 */
export function listValidPlanApprovals(plan: TreatmentPlan, decisions: readonly Decision[], asOf?: IsoDate): readonly PlanApproval[] {
  try {
    const mine = decisions.filter((decision): decision is PlanApproval => decision.kind === "plan_approval" && decision.plan === plan.id);
    if (mine.length === 0) return mine;
    const revocations = revocationsByTarget(decisions, asOf);
    const fingerprint = planFingerprint(plan);
    return mine.filter((approval) => judgeApproval(approval, plan, revocations, asOf, fingerprint).valid);
  } catch (error) {
    throw argumentError("listValidPlanApprovals", error);
  }
}

/**
 * Whether a treatment plan has an approval that holds (6.1.3 f): not revoked, not expired
 * on `asOf`, not dated after `asOf`, not made stale by a change of the plan, requester not
 * the approver.
 *
 * @param plan - the plan
 * @param decisions - all decisions
 * @param asOf - the day; without it, expiry is not judged
 * @returns `true` when approved
 * @category Treatment
 * @example
 * ```ts
 * doc.treatmentPlans.filter((plan) => !isPlanApproved(plan, doc.decisions, "2026-11-27")).map((plan) => plan.id); // ["TP-23"]
 * ```
 */
export function isPlanApproved(plan: TreatmentPlan, decisions: readonly Decision[], asOf?: IsoDate): boolean {
  try {
    return listValidPlanApprovals(plan, decisions, asOf).length > 0;
  } catch (error) {
    throw argumentError("isPlanApproved", error);
  }
}
