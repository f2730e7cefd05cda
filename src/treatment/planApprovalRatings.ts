import type { Risk } from "../risk/index.js";
import type { ApprovedRating } from "./decision.js";
import type { TreatmentPlan } from "./plan.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The ratings a plan approval is decided on (6.1.3 f): for each of the plan's risks, in plan
 * order and once each, its current rating (likelihood, consequence, methodology version)
 * frozen for the `ratings` field of a {@link PlanApproval}. Risks that are not in the
 * register or have no current rating are left out (nothing to freeze). Pure: nothing is
 * shared with the risks.
 *
 * @param plan - the plan being approved
 * @param risks - the risk register as it stands when the owner approves
 * @returns the frozen ratings, possibly empty
 * @category Treatment
 * @example
 * ```ts
 * const plan = TreatmentPlanSchema.parse({ id: "TP-28", title: "Encrypt laptops", risks: ["R-03"], options: ["modify"], controls: [], actions: [] });
 * const approval: PlanApproval = {
 *   kind: "plan_approval", id: DecisionIdSchema.parse("D-200"), plan: plan.id, decidedBy: "CTO", role: "Risk owner",
 *   date: "2026-11-27", rationale: "Proportionate",
 *   planFingerprint: planFingerprint(plan), ratings: planApprovalRatings(plan, doc.risks),
 * };
 * approval.ratings?.map((frozen) => `${frozen.risk}: ${frozen.rating.likelihood} × ${frozen.rating.consequence}`);
 * // ["R-03: possible × major"]: the current rating the owner approves the plan against
 * ```
 */
export function planApprovalRatings(plan: TreatmentPlan, risks: readonly Risk[]): ApprovedRating[] {
  try {
    const wanted = new Set<string>(plan.risks);
    const byId = new Map<string, Risk>();
    for (const risk of risks) if (wanted.has(risk.id) && !byId.has(risk.id)) byId.set(risk.id, risk);
    const seen = new Set<string>();
    const ratings: ApprovedRating[] = [];
    for (const id of plan.risks) {
      if (seen.has(id)) continue;
      seen.add(id);
      const current = byId.get(id)?.ratings.current;
      if (!current) continue;
      ratings.push({
        risk: id,
        rating: { likelihood: current.likelihood, consequence: current.consequence, methodology: { id: current.methodology.id, version: current.methodology.version } },
      });
    }
    return ratings;
  } catch (error) {
    throw argumentError("planApprovalRatings", error);
  }
}
