import { produce, deepEqual, argumentError, unknownEntity } from "../core/_internal/index.js";
import { err, issue, IsmsError, ok, type Result } from "../core/index.js";
import { TreatmentPlanSchema, type TreatmentPlan } from "./plan.js";

/**
 * Changes to a treatment plan: any field but `id`. An optional field given as `undefined`
 * is removed; required fields cannot be removed.
 *
 * @category Treatment
 * @example
 * ```ts
 * // Lower the priority, remove the target.
 * const next = updateTreatmentPlan(doc.treatmentPlans, TreatmentPlanIdSchema.parse("TP-01"), { priority: "high", target: undefined });
 * if (next.ok) next.value[0]?.target; // undefined
 * ```
 */
export type TreatmentPlanPatch = {
  readonly [K in Exclude<keyof TreatmentPlan, "id">]?: undefined extends TreatmentPlan[K] ? TreatmentPlan[K] | undefined : TreatmentPlan[K];
};

const REQUIRED = new Set(["title", "risks", "options", "controls", "actions"]);

/**
 * Applies a patch to one treatment plan. Fields equal to the current ones are left alone, so
 * a patch that changes nothing returns the same list reference. The patched plan must still
 * parse with {@link TreatmentPlanSchema} (e.g. at least one risk and one option); what is
 * stored is the parsed value, so option aliases are normalised (`"mitigate"` → `"modify"`).
 *
 * @param plans - the treatment plans
 * @param id - the plan to change
 * @param patch - the fields to set (or remove, with `undefined`)
 * @returns the new list, or `invalid_plan` issues (paths relative to the plan) when the result does not parse
 * @throws {@link IsmsError} `unknown_entity` when no plan has this id; `invalid_argument` when
 * the patch changes the id or removes a required field
 * @category Treatment
 * @example
 * ```ts
 * const next = updateTreatmentPlan(doc.treatmentPlans, TreatmentPlanIdSchema.parse("TP-01"), { priority: "high" });
 * if (next.ok) next.value[0]?.priority; // "high"
 * ```
 */
export function updateTreatmentPlan(plans: readonly TreatmentPlan[], id: TreatmentPlan["id"], patch: TreatmentPlanPatch): Result<readonly TreatmentPlan[]> {
  try {
    const index = plans.findIndex((plan) => plan.id === id);
    if (index === -1) throw unknownEntity("treatment plan", id);
    const current = plans[index] as TreatmentPlan;
    const changes: [string, unknown][] = [];
    for (const [key, value] of Object.entries(patch)) {
      if (key === "id") throw new IsmsError("invalid_argument", "updateTreatmentPlan cannot change a plan's id.");
      if (value === undefined && REQUIRED.has(key)) throw new IsmsError("invalid_argument", `updateTreatmentPlan cannot remove the required field ${key}.`);
      const existing = (current as Record<string, unknown>)[key];
      if (value === undefined ? !Object.hasOwn(current, key) : deepEqual(existing, value)) continue;
      changes.push([key, value === undefined ? undefined : structuredClone(value)]);
    }
    if (changes.length === 0) return ok(plans);
    const next: Record<string, unknown> = { ...current };
    for (const [key, value] of changes) {
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    const parsed = TreatmentPlanSchema.safeParse(next);
    if (!parsed.success) {
      return err(parsed.error.issues.map((found) => issue("invalid_plan", found.message, found.path.map((part) => (typeof part === "symbol" ? String(part) : part)))));
    }
    // Store what the schema made of each change (e.g. an option "mitigate" becomes "modify"),
    // and drop changes that normalise to what the plan already holds.
    const normalised = parsed.data as Record<string, unknown>;
    const applied = changes
      .map(([key, value]): [string, unknown] => [key, value === undefined ? undefined : normalised[key]])
      .filter(([key, value]) => value === undefined || !deepEqual((current as Record<string, unknown>)[key], value));
    if (applied.length === 0) return ok(plans);
    return ok(
      produce(plans, (draft) => {
        const target = draft[index] as Record<string, unknown>;
        for (const [key, value] of applied) {
          if (value === undefined) delete target[key];
          else target[key] = value;
        }
      }),
    );
  } catch (error) {
    throw argumentError("updateTreatmentPlan", error);
  }
}
