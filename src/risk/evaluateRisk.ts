import type { RiskId } from "../core/index.js";
import { findMethodology } from "./_internal/methodologies.js";
import { levelEvaluations } from "./_internal/levelEvaluations.js";
import type { LevelEvaluation } from "./evaluateLevel.js";
import type { Methodologies, Methodology } from "./methodology.js";
import type { Rating, RatingLayer, Risk } from "./risk.js";
import { scoreRating, type RatingScore } from "./scoreRating.js";
import { argumentError, at } from "../core/_internal/index.js";

function scoreIfPossible(methodology: Methodology, rating: Rating): RatingScore | undefined {
  try {
    return scoreRating(methodology, rating);
  } catch {
    return undefined;
  }
}

/**
 * The evaluation of one rating of a risk (6.1.2 e): its score and what the acceptance
 * criteria of the rating's methodology version require.
 *
 * @category Risk
 * @example
 * ```ts
 * const risk = doc.risks.find((candidate) => candidate.id === "R-01");
 * const evaluation: RiskEvaluation | undefined = risk && evaluateRisk(doc.methodologies, risk);
 * evaluation?.layer; // "current": R-01 has no residual rating yet
 * evaluation?.level; // "high"
 * ```
 */
export interface RiskEvaluation extends LevelEvaluation {
  /** The risk. */
  readonly riskId: RiskId;
  /** The layer evaluated. */
  readonly layer: RatingLayer;
  /** The rating evaluated. */
  readonly rating: Rating;
  /** The rating's score. */
  readonly score: RatingScore;
}

/**
 * The layer that describes a risk as it stands: `residual`, else `current`, else `inherent`
 * (a `target` rating is a plan, not a state).
 *
 * @param risk - the risk
 * @returns the layer, or `undefined` when none of those is rated
 * @category Risk
 * @example
 * ```ts
 * doc.risks.slice(0, 2).map((risk) => `${risk.id}: ${standingLayer(risk)}`); // ["R-01: current", "R-02: residual"]
 * ```
 */
export function standingLayer(risk: Risk): RatingLayer | undefined {
  try {
    if (risk.ratings.residual) return "residual";
    if (risk.ratings.current) return "current";
    if (risk.ratings.inherent) return "inherent";
    return undefined;
  } catch (error) {
    throw argumentError("standingLayer", error);
  }
}

/**
 * Evaluates a risk's rating against the acceptance criteria of the methodology version the
 * rating was made under: within appetite, within tolerance or above tolerance, who may
 * accept it, how often it is reviewed and whether compensating controls are required.
 *
 * @param methodologies - the methodology, or the versions held
 * @param risk - the risk
 * @param layer - the layer; by default {@link standingLayer}
 * @returns the evaluation, or `undefined` when the layer is not rated, the rating's
 * methodology version is not held or a key is not on its scale (see {@link validateRisks})
 * @category Risk
 * @example
 * ```ts
 * doc.risks.slice(0, 2).map((risk) => evaluateRisk(doc.methodologies, risk, "residual")?.appetite);
 * // [undefined, "within_appetite"]: R-01 has no residual rating
 * ```
 */
export function evaluateRisk(methodologies: Methodologies, risk: Risk, layer?: RatingLayer): RiskEvaluation | undefined {
  try {
    const chosen = layer ?? standingLayer(risk);
    if (chosen === undefined) return undefined;
    const rating = risk.ratings[chosen];
    if (!rating) return undefined;
    const methodology = findMethodology(methodologies, rating.methodology);
    if (!methodology) return undefined;
    const score = scoreIfPossible(methodology, rating);
    if (!score) return undefined;
    const criteria = at(levelEvaluations(methodology), score.levelIndex);
    return {
      level: criteria.level,
      levelIndex: criteria.levelIndex,
      appetite: criteria.appetite,
      authority: criteria.authority,
      review: criteria.review,
      compensatingControlsRequired: criteria.compensatingControlsRequired,
      riskId: risk.id,
      layer: chosen,
      rating,
      score,
    };
  } catch (error) {
    throw argumentError("evaluateRisk", error);
  }
}
