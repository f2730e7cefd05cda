import type { RiskId } from "../core/index.js";
import type { Methodology } from "./methodology.js";
import type { RatingLayer, Risk } from "./risk.js";
import type { RiskLevel } from "./riskLevel.js";
import { scoreRating } from "./scoreRating.js";
import { argumentError } from "../core/_internal/guard.js";

/**
 * One cell of a heat map.
 *
 * @category Risk
 * @example
 * ```ts
 * const cell: HeatMapCell = heatMapCounts(methodology, risks, "current").cells[0]![0]!;
 * ```
 */
export interface HeatMapCell {
  /** Likelihood level key (row). */
  readonly likelihood: string;
  /** Consequence level key (column). */
  readonly consequence: string;
  /** The cell's level of risk; `undefined` only when the matrix names a level it does not define (an invalid matrix, which `validateMethodology` reports). */
  readonly level: RiskLevel | undefined;
  /** How many risks are rated in the cell. */
  readonly count: number;
  /** Those risks, in register order. */
  readonly riskIds: readonly RiskId[];
}

/**
 * Heat-map data for one rating layer: what a renderer needs to draw the matrix with counts.
 *
 * @category Risk
 * @example
 * ```ts
 * const map: HeatMap = heatMapCounts(methodology, risks, "residual");
 * ```
 */
export interface HeatMap {
  /** The layer counted. */
  readonly layer: RatingLayer;
  /** Likelihood levels (rows, lowest first: draw row 0 at the bottom). */
  readonly likelihood: readonly { readonly key: string; readonly label: string }[];
  /** Consequence levels (columns, lowest first). */
  readonly consequence: readonly { readonly key: string; readonly label: string }[];
  /** The risk levels, lowest first. */
  readonly levels: readonly RiskLevel[];
  /** `cells[likelihoodIndex][consequenceIndex]`. */
  readonly cells: readonly (readonly HeatMapCell[])[];
  /** Risks counted. */
  readonly total: number;
  /** Risks without a rating in the layer. */
  readonly unrated: readonly RiskId[];
  /** Risks rated under another methodology (or version), or with keys not on the scales. */
  readonly notScored: readonly RiskId[];
  /** Risks rated under an earlier version of the same methodology and placed on this one's grid (with `restate`). */
  readonly restated: readonly RiskId[];
}

/**
 * Options of {@link heatMapCounts}.
 *
 * @category Risk
 * @example
 * ```ts
 * const options: HeatMapCountsOptions = { restate: true };
 * ```
 */
export interface HeatMapCountsOptions {
  /**
   * Also place ratings made under another version of the same methodology (same id) whose
   * likelihood and consequence keys are on this version's scales, and list them in
   * `restated`. Off by default: a changed method never silently restates history.
   */
  readonly restate?: boolean;
}

/**
 * Counts the risks per matrix cell for one rating layer, with the scales' labels so a
 * renderer can draw a heat map. Only ratings made under this methodology version are counted,
 * unless `restate` also places earlier versions' ratings (reported in `restated`).
 *
 * @param methodology - the methodology version
 * @param risks - the register
 * @param layer - the layer to count
 * @param options - whether to restate ratings of other versions of the methodology
 * @returns heat-map data
 * @category Risk
 * @example
 * ```ts
 * heatMapCounts(methodology, risks, "inherent").cells[2]![2]!.count;
 * ```
 */
export function heatMapCounts(methodology: Methodology, risks: readonly Risk[], layer: RatingLayer, options: HeatMapCountsOptions = {}): HeatMap {
  try {
    const { matrix } = methodology;
    const ids: RiskId[][][] = matrix.likelihood.levels.map(() => matrix.consequence.levels.map(() => []));
    const unrated: RiskId[] = [];
    const notScored: RiskId[] = [];
    const restated: RiskId[] = [];
    let total = 0;
    for (const risk of risks) {
      const rating = risk.ratings[layer];
      if (!rating) {
        unrated.push(risk.id);
        continue;
      }
      const otherVersion = rating.methodology.id === methodology.id && rating.methodology.version !== methodology.version;
      try {
        const score = scoreRating(methodology, rating, { restate: options.restate === true && otherVersion });
        ids[score.likelihoodIndex]![score.consequenceIndex]!.push(risk.id);
        total += 1;
        if (otherVersion) restated.push(risk.id);
      } catch {
        notScored.push(risk.id);
      }
    }
    const levelByKey = new Map(matrix.levels.map((level) => [level.key, level]));
    return {
      layer,
      likelihood: matrix.likelihood.levels.map(({ key, label }) => ({ key, label })),
      consequence: matrix.consequence.levels.map(({ key, label }) => ({ key, label })),
      levels: matrix.levels,
      cells: ids.map((row, l) =>
        row.map((riskIds, c) => ({
          likelihood: matrix.likelihood.levels[l]!.key,
          consequence: matrix.consequence.levels[c]!.key,
          level: levelByKey.get(matrix.cells[l]?.[c] ?? ""),
          count: riskIds.length,
          riskIds,
        })),
      ),
      total,
      unrated,
      notScored,
      restated,
    };
  } catch (error) {
    throw argumentError("heatMapCounts", error);
  }
}
