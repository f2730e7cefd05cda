import { evaluateRisk, type RiskEvaluation } from "./evaluateRisk.js";
import type { Methodologies } from "./methodology.js";
import type { RatingLayer, Risk } from "./risk.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Compares two evaluations for treatment priority: higher level of risk first, then higher
 * consequence, then higher likelihood, then risk id (so the order is stable and total).
 *
 * @param a - first evaluation
 * @param b - second evaluation
 * @returns negative when `a` comes first
 * @category Risk
 * @example
 * ```ts
 * const evaluations = doc.risks.flatMap((risk) => evaluateRisk(doc.methodologies, risk, "inherent") ?? []);
 * evaluations.sort(compareEvaluations)[0]?.riskId; // "R-01": the highest inherent risk
 * ```
 */
export function compareEvaluations(a: RiskEvaluation, b: RiskEvaluation): number {
  try {
    return (
      b.levelIndex - a.levelIndex ||
      b.score.consequenceIndex - a.score.consequenceIndex ||
      b.score.likelihoodIndex - a.score.likelihoodIndex ||
      (a.riskId < b.riskId ? -1 : a.riskId > b.riskId ? 1 : 0)
    );
  } catch (error) {
    throw argumentError("compareEvaluations", error);
  }
}

/**
 * The risks in treatment priority order (6.1.2 e): evaluated with {@link evaluateRisk} and
 * sorted by {@link compareEvaluations}. Risks that cannot be evaluated in the layer are left out.
 *
 * @param methodologies - the methodology, or the versions held
 * @param risks - the register
 * @param layer - the layer; by default each risk's {@link standingLayer}
 * @returns evaluations, highest priority first
 * @category Risk
 * @example
 * ```ts
 * prioritiseRisks(doc.methodologies, doc.risks)[0]?.riskId; // "R-01": the risk to treat first
 * ```
 */
export function prioritiseRisks(methodologies: Methodologies, risks: readonly Risk[], layer?: RatingLayer): readonly RiskEvaluation[] {
  try {
    const evaluations: RiskEvaluation[] = [];
    for (const risk of risks) {
      const evaluation = evaluateRisk(methodologies, risk, layer);
      if (evaluation) evaluations.push(evaluation);
    }
    return evaluations.sort(compareEvaluations);
  } catch (error) {
    throw argumentError("prioritiseRisks", error);
  }
}
