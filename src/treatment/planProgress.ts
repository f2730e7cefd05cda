import { compareDates, type IsoDate } from "../core/index.js";
import type { TreatmentPlan } from "./plan.js";
import { actionStatusOn } from "./isActionDone.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * How far a plan's actions have come.
 *
 * @category Treatment
 * @example
 * ```ts
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-01");
 * const progress: PlanProgress | undefined = plan && planProgress(plan, "2026-11-27");
 * `${progress?.done} of ${progress?.total} done, ${progress?.overdue} overdue`; // "1 of 3 done, 1 overdue"
 * ```
 */
export interface PlanProgress {
  /** All actions. */
  readonly total: number;
  /** Done. */
  readonly done: number;
  /** Cancelled. */
  readonly cancelled: number;
  /** In progress. */
  readonly inProgress: number;
  /** Planned, not started. */
  readonly planned: number;
  /** Planned or in progress and due before `asOf` (0 without `asOf`). */
  readonly overdue: number;
  /** Done as a share of the actions not cancelled, 0–1; 1 when there are none. */
  readonly ratio: number;
}

/**
 * Counts a plan's actions by status (8.3), and the overdue ones on `asOf`. With `asOf`, each
 * action counts by its status on that day ({@link actionStatusOn}): one completed after
 * `asOf` is in progress then, and overdue when its due date is before `asOf`.
 *
 * @param plan - the plan
 * @param asOf - the day the statuses are read for and overdue actions counted on; without it, the recorded statuses and no overdue count
 * @returns the counts
 * @category Treatment
 * @example
 * ```ts
 * doc.treatmentPlans.slice(0, 3).map((plan) => {
 *   const { done, total } = planProgress(plan);
 *   return `${plan.id}: ${done}/${total}`;
 * }); // ["TP-01: 1/3", "TP-02: 1/1", "TP-03: 1/3"]
 * ```
 */
export function planProgress(plan: TreatmentPlan, asOf?: IsoDate): PlanProgress {
  try {
    let done = 0;
    let cancelled = 0;
    let inProgress = 0;
    let planned = 0;
    let overdue = 0;
    for (const action of plan.actions) {
      const status = actionStatusOn(action, asOf);
      if (status === "done") done += 1;
      else if (status === "cancelled") cancelled += 1;
      else {
        if (status === "in_progress") inProgress += 1;
        else planned += 1;
        if (asOf !== undefined && compareDates(action.due, asOf) < 0) overdue += 1;
      }
    }
    const total = plan.actions.length;
    const live = total - cancelled;
    return { total, done, cancelled, inProgress, planned, overdue, ratio: live === 0 ? 1 : done / live };
  } catch (error) {
    throw argumentError("planProgress", error);
  }
}
