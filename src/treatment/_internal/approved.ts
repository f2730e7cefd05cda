import type { IsoDate } from "../../core/index.js";
import type { Decision, PlanApproval } from "../decision.js";
import type { TreatmentPlan } from "../plan.js";
import { planFingerprint } from "../planFingerprint.js";
import { revocationsByTarget } from "./decisions.js";
import { judgeApproval } from "./judgeApproval.js";

/** Whether each plan is approved, looking every decision up once for all plans. */
export function approvedPlans(plans: readonly TreatmentPlan[], decisions: readonly Decision[], asOf: IsoDate | undefined): (plan: TreatmentPlan) => boolean {
  const byPlan = new Map<string, PlanApproval[]>();
  for (const decision of decisions) {
    if (decision.kind !== "plan_approval") continue;
    const list = byPlan.get(decision.plan);
    if (list) list.push(decision);
    else byPlan.set(decision.plan, [decision]);
  }
  const revocations = revocationsByTarget(decisions, asOf);
  const approved = new Set<TreatmentPlan>();
  for (const plan of plans) {
    const approvals = byPlan.get(plan.id);
    if (!approvals) continue;
    const fingerprint = planFingerprint(plan);
    if (approvals.some((approval) => judgeApproval(approval, plan, revocations, asOf, fingerprint).valid)) approved.add(plan);
  }
  return (plan) => approved.has(plan);
}
