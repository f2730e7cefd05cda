import { compareDates, issue, type DecisionId, type IsoDate, type RiskId } from "../../core/index.js";
import type { Risk } from "../../risk/index.js";
import type { PlanApproval, Revocation } from "../decision.js";
import type { PlanApprovalStatus } from "../isPlanApproved.js";
import type { TreatmentPlan } from "../plan.js";
import { planFingerprint } from "../planFingerprint.js";
import { sameRating } from "../sameRating.js";
import { signatureIssues } from "./checks.js";

/** `planApprovalStatus` with the revocations already looked up. */
export function judgeApproval(
  approval: PlanApproval,
  plan: TreatmentPlan,
  revocations: ReadonlyMap<DecisionId, Revocation>,
  asOf: IsoDate | undefined,
  fingerprint?: string,
  risks?: ReadonlyMap<string, Risk>,
): PlanApprovalStatus {
  const invalidReasons = signatureIssues(approval, asOf);
  const stale = approval.planFingerprint !== undefined && approval.planFingerprint !== (fingerprint ?? planFingerprint(plan));
  const expired = asOf !== undefined && approval.expires !== undefined && compareDates(asOf, approval.expires) > 0;
  const revokedBy = revocations.get(approval.id)?.id;
  if (approval.plan !== plan.id) {
    invalidReasons.push(issue("unknown_plan", `Approval ${approval.id} is for plan ${approval.plan}, not ${plan.id}.`, ["plan"]));
  }
  const revoked = revokedBy !== undefined;
  const changedRatings = risks ? changedApprovalRatings(approval, plan, risks) : [];
  return { valid: invalidReasons.length === 0 && !stale && !expired && !revoked, stale, expired, revoked, revokedBy, changedRatings, invalidReasons };
}

/**
 * The plan's risks whose current rating is no longer the one frozen in the approval, in
 * record order, once each; frozen ratings of risks outside the plan or the register are not judged.
 */
export function changedApprovalRatings(approval: PlanApproval, plan: TreatmentPlan, risks: ReadonlyMap<string, Risk>): RiskId[] {
  const changed: RiskId[] = [];
  const seen = new Set<string>();
  // The first rating recorded for a risk counts; a second one is a validation error.
  for (const { risk: id, rating } of approval.ratings ?? []) {
    const risk = risks.get(id);
    if (!risk || !plan.risks.includes(id) || seen.has(id)) continue;
    seen.add(id);
    if (!sameRating(rating, risk.ratings.current)) changed.push(id);
  }
  return changed;
}
