import { compareDates, issue, type DecisionId, type IsoDate } from "../../core/index.js";
import type { PlanApproval, Revocation } from "../decision.js";
import type { PlanApprovalStatus } from "../isPlanApproved.js";
import type { TreatmentPlan } from "../plan.js";
import { planFingerprint } from "../planFingerprint.js";
import { signatureIssues } from "./checks.js";

/** `planApprovalStatus` with the revocations already looked up. */
export function judgeApproval(
  approval: PlanApproval,
  plan: TreatmentPlan,
  revocations: ReadonlyMap<DecisionId, Revocation>,
  asOf: IsoDate | undefined,
  fingerprint?: string,
): PlanApprovalStatus {
  const invalidReasons = signatureIssues(approval, asOf);
  const stale = approval.planFingerprint !== undefined && approval.planFingerprint !== (fingerprint ?? planFingerprint(plan));
  const expired = asOf !== undefined && approval.expires !== undefined && compareDates(asOf, approval.expires) > 0;
  const revokedBy = revocations.get(approval.id)?.id;
  if (approval.plan !== plan.id) {
    invalidReasons.push(issue("unknown_plan", `Approval ${approval.id} is for plan ${approval.plan}, not ${plan.id}.`, ["plan"]));
  }
  const revoked = revokedBy !== undefined;
  return { valid: invalidReasons.length === 0 && !stale && !expired && !revoked, stale, expired, revoked, revokedBy, invalidReasons };
}
