import { ReviewInputSchema, type ManagementReview, type ReviewInput } from "./review.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The 9.3.2 inputs a management review did not consider (absent from the checklist or
 * marked not present), in the standard's order.
 *
 * @param review - the review
 * @returns the missing inputs
 * @category Cycle
 * @example
 * ```ts
 * doc.reviews.map((review) => missingReviewInputs(review)); // [[]]: the example's review considered every input
 * ```
 */
export function missingReviewInputs(review: ManagementReview): readonly ReviewInput[] {
  try {
    return ReviewInputSchema.options.filter((input) => review.inputs[input]?.present !== true);
  } catch (error) {
    throw argumentError("missingReviewInputs", error);
  }
}
