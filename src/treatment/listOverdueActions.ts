import { compareDates, daysBetween, type IsoDate, type TreatmentPlanId } from "../core/index.js";
import type { TreatmentAction, TreatmentPlan } from "./plan.js";
import { actionStatusOn } from "./isActionDone.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * An action past its due date, with its plan.
 *
 * @category Treatment
 * @example
 * ```ts
 * const late: OverdueAction | undefined = listOverdueActions(doc.treatmentPlans, "2026-11-27")[0];
 * late?.daysOverdue; // 150
 * ```
 */
export interface OverdueAction {
  /** The plan the action belongs to. */
  readonly plan: TreatmentPlanId;
  /** The action. */
  readonly action: TreatmentAction;
  /** Calendar days from the due date to `asOf`, at least 1. */
  readonly daysOverdue: number;
}

/**
 * The actions that are planned or in progress on `asOf` ({@link actionStatusOn}: an action
 * completed after `asOf` was still open then) and whose due date is before `asOf` (8.3:
 * treatment plans are implemented), most overdue first, then in plan and action order.
 *
 * @param plans - the treatment plans
 * @param asOf - the day to judge on
 * @returns the overdue actions
 * @category Treatment
 * @example
 * ```ts
 * listOverdueActions(doc.treatmentPlans, "2026-11-27").map((late) => `${late.plan}/${late.action.id}`);
 * // ["TP-03/TP-03-A1", "TP-01/TP-01-A2", "TP-17/TP-17-A2", …]: most overdue first
 * ```
 */
export function listOverdueActions(plans: readonly TreatmentPlan[], asOf: IsoDate): readonly OverdueAction[] {
  try {
    const found: OverdueAction[] = [];
    for (const plan of plans) {
      for (const action of plan.actions) {
        const status = actionStatusOn(action, asOf);
        if ((status === "planned" || status === "in_progress") && compareDates(action.due, asOf) < 0) {
          found.push({ plan: plan.id, action, daysOverdue: daysBetween(action.due, asOf) });
        }
      }
    }
    // Array.prototype.sort is stable, so equal delays keep plan and action order.
    return found.sort((a, b) => b.daysOverdue - a.daysOverdue);
  } catch (error) {
    throw argumentError("listOverdueActions", error);
  }
}
