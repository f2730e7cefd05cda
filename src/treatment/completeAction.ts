import { produce, argumentError, unknownEntity } from "../core/_internal/index.js";
import { err, ok, type ActionId, type IsoDate, type Result, type TreatmentPlanId } from "../core/index.js";
import type { TreatmentPlan } from "./plan.js";
import { single } from "./_internal/single.js";

/**
 * Marks an action of a treatment plan done on a date (8.3). Completing an action already
 * done on the same date returns the same reference; a done action's date can be corrected
 * by completing it again with another date. A cancelled action cannot be completed.
 *
 * @param plans - the treatment plans
 * @param planId - the plan
 * @param actionId - the action in it
 * @param date - the completion date
 * @returns the new list, or `action_cancelled`
 * @throws {@link IsmsError} `unknown_entity` when the plan or the action does not exist
 * @category Treatment
 * @example
 * ```ts
 * const next = completeAction(doc.treatmentPlans, TreatmentPlanIdSchema.parse("TP-01"), ActionIdSchema.parse("TP-01-A2"), "2026-11-27");
 * if (next.ok) next.value[0]?.actions[1]?.status; // "done"
 * ```
 */
export function completeAction(plans: readonly TreatmentPlan[], planId: TreatmentPlanId, actionId: ActionId, date: IsoDate): Result<readonly TreatmentPlan[]> {
  try {
    const p = plans.findIndex((plan) => plan.id === planId);
    if (p === -1) throw unknownEntity("treatment plan", planId);
    const a = (plans[p] as TreatmentPlan).actions.findIndex((action) => action.id === actionId);
    if (a === -1) throw unknownEntity("action", actionId, `treatment plan "${planId}"`);
    const action = (plans[p] as TreatmentPlan).actions[a]!;
    if (action.status === "cancelled") return err(single("action_cancelled", `Action ${actionId} of plan ${planId} is cancelled and cannot be completed.`, [p, "actions", a, "status"]));
    if (action.status === "done" && action.completedOn === date) return ok(plans);
    return ok(
      produce(plans, (draft) => {
        const target = draft[p]!.actions[a]!;
        target.status = "done";
        target.completedOn = date;
      }),
    );
  } catch (error) {
    throw argumentError("completeAction", error);
  }
}
