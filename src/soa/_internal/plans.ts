import type { ControlRef } from "../../catalogue/index.js";
import type { IsoDate, RiskId, TreatmentPlanId } from "../../core/index.js";
import { actionStatusOn, listImplementingActions, type TreatmentPlan } from "../../treatment/index.js";
import type { ImplementationStatus } from "../decision.js";
import { at } from "../../core/_internal/index.js";

/** What the SoA reads of a treatment plan (a `TreatmentPlan` fits): its id, risks, selected controls and actions. */
export interface PlanLike {
  readonly id: TreatmentPlanId;
  readonly risks: readonly RiskId[];
  readonly controls: readonly { readonly ref: ControlRef; readonly state: "existing" | "planned" }[];
  readonly actions: readonly {
    readonly status: "planned" | "in_progress" | "done" | "cancelled";
    readonly completedOn?: IsoDate | undefined;
    readonly controls?: readonly ControlRef[] | undefined;
  }[];
}

/** What the plans say about one control. */
export interface PlanSelection {
  readonly plans: TreatmentPlanId[];
  /** Sorted by UTF-16 code units, each once. */
  readonly risks: RiskId[];
  readonly statuses: ImplementationStatus[];
}

/**
 * The status one plan implies for one of its controls on `asOf`. An existing control is
 * implemented. A planned control follows the plan's actions that name it, or all the plan's
 * actions when none names it, each by its status on `asOf` (`actionStatusOn`: an action
 * completed after `asOf` is in progress then): all done → implemented, some done or in
 * progress → partially implemented, otherwise planned. Cancelled actions do not count.
 */
export function statusInPlan(plan: PlanLike, ref: ControlRef, state: "existing" | "planned", asOf?: IsoDate): ImplementationStatus {
  if (state === "existing") return "implemented";
  const statuses = listImplementingActions(plan, ref).map((action) => actionStatusOn(action, asOf));
  if (statuses.length === 0) return "planned";
  if (statuses.every((status) => status === "done")) return "implemented";
  if (statuses.some((status) => status === "done" || status === "in_progress")) return "partially_implemented";
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

/**
 * Plans, sorted unique risks and statuses on `asOf` per control. The same selection as
 * `listSelectedControls` (a plan counts once per control, the first plan of an id wins for
 * the status), built without hashing every risk occurrence: each control's risks are
 * gathered in an array, then sorted and de-duplicated once. On a register of 100k risks,
 * hashing each of the 200k occurrences into per-control sets cost more than everything else
 * in `deriveSoa` and grew about 30-fold per tenfold input.
 */
export function selectionsOf(plans: readonly TreatmentPlan[], asOf?: IsoDate): Map<ControlRef, PlanSelection> {
  // Index of the first plan of each id: a plan counts once per control, and a later plan of
  // the same id only where no earlier one of that id named the control.
  const firstOf = new Map<string, number>();
  for (let index = 0; index < plans.length; index += 1) {
    const id = at(plans, index).id;
    if (!firstOf.has(id)) firstOf.set(id, index);
  }
  const gathered = new Map<ControlRef, Gathered>();
  for (let index = 0; index < plans.length; index += 1) {
    const plan = at(plans, index);
    const first = firstOf.get(plan.id) ?? index;
    for (const control of plan.controls) {
      let entry = gathered.get(control.ref);
      if (!entry) {
        entry = { plans: [], seen: undefined, last: -1, risks: [], statuses: [] };
        gathered.set(control.ref, entry);
      }
      // The same plan naming the control again; or, for a repeated plan id (rare), an earlier
      // plan of that id having named it: only then are the entry's plan ids hashed.
      if (entry.last === index) continue;
      if (first !== index || entry.seen !== undefined) {
        entry.seen ??= new Set(entry.plans);
        if (entry.seen.has(plan.id)) continue;
        entry.seen.add(plan.id);
      }
      entry.last = index;
      entry.plans.push(plan.id);
      entry.statuses.push(statusInPlan(at(plans, first), control.ref, control.state, asOf));
      for (const risk of plan.risks) entry.risks.push(risk);
    }
  }
  const selections = new Map<ControlRef, PlanSelection>();
  for (const [ref, entry] of gathered) selections.set(ref, { plans: entry.plans, risks: sortUniqueInPlace(entry.risks), statuses: entry.statuses });
  return selections;
}

/** What {@link selectionsOf} gathers for one control while it reads the plans. */
interface Gathered {
  readonly plans: TreatmentPlanId[];
  /** The plan ids of `plans`, made only once a repeated plan id needs them. */
  seen: Set<TreatmentPlanId> | undefined;
  /** Index of the last plan that counted. */
  last: number;
  readonly risks: RiskId[];
  readonly statuses: ImplementationStatus[];
}

/** Sorts strings by UTF-16 code units (as `compareText`) and drops repeats, in place. */
function sortUniqueInPlace<T extends string>(values: T[]): T[] {
  values.sort();
  let kept = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    if (value !== undefined && (kept === 0 || values[kept - 1] !== value)) values[kept++] = value;
  }
  values.length = kept;
  return values;
}
