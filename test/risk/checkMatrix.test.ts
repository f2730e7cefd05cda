import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { checkMatrix, cox3x3Preset, matrixFromFormula, product5x5Preset, type RiskMatrix } from "../../src/risk/index.js";
import { levelsOf, matrixOfIndexes, scaleOf } from "../arbitraries/risk.js";

const codes = (matrix: RiskMatrix, options?: Parameters<typeof checkMatrix>[1]) => checkMatrix(matrix, options).findings.map((found) => found.code);
const at = (matrix: RiskMatrix, code: string) =>
  checkMatrix(matrix)
    .findings.filter((found) => found.code === code)
    .map((found) => found.path.join(","));

// Cox golden case as indexes, row 0 = lowest likelihood.
const COX = [
  [0, 0, 0],
  [0, 1, 1],
  [0, 1, 2],
];

describe("Cox 3×3 golden case", () => {
  it("passes every check", () => {
    expect(checkMatrix(matrixOfIndexes(COX, 3)).findings).toEqual([]);
    expect(checkMatrix(cox3x3Preset).findings).toEqual([]);
  });

  const variants: [number, number, number][] = [];
  for (let l = 0; l < 3; l += 1) for (let c = 0; c < 3; c += 1) for (let v = 0; v < 3; v += 1) if (v !== COX[l]![c]) variants.push([l, c, v]);

  it("has 18 single-cell recolourings", () => {
    expect(variants).toHaveLength(18);
  });

  it.each(variants)("recolouring cell [%i][%i] to level %i fails at least one check", (l, c, v) => {
    const grid = COX.map((row) => [...row]);
    grid[l]![c] = v;
    expect(checkMatrix(matrixOfIndexes(grid, 3)).findings.length).toBeGreaterThan(0);
  });
});

