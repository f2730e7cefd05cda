import { describe, expect, it } from "vitest";
import { validateMethodology, type Methodology } from "../../src/risk/index.js";
import { m1 } from "./fixtures.js";

const codes = (methodology: Methodology) => validateMethodology(methodology).map((found) => `${found.code}@${found.path.join(",")}`);

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
