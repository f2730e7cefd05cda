import type { Rating } from "../risk/index.js";
import type { FrozenRating } from "./decision.js";
import { argumentError } from "../core/_internal/guard.js";

/**
 * Whether a frozen rating and a risk's rating are the same: same likelihood, consequence
 * and methodology id and version.
 *
 * @param frozen - the rating an acceptance was decided on
 * @param rating - the risk's rating now, if any
 * @returns `true` when they are the same
 * @category Treatment
 * @example
 * ```ts
 * sameRating(acceptance.rating, risk.ratings.residual); // false once the residual changed
 * ```
 */
export function sameRating(frozen: FrozenRating, rating: Pick<Rating, "likelihood" | "consequence" | "methodology"> | undefined): boolean {
  try {
    return (
      rating !== undefined &&
      frozen.likelihood === rating.likelihood &&
      frozen.consequence === rating.consequence &&
      frozen.methodology.id === rating.methodology.id &&
      frozen.methodology.version === rating.methodology.version
    );
  } catch (error) {
    throw argumentError("sameRating", error);
  }
}
