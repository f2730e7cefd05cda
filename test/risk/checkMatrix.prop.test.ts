import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkMatrix, levelOf } from "../../src/risk/index.js";
import { formulaMatrixArb, indexesOf, matrixOfIndexes, monotoneGridArb } from "../arbitraries/risk.js";

describe("matrix checks (properties)", () => {
  test.prop([formulaMatrixArb], { numRuns: 150 })("every matrix the library generates is monotone", (matrix) => {
    const report = checkMatrix(matrix);
    expect(report.findings.filter((found) => found.severity === "error")).toEqual([]);
    const grid = indexesOf(matrix);
    for (let l = 0; l < grid.length; l += 1) {
      for (let c = 0; c < grid[0]!.length; c += 1) {
        if (c > 0) expect(grid[l]![c]!).toBeGreaterThanOrEqual(grid[l]![c - 1]!);
        if (l > 0) expect(grid[l]![c]!).toBeGreaterThanOrEqual(grid[l - 1]![c]!);
      }
    }
  });

  test.prop([monotoneGridArb], { numRuns: 100 })("a monotone grid has no not_monotone finding", ({ grid, k }) => {
    expect(checkMatrix(matrixOfIndexes(grid, k)).findings.filter((found) => found.code === "not_monotone")).toEqual([]);
  });

  test.prop([monotoneGridArb, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.nat()], { numRuns: 200 })(
    "the checks find every monotonicity violation planted at random, and no other",
    ({ grid, k }, picks, drop) => {
      const rows = grid.length;
      const cols = grid[0]!.length;
      const planted = new Set<string>();
      const next = grid.map((row) => [...row]);
      for (const pick of picks) {
        const l = Math.floor(pick / cols) % rows;
        const c = pick % cols;
        const key = `${l},${c}`;
        // keep planted cells apart so that no planted cell is another's left or lower neighbour
        const touches = [`${l - 1},${c}`, `${l + 1},${c}`, `${l},${c - 1}`, `${l},${c + 1}`].some((other) => planted.has(other));
        const predecessor = Math.max(l > 0 ? grid[l - 1]![c]! : 0, c > 0 ? grid[l]![c - 1]! : 0);
        if (touches || planted.has(key) || predecessor === 0) continue;
        next[l]![c] = drop % predecessor; // strictly below a predecessor
        planted.add(key);
      }
      const flagged = new Set(
        checkMatrix(matrixOfIndexes(next, k))
          .findings.filter((found) => found.code === "not_monotone")
          .map((found) => `${found.path[1]},${found.path[2]}`),
      );
      expect(flagged).toEqual(planted);
    },
  );

  test.prop([formulaMatrixArb], { numRuns: 60 })("levelOf reads the grid", (matrix) => {
    matrix.likelihood.levels.forEach((l, li) =>
      matrix.consequence.levels.forEach((c, ci) => expect(levelOf(matrix, l.key, c.key).key).toBe(matrix.cells[li]![ci])),
    );
  });
});
