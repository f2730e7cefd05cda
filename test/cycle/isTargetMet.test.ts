import { describe, expect, it } from "vitest";
import { isTargetMet, latestMeasurement, meetsTarget } from "../../src/cycle/index.js";
import { makeObjective } from "./_fixtures.js";

describe("targets", () => {
  it("compares with each comparator", () => {
    expect(meetsTarget({ comparator: "at_least", value: 95 }, 95)).toBe(true);
    expect(meetsTarget({ comparator: "at_least", value: 95 }, 94.9)).toBe(false);
    expect(meetsTarget({ comparator: "at_most", value: 7 }, 8)).toBe(false);
    expect(meetsTarget({ comparator: "equal", value: 0 }, 0)).toBe(true);
    expect(meetsTarget({ comparator: "equal", value: 0 }, 1)).toBe(false);
  });

  it("uses the latest measurement, optionally as of a date", () => {
    const objective = makeObjective({
      measurements: [
        { date: "2026-03-31", value: 12 },
        { date: "2026-06-30", value: 6 },
      ],
    });
    expect(latestMeasurement(objective)?.value).toBe(6);
    expect(isTargetMet(objective)).toBe(true);
    expect(isTargetMet(objective, "2026-04-30")).toBe(false);
    expect(isTargetMet(objective, "2026-01-01")).toBeUndefined();
    expect(isTargetMet(makeObjective())).toBeUndefined();
  });
});
