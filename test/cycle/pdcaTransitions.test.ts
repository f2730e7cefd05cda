import { describe, expect, it } from "vitest";
import { pdcaTransitions } from "../../src/cycle/index.js";

describe("transition table", () => {
  it("has one row per phase, in a ring, only restart opens a new cycle", () => {
    expect(pdcaTransitions.map((row) => `${row.from}>${row.to}`)).toEqual(["plan>do", "do>check", "check>act", "act>plan"]);
    expect(pdcaTransitions.filter((row) => row.nextCycle).map((row) => row.event)).toEqual(["restart"]);
    expect(Object.isFrozen(pdcaTransitions)).toBe(true);
    expect(Object.isFrozen(pdcaTransitions[0])).toBe(true);
  });
});
