import type { ControlRef } from "../../catalogue/index.js";
import type { RiskId, TreatmentPlanId } from "../../core/index.js";
import { listSelectedControls, type TreatmentPlan } from "../../treatment/index.js";
import type { ImplementationStatus } from "../decision.js";

/** What the SoA reads of a treatment plan (a `TreatmentPlan` fits): its id, risks, selected controls and actions. */
export interface PlanLike {
  readonly id: TreatmentPlanId;
  readonly risks: readonly RiskId[];
  readonly controls: readonly { readonly ref: ControlRef; readonly state: "existing" | "planned" }[];
  readonly actions: readonly {
    readonly status: "planned" | "in_progress" | "done" | "cancelled";
    readonly controls?: readonly ControlRef[] | undefined;
  }[];
}

/** What the plans say about one control. */
export interface PlanSelection {
  readonly plans: TreatmentPlanId[];
  readonly risks: RiskId[];
  readonly statuses: ImplementationStatus[];
}

/**
 * The status one plan implies for one of its controls. An existing control is implemented.
 * A planned control follows the plan's actions that name it, or all the plan's actions when
 * none names it: all done → implemented, some done or in progress → partially implemented,
 * otherwise planned. Cancelled actions do not count.
 */
export function statusInPlan(plan: PlanLike, ref: ControlRef, state: "existing" | "planned"): ImplementationStatus {
  if (state === "existing") return "implemented";
  const live = plan.actions.filter((action) => action.status !== "cancelled");
  const naming = live.filter((action) => action.controls?.includes(ref) === true);
  const relevant = naming.length > 0 ? naming : live.filter((action) => action.controls === undefined || action.controls.length === 0);
  if (relevant.length === 0) return "planned";
  if (relevant.every((action) => action.status === "done")) return "implemented";
  if (relevant.some((action) => action.status === "done" || action.status === "in_progress")) return "partially_implemented";
  return "planned";
}

/**
 * Combines the statuses several plans imply for one control: equal statuses stand; a mix
 * with some progress is partially implemented; otherwise planned.
 */
export function combineStatuses(statuses: readonly ImplementationStatus[]): ImplementationStatus | undefined {
  const first = statuses[0];
  if (first === undefined) return undefined;
  if (statuses.every((status) => status === first)) return first;
  return statuses.some((status) => status === "implemented" || status === "partially_implemented") ? "partially_implemented" : "planned";
}

/** Every control the plans select, with the plans, risks and the status each plan implies. */
export function selectionsOf(plans: readonly TreatmentPlan[]): Map<ControlRef, PlanSelection> {
  const byId = new Map<string, TreatmentPlan>();
  for (const plan of plans) if (!byId.has(plan.id)) byId.set(plan.id, plan);
  const selections = new Map<ControlRef, PlanSelection>();
  for (const [ref, selection] of listSelectedControls(plans)) {
    selections.set(ref, {
      // listSelectedControls returns fresh arrays: no need to copy them again.
      plans: selection.plans as TreatmentPlanId[],
      risks: selection.risks as RiskId[],
      statuses: selection.plans.map((id, index) => statusInPlan(byId.get(id) as TreatmentPlan, ref, selection.states[index] ?? "planned")),
    });
  }
  return selections;
}
