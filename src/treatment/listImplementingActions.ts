import type { ControlRef } from "../catalogue/index.js";
import type { ActionStatus } from "./plan.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The actions of a plan that implement one of its controls: the live (not cancelled) actions
 * that name the control, or, when none does, the live actions that name no control at all
 * (a plan's general actions). The one reading of a plan that the SoA's status from plans and
 * {@link suggestResidualRating} share.
 *
 * @param plan - a treatment plan (or anything with its `actions`)
 * @param ref - one of the plan's controls
 * @returns the implementing actions, in plan order; empty when none implements the control
 * @category Treatment
 * @example
 * ```ts
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-01");
 * plan && listImplementingActions(plan, "annex-a:8.25").map((action) => `${action.id} ${action.status}`); // ["TP-01-A1 done"]
 * ```
 */
export function listImplementingActions<A extends { readonly status: ActionStatus; readonly controls?: readonly ControlRef[] | undefined }>(
  plan: { readonly actions: readonly A[] },
  ref: ControlRef,
): A[] {
  try {
    const live = plan.actions.filter((action) => action.status !== "cancelled");
    const naming = live.filter((action) => action.controls?.includes(ref) === true);
    return naming.length > 0 ? naming : live.filter((action) => action.controls === undefined || action.controls.length === 0);
  } catch (error) {
    throw argumentError("listImplementingActions", error);
  }
}
