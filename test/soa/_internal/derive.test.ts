import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { ControlRef } from "../../../src/catalogue/index.js";
import { deriveSoa } from "../../../src/soa/index.js";
import { deriveRows } from "../../../src/soa/_internal/derive.js";
import { selectionsOf } from "../../../src/soa/_internal/plans.js";
import type { TreatmentPlan } from "../../../src/treatment/index.js";

// validateSoa derives the rows from the selections it gathered itself (deriveRows) instead of
// calling deriveSoa, which gathers them again: both must give the same rows.
const refs: ControlRef[] = ["annex-a:5.1", "annex-a:5.2", "annex-a:8.24", "annex-a:8.5"];
const planArb = fc.record({
  id: fc.constantFrom("TP-1", "TP-2", "TP-3"),
  risks: fc.array(fc.constantFrom("R-1", "R-2", "R-10"), { minLength: 1, maxLength: 4 }),
  options: fc.constant(["modify"]),
  controls: fc.array(fc.record({ ref: fc.constantFrom(...refs), state: fc.constantFrom("existing", "planned") }), { maxLength: 4 }),
  actions: fc.array(
    fc.record({ id: fc.constant("ACT"), status: fc.constantFrom("planned", "in_progress", "done", "cancelled"), completedOn: fc.constantFrom("2026-01-10", "2026-12-10"), controls: fc.array(fc.constantFrom(...refs), { maxLength: 2 }) }),
    { maxLength: 3 },
  ),
});
const decisionArb = fc.record({
  control: fc.constantFrom(...refs),
  applicable: fc.boolean(),
  justification: fc.constant("Not relevant to us"),
  evidence: fc.array(fc.record({ ref: fc.constantFrom("E-1", "E-2"), date: fc.constantFrom("2025-05-01", "2026-12-01") }), { maxLength: 2 }),
});

describe("deriveRows", () => {
  test.prop([fc.array(planArb, { maxLength: 6 }), fc.array(decisionArb, { maxLength: 4 }), fc.constantFrom(undefined, "2026-06-30")], { numRuns: 60 })(
    "gives deriveSoa's rows from the selections of the same plans and date",
    (rawPlans, rawDecisions, asOf) => {
      const plans = rawPlans as unknown as TreatmentPlan[];
      const input = { catalogues: ["annex-a"], plans, decisions: rawDecisions as never, asOf };
      expect(deriveRows(input, selectionsOf(plans, asOf))).toEqual(deriveSoa(input));
    },
  );
});
