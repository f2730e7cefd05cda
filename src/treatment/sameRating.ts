import type { Rating } from "../risk/index.js";
import type { FrozenRating } from "./decision.js";
import { argumentError } from "../core/_internal/index.js";

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
 * const acceptance = doc.decisions.find((decision) => decision.id === "D-105"); // accepts R-02
 * const residual = doc.risks.find((risk) => risk.id === "R-02")?.ratings.residual;
 * if (acceptance?.kind === "risk_acceptance") {
 *   sameRating(acceptance.rating, residual); // true
 *   sameRating(acceptance.rating, residual && { ...residual, likelihood: "likely" }); // false once the residual changes
 * }
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
