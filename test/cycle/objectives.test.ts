import { describe, expect, it } from "vitest";
import { ObjectiveSchema, isTargetMet, latestMeasurement, meetsTarget, recordMeasurement, validateObjectives } from "../../src/cycle/index.js";
import { deepFreeze, makeObjective } from "./_fixtures.js";

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

describe("validateObjectives", () => {
  it("reports duplicates, unordered measurements, an unmet 'achieved' and an overdue objective", () => {
    const objectives = [
      makeObjective({ status: "achieved", measurements: [{ date: "2026-06-30", value: 9 }, { date: "2026-03-31", value: 6 }] }),
      makeObjective({ due: "2026-01-31" }),
    ];
    expect(validateObjectives(objectives, { asOf: "2026-02-01" }).map((found) => `${found.code}:${found.severity}`)).toEqual([
      "duplicate_objective_id:error",
      "measurements_out_of_order:error",
      "achieved_without_met_target:warning",
      "objective_overdue:warning",
    ]);
    expect(validateObjectives([makeObjective({ id: "OBJ-2", status: "achieved", measurements: [{ date: "2026-06-30", value: 9 }] })])[0]?.code).toBe(
      "achieved_without_met_target",
    );
  });

  it("a valid objective has no issues and survives JSON", () => {
    const objective = makeObjective({ measurements: [{ date: "2026-06-30", value: 6, note: "Q2" }], custom: { kpi: "K-1" } });
    expect(validateObjectives([objective], { asOf: "2026-07-01" })).toEqual([]);
    expect(ObjectiveSchema.parse(JSON.parse(JSON.stringify(objective)))).toEqual(objective);
  });
});
