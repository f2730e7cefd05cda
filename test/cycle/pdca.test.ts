import { describe, expect, it } from "vitest";
import { PdcaCycleSchema, createCycle, transition, type PdcaCycle, type PdcaEvent, type PdcaGuardFacts } from "../../src/cycle/index.js";
import { passingFacts } from "../arbitraries/cycle.js";

function run(events: PdcaEvent[], facts: PdcaGuardFacts = passingFacts): PdcaCycle {
  let cycle = createCycle("2026-01-05");
  events.forEach((event, index) => {
    const next = transition(cycle, event, { guards: facts, date: `2026-0${index + 2}-01` });
    if (!next.ok) throw new Error(next.error.map((found) => found.code).join());
    cycle = next.value;
  });
  return cycle;
}

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
