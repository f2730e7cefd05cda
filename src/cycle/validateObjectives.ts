import { issue, type IsmsIssue, type IsoDate } from "../core/index.js";
import { duplicateIdIssues } from "./_internal/duplicates.js";
import { isTargetMet } from "./isTargetMet.js";
import type { Objective } from "./objective.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link validateObjectives}.
 *
 * @category Cycle
 * @example
 * ```ts
 * validateObjectives(doc.objectives, { asOf: "2027-01-31" }).map((found) => found.code);
 * // ["objective_overdue", "objective_overdue", "objective_overdue"]
 * ```
 */
export interface ValidateObjectivesOptions {
  /** Today's date: enables `objective_overdue`. */
  readonly asOf?: IsoDate;
}

/**
 * Checks objectives (6.2): unique ids (`duplicate_objective_id`), measurements in date
 * order (`measurements_out_of_order`), `achieved` only when the latest measurement meets
 * the target (`achieved_without_met_target`, a warning), and with `asOf`: open objectives
 * past their due date (`objective_overdue`, a warning).
 *
 * @param objectives - the objectives
 * @param options - optional `asOf`
 * @returns all issues, paths relative to the list
 * @category Cycle
 * @example
 * ```ts
 * validateObjectives(doc.objectives, { asOf: "2026-11-27" }).map((found) => found.code); // []
 * ```
 */
export function validateObjectives(objectives: readonly Objective[], options: ValidateObjectivesOptions = {}): IsmsIssue[] {
  try {
    const found = duplicateIdIssues(
      objectives.map((objective) => objective.id),
      "duplicate_objective_id",
      "Objective",
      (index) => [index, "id"],
    );
    objectives.forEach((objective, index) => {
      for (let m = 1; m < objective.measurements.length; m += 1) {
        if ((objective.measurements[m]?.date ?? "") < (objective.measurements[m - 1]?.date ?? "")) {
          found.push(issue("measurements_out_of_order", `Objective ${objective.id}: measurement ${m} is dated before the one that precedes it.`, [index, "measurements", m, "date"]));
        }
      }
      if (objective.status === "achieved" && isTargetMet(objective) !== true) {
        found.push(
          issue("achieved_without_met_target", `Objective ${objective.id} is marked achieved but its latest measurement does not meet the target.`, [index, "status"], "warning"),
        );
      }
      const open = objective.status === "planned" || objective.status === "in_progress";
      if (options.asOf !== undefined && open && objective.due < options.asOf) {
        found.push(issue("objective_overdue", `Objective ${objective.id} was due on ${objective.due} and is still open.`, [index, "due"], "warning"));
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateObjectives", error);
  }
}
