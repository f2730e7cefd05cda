import { issue, type IsmsIssue } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Training } from "./training.js";

/**
 * Checks trainings and campaigns (7.2, 7.3), paths relative to the list:
 * `training_until_before_from` (an error) when a training's `until` is before its `from`.
 * Duplicate ids and audiences naming no role are reported by {@link validateIsms}
 * (`duplicate_training_id`, `unknown_role`).
 *
 * @param trainings - the trainings
 * @returns the issues
 * @category People
 * @example
 * ```ts
 * validateTrainings(doc.trainings ?? []); // []
 * ```
 */
export function validateTrainings(trainings: readonly Training[]): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    trainings.forEach((training, index) => {
      if (training.from !== undefined && training.until !== undefined && training.until < training.from) {
        found.push(issue("training_until_before_from", `Training ${training.id} runs until ${training.until}, before it starts on ${training.from}.`, [index, "until"]));
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateTrainings", error);
  }
}
