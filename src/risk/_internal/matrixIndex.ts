import { IsmsError } from "../../core/index.js";
import type { RiskMatrix } from "../matrix.js";
import type { RiskLevel } from "../riskLevel.js";
import { matrixStructureIssues } from "./structure.js";
import { at } from "../../core/_internal/index.js";

/** Lookup tables of a matrix, built once per matrix object. */
export interface MatrixIndex {
  readonly likelihood: ReadonlyMap<string, number>;
  readonly consequence: ReadonlyMap<string, number>;
  readonly levelIndex: ReadonlyMap<string, number>;
  /** Level index of cell `l * cols + c`. */
  readonly grid: Int32Array;
  readonly rows: number;
  readonly cols: number;
  readonly levels: readonly RiskLevel[];
}

const cache = /* @__PURE__ */ new WeakMap<RiskMatrix, MatrixIndex>();

function keyMap(keys: readonly { key: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  keys.forEach((entry, index) => map.set(entry.key, index));
  return map;
}

/**
 * The cached index of a matrix.
 *
 * @throws IsmsError `invalid_argument` when the matrix cannot be scored with (wrong shape,
 * unknown or duplicate keys).
 */
export function matrixIndex(matrix: RiskMatrix): MatrixIndex {
  const cached = cache.get(matrix);
  if (cached) return cached;
  const broken = matrixStructureIssues(matrix).filter((found) => found.severity === "error");
  if (broken.length > 0) {
    throw new IsmsError("invalid_argument", `The matrix cannot be used for scoring: ${broken.map((found) => found.message).join(" ")}`);
  }
  const rows = matrix.likelihood.levels.length;
  const cols = matrix.consequence.levels.length;
  const levelIndex = keyMap(matrix.levels);
  const grid = new Int32Array(rows * cols);
  for (let l = 0; l < rows; l += 1) {
    for (let c = 0; c < cols; c += 1) grid[l * cols + c] = levelIndex.get(at(at(matrix.cells, l), c))!;
  }
  const index: MatrixIndex = {
    likelihood: keyMap(matrix.likelihood.levels),
    consequence: keyMap(matrix.consequence.levels),
    levelIndex,
    grid,
    rows,
    cols,
    levels: matrix.levels,
  };
  cache.set(matrix, index);
  return index;
}
