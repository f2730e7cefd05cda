import type { Draft } from "immer";
import { produce, argumentError } from "../core/_internal/index.js";
import type { Rating, RatingLayer, Risk } from "./risk.js";

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Sets (or, with `undefined`, removes) one rating layer of a risk (6.1.2 d, 8.2): the
 * likelihood and consequence keys, the methodology version they were rated under, the date
 * and who rated. The level of risk is not stored: {@link scoreRating} derives it whenever it
 * is needed. The rating is stored as given (it is not checked against the methodology's
 * scales; {@link validateRisks} does that).
 *
 * @typeParam R - the kind of risk, kept in the result
 * @param risk - the risk
 * @param layer - `inherent`, `current`, `target` or `residual`
 * @param rating - the new rating, or `undefined` to remove the layer
 * @returns the next risk (the input is not changed), or the same reference when the rating
 *   is unchanged
 * @throws {@link IsmsError} `invalid_argument` when `risk` is not a risk (no `ratings`)
 * @category Risk
 * @example
 * ```ts
 * const risk = doc.risks.find((candidate) => candidate.id === "R-01");
 * const methodology = { id: MethodologyIdSchema.parse("northwind-risk-method"), version: 2 };
 * const next = risk && setRating(risk, "residual", { likelihood: "possible", consequence: "moderate", methodology, date: "2026-06-01" });
 * next?.ratings.residual?.likelihood; // "possible"
 * risk?.ratings.residual; // undefined: the input is unchanged
 * ```
 */
export function setRating<R extends Risk>(risk: R, layer: RatingLayer, rating: Rating | undefined): R {
  try {
    if (sameJson(risk.ratings[layer], rating)) return risk;
    return produce(risk, (draft: Draft<Risk>) => {
      if (rating === undefined) delete draft.ratings[layer];
      else draft.ratings[layer] = rating as Draft<Rating>;
    }) as R;
  } catch (error) {
    throw argumentError("setRating", error);
  }
}
