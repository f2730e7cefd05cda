import type { Draft } from "immer";
import { produce, deepEqual, argumentError } from "../core/_internal/index.js";
import { err, ok, type Result } from "../core/index.js";
import type { TreatmentPlan } from "./plan.js";
import { single } from "./_internal/single.js";

/**
 * Adds a treatment plan at the end of the list (6.1.3 e). The plan is copied, so the
 * caller's object is neither frozen nor shared. Adding a plan equal to the one already held
 * under its id changes nothing and returns the same reference; a different plan under a
 * taken id is an error. Business rules are checked by {@link validateTreatmentPlans}.
 *
 * @param plans - the treatment plans
 * @param plan - the new plan
 * @returns the new list, or `duplicate_plan_id`
 * @category Treatment
 * @example
 * ```ts
 * const plan = TreatmentPlanSchema.parse({
 *   id: "TP-28", title: "Encrypt laptops", risks: ["R-03"], options: ["modify"],
 *   controls: [{ ref: "annex-a:8.24", state: "planned" }],
 *   actions: [{ id: "TP-28-A1", title: "Roll out disk encryption", owner: "IT Manager", due: "2027-03-31", status: "planned" }],
 * });
 * const next = createTreatmentPlan(doc.treatmentPlans, plan);
 * if (next.ok) next.value.length; // 28
 * createTreatmentPlan(doc.treatmentPlans, { ...plan, id: TreatmentPlanIdSchema.parse("TP-01") }).ok; // false: duplicate_plan_id
 * ```
 */
export function createTreatmentPlan(plans: readonly TreatmentPlan[], plan: TreatmentPlan): Result<readonly TreatmentPlan[]> {
  try {
    const taken = plans.findIndex((existing) => existing.id === plan.id);
    if (taken !== -1) {
      if (deepEqual(plans[taken], plan)) return ok(plans);
      return err(single("duplicate_plan_id", `Plan id ${plan.id} is already used by the plan at index ${taken}.`, [taken, "id"]));
    }
    const copy = structuredClone(plan);
    return ok(
      produce(plans, (draft) => {
        draft.push(copy as Draft<TreatmentPlan>);
      }),
    );
  } catch (error) {
    throw argumentError("createTreatmentPlan", error);
  }
}
