import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import {
  checkMatrix,
  cox3x3Preset,
  formulaScore,
  levelOf,
  matrix4x4Preset,
  matrixFromFormula,
  product5x5Preset,
  rateRisk,
  RiskMatrixSchema,
  scoreRating,
  type RiskMatrix,
} from "../../src/risk/index.js";
import { levelsOf, scaleOf } from "../arbitraries/risk.js";
import { assetRisk, m1, m2, rating } from "./fixtures.js";

describe("levelOf", () => {
  it("reads cells[likelihood][consequence]", () => {
    expect(levelOf(cox3x3Preset, "likely", "major").key).toBe("high");
    expect(levelOf(cox3x3Preset, "likely", "minor").key).toBe("low");
    expect(levelOf(cox3x3Preset, "unlikely", "major").key).toBe("low");
    expect(levelOf(cox3x3Preset, "possible", "moderate").key).toBe("medium");
  });
  it("throws for a key not on a scale", () => {
    expect(() => levelOf(cox3x3Preset, "often", "major")).toThrow(IsmsError);
    expect(() => levelOf(cox3x3Preset, "likely", "huge")).toThrow(/consequence/);
  });
  it("throws for a malformed matrix", () => {
    const broken: RiskMatrix = { ...cox3x3Preset, cells: [["low"]] };
    expect(() => levelOf(broken, "unlikely", "minor")).toThrow(IsmsError);
  });
});

describe("scoreRating", () => {
  it("returns keys, indexes, level and methodology", () => {
    const score = scoreRating(m1, rating("likely", "moderate"));
    expect(score).toMatchObject({ likelihood: "likely", likelihoodIndex: 2, consequence: "moderate", consequenceIndex: 1, levelIndex: 1, methodology: { id: "acme", version: 1 } });
    expect(score.level.key).toBe("medium");
  });
  it("refuses a rating made under another version", () => {
    expect(() => scoreRating(m2, rating("likely", "moderate"))).toThrow(expect.objectContaining({ code: "unsupported_version" }));
  });
  it("restates deliberately when asked", () => {
    expect(scoreRating(m2, rating("likely", "major"), { restate: true }).level.key).toBe("high");
  });
  it("throws for keys not on the scales", () => {
    expect(() => scoreRating(m1, rating("x", "moderate"))).toThrow(/likelihood/);
    expect(() => scoreRating(m1, rating("likely", "x"))).toThrow(/consequence/);
  });
});

describe("rateRisk", () => {
  const risk = assetRisk("R-1", { inherent: rating("likely", "major"), current: rating("possible", "major") });
  it("uses the standing layer by default", () => {
    expect(rateRisk(m1, risk)?.level.key).toBe("medium");
    expect(rateRisk(m1, risk, "inherent")?.level.key).toBe("high");
  });
  it("returns undefined for missing layers, unknown versions and bad keys", () => {
    expect(rateRisk(m1, risk, "residual")).toBeUndefined();
    expect(rateRisk(m2, risk)).toBeUndefined();
    expect(rateRisk(m1, assetRisk("R-2", { current: rating("x", "major") }))).toBeUndefined();
    expect(rateRisk(m1, assetRisk("R-3", {}))).toBeUndefined();
  });
});

describe("matrixFromFormula", () => {
  const base = { likelihood: scaleOf("l", 4), consequence: scaleOf("c", 4), levels: levelsOf(3) };
  it("fills the grid from product, sum and weighted formulas with bands", () => {
    const product = matrixFromFormula({ ...base, formula: { kind: "product" }, bands: [{ level: "r0", from: 1 }, { level: "r1", from: 4 }, { level: "r2", from: 9 }] });
    expect(product.cells[0]).toEqual(["r0", "r0", "r0", "r1"]);
    expect(product.cells[3]).toEqual(["r1", "r1", "r2", "r2"]);
    const sum = matrixFromFormula({ ...base, formula: { kind: "sum" }, bands: [{ level: "r0", from: 2 }, { level: "r2", from: 8 }] });
    expect(sum.cells[3]![3]).toBe("r2");
    expect(sum.cells[3]![2]).toBe("r0");
    expect(RiskMatrixSchema.parse(sum)).toEqual(sum);
  });
  it("computes weighted scores like L×I+2I", () => {
    expect(formulaScore({ kind: "weighted", product: 1, likelihood: 0, consequence: 2 }, 3, 4)).toBe(20);
    expect(formulaScore({ kind: "weighted", product: 0, likelihood: 1, consequence: 3, constant: 1 }, 2, 2)).toBe(9);
    expect(formulaScore({ kind: "sum" }, 2, 3)).toBe(5);
  });
  it("puts scores below the first band into the first band", () => {
    const matrix = matrixFromFormula({ ...base, formula: { kind: "product" }, bands: [{ level: "r1", from: 5 }, { level: "r2", from: 10 }] });
    expect(matrix.cells[0]![0]).toBe("r1");
  });
  it("uses level values when given", () => {
    const likelihood = { levels: [{ key: "a", label: "A", value: 1 }, { key: "b", label: "B", value: 10 }] };
    const matrix = matrixFromFormula({ likelihood, consequence: likelihood, levels: levelsOf(2), formula: { kind: "product" }, bands: [{ level: "r0", from: 0 }, { level: "r1", from: 50 }] });
    expect(matrix.cells).toEqual([["r0", "r0"], ["r0", "r1"]]);
  });
  it("rejects bad bands and values", () => {
    expect(() => matrixFromFormula({ ...base, formula: { kind: "sum" }, bands: [] })).toThrow(IsmsError);
    expect(() => matrixFromFormula({ ...base, formula: { kind: "sum" }, bands: [{ level: "zz", from: 0 }] })).toThrow(/not a risk level/);
    expect(() => matrixFromFormula({ ...base, formula: { kind: "sum" }, bands: [{ level: "r1", from: 0 }, { level: "r0", from: 5 }] })).toThrow(/higher level/);
    expect(() => matrixFromFormula({ ...base, formula: { kind: "sum" }, bands: [{ level: "r0", from: 5 }, { level: "r1", from: 5 }] })).toThrow(IsmsError);
    const down = { levels: [{ key: "a", label: "A", value: 2 }, { key: "b", label: "B", value: 1 }] };
    expect(() => matrixFromFormula({ ...base, likelihood: down, formula: { kind: "sum" }, bands: [{ level: "r0", from: 0 }] })).toThrow(/increase/);
    const negative = { levels: [{ key: "a", label: "A", value: -1 }, { key: "b", label: "B", value: 1 }] };
    expect(() => matrixFromFormula({ ...base, likelihood: negative, formula: { kind: "product" }, bands: [{ level: "r0", from: 0 }] })).toThrow(/negative/);
    expect(matrixFromFormula({ ...base, likelihood: negative, formula: { kind: "sum" }, bands: [{ level: "r0", from: 0 }] }).cells).toHaveLength(2);
  });
});

