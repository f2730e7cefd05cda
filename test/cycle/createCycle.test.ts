import { describe, expect, it } from "vitest";
import { createCycle } from "../../src/cycle/index.js";
import { IsmsError } from "../../src/core/index.js";

describe("createCycle", () => {
  it("starts in plan with one history entry", () => {
    expect(createCycle("2026-01-05", { by: "CISO" })).toEqual({
      cycle: 1,
      phase: "plan",
      history: [{ cycle: 1, phase: "plan", entered: "2026-01-05", by: "CISO" }],
    });
  });

  it("can start at a later cycle number", () => {
    expect(createCycle("2026-01-05", { cycle: 4 }).history[0]?.cycle).toBe(4);
  });

  it("throws on a bad date or cycle number", () => {
    expect(() => createCycle("2026-02-30")).toThrow(IsmsError);
    expect(() => createCycle("2026-01-05", { cycle: 0 })).toThrow(IsmsError);
  });
});
