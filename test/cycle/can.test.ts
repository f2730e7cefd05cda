import { describe, expect, it } from "vitest";
import { can, createCycle, nextEvents, transition, type PdcaCycle, type PdcaEvent, type PdcaGuardFacts } from "../../src/cycle/index.js";
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

describe("can and nextEvents", () => {
  it("can is true only for the legal event with passing guards", () => {
    const cycle = createCycle("2026-01-05");
    expect(can(cycle, "start_operation", passingFacts)).toBe(true);
    expect(can(cycle, "start_operation", { ...passingFacts, approvedPolicy: false })).toBe(false);
    expect(can(cycle, "restart", passingFacts)).toBe(false);
  });

  it("nextEvents lists the legal event, filtered by guards when given", () => {
    const cycle = run(["start_operation", "start_evaluation"]);
    expect(nextEvents(cycle)).toEqual(["start_improvement"]);
    expect(nextEvents(cycle, passingFacts)).toEqual(["start_improvement"]);
    expect(nextEvents(cycle, { ...passingFacts, completedReviewsInCycle: 0 })).toEqual([]);
  });
});
