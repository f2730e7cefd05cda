import { IsmsError } from "../core/index.js";
import { matrixIndex } from "./_internal/matrixIndex.js";
import type { RiskMatrix } from "./matrix.js";
import type { RiskLevel } from "./riskLevel.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * The level of risk of a likelihood and a consequence: one table lookup in the matrix grid
 * (6.1.2 d). The matrix's lookup tables are built once and cached per matrix object, so
 * scoring many ratings costs two map reads and an array read each. Like every value in the
 * library, a matrix is treated as immutable: build a new one rather than editing its cells.
 *
 * @param matrix - the risk matrix
 * @param likelihood - a likelihood level key
 * @param consequence - a consequence level key
 * @returns the risk level of the cell `cells[likelihood][consequence]`
 * @throws {@link IsmsError} `invalid_argument` when a key is not on its scale or the matrix is malformed
 * @category Risk
 * @example
 * ```ts
 * levelOf(cox3x3Preset, "likely", "major").key; // "high"
 * ```
 */
export function levelOf(matrix: RiskMatrix, likelihood: string, consequence: string): RiskLevel {
  try {
    const index = matrixIndex(matrix);
    const l = index.likelihood.get(likelihood);
    const c = index.consequence.get(consequence);
    if (l === undefined) throw new IsmsError("invalid_argument", `"${likelihood}" is not a level of the likelihood scale.`);
    if (c === undefined) throw new IsmsError("invalid_argument", `"${consequence}" is not a level of the consequence scale.`);
    return at(index.levels, at(index.grid, l * index.cols + c));
  } catch (error) {
    throw argumentError("levelOf", error);
  }
}
