import type { IsoDate } from "../core/index.js";
import { listRisksAboveTolerance, type Methodologies, type RatingLayer, type Risk, type RiskEvaluation } from "../risk/index.js";
import type { Decision } from "./decision.js";
import { approvedPlans } from "./_internal/approved.js";
import type { TreatmentPlan } from "./plan.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * What {@link listRisksAboveToleranceWithoutApprovedPlan} needs besides the risks.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: ListRisksAboveToleranceWithoutApprovedPlanOptions = {
 *   plans: doc.treatmentPlans, decisions: [], methodologies: doc.methodologies, asOf: "2026-11-27",
 * };
 * // Without the risk owners' approvals, every risk above tolerance lacks an approved plan:
 * listRisksAboveToleranceWithoutApprovedPlan(doc.risks, options).map((e) => e.riskId);
 * // ["R-01", "R-23", "R-08", "R-13", "R-17", "R-03", "R-06"]
 * ```
 */
export interface ListRisksAboveToleranceWithoutApprovedPlanOptions {
  /** The treatment plans. */
  readonly plans: readonly TreatmentPlan[];
  /** All decisions. */
  readonly decisions: readonly Decision[];
  /** The methodology versions held. */
  readonly methodologies: Methodologies;
  /** The day; without it, expiry of approvals is not judged. */
  readonly asOf?: IsoDate;
  /** The rating layer to evaluate; by default each risk's standing layer (residual, else current, else inherent). */
  readonly layer?: RatingLayer;
}

/**
 * The risks rated above the risk tolerance that no approved treatment plan covers: the
 * first thing an auditor asks about under 6.1.3. Highest priority first (the order of
 * `listRisksAboveTolerance` in the risk module).
 *
 * @param risks - the risk register
 * @param options - plans, decisions, methodologies, `asOf` and layer
 * @returns the evaluations of those risks
 * @category Treatment
 * @example
 * ```ts
 * listRisksAboveToleranceWithoutApprovedPlan(doc.risks, {
 *   plans: doc.treatmentPlans, decisions: doc.decisions, methodologies: doc.methodologies, asOf: "2026-11-27",
 * }).map((e) => e.riskId); // ["R-23"]: its plan TP-23 awaits approval
 * ```
 */
export function listRisksAboveToleranceWithoutApprovedPlan(
  risks: readonly Risk[],
  options: ListRisksAboveToleranceWithoutApprovedPlanOptions,
): readonly RiskEvaluation[] {
  try {
    const covered = new Set<string>();
    const isApproved = approvedPlans(options.plans, options.decisions, options.asOf);
    for (const plan of options.plans) {
      if (isApproved(plan)) for (const risk of plan.risks) covered.add(risk);
    }
    return listRisksAboveTolerance(options.methodologies, risks, options.layer).filter((evaluation) => !covered.has(evaluation.riskId));
  } catch (error) {
    throw argumentError("listRisksAboveToleranceWithoutApprovedPlan", error);
  }
}