describe("presets", () => {
  it.each([
    ["cox3x3Preset", cox3x3Preset, 3, 3, 3],
    ["matrix4x4Preset", matrix4x4Preset, 4, 4, 4],
    ["product5x5Preset", product5x5Preset, 5, 5, 4],
  ] as const)("%s has the documented shape, parses and is frozen", (_, preset, rows, cols, levels) => {
    expect(preset.cells).toHaveLength(rows);
    expect(preset.cells[0]).toHaveLength(cols);
    expect(preset.levels).toHaveLength(levels);
    expect(RiskMatrixSchema.parse(preset)).toEqual(preset);
    expect(Object.isFrozen(preset)).toBe(true);
    expect(Object.isFrozen(preset.cells[0])).toBe(true);
    expect(() => {
      (preset.cells[0] as string[])[0] = "x";
    }).toThrow();
  });
  it("the Cox preset has green bottom row and left column, red top right, three yellow", () => {
    expect(cox3x3Preset.cells).toEqual([
      ["low", "low", "low"],
      ["low", "medium", "medium"],
      ["low", "medium", "high"],
    ]);
  });
  it("the 5×5 product preset records its formula and the bands low 1–5, medium 6–10, high 11–19, very high 20–25", () => {
    expect(product5x5Preset.formula).toEqual({
      formula: { kind: "product" },
      bands: [
        { level: "low", from: 1 },
        { level: "medium", from: 6 },
        { level: "high", from: 11 },
        { level: "very_high", from: 20 },
      ],
    });
    expect(levelOf(product5x5Preset, "rare", "severe").key).toBe("low"); // 1×5 = 5
    expect(levelOf(product5x5Preset, "possible", "minor").key).toBe("medium"); // 3×2 = 6
    expect(levelOf(product5x5Preset, "unlikely", "severe").key).toBe("medium"); // 2×5 = 10
    expect(levelOf(product5x5Preset, "possible", "major").key).toBe("high"); // 3×4 = 12
    expect(levelOf(product5x5Preset, "likely", "major").key).toBe("high"); // 4×4 = 16
    expect(levelOf(product5x5Preset, "almost_certain", "major").key).toBe("very_high"); // 5×4 = 20
  });
  it("the 4×4 preset is green along its bottom row and left column and red only at the top right", () => {
    expect(matrix4x4Preset.cells).toEqual([
      ["low", "low", "low", "low"],
      ["low", "low", "medium", "medium"],
      ["low", "medium", "high", "high"],
      ["low", "medium", "high", "very_high"],
    ]);
  });
  it.each([
    ["cox3x3Preset", cox3x3Preset],
    ["matrix4x4Preset", matrix4x4Preset],
    ["product5x5Preset", product5x5Preset],
  ] as const)("checkMatrix finds nothing in %s", (_, preset) => {
    expect(checkMatrix(preset).findings).toEqual([]);
  });
  // The figures docs/risk-method.md gives for each preset; a change of a preset or of the
  // checks shows here before the guide goes wrong.
  it.each([
    ["cox3x3Preset", cox3x3Preset, { distinctScores: 3, levelsUsed: 3, ties: 13, cellsPerLevel: { low: 5, medium: 3, high: 1 } }],
    ["matrix4x4Preset", matrix4x4Preset, { distinctScores: 4, levelsUsed: 4, ties: 37, cellsPerLevel: { low: 8, medium: 4, high: 3, very_high: 1 } }],
    ["product5x5Preset", product5x5Preset, { distinctScores: 14, levelsUsed: 4, ties: 79, cellsPerLevel: { low: 10, medium: 7, high: 5, very_high: 3 } }],
  ] as const)("checkMatrix gives the resolution of %s that the guide gives", (_, preset, resolution) => {
    expect(checkMatrix(preset).resolution).toMatchObject({ ...resolution, rankReversals: 0, unusedLevels: [] });
  });
  it("the 4×4 preset is a plain grid", () => {
    expect(matrix4x4Preset.formula).toBeUndefined();
    expect(levelOf(matrix4x4Preset, "frequent", "critical").key).toBe("very_high");
  });
});
