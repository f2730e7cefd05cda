import { describe, expect, it } from "vitest";
import { recordMeasurement } from "../../src/cycle/index.js";
import { deepFreeze, makeObjective } from "./_fixtures.js";

describe("recordMeasurement", () => {
  it("inserts in date order", () => {
    const objective = makeObjective({ measurements: [{ date: "2026-06-30", value: 6 }] });
    const next = recordMeasurement(objective, { date: "2026-03-31", value: 12 });
    expect(next.measurements.map((m) => m.date)).toEqual(["2026-03-31", "2026-06-30"]);
    expect(recordMeasurement(next, { date: "2026-09-30", value: 5 }).measurements.at(-1)?.value).toBe(5);
  });

  it("returns the same reference when the measurement is already recorded", () => {
    const objective = makeObjective({ measurements: [{ date: "2026-06-30", value: 6 }] });
    expect(recordMeasurement(objective, { date: "2026-06-30", value: 6 })).toBe(objective);
  });

  it("does not mutate its input", () => {
    const objective = deepFreeze(makeObjective());
    const copy = structuredClone(objective);
    recordMeasurement(objective, { date: "2026-03-31", value: 12 });
    expect(objective).toEqual(copy);
  });
});
