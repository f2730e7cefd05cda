import type { RiskEvaluation } from "./evaluateRisk.js";
import type { Methodologies } from "./methodology.js";
import { prioritiseRisks } from "./prioritiseRisks.js";
import type { RatingLayer, Risk } from "./risk.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The risks whose rating is above the risk tolerance, highest priority first.
 *
 * @param methodologies - the methodology, or the versions held
 * @param risks - the register
 * @param layer - the layer; by default each risk's standing layer
 * @returns evaluations above tolerance
 * @category Risk
 * @example
 * ```ts
 * listRisksAboveTolerance(doc.methodologies, doc.risks, "residual").map((e) => e.riskId); // []
 * listRisksAboveTolerance(doc.methodologies, doc.risks).map((e) => `${e.riskId} ${e.layer} ${e.level}`);
 * // ["R-01 current high", "R-23 current high", "R-08 current high", …]: each in its standing layer
 * ```
 */
export function listRisksAboveTolerance(methodologies: Methodologies, risks: readonly Risk[], layer?: RatingLayer): readonly RiskEvaluation[] {
  try {
    return prioritiseRisks(methodologies, risks, layer).filter((evaluation) => evaluation.appetite === "above_tolerance");
  } catch (error) {
    throw argumentError("listRisksAboveTolerance", error);
  }
}
