import { compareDates, type IsoDate } from "../core/index.js";
import type { ActionStatus, TreatmentAction } from "./plan.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Where a treatment action stands on a day (8.3): its recorded status, except that an action
 * completed after `asOf` is not done yet on `asOf` and counts as in progress (the record says
 * when it was finished, not when work on it began). An action done without a completion date
 * (`validateTreatmentPlans` reports `action_done_without_date`) counts as done whatever the
 * day. Without `asOf`, the recorded status. A cancelled action stays cancelled.
 *
 * @param action - the action (its `status` and `completedOn` are read)
 * @param asOf - the day; without it, the recorded status
 * @returns the status on `asOf`
 * @category Treatment
 * @example
 * ```ts
 * const action = doc.treatmentPlans[0]?.actions[0]; // TP-01-A1, completed on 2026-03-20
 * if (action) {
 *   actionStatusOn(action, "2026-03-19"); // "in_progress"
 *   actionStatusOn(action, "2026-03-20"); // "done"
 * }
 * ```
 */
export function actionStatusOn(action: Pick<TreatmentAction, "status" | "completedOn">, asOf?: IsoDate): ActionStatus {
  try {
    if (action.status !== "done" || asOf === undefined || action.completedOn === undefined) return action.status;
    return compareDates(action.completedOn, asOf) <= 0 ? "done" : "in_progress";
  } catch (error) {
    throw argumentError("actionStatusOn", error);
  }
}

/**
 * Whether a treatment action is done on a day (8.3): its status is `done` and it was
 * completed on or before `asOf` (or has no completion date). An action completed after
 * `asOf` is not done on `asOf`; a cancelled action is never done. Without `asOf`, every
 * action whose status is `done` counts. The one rule that the SoA's status from plans,
 * {@link suggestResidualRating}, {@link planProgress}, the readiness evidence, the dated items
 * and the OSCAL export follow (see {@link actionStatusOn}).
 *
 * @param action - the action (its `status` and `completedOn` are read)
 * @param asOf - the day; without it, the recorded status decides
 * @returns `true` when done on `asOf`
 * @category Treatment
 * @example
 * ```ts
 * const action = doc.treatmentPlans[0]?.actions[0]; // TP-01-A1, completed on 2026-03-20
 * if (action) {
 *   isActionDone(action, "2026-03-19"); // false
 *   isActionDone(action, "2026-11-27"); // true
 * }
 * ```
 */
export function isActionDone(action: Pick<TreatmentAction, "status" | "completedOn">, asOf?: IsoDate): boolean {
  try {
    return actionStatusOn(action, asOf) === "done";
  } catch (error) {
    throw argumentError("isActionDone", error);
  }
}
