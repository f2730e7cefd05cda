import { IsmsError } from "../core/index.js";
import type { RiskBand, RiskFormula, RiskMatrix } from "./matrix.js";
import type { RiskLevel } from "./riskLevel.js";
import type { Scale } from "./scale.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * Input of {@link matrixFromFormula}.
 *
 * @category Risk
 * @example
 * ```ts
 * const { likelihood, consequence } = cox3x3Preset;
 * const matrix = matrixFromFormula({
 *   likelihood,
 *   consequence,
 *   levels: [{ key: "low", label: "Low" }, { key: "high", label: "High" }],
 *   formula: { kind: "sum" },
 *   bands: [{ level: "low", from: 2 }, { level: "high", from: 5 }],
 * });
 * matrix.cells; // [["low", "low", "low"], ["low", "low", "high"], ["low", "high", "high"]]
 * ```
 */
export interface MatrixFromFormulaInput {
  /** Likelihood scale (rows). */
  readonly likelihood: Scale;
  /** Consequence scale (columns). */
  readonly consequence: Scale;
  /** Risk levels, lowest first. */
  readonly levels: readonly RiskLevel[];
  /** The scoring formula. */
  readonly formula: RiskFormula;
  /** Score bands, ascending in `from` and in level. */
  readonly bands: readonly RiskBand[];
}

/**
 * The score a formula gives to level values `l` and `c`.
 *
 * @param formula - the formula
 * @param l - likelihood value
 * @param c - consequence value
 * @returns the score
 * @category Risk
 * @example
 * ```ts
 * formulaScore({ kind: "weighted", product: 1, likelihood: 0, consequence: 2 }, 3, 4); // 20
 * ```
 */
export function formulaScore(formula: RiskFormula, l: number, c: number): number {
  try {
    switch (formula.kind) {
      case "product":
        return l * c;
      case "sum":
        return l + c;
      case "weighted":
        return formula.product * l * c + formula.likelihood * l + formula.consequence * c + (formula.constant ?? 0);
      default: {
        const unreachable: never = formula;
        return unreachable;
      }
    }
  } catch (error) {
    throw argumentError("formulaScore", error);
  }
}

function values(scale: Scale, name: string): number[] {
  const result = scale.levels.map((level, index) => level.value ?? index + 1);
  result.forEach((value, index) => {
    if (index > 0 && !(value > at(result, index - 1))) throw new IsmsError("invalid_argument", `The ${name} scale's values must increase.`);
  });
  return result;
}

/**
 * Generates a lookup grid from a formula and score bands, and records both in the matrix's
 * `formula`. Level values default to 1-based positions. With non-negative weights and
 * increasing, non-negative values every generated grid is monotone.
 *
 * @param input - scales, risk levels, formula and bands
 * @returns a new matrix (the grid is the canonical form; the formula is kept for explanation)
 * @throws {@link IsmsError} `invalid_argument` when scale values do not increase, a value is
 * negative under a product, or the bands are empty, unordered or name unknown levels
 * @category Risk
 * @example
 * ```ts
 * const { likelihood, consequence } = product5x5Preset;
 * const matrix = matrixFromFormula({
 *   likelihood, consequence, levels: cox3x3Preset.levels,
 *   formula: { kind: "product" },
 *   bands: [{ level: "low", from: 1 }, { level: "medium", from: 5 }, { level: "high", from: 10 }],
 * });
 * levelOf(matrix, "likely", "major").key; // "high": 4 × 4 = 16
 * ```
 */
export function matrixFromFormula(input: MatrixFromFormulaInput): RiskMatrix {
  try {
    const lv = values(input.likelihood, "likelihood");
    const cv = values(input.consequence, "consequence");
    const usesProduct = input.formula.kind === "product" || (input.formula.kind === "weighted" && input.formula.product > 0);
    if (usesProduct && (lv.some((value) => value < 0) || cv.some((value) => value < 0))) throw new IsmsError("invalid_argument", "Scale values must not be negative under a product formula.");
    if (input.bands.length === 0) throw new IsmsError("invalid_argument", "At least one band is needed.");
    const levelIndex = new Map(input.levels.map((level, index) => [level.key, index]));
    input.bands.forEach((band, index) => {
      const level = levelIndex.get(band.level);
      if (level === undefined) throw new IsmsError("invalid_argument", `Band ${index} names "${band.level}", which is not a risk level.`);
      const previous = input.bands[index - 1];
      if (previous && !(band.from > previous.from && level > levelIndex.get(previous.level)!)) {
        throw new IsmsError("invalid_argument", `Band ${index} must start above band ${index - 1} and name a higher level.`);
      }
    });
    const cells = lv.map((l) =>
      cv.map((c) => {
        const score = formulaScore(input.formula, l, c);
        let chosen = at(input.bands, 0);
        for (const band of input.bands) if (score >= band.from) chosen = band;
        return chosen.level;
      }),
    );
    return {
      likelihood: input.likelihood,
      consequence: input.consequence,
      levels: [...input.levels],
      cells,
      formula: { formula: input.formula, bands: [...input.bands] },
    };
  } catch (error) {
    throw argumentError("matrixFromFormula", error);
  }
}
