import type { Draft } from "immer";
import { produce } from "../core/immer.js";
import type { Rating, RatingLayer, Risk } from "./risk.js";
import { argumentError } from "../core/_internal/guard.js";

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Sets (or, with `undefined`, removes) one rating layer of a risk. The level is not stored:
 * it is derived whenever needed by {@link scoreRating}.
 *
 * @param risk - the risk
 * @param layer - the layer
 * @param rating - the new rating, or `undefined` to remove the layer
 * @returns the next risk, or the same reference when the rating is unchanged
 * @category Risk
 * @example
 * ```ts
 * const next = setRating(risk, "residual", { likelihood: "possible", consequence: "moderate", methodology: { id, version: 1 }, date: "2026-06-01" });
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
