import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { ControlRef } from "../../src/catalogue/index.js";
import { deriveSoa } from "../../src/soa/index.js";
import { listSelectedControls, type TreatmentPlan } from "../../src/treatment/index.js";

// deriveSoa gathers each control's risks without listSelectedControls' sets (a speed-up at
// 100k risks); this checks that both still agree on every control, including duplicate plan
// ids, a control listed twice in one plan, risks shared between plans and ids whose order
// by UTF-16 code units differs from their order by code points.
const refs: ControlRef[] = ["annex-a:5.1", "annex-a:5.2", "annex-a:8.24", "annex-a:8.5"];
const riskIdArb = fc.constantFrom("R-1", "R-10", "R-2", "r-1", "R-é", "R-\u{1F600}", "R-\uFFFD", "Z");
const planArb = fc.record({
  id: fc.constantFrom("TP-1", "TP-2", "TP-3", "TP-4"),
  risks: fc.array(riskIdArb, { minLength: 1, maxLength: 5 }),
  controls: fc.array(fc.record({ ref: fc.constantFrom(...refs), state: fc.constantFrom("existing", "planned") }), { maxLength: 4 }),
  actions: fc.array(fc.record({ id: fc.constant("ACT"), status: fc.constantFrom("planned", "in_progress", "done", "cancelled") }), { maxLength: 2 }),
});

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe("deriveSoa and listSelectedControls", () => {
  test.prop([fc.array(planArb, { maxLength: 8 })], { numRuns: 300 })("agree on every control's plans and risks", (raw) => {
    const plans = raw as unknown as TreatmentPlan[];
    const rows = deriveSoa({ catalogues: ["annex-a"], plans, decisions: [] });
    const selected = listSelectedControls(plans);
    for (const row of rows) {
      const selection = selected.get(row.ref);
      expect(row.risks).toEqual([...new Set(selection?.risks ?? [])].sort(byCodeUnits));
      expect(row.applicable).toBe(selection !== undefined);
      expect(row.statusFromPlans === undefined).toBe(selection === undefined);
    }
  });
});
