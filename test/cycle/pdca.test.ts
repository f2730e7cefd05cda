import { describe, expect, it } from "vitest";
import { PdcaCycleSchema, createCycle } from "../../src/cycle/index.js";
import { runCycle as run } from "./_fixtures.js";

describe("JSON", () => {
  it("a cycle survives a JSON round trip", () => {
    const cycle = run(["start_operation", "start_evaluation", "start_improvement", "restart"]);
    expect(PdcaCycleSchema.parse(JSON.parse(JSON.stringify(cycle)))).toEqual(cycle);
  });

  it("unknown keys are errors and custom fields are kept", () => {
    const cycle = { ...createCycle("2026-01-05"), custom: { board: "Q1" } };
    expect(PdcaCycleSchema.parse(cycle).custom).toEqual({ board: "Q1" });
    expect(PdcaCycleSchema.safeParse({ ...cycle, extra: 1 }).success).toBe(false);
  });
});
