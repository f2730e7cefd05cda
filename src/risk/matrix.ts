import * as z from "zod";
import { CustomFieldsSchema } from "../core/index.js";
import { RiskLevelSchema } from "./riskLevel.js";
import { ScaleKeySchema, ScaleSchema } from "./scale.js";

/**
 * How a formula turns the numeric values of a likelihood level `L` and a consequence level
 * `C` (each level's `value`, by default its 1-based position) into a score: `product` is
 * `L×C`, `sum` is `L+C`, `weighted` is `product·L·C + likelihood·L + consequence·C + constant`
 * (e.g. `L×I+2I` is `{ kind: "weighted", product: 1, likelihood: 0, consequence: 2 }`).
 * Weights are non-negative so every formula rises with `L` and `C`.
 *
 * @category Risk
 * @example
 * ```ts
 * RiskFormulaSchema.parse({ kind: "weighted", product: 1, likelihood: 0, consequence: 2 });
 * ```
 */
export const RiskFormulaSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("product") }),
  z.strictObject({ kind: z.literal("sum") }),
  z.strictObject({
    kind: z.literal("weighted"),
    /** Weight of `L×C`. */
    product: z.number().finite().nonnegative(),
    /** Weight of `L`. */
    likelihood: z.number().finite().nonnegative(),
    /** Weight of `C`. */
    consequence: z.number().finite().nonnegative(),
    /** Added to every score. */
    constant: z.number().finite().optional(),
  }),
]);

/**
 * A scoring formula.
 *
 * @category Risk
 * @example
 * ```ts
 * const formula: RiskFormula = { kind: "weighted", product: 1, likelihood: 0, consequence: 2 };
 * formulaScore(formula, 3, 4); // 20: 3 × 4 + 2 × 4
 * ```
 */
export type RiskFormula = z.infer<typeof RiskFormulaSchema>;

/**
 * A band of scores: every score at or above `from` (and below the next band's `from`) is
 * the risk level `level`. The first band also catches scores below its `from`.
 *
 * @category Risk
 * @example
 * ```ts
 * RiskBandSchema.parse({ level: "medium", from: 5 });
 * ```
 */
export const RiskBandSchema = /* @__PURE__ */ z.strictObject({
  /** Key of the risk level. */
  level: ScaleKeySchema,
  /** Smallest score of the band. */
  from: z.number().finite(),
});

/**
 * A band of scores mapped to a risk level.
 *
 * @category Risk
 * @example
 * ```ts
 * const band: RiskBand = { level: "high", from: 10 };
 * ```
 */
export type RiskBand = z.infer<typeof RiskBandSchema>;

/**
 * The formula and bands a grid was generated from, kept so that the grid can be explained
 * and re-checked ({@link checkMatrix} reports `formula_mismatch` when the cells disagree).
 *
 * @category Risk
 * @example
 * ```ts
 * MatrixFormulaSpecSchema.parse({ formula: { kind: "sum" }, bands: [{ level: "low", from: 2 }] });
 * ```
 */
export const MatrixFormulaSpecSchema = /* @__PURE__ */ z.strictObject({
  /** The scoring formula. */
  formula: RiskFormulaSchema,
  /** Score bands in ascending order of `from` and of level. */
  bands: z.array(RiskBandSchema).min(1),
});

/**
 * A formula with its bands.
 *
 * @category Risk
 * @example
 * ```ts
 * const spec: MatrixFormulaSpec | undefined = product5x5Preset.formula;
 * spec?.bands.map((band) => `${band.level} from ${band.from}`); // ["low from 1", "medium from 5", "high from 10", "very_high from 20"]
 * ```
 */
export type MatrixFormulaSpec = z.infer<typeof MatrixFormulaSpecSchema>;

/**
 * A risk matrix in its canonical form, the lookup grid (6.1.2 d). Orientation:
 * `cells[likelihoodIndex][consequenceIndex]` is the key of a risk level, where index 0 is the
 * lowest level of each scale. Drawn as a heat map, row 0 is the bottom row and column 0 the
 * left column. `levels` lists the risk levels lowest first.
 *
 * @category Risk
 * @example
 * ```ts
 * const matrix = RiskMatrixSchema.parse({
 *   likelihood: { levels: [{ key: "unlikely", label: "Unlikely" }, { key: "likely", label: "Likely" }] },
 *   consequence: { levels: [{ key: "minor", label: "Minor" }, { key: "major", label: "Major" }] },
 *   levels: [{ key: "low", label: "Low" }, { key: "high", label: "High" }],
 *   cells: [["low", "low"], ["low", "high"]],
 * });
 * ```
 */
export const RiskMatrixSchema = /* @__PURE__ */ z.strictObject({
  /** The likelihood scale (rows, lowest first). */
  likelihood: ScaleSchema,
  /** The consequence scale (columns, lowest first). */
  consequence: ScaleSchema,
  /** The risk levels, lowest first. */
  levels: z.array(RiskLevelSchema).min(2).max(12),
  /** `cells[likelihoodIndex][consequenceIndex]`: a risk level key. */
  cells: z.array(z.array(ScaleKeySchema)),
  /** The formula the grid was generated from, when it was. */
  formula: MatrixFormulaSpecSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A risk matrix: scales, ordered risk levels and the lookup grid
 * `cells[likelihoodIndex][consequenceIndex]`.
 *
 * @category Risk
 * @example
 * ```ts
 * const matrix: RiskMatrix = currentMethodology(doc).matrix;
 * levelOf(matrix, "likely", "major").key; // "high"
 * checkMatrix(matrix).findings.length;
 * ```
 */
export type RiskMatrix = z.infer<typeof RiskMatrixSchema>;
