import { compareDates, type IsoDate } from "../core/index.js";
import type { Rating, Risk } from "./risk.js";
import { argumentError } from "../core/_internal/index.js";

function ratedBy(rating: Rating | undefined, asOf: IsoDate | undefined): boolean {
  return rating !== undefined && (asOf === undefined || compareDates(rating.date, asOf) <= 0);
}

/**
 * Whether a risk has been assessed (analysed and evaluated, 6.1.2 d–e) on a day: it has a
 * current or an inherent rating dated on or before `asOf`. A target or residual rating alone
 * does not assess a risk (they say where treatment aims and lands, not where the risk
 * stands); whether the rating can be scored under its methodology version is
 * {@link validateRisks}'s question, not this one. Without `asOf`, any current or inherent
 * rating counts. A risk only stores its latest rating per layer, so a risk re-rated after
 * `asOf` counts as assessed on `asOf` only through its other layer.
 *
 * @param risk - the risk
 * @param asOf - the day; without it, every rating counts
 * @returns `true` when assessed on `asOf`
 * @category Risk
 * @example
 * ```ts
 * const risk = doc.risks.find((candidate) => candidate.id === "R-01"); // inherent rating of 2025-05-19
 * if (risk) {
 *   isRiskAssessed(risk, "2025-05-18"); // false
 *   isRiskAssessed(risk, "2026-11-27"); // true
 * }
 * ```
 */
export function isRiskAssessed(risk: Risk, asOf?: IsoDate): boolean {
  try {
    return ratedBy(risk.ratings.current, asOf) || ratedBy(risk.ratings.inherent, asOf);
  } catch (error) {
    throw argumentError("isRiskAssessed", error);
  }
}

/**
 * Whether the risk assessment (6.1.2, 8.2) is complete on a day: the register holds at least
 * one risk and every risk is assessed on `asOf` (see {@link isRiskAssessed}). The PDCA exit
 * criterion `riskAssessmentComplete` and the readiness evidence for 6.1.2 d–e follow it.
 *
 * @param risks - the risk register
 * @param asOf - the day; without it, every rating counts
 * @returns `true` when complete on `asOf`
 * @category Risk
 * @example
 * ```ts
 * isRiskAssessmentComplete(doc.risks, "2026-11-27"); // true
 * isRiskAssessmentComplete([], "2026-11-27"); // false: nothing was assessed
 * ```
 */
export function isRiskAssessmentComplete(risks: readonly Risk[], asOf?: IsoDate): boolean {
  try {
    return risks.length > 0 && risks.every((risk) => isRiskAssessed(risk, asOf));
  } catch (error) {
    throw argumentError("isRiskAssessmentComplete", error);
  }
}
