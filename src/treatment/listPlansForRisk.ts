import type { RiskId } from "../core/index.js";
import type { TreatmentPlan } from "./plan.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The plans that treat a risk, in plan order.
 *
 * @param plans - the treatment plans
 * @param risk - the risk id
 * @returns the plans naming the risk
 * @category Treatment
 * @example
 * ```ts
 * listPlansForRisk(doc.treatmentPlans, RiskIdSchema.parse("R-01")).map((plan) => `${plan.id}: ${plan.options.join(", ")}`); // ["TP-01: modify"]
 * ```
 */
export function listPlansForRisk(plans: readonly TreatmentPlan[], risk: RiskId): readonly TreatmentPlan[] {
  try {
    return plans.filter((plan) => plan.risks.includes(risk));
  } catch (error) {
    throw argumentError("listPlansForRisk", error);
  }
}
