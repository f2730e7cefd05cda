import { describe, expect, it } from "vitest";
import { ObjectiveSchema, validateObjectives } from "../../src/cycle/index.js";
import { makeObjective } from "./_fixtures.js";

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
