import { describe, expect, it } from "vitest";
import { checkMatrix, cox3x3Preset, levelOf, matrix4x4Preset, product5x5Preset, RiskMatrixSchema } from "../../src/risk/index.js";

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
