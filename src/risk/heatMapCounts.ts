import type { RiskId } from "../core/index.js";
import type { Methodologies, Methodology } from "./methodology.js";
import { findMethodology } from "./_internal/methodologies.js";
import type { RatingLayer, Risk } from "./risk.js";
import type { RiskLevel } from "./riskLevel.js";
import { matrixIndex, type MatrixIndex } from "./_internal/matrixIndex.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * One cell of a heat map.
 *
 * @category Risk
 * @example
 * ```ts
 * const map = heatMapCounts(currentMethodology(doc), doc.risks, "current", { restate: true });
 * const cell: HeatMapCell | undefined = map.cells[2]?.[4]; // possible × severe
 * cell?.riskIds; // ["R-01", "R-23"]
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
 * const map: HeatMap = heatMapCounts(currentMethodology(doc), doc.risks, "residual");
 * map.total; // 0: every residual rating was made under version 1
 * map.notScored.length; // 15
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
  /** Risks rated under another version of the same methodology and placed on this one's grid (with `restate`). */
  readonly restated: readonly RiskId[];
}

/**
 * Options of {@link heatMapCounts}.
 *
 * @category Risk
 * @example
 * ```ts
 * // Count the version 1 ratings on the version 2 matrix, by their keys.
 * heatMapCounts(currentMethodology(doc), doc.risks, "residual", { restate: true }).total; // 15
 * ```
 */
export interface HeatMapCountsOptions {
  /**
   * Also place ratings made under another version (earlier or later) of the same
   * methodology (same id) on this version's grid, and list them in `restated`. Off by
   * default: a changed method never silently restates history. A likelihood or consequence
   * key this version's scale still has stays that level; any other key is placed by its rank
   * on the scale of the version the rating names (found in `methodologies`), in proportion:
   * rank `r` of `n` levels becomes `round(r × (m − 1) / (n − 1))` of this scale's `m`.
   */
  readonly restate?: boolean;
  /**
   * The versions ratings were made under (a document's `methodologies`), for `restate`.
   * Without them only keys that are on this version's scales can be restated.
   */
  readonly methodologies?: Methodologies;
}

/** Index of `key` on the drawn scale, or its proportional rank from the rating's own scale. */
function restatedIndex(key: string, drawn: ReadonlyMap<string, number>, own: readonly { readonly key: string }[] | undefined): number | undefined {
  const kept = drawn.get(key);
  if (kept !== undefined || own === undefined) return kept;
  const rank = own.findIndex((level) => level.key === key);
  if (rank < 0) return undefined;
  return own.length === 1 ? 0 : Math.round((rank * (drawn.size - 1)) / (own.length - 1));
}

/**
 * Counts the risks per matrix cell for one rating layer, with the scales' labels so a
 * renderer can draw a heat map. Only ratings made under this methodology version are counted,
 * unless `restate` also places the ratings of every other version of the same methodology
 * (reported in `restated`; give `methodologies` so that levels whose keys changed are placed
 * too, see {@link HeatMapCountsOptions}).
 *
 * @param methodology - the methodology version to draw on (usually the one in force)
 * @param risks - the register
 * @param layer - the layer to count
 * @param options - whether to restate ratings of other versions of the methodology, and
 *   those versions
 * @returns heat-map data
 * @category Risk
 * @example
 * ```ts
 * const map = heatMapCounts(currentMethodology(doc), doc.risks, "inherent", { restate: true });
 * map.cells[3]?.[4]?.count; // 2 risks are likely × severe before any control
 * map.unrated; // []
 * ```
 */
export function heatMapCounts(methodology: Methodology, risks: readonly Risk[], layer: RatingLayer, options: HeatMapCountsOptions = {}): HeatMap {
  try {
    const { matrix } = methodology;
    // Keys to rows and columns, read from the scales alone: a matrix whose grid is broken
    // still has rows and columns to place ratings in (its cells then have no level).
    const rows = new Map(matrix.likelihood.levels.map((level, at) => [level.key, at]));
    const columns = new Map(matrix.consequence.levels.map((level, at) => [level.key, at]));
    const ids: RiskId[][][] = matrix.likelihood.levels.map(() => matrix.consequence.levels.map(() => []));
    const unrated: RiskId[] = [];
    const notScored: RiskId[] = [];
    const restated: RiskId[] = [];
    let total = 0;
    // scoreRating's lookups, made once: a risk is placed by its keys' indexes on these scales,
    // without the score object scoreRating would build for each risk. A matrix that cannot
    // score (scoreRating would throw for every rating) leaves every rated risk unscored.
    let index: MatrixIndex | undefined;
    try {
      index = matrixIndex(matrix);
    } catch {
      index = undefined;
    }
    for (const risk of risks) {
      const rating = risk.ratings[layer];
      if (!rating) {
        unrated.push(risk.id);
        continue;
      }
      const otherVersion = rating.methodology.id === methodology.id && rating.methodology.version !== methodology.version;
      const restate = otherVersion && options.restate === true;
      let likelihood = rating.likelihood;
      let consequence = rating.consequence;
      if (restate) {
        const own = options.methodologies === undefined ? undefined : findMethodology(options.methodologies, rating.methodology);
        const l = restatedIndex(rating.likelihood, rows, own?.matrix.likelihood.levels);
        const c = restatedIndex(rating.consequence, columns, own?.matrix.consequence.levels);
        if (l === undefined || c === undefined) {
          notScored.push(risk.id);
          continue;
        }
        likelihood = at(matrix.likelihood.levels, l).key;
        consequence = at(matrix.consequence.levels, c).key;
      }
      // What scoreRating refuses: another methodology or version (unless restated), a matrix
      // that cannot score, a key that is not on its scale.
      const sameVersion = rating.methodology.id === methodology.id && rating.methodology.version === methodology.version;
      const likelihoodIndex = index === undefined || (!sameVersion && !restate) ? undefined : index.likelihood.get(likelihood);
      const consequenceIndex = likelihoodIndex === undefined || index === undefined ? undefined : index.consequence.get(consequence);
      if (likelihoodIndex === undefined || consequenceIndex === undefined) {
        notScored.push(risk.id);
        continue;
      }
      at(at(ids, likelihoodIndex), consequenceIndex).push(risk.id);
      total += 1;
      if (restate) restated.push(risk.id);
    }
    const levelByKey = new Map(matrix.levels.map((level) => [level.key, level]));
    return {
      layer,
      likelihood: matrix.likelihood.levels.map(({ key, label }) => ({ key, label })),
      consequence: matrix.consequence.levels.map(({ key, label }) => ({ key, label })),
      levels: matrix.levels,
      cells: ids.map((row, l) =>
        row.map((riskIds, c) => ({
          likelihood: at(matrix.likelihood.levels, l).key,
          consequence: at(matrix.consequence.levels, c).key,
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
