import { issue, type IsmsIssue } from "../core/index.js";
import { duplicateIdIssues } from "./_internal/duplicates.js";
import { missingReviewInputs } from "./missingReviewInputs.js";
import { ReviewInputSchema, type ManagementReview } from "./review.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Checks management reviews (9.3): unique ids; a held review has attendees
 * (`review_without_attendees`), considered every 9.3.2 input (`missing_review_input`, an
 * error; a warning for planned reviews), gives a reference for each input presented
 * (`review_input_without_reference`, a warning) and records results (`review_without_results`,
 * a warning, when it has neither decisions nor actions); done actions have a completion
 * date; action ids are unique across reviews.
 *
 * @param reviews - the reviews
 * @returns all issues, paths relative to the list
 * @category Cycle
 * @example
 * ```ts
 * validateReviews(doc.reviews).filter((found) => found.code === "missing_review_input"); // []
 * ```
 */
export function validateReviews(reviews: readonly ManagementReview[]): IsmsIssue[] {
  try {
    const found = duplicateIdIssues(reviews.map((review) => review.id), "duplicate_review_id", "Management review", (index) => [index, "id"]);
    const actionIds: string[] = [];
    const actionPaths: (string | number)[][] = [];
    reviews.forEach((review, index) => {
      const held = review.status === "held";
      if (held && review.attendees.length === 0) {
        found.push(issue("review_without_attendees", `Management review ${review.id} was held without attendees.`, [index, "attendees"]));
      }
      for (const input of missingReviewInputs(review)) {
        found.push(
          issue(
            "missing_review_input",
            `Management review ${review.id} ${held ? "did not consider" : "does not yet plan"} the input "${input}" (9.3.2).`,
            [index, "inputs", input],
            held ? "error" : "warning",
          ),
        );
      }
      for (const input of ReviewInputSchema.options) {
        const entry = review.inputs[input];
        if (entry?.present === true && entry.reference === undefined) {
          found.push(
            issue("review_input_without_reference", `Management review ${review.id}: input "${input}" has no reference.`, [index, "inputs", input, "reference"], "warning"),
          );
        }
      }
      if (held && review.decisions.length === 0 && review.actions.length === 0) {
        found.push(issue("review_without_results", `Management review ${review.id} records no decisions or actions (9.3.3).`, [index, "decisions"], "warning"));
      }
      review.actions.forEach((action, a) => {
        actionIds.push(action.id);
        actionPaths.push([index, "actions", a, "id"]);
        if (action.status === "done" && action.completed === undefined) {
          found.push(issue("action_done_without_date", `Review action ${action.id} is done but has no completion date.`, [index, "actions", a, "completed"]));
        }
      });
    });
    found.push(...duplicateIdIssues(actionIds, "duplicate_action_id", "Review action", (i) => actionPaths[i] ?? []));
    return found;
  } catch (error) {
    throw argumentError("validateReviews", error);
  }
}
