import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { ControlRef } from "../../src/catalogue/index.js";
import { deriveSoa, type Obligation } from "../../src/soa/index.js";
import { actionStatusOn, listImplementingActions, type TreatmentPlan } from "../../src/treatment/index.js";

// selectionsOf (src/soa/_internal/plans.ts) counts a plan once per control without a set of
// plan ids per control (only a repeated plan id makes one); the reference keeps that set for
// every control. Plans here repeat ids, repeat the same plan object, name a control twice and
// share risks; the status of a plan id is the first such plan's, as documented.
const refs: ControlRef[] = ["annex-a:5.1", "annex-a:5.2", "annex-a:8.24", "annex-a:8.5"];
const actionArb = fc.record(
  {
    id: fc.constant("ACT"),
    title: fc.constant("Act"),
    status: fc.constantFrom("planned", "in_progress", "done", "cancelled"),
    completedOn: fc.constantFrom("2026-01-10", "2026-09-30"),
    controls: fc.array(fc.constantFrom(...refs), { maxLength: 2 }),
  },
  { requiredKeys: ["id", "title", "status"] },
);
const planArb = fc.record({
  id: fc.constantFrom("TP-1", "TP-2", "TP-3"),
  risks: fc.array(fc.constantFrom("R-1", "R-10", "R-2", "r-1", "R-é"), { maxLength: 4 }),
  controls: fc.array(fc.record({ ref: fc.constantFrom(...refs), state: fc.constantFrom("existing", "planned") }), { maxLength: 4 }),
  actions: fc.array(actionArb, { maxLength: 3 }),
});
const plansArb = fc
  .tuple(fc.array(planArb, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([plans, repeats]) => [...plans, ...repeats.flatMap((at) => (plans.length === 0 ? [] : [plans[at % plans.length]!]))] as unknown as TreatmentPlan[]);
const obligationsArb = fc.array(
  fc.record({ id: fc.constantFrom("OB-1", "OB-2", "OB-3"), kind: fc.constantFrom("legal", "contractual", "regulatory"), title: fc.constant("Ob"), controls: fc.array(fc.constantFrom(...refs), { minLength: 1, maxLength: 3 }) }),
  { maxLength: 6 },
).map((obligations) => obligations as unknown as Obligation[]);

type Status = "implemented" | "partially_implemented" | "planned";

function referenceSelections(plans: readonly TreatmentPlan[], asOf: string | undefined) {
  const firstById = new Map<string, TreatmentPlan>();
  for (const plan of plans) if (!firstById.has(plan.id)) firstById.set(plan.id, plan);
  const out = new Map<string, { seen: Set<string>; risks: Set<string>; statuses: Status[] }>();
  for (const plan of plans) {
    for (const control of plan.controls) {
      const entry = out.get(control.ref) ?? { seen: new Set<string>(), risks: new Set<string>(), statuses: [] };
      out.set(control.ref, entry);
      if (entry.seen.has(plan.id)) continue;
      entry.seen.add(plan.id);
      for (const risk of plan.risks) entry.risks.add(risk);
      let status: Status = "implemented";
      if (control.state === "planned") {
        const statuses = listImplementingActions(firstById.get(plan.id)!, control.ref).map((action) => actionStatusOn(action, asOf as never));
        status =
          statuses.length === 0 ? "planned" : statuses.every((s) => s === "done") ? "implemented" : statuses.some((s) => s === "done" || s === "in_progress") ? "partially_implemented" : "planned";
      }
      entry.statuses.push(status);
    }
  }
  return out;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe("deriveSoa's selections and reasons", () => {
  test.prop([plansArb, obligationsArb, fc.option(fc.constantFrom("2026-06-01"), { nil: undefined })], { numRuns: 400 })(
    "agree with a reference that keeps a set of plan ids for every control",
    (plans, obligations, asOf) => {
      const rows = deriveSoa({ catalogues: ["annex-a"], plans, obligations, decisions: [], ...(asOf === undefined ? {} : { asOf: asOf as never }) });
      const expected = referenceSelections(plans, asOf);
      for (const row of rows) {
        const entry = expected.get(row.ref);
        expect(row.risks).toEqual([...(entry?.risks ?? [])].sort(byCodeUnits));
        const statuses = entry?.statuses ?? [];
        const combined =
          statuses.length === 0 ? undefined : statuses.every((s) => s === statuses[0]) ? statuses[0] : statuses.some((s) => s !== "planned") ? "partially_implemented" : "planned";
        expect(row.statusFromPlans).toBe(combined);
        for (const reason of row.reasons) {
          if (reason.obligations === undefined) continue;
          const ids = obligations.filter((obligation) => obligation.kind === reason.kind && obligation.controls.includes(row.ref)).map((obligation) => obligation.id);
          expect(reason.obligations).toEqual([...new Set(ids)].sort(byCodeUnits));
        }
      }
    },
  );
});
