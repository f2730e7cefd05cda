import { addDays, addMonths, type IsoDate, type RiskId } from "../core/index.js";
import { findMethodology, methodologyList } from "./_internal/methodologies.js";
import { evaluateLevel } from "./evaluateLevel.js";
import type { Methodologies } from "./methodology.js";
import { RatingLayerSchema, type RatingLayer, type Risk } from "./risk.js";
import { scoreRating } from "./scoreRating.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * A rating that is due for review.
 *
 * @category Risk
 * @example
 * ```ts
 * const stale: StaleRating | undefined = listStaleRatings(doc.methodologies, doc.risks, "2026-12-01")[0];
 * stale?.reason; // "methodology_superseded": version 2 supersedes it
 * ```
 */
export interface StaleRating {
  /** The risk. */
  readonly riskId: RiskId;
  /** The layer. */
  readonly layer: RatingLayer;
  /** When the rating was made. */
  readonly date: IsoDate;
  /** When it was due for review (absent when the reason is not an overdue review). */
  readonly dueDate: IsoDate | undefined;
  /**
   * `review_overdue`: older than the review interval of its level; `methodology_superseded`:
   * a newer version of its methodology is held; `unknown_methodology`: its version is not held.
   */
  readonly reason: "review_overdue" | "methodology_superseded" | "unknown_methodology";
}

/**
 * Options of {@link listStaleRatings}.
 *
 * @category Risk
 * @example
 * ```ts
 * listStaleRatings(doc.methodologies, doc.risks, "2026-12-01", { layers: ["current", "residual"] }).length; // 41
 * ```
 */
export interface ListStaleRatingsOptions {
  /** Layers to look at; all four by default. */
  readonly layers?: readonly RatingLayer[];
}

/**
 * The ratings due for review on `asOf` (9.1, 8.2): those older than the review interval the
 * acceptance criteria give their level, those made under a methodology version that a newer
 * held version supersedes, and those whose version is not held. A rating is overdue when
 * `date + interval < asOf`.
 *
 * @param methodologies - the methodology, or the versions held
 * @param risks - the register
 * @param asOf - the day of the review
 * @param options - see {@link ListStaleRatingsOptions}
 * @returns stale ratings in register and layer order
 * @throws {@link IsmsError} `invalid_date` when `asOf` or a rating date is not a calendar date
 * @category Risk
 * @example
 * ```ts
 * listStaleRatings(doc.methodologies, doc.risks, "2026-12-01").map((s) => `${s.riskId}/${s.layer}`);
 * ```
 */
export function listStaleRatings(methodologies: Methodologies, risks: readonly Risk[], asOf: IsoDate, options: ListStaleRatingsOptions = {}): readonly StaleRating[] {
  try {
    const latest = new Map<string, number>();
    for (const methodology of methodologyList(methodologies)) latest.set(methodology.id, Math.max(latest.get(methodology.id) ?? 0, methodology.version));
    addDays(asOf, 0);
    const layers = options.layers ?? RatingLayerSchema.options;
    const stale: StaleRating[] = [];
    for (const risk of risks) {
      for (const layer of layers) {
        const rating = risk.ratings[layer];
        if (!rating) continue;
        const base = { riskId: risk.id, layer, date: rating.date };
        const methodology = findMethodology(methodologies, rating.methodology);
        if (!methodology) {
          stale.push({ ...base, dueDate: undefined, reason: "unknown_methodology" });
          continue;
        }
        if ((latest.get(methodology.id) ?? 0) > methodology.version) {
          stale.push({ ...base, dueDate: undefined, reason: "methodology_superseded" });
          continue;
        }
        let review;
        try {
          review = evaluateLevel(methodology, scoreRating(methodology, rating).level.key)?.review;
        } catch {
          continue;
        }
        if (!review) continue;
        const dueDate = review.unit === "days" ? addDays(rating.date, review.every) : addMonths(rating.date, review.every);
        if (dueDate < asOf) stale.push({ ...base, dueDate, reason: "review_overdue" });
      }
    }
    return stale;
  } catch (error) {
    throw argumentError("listStaleRatings", error);
  }
}
