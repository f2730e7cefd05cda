import { describe, expect, it } from "vitest";
import {
  PdcaCycleSchema,
  createCycle,
  cycleStartDate,
  validateCycle,
} from "../../src/cycle/index.js";
import { runCycle as run } from "./_fixtures.js";

describe("cycleStartDate and validateCycle", () => {
  it("gives the date the current cycle's plan phase began", () => {
    const cycle = run(["start_operation", "start_evaluation", "start_improvement", "restart", "start_operation"]);
    expect(cycleStartDate(cycle)).toBe("2026-05-01");
    expect(cycleStartDate(createCycle("2026-01-05"))).toBe("2026-01-05");
  });

  it("falls back to the first entry of the cycle when the history does not start in plan", () => {
    const cycle = PdcaCycleSchema.parse({ cycle: 1, phase: "do", history: [{ cycle: 1, phase: "do", entered: "2026-02-01" }] });
    expect(cycleStartDate(cycle)).toBe("2026-02-01");
  });

  it("reports a skipped phase, a wrong cycle number, dates out of order and a mismatched state", () => {
    const broken = PdcaCycleSchema.parse({
      cycle: 3,
      phase: "act",
      history: [
        { cycle: 1, phase: "plan", entered: "2026-01-05", event: "restart" },
        { cycle: 1, phase: "check", entered: "2026-02-01", event: "start_evaluation" },
        { cycle: 2, phase: "act", entered: "2026-01-01", event: "start_improvement" },
        { cycle: 2, phase: "plan", entered: "2026-03-01", event: "restart" },
      ],
    });
    expect(validateCycle(broken).map((found) => `${found.code}@${found.path.join(".")}`)).toEqual([
      "first_entry_with_event@history.0.event",
      "inconsistent_history@history.1",
      "inconsistent_history@history.2",
      "history_date_order@history.2.entered",
      "inconsistent_history@history.3",
      "phase_mismatch@phase",
      "cycle_number_mismatch@cycle",
    ]);
  });
});