describe("checkMatrix", () => {
  it("reports a level that falls as consequence rises as not_monotone at the falling cell", () => {
    const matrix = matrixOfIndexes([[0, 1, 0], [0, 1, 1], [0, 1, 2]], 3);
    expect(at(matrix, "not_monotone")).toEqual(["cells,0,2"]);
  });

  it("reports a level that falls as likelihood rises as not_monotone", () => {
    const matrix = matrixOfIndexes([[0, 0, 0], [0, 1, 2], [0, 1, 1]], 3);
    expect(at(matrix, "not_monotone")).toEqual(["cells,2,2"]);
    expect(checkMatrix(matrix).findings.find((found) => found.code === "not_monotone")?.severity).toBe("error");
  });

  it("warns when neighbouring cells are more than one level apart", () => {
    const matrix = matrixOfIndexes([[0, 0, 0, 3], [0, 1, 1, 3], [0, 1, 2, 3], [1, 2, 3, 3]], 4);
    const jumps = checkMatrix(matrix).findings.filter((found) => found.code === "level_jump");
    expect(jumps.map((found) => found.path.join(","))).toEqual(["cells,0,3", "cells,1,3"]);
    expect(jumps.every((found) => found.severity === "warning")).toBe(true);
  });

  it("reports a red cell holding risks below a green cell's as weak_consistency", () => {
    // (1,2) red: lo = 1/3·2/3 < hi of green (0,2) = 1/3
    const matrix = matrixOfIndexes([[0, 0, 0], [0, 1, 2], [0, 1, 2]], 3);
    expect(at(matrix, "weak_consistency")).toContain("cells,1,2");
  });

  it("reports a green cell touching a red one up, right or up-right as betweenness", () => {
    const matrix = matrixOfIndexes([[0, 0, 0], [0, 0, 1], [0, 1, 2]], 3);
    expect(at(matrix, "betweenness")).toEqual(["cells,1,1"]);
  });

  it("reports a yellow cell holding the smallest risk as inconsistent_colouring", () => {
    const matrix = matrixOfIndexes([[0, 0, 1], [0, 1, 1], [0, 1, 2]], 3);
    expect(at(matrix, "inconsistent_colouring")).toEqual(["cells,0,2"]);
  });

  it("reports a top-right cell that is not red as inconsistent_colouring", () => {
    const matrix = matrixOfIndexes([[0, 0, 0], [0, 1, 1], [0, 1, 1]], 3);
    expect(at(matrix, "inconsistent_colouring")).toContain("cells,2,2");
  });

  it("reports a non-red cell entirely above the lowest red risk as inconsistent_colouring", () => {
    // equal-width 4×4; red starts at (2,2) lo = 0.25; (3,1) is medium with lo = 0.75·0.25 < 0.25 fine,
    // but with a red cell at (1,3) lo = 0.25·0.75 = 0.1875, cell (2,2) medium lo 0.25 ≥ 0.1875
    const matrix = matrixOfIndexes([[0, 0, 0, 0], [0, 1, 1, 2], [0, 1, 1, 2], [0, 1, 2, 2]], 3);
    expect(at(matrix, "inconsistent_colouring")).toContain("cells,2,2");
  });

  it("reports a non-green cell entirely below the highest green risk as inconsistent_colouring", () => {
    const matrix = matrixOfIndexes([[0, 0, 0], [0, 0, 1], [1, 1, 2]], 3);
    // (2,0) is yellow with hi = 1/3, the highest green (0,2) reaches 1/3 too; it also holds the smallest risk
    expect(at(matrix, "inconsistent_colouring")).toContain("cells,2,0");
  });

  it("reports cells that disagree with the recorded formula as formula_mismatch", () => {
    const cells = product5x5Preset.cells.map((row) => [...row]);
    cells[4]![4] = "high";
    expect(at({ ...product5x5Preset, cells }, "formula_mismatch")).toEqual(["cells,4,4"]);
  });

  it("reports a recorded formula that cannot be applied as invalid_formula", () => {
    const matrix: RiskMatrix = { ...product5x5Preset, formula: { formula: { kind: "sum" }, bands: [{ level: "nope", from: 0 }] } };
    expect(at(matrix, "invalid_formula")).toEqual(["formula"]);
  });

  it("returns only structural findings for a malformed grid", () => {
    const matrix: RiskMatrix = { ...cox3x3Preset, cells: [["low", "low"], ["low", "x", "high"]] };
    expect(codes(matrix).sort()).toEqual(["matrix_shape", "matrix_shape", "unknown_risk_level"]);
    expect(checkMatrix(matrix).resolution.cells).toBe(0);
  });

  it("reports duplicate keys", () => {
    const matrix: RiskMatrix = {
      ...cox3x3Preset,
      likelihood: { levels: [{ key: "a", label: "A" }, { key: "a", label: "A" }, { key: "b", label: "B" }] },
      levels: [...cox3x3Preset.levels, { key: "low", label: "Again" }],
    };
    expect(codes(matrix)).toEqual(expect.arrayContaining(["duplicate_level_key", "duplicate_risk_level"]));
  });

  it("counts 14 distinct scores on the 5×5 product", () => {
    const { resolution } = checkMatrix(product5x5Preset);
    expect(resolution.distinctScores).toBe(14);
    expect(resolution.cells).toBe(25);
    expect(Object.values(resolution.cellsPerLevel).reduce((a, b) => a + b, 0)).toBe(25);
  });

  it("counts ties as pairs of cells sharing a level", () => {
    const { resolution } = checkMatrix(cox3x3Preset);
    // 5 low, 3 medium, 1 high: C(5,2) + C(3,2) = 13
    expect(resolution.ties).toBe(13);
    expect(resolution.tieRate).toBeCloseTo(13 / 36);
    expect(resolution.distinctScores).toBe(3);
    expect(resolution.unusedLevels).toEqual([]);
  });

  it("lists unused levels", () => {
    const matrix = matrixOfIndexes([[0, 0, 0], [0, 0, 0], [0, 0, 2]], 3);
    expect(checkMatrix(matrix).resolution.unusedLevels).toEqual(["r1"]);
    expect(checkMatrix(matrix).resolution.levelsUsed).toBe(2);
  });

  it("counts rank reversals under a skewed quantitative model", () => {
    // likelihood intervals make the top row tiny: a red cell there holds smaller risks than a low cell below
    const matrix = matrixOfIndexes([[0, 0, 1], [0, 1, 2], [0, 1, 2]], 3);
    const report = checkMatrix(matrix, {
      likelihoodIntervals: [[0, 0.01], [0.5, 1], [0.001, 0.002]],
    });
    expect(report.resolution.rankReversals).toBeGreaterThan(0);
  });

  it("uses anchors when asked and every level has one", () => {
    const anchored: RiskMatrix = {
      ...cox3x3Preset,
      likelihood: {
        levels: [
          { key: "unlikely", label: "U", anchor: { kind: "probability", min: 0, max: 0.01 } },
          { key: "possible", label: "P", anchor: { kind: "probability", min: 0.01, max: 0.1 } },
          { key: "likely", label: "L", anchor: { kind: "probability", min: 0.1, max: 1 } },
        ],
      },
    };
    expect(codes(anchored)).toEqual([]);
    expect(codes(anchored, { useAnchors: true }).length).toBeGreaterThan(0);
  });

  it("accepts a custom risk function", () => {
    expect(codes(cox3x3Preset, { risk: (p, c) => p + c })).not.toContain("not_monotone");
  });

  it("throws when given intervals do not match the scale", () => {
    expect(() => checkMatrix(cox3x3Preset, { consequenceIntervals: [[0, 1]] })).toThrow(IsmsError);
  });

  it("handles non-square matrices", () => {
    const matrix = matrixFromFormula({ likelihood: scaleOf("l", 6), consequence: scaleOf("c", 5), levels: levelsOf(4), formula: { kind: "sum" }, bands: [{ level: "r0", from: 0 }, { level: "r1", from: 5 }, { level: "r2", from: 8 }, { level: "r3", from: 10 }] });
    const report = checkMatrix(matrix);
    expect(report.resolution.cells).toBe(30);
    expect(report.findings.filter((found) => found.code === "not_monotone")).toEqual([]);
  });
});
