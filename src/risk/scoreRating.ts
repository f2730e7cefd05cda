import { IsmsError } from "../core/index.js";
import { matrixIndex } from "./_internal/matrixIndex.js";
import type { Methodology, MethodologyRef } from "./methodology.js";
import type { Rating } from "./risk.js";
import type { RiskLevel } from "./riskLevel.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * The derived score of a rating: the keys and indexes of its likelihood, consequence and
 * level of risk, and the methodology version. Everything an exporter (e.g. OSCAL) needs.
 *
 * @category Risk
 * @example
 * ```ts
 * const methodology = currentMethodology(doc);
 * const score: RatingScore = scoreRating(methodology, {
 *   likelihood: "likely", consequence: "major", methodology: { id: methodology.id, version: methodology.version }, date: "2026-11-27",
 * });
 * score.level.key; // "high"
 * score.levelIndex; // 2
 * ```
 */
export interface RatingScore {
  /** Likelihood level key. */
  readonly likelihood: string;
  /** 0-based index of the likelihood level. */
  readonly likelihoodIndex: number;
  /** Consequence level key. */
  readonly consequence: string;
  /** 0-based index of the consequence level. */
  readonly consequenceIndex: number;
  /** The level of risk. */
  readonly level: RiskLevel;
  /** 0-based index of the level of risk (higher is worse). */
  readonly levelIndex: number;
  /** The methodology version used. */
  readonly methodology: MethodologyRef;
}

/** Options of {@link scoreRating}. @category Risk @example `scoreRating(newMethod, oldRating, { restate: true });` */
export interface ScoreRatingOptions {
  /**
   * Score a rating made under another methodology version with this one anyway (a
   * deliberate "what would it be now" restatement). Off by default.
   */
  readonly restate?: boolean;
}

/**
 * Scores a rating through the methodology's matrix: the one scoring function every query
 * and evaluation uses (6.1.2 d). The rating must have been made under this methodology's id
 * and version, so a changed method never silently restates history.
 *
 * @param methodology - the methodology version the rating names
 * @param rating - a rating (likelihood and consequence keys)
 * @param options - see {@link ScoreRatingOptions}
 * @returns the keys, indexes and level of risk
 * @throws {@link IsmsError} `unsupported_version` when the rating names another methodology
 * version (unless `restate`), `invalid_argument` when a key is not on its scale
 * @category Risk
 * @example
 * ```ts
 * const methodology = currentMethodology(doc); // version 2
 * const rating = doc.risks.find((risk) => risk.id === "R-01")?.ratings.current; // rated under version 1
 * if (rating) scoreRating(methodology, rating, { restate: true }).level.key; // "high"
 * // Without restate: true, a rating under another version throws IsmsError "unsupported_version".
 * ```
 */
export function scoreRating(methodology: Methodology, rating: Rating, options?: ScoreRatingOptions): RatingScore {
  try {
    if ((rating.methodology.id !== methodology.id || rating.methodology.version !== methodology.version) && options?.restate !== true) {
      throw new IsmsError(
        "unsupported_version",
        `The rating was made under ${rating.methodology.id} v${rating.methodology.version}, not ${methodology.id} v${methodology.version}.`,
      );
    }
    const index = matrixIndex(methodology.matrix);
    const likelihoodIndex = index.likelihood.get(rating.likelihood);
    const consequenceIndex = index.consequence.get(rating.consequence);
    if (likelihoodIndex === undefined) throw new IsmsError("invalid_argument", `"${rating.likelihood}" is not a level of the likelihood scale.`);
    if (consequenceIndex === undefined) throw new IsmsError("invalid_argument", `"${rating.consequence}" is not a level of the consequence scale.`);
    const levelIndex = at(index.grid, likelihoodIndex * index.cols + consequenceIndex);
    return {
      likelihood: rating.likelihood,
      likelihoodIndex,
      consequence: rating.consequence,
      consequenceIndex,
      level: at(index.levels, levelIndex),
      levelIndex,
      methodology: { id: methodology.id, version: methodology.version },
    };
  } catch (error) {
    throw argumentError("scoreRating", error);
  }
}
