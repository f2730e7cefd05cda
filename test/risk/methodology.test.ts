import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { IsmsError } from "../../src/core/index.js";
import {
  createMethodology,
  defaultAcceptance,
  matrix4x4Preset,
  MethodologySchema,
  product5x5Preset,
  validateMethodology,
  type Methodology,
} from "../../src/risk/index.js";
import { m1 } from "./fixtures.js";

const codes = (methodology: Methodology) => validateMethodology(methodology).map((found) => `${found.code}@${found.path.join(",")}`);

describe("createMethodology", () => {
  it("builds version 1 with maximum aggregation and default acceptance, frozen", () => {
    expect(m1.version).toBe(1);
    expect(m1.aggregation).toEqual({ kind: "maximum" });
    expect(m1.acceptance.appetite).toBe("low");
    expect(m1.acceptance.tolerance).toBe("medium");
    expect(Object.isFrozen(m1)).toBe(true);
    expect(MethodologySchema.parse(JSON.parse(JSON.stringify(m1)))).toEqual(m1);
  });
  it("accepts every preset", () => {
    for (const matrix of [matrix4x4Preset, product5x5Preset]) {
      expect(createMethodology({ id: "x", name: "X", reviewDate: "2027-01-01", matrix }).matrix).toEqual(matrix);
    }
  });
  it("throws on a methodology with errors", () => {
    expect(() =>
      createMethodology({ id: "x", name: "X", reviewDate: "2027-01-01", matrix: product5x5Preset, acceptance: { appetite: "high", tolerance: "low", levels: [] } }),
    ).toThrow(IsmsError);
  });
  it("throws a ZodError on malformed input", () => {
    expect(() => createMethodology({ id: "bad id!", name: "X", reviewDate: "2027-01-01", matrix: product5x5Preset })).toThrow(ZodError);
  });
  it("throws a ZodError with the path matrix, and no other, when the matrix is missing", () => {
    const missing = { id: "x", name: "X", reviewDate: "2027-01-01" } as unknown as Parameters<typeof createMethodology>[0];
    let thrown: unknown;
    try {
      createMethodology(missing);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ZodError);
    expect((thrown as ZodError).issues.map((found) => found.path)).toEqual([["matrix"]]);
  });
  it("throws a ZodError when the matrix has no levels or the input is not an object", () => {
    const noLevels = { id: "x", name: "X", reviewDate: "2027-01-01", matrix: { ...product5x5Preset, levels: [] } };
    expect(() => createMethodology(noLevels)).toThrow(ZodError);
    for (const input of [undefined, null, [], "x"]) expect(() => createMethodology(input as unknown as Parameters<typeof createMethodology>[0])).toThrow(ZodError);
  });
});

describe("defaultAcceptance", () => {
  it("gives the top level compensating controls and three approvers", () => {
    const criteria = defaultAcceptance(product5x5Preset.levels);
    expect(criteria.appetite).toBe("low");
    expect(criteria.tolerance).toBe("high");
    expect(criteria.levels.at(-1)).toMatchObject({ level: "very_high", compensatingControlsRequired: true, review: { every: 3, unit: "months" } });
    expect(criteria.levels[0]?.authority).toEqual(["Risk owner"]);
  });
  it("throws an IsmsError for no levels", () => {
    expect(() => defaultAcceptance([])).toThrow(IsmsError);
  });
  it("handles two levels", () => {
    const criteria = defaultAcceptance([{ key: "ok", label: "OK" }, { key: "bad", label: "Bad" }]);
    expect([criteria.appetite, criteria.tolerance]).toEqual(["ok", "ok"]);
  });
});

describe("validateMethodology", () => {
  it("finds nothing wrong with a preset-based methodology", () => {
    expect(validateMethodology(m1)).toEqual([]);
  });
  it("reports unknown appetite and tolerance levels", () => {
    const found = codes({ ...m1, acceptance: { ...m1.acceptance, appetite: "x", tolerance: "y" } });
    expect(found).toEqual(expect.arrayContaining(["unknown_risk_level@acceptance,appetite", "unknown_risk_level@acceptance,tolerance"]));
  });
  it("reports a tolerance below the appetite", () => {
    expect(codes({ ...m1, acceptance: { ...m1.acceptance, appetite: "high", tolerance: "low" } })).toContain("tolerance_below_appetite@acceptance,tolerance");
  });
  it("reports missing, duplicate and unknown acceptance levels", () => {
    const [low, medium] = m1.acceptance.levels;
    const found = codes({ ...m1, acceptance: { ...m1.acceptance, levels: [low!, medium!, { ...low!, level: "low" }, { ...low!, level: "zzz" }] } });
    expect(found).toEqual(
      expect.arrayContaining(["missing_acceptance_level@acceptance,levels", "duplicate_acceptance_level@acceptance,levels,2,level", "unknown_risk_level@acceptance,levels,3,level"]),
    );
  });
  it("reports consequence mapping keys not on the scale and a mapping that falls", () => {
    const found = codes({ ...m1, consequenceMapping: { default: ["minor", "nope"], byProperty: { availability: ["major", "minor"] } } });
    expect(found).toEqual(expect.arrayContaining(["level_not_on_scale@consequenceMapping,default,1", "mapping_not_monotone@consequenceMapping,byProperty,availability,1"]));
  });
  it("prefixes matrix findings with matrix", () => {
    const cells = m1.matrix.cells.map((row) => [...row]);
    cells[0]![2] = "high";
    expect(codes({ ...m1, matrix: { ...m1.matrix, cells } })).toContain("inconsistent_colouring@matrix,cells,0,2");
  });
  it("reports scale values and anchors that do not increase", () => {
    const likelihood = {
      levels: [
        { key: "a", label: "A", value: 3, anchor: { kind: "probability" as const, min: 0.5, max: 0.1 } },
        { key: "b", label: "B", value: 2, anchor: { kind: "probability" as const, min: 0.05, max: 0.6 } },
        { key: "c", label: "C", anchor: { kind: "probability" as const, min: 0.9, max: 0.8 } },
      ],
    };
    const found = codes({ ...m1, matrix: { ...m1.matrix, likelihood } });
    expect(found).toEqual(
      expect.arrayContaining([
        "values_not_increasing@matrix,likelihood,levels,1,value",
        "anchors_not_increasing@matrix,likelihood,levels,0,anchor",
        "anchors_not_increasing@matrix,likelihood,levels,1,anchor",
        "anchors_not_increasing@matrix,likelihood,levels,2,anchor",
      ]),
    );
  });
});
