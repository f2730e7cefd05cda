import { findMethodology } from "./_internal/methodologies.js";
import { standingLayer } from "./evaluateRisk.js";
import type { Methodologies } from "./methodology.js";
import type { RatingLayer, Risk } from "./risk.js";
import { scoreRating, type RatingScore } from "./scoreRating.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Scores one layer of a risk with the methodology version its rating names, through
 * {@link scoreRating}. A query: it never throws.
 *
 * @param methodologies - the methodology, or the versions held
 * @param risk - the risk
 * @param layer - the layer; by default the standing layer (residual, else current, else inherent)
 * @returns the score, or `undefined` when the layer is not rated, the version is not held or a key is not on its scale
 * @category Risk
 * @example
 * ```ts
 * doc.risks.slice(0, 3).map((risk) => rateRisk(doc.methodologies, risk, "inherent")?.level.key);
 * // ["very_high", "high", "very_high"]
 * ```
 */
export function rateRisk(methodologies: Methodologies, risk: Risk, layer?: RatingLayer): RatingScore | undefined {
  try {
    const chosen = layer ?? standingLayer(risk);
    const rating = chosen === undefined ? undefined : risk.ratings[chosen];
    const methodology = rating && findMethodology(methodologies, rating.methodology);
    if (!rating || !methodology) return undefined;
    try {
      return scoreRating(methodology, rating);
    } catch {
      return undefined;
    }
  } catch (error) {
    throw argumentError("rateRisk", error);
  }
}
