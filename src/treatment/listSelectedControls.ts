import type { RiskId, TreatmentPlanId } from "../core/index.js";
import type { ControlRef } from "../catalogue/index.js";
import type { ControlState, TreatmentPlan } from "./plan.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Why a control is selected: the plans that rely on it, the risks those plans treat, and the
 * control's state in each plan (`states[i]` belongs to `plans[i]`).
 *
 * @category Treatment
 * @example
 * ```ts
 * const selection: ControlSelection | undefined = listSelectedControls(doc.treatmentPlans).get("annex-a:8.25");
 * selection?.risks; // ["R-01"]
 * selection?.states.every((state) => state === "existing"); // false: TP-01 plans it
 * ```
 */
export interface ControlSelection {
  /** Plans that list the control, in plan order, each once. */
  readonly plans: readonly TreatmentPlanId[];
  /** Risks of those plans, in order of first appearance, each once. */
  readonly risks: readonly RiskId[];
  /** The control's state in each plan of `plans` (its first entry in that plan). */
  readonly states: readonly ControlState[];
}

/**
 * The controls selected by any treatment plan (6.1.3 b), the input the Statement of
 * Applicability's inclusion reasons are derived from. The map is ordered by first appearance
 * (plans in order, controls in each plan's order), so the result is deterministic for a
 * given list of plans.
 *
 * @param plans - the treatment plans
 * @returns control reference → plans, risks and states
 * @category Treatment
 * @example
 * ```ts
 * for (const [ref, { plans: ids, risks }] of listSelectedControls(doc.treatmentPlans)) console.log(ref, ids, risks);
 * ```
 */
export function listSelectedControls(plans: readonly TreatmentPlan[]): ReadonlyMap<ControlRef, ControlSelection> {
  try {
    // Sets beside the arrays keep the de-duplication linear: a control that hundreds of plans
    // select must not make each insertion scan every risk already recorded.
    const found = new Map<ControlRef, { plans: TreatmentPlanId[]; risks: RiskId[]; states: ControlState[] }>();
    const seen = new Map<ControlRef, { plans: Set<TreatmentPlanId>; risks: Set<RiskId> }>();
    for (const plan of plans) {
      for (const control of plan.controls) {
        let entry = found.get(control.ref);
        let sets = seen.get(control.ref);
        if (!entry || !sets) {
          entry = { plans: [], risks: [], states: [] };
          sets = { plans: new Set(), risks: new Set() };
          found.set(control.ref, entry);
          seen.set(control.ref, sets);
        }
        if (sets.plans.has(plan.id)) continue;
        sets.plans.add(plan.id);
        entry.plans.push(plan.id);
        entry.states.push(control.state);
        for (const risk of plan.risks) {
          if (sets.risks.has(risk)) continue;
          sets.risks.add(risk);
          entry.risks.push(risk);
        }
      }
    }
    return found;
  } catch (error) {
    throw argumentError("listSelectedControls", error);
  }
}
