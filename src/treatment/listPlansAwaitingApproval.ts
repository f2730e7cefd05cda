import type { IsoDate } from "../core/index.js";
import type { Decision } from "./decision.js";
import { approvedPlans } from "./_internal/approved.js";
import type { TreatmentPlan } from "./plan.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The plans without an approval that holds (see {@link isPlanApproved}): never approved,
 * approval revoked or expired, or changed since approval. In plan order.
 *
 * @param plans - the treatment plans
 * @param decisions - all decisions
 * @param asOf - the day; without it, expiry is not judged
 * @returns the plans awaiting a risk owner's approval (6.1.3 f)
 * @category Treatment
 * @example
 * ```ts
 * listPlansAwaitingApproval(doc.treatmentPlans, doc.decisions, "2026-11-27").map((plan) => plan.id); // ["TP-23"]
 * ```
 */
export function listPlansAwaitingApproval(plans: readonly TreatmentPlan[], decisions: readonly Decision[], asOf?: IsoDate): readonly TreatmentPlan[] {
  try {
    const isApproved = approvedPlans(plans, decisions, asOf);
    return plans.filter((plan) => !isApproved(plan));
  } catch (error) {
    throw argumentError("listPlansAwaitingApproval", error);
  }
}
