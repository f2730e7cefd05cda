import { describe, expect, it } from "vitest";
import { can, createCycle, nextEvents } from "../../src/cycle/index.js";
import { passingFacts } from "../arbitraries/cycle.js";
import { runCycle as run } from "./_fixtures.js";

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
