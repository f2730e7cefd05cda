import { IsmsError, issue, type IsmsIssue } from "../core/index.js";
import { matrixStructureIssues } from "./_internal/structure.js";
import { formulaScore as formulaScoreOf, matrixFromFormula } from "./matrixFromFormula.js";
import type { RiskMatrix } from "./matrix.js";
import type { Scale } from "./scale.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * Options of {@link checkMatrix}: the quantitative model the Cox checks compare cells
 * against. By default each scale level covers an equal-width slice of [0, 1]
 * (level `i` of `n` covers `[i/n, (i+1)/n]`) and risk is `r = p·c`.
 *
 * @category Risk
 * @example
 * ```ts
 * // Judge the 5×5 preset with a model that weighs consequence twice as much as likelihood.
 * checkMatrix(product5x5Preset, { risk: (p, c) => p * c * c }).findings.map((found) => found.code);
 * // four "inconsistent_colouring" warnings
 * ```
 */
export interface CheckMatrixOptions {
  /** Interval `[low, high]` of each likelihood level, lowest first. */
  readonly likelihoodIntervals?: readonly (readonly [number, number])[];
  /** Interval `[low, high]` of each consequence level, lowest first. */
  readonly consequenceIntervals?: readonly (readonly [number, number])[];
  /** Take the intervals from the levels' anchors when every level of a scale has one. */
  readonly useAnchors?: boolean;
  /** Quantitative risk of a likelihood and a consequence; must rise with both. Default `p·c`. */
  readonly risk?: (likelihood: number, consequence: number) => number;
}

/**
 * Figures on a matrix's resolution: how finely it tells risks apart.
 *
 * @category Risk
 * @example
 * ```ts
 * const { distinctScores, ties } = checkMatrix(product5x5Preset).resolution;
 * ```
 */
export interface MatrixResolution {
  /** Number of cells. */
  readonly cells: number;
  /** Number of different risk levels the grid uses. */
  readonly levelsUsed: number;
  /** Risk levels no cell uses. */
  readonly unusedLevels: readonly string[];
  /** How many cells each risk level has. */
  readonly cellsPerLevel: Readonly<Record<string, number>>;
  /** Distinct formula scores when the matrix records a formula, else distinct levels used. */
  readonly distinctScores: number;
  /** Unordered pairs of cells that get the same level. */
  readonly ties: number;
  /** `ties` divided by all unordered pairs of cells (0 to 1). */
  readonly tieRate: number;
  /**
   * Pairs of cells where the cell with the higher level holds only risks below every risk of
   * the other cell under the quantitative model (Cox: a smaller risk ranked above a larger one).
   */
  readonly rankReversals: number;
}

/**
 * The outcome of {@link checkMatrix}.
 *
 * @category Risk
 * @example
 * ```ts
 * const report: MatrixCheckReport = checkMatrix(currentMethodology(doc).matrix);
 * report.findings.map((found) => `${found.code} at ${found.path.join(".")}`);
 * // ["inconsistent_colouring at cells.0.4", "inconsistent_colouring at cells.4.0"]
 * report.resolution.tieRate; // 0.243…
 * ```
 */
export interface MatrixCheckReport {
  /** Every finding, paths relative to the matrix (e.g. `["cells", 2, 0]`). */
  readonly findings: readonly IsmsIssue[];
  /** Resolution figures (zeros when the matrix is malformed). */
  readonly resolution: MatrixResolution;
}

const EPS = 1e-12;

function intervals(scale: Scale, given: readonly (readonly [number, number])[] | undefined, useAnchors: boolean, name: string): (readonly [number, number])[] {
  const n = scale.levels.length;
  if (given) {
    if (given.length !== n) throw new IsmsError("invalid_argument", `${n} ${name} intervals are needed, ${given.length} were given.`);
    return [...given];
  }
  if (useAnchors && scale.levels.every((level) => level.anchor)) return scale.levels.map((level) => [level.anchor!.min, level.anchor!.max] as const);
  return scale.levels.map((_, i) => [i / n, (i + 1) / n] as const);
}

const emptyResolution: MatrixResolution = { cells: 0, levelsUsed: 0, unusedLevels: [], cellsPerLevel: {}, distinctScores: 0, ties: 0, tieRate: 0, rankReversals: 0 };

interface Cell {
  readonly l: number;
  readonly c: number;
  readonly level: number;
  readonly lo: number;
  readonly hi: number;
}

function name(cell: Cell): string {
  return `[${cell.l}][${cell.c}]`;
}

/**
 * Checks a matrix and returns every finding at once, with resolution figures. Findings:
 * `not_monotone` (error: a level falls as likelihood or consequence rises), `formula_mismatch`
 * (error: the grid disagrees with its recorded formula), and, against the quantitative model
 * of the options, Cox's (2008) axioms as warnings: `weak_consistency` (a red cell holds a
 * risk below a green cell's), `betweenness` (a green cell touches a red cell up, right or
 * up-right), `inconsistent_colouring` (a cell's tier contradicts its risks: cells holding
 * the smallest risk must be green, those holding the largest red, a cell entirely at or
 * below the highest green risk green, one entirely at or above the lowest red risk red),
 * and `level_jump` (warning: neighbouring cells more than one level apart). Tiers come from
 * the level order: the lowest level is green, the highest red, the rest intermediate.
 *
 * @param matrix - the matrix
 * @param options - the quantitative model, see {@link CheckMatrixOptions}
 * @returns findings and resolution
 * @throws {@link IsmsError} `invalid_argument` when given intervals do not match the scales
 * @category Risk
 * @example
 * ```ts
 * checkMatrix(cox3x3Preset).findings; // []
 * ```
 */
export function checkMatrix(matrix: RiskMatrix, options: CheckMatrixOptions = {}): MatrixCheckReport {
  try {
    const structure = matrixStructureIssues(matrix);
    if (structure.some((found) => found.severity === "error")) return { findings: structure, resolution: emptyResolution };
    const findings: IsmsIssue[] = [...structure];
    const rows = matrix.likelihood.levels.length;
    const cols = matrix.consequence.levels.length;
    const top = matrix.levels.length - 1;
    const levelIndex = new Map(matrix.levels.map((level, index) => [level.key, index]));
    const pi = intervals(matrix.likelihood, options.likelihoodIntervals, options.useAnchors === true, "likelihood");
    const ci = intervals(matrix.consequence, options.consequenceIntervals, options.useAnchors === true, "consequence");
    const risk = options.risk ?? ((p: number, c: number) => p * c);
    const grid: Cell[][] = [];
    for (let l = 0; l < rows; l += 1) {
      const row: Cell[] = [];
      for (let c = 0; c < cols; c += 1) {
        row.push({ l, c, level: levelIndex.get(at(at(matrix.cells, l), c))!, lo: risk(at(pi, l)[0], at(ci, c)[0]), hi: risk(at(pi, l)[1], at(ci, c)[1]) });
      }
      grid.push(row);
    }
    const all = grid.flat();
    const cellAt = (l: number, c: number): Cell | undefined => grid[l]?.[c];
    const labelOf = (cell: Cell): string => at(matrix.levels, cell.level).key;

    for (const cell of all) {
      const left = cellAt(cell.l, cell.c - 1);
      const below = cellAt(cell.l - 1, cell.c);
      if (left && cell.level < left.level) {
        findings.push(issue("not_monotone", `Cell ${name(cell)} (${labelOf(cell)}) is lower than ${name(left)} (${labelOf(left)}) although consequence rises.`, ["cells", cell.l, cell.c]));
      }
      if (below && cell.level < below.level) {
        findings.push(issue("not_monotone", `Cell ${name(cell)} (${labelOf(cell)}) is lower than ${name(below)} (${labelOf(below)}) although likelihood rises.`, ["cells", cell.l, cell.c]));
      }
      for (const neighbour of [left, below]) {
        if (neighbour && Math.abs(cell.level - neighbour.level) > 1) {
          findings.push(issue("level_jump", `Neighbouring cells ${name(neighbour)} and ${name(cell)} are ${Math.abs(cell.level - neighbour.level)} levels apart.`, ["cells", cell.l, cell.c], "warning"));
        }
      }
    }

    if (matrix.formula) {
      try {
        const regenerated = matrixFromFormula({ likelihood: matrix.likelihood, consequence: matrix.consequence, levels: matrix.levels, ...matrix.formula });
        for (const cell of all) {
          const expected = at(at(regenerated.cells, cell.l), cell.c);
          if (expected !== labelOf(cell)) {
            findings.push(issue("formula_mismatch", `Cell ${name(cell)} is ${labelOf(cell)} but the recorded formula gives ${expected}.`, ["cells", cell.l, cell.c]));
          }
        }
      } catch (error) {
        findings.push(issue("invalid_formula", (error as Error).message, ["formula"]));
      }
    }

    const green = all.filter((cell) => cell.level === 0);
    const red = all.filter((cell) => cell.level === top);
    for (const r of red) {
      for (const g of green) {
        if (r.lo < g.hi - EPS) {
          findings.push(issue("weak_consistency", `Red cell ${name(r)} holds risks (from ${r.lo.toPrecision(3)}) below those of green cell ${name(g)} (up to ${g.hi.toPrecision(3)}).`, ["cells", r.l, r.c], "warning"));
        }
      }
    }
    for (const g of green) {
      for (const neighbour of [cellAt(g.l + 1, g.c), cellAt(g.l, g.c + 1), cellAt(g.l + 1, g.c + 1)]) {
        if (neighbour && neighbour.level === top) {
          findings.push(issue("betweenness", `Green cell ${name(g)} touches red cell ${name(neighbour)}: a small rise jumps from green to red.`, ["cells", g.l, g.c], "warning"));
        }
      }
    }
    const minLo = Math.min(...all.map((cell) => cell.lo));
    const maxHi = Math.max(...all.map((cell) => cell.hi));
    const maxGreenHi = green.length ? Math.max(...green.map((cell) => cell.hi)) : Number.NEGATIVE_INFINITY;
    const minRedLo = red.length ? Math.min(...red.map((cell) => cell.lo)) : Number.POSITIVE_INFINITY;
    for (const cell of all) {
      let reason: string | undefined;
      if (cell.level !== 0 && cell.lo <= minLo + EPS) reason = "it holds the smallest risk of the matrix, so it should be green";
      else if (cell.level !== top && cell.hi >= maxHi - EPS) reason = "it holds the largest risk of the matrix, so it should be red";
      else if (cell.level !== 0 && cell.hi <= maxGreenHi + EPS) reason = "none of its risks is above the highest green risk, so it should be green";
      else if (cell.level !== top && cell.lo >= minRedLo - EPS) reason = "none of its risks is below the lowest red risk, so it should be red";
      if (reason) findings.push(issue("inconsistent_colouring", `Cell ${name(cell)} (${labelOf(cell)}): ${reason}.`, ["cells", cell.l, cell.c], "warning"));
    }

    const cellsPerLevel: Record<string, number> = {};
    for (const level of matrix.levels) cellsPerLevel[level.key] = 0;
    for (const cell of all) cellsPerLevel[labelOf(cell)]! += 1;
    let ties = 0;
    let rankReversals = 0;
    for (let i = 0; i < all.length; i += 1) {
      for (let j = i + 1; j < all.length; j += 1) {
        const a = at(all, i);
        const b = at(all, j);
        if (a.level === b.level) ties += 1;
        else {
          const [higher, lower] = a.level > b.level ? [a, b] : [b, a];
          if (higher.hi < lower.lo - EPS) rankReversals += 1;
        }
      }
    }
    let distinctScores = new Set(all.map(labelOf)).size;
    if (matrix.formula) {
      const { formula } = matrix.formula;
      const lv = matrix.likelihood.levels.map((level, index) => level.value ?? index + 1);
      const cv = matrix.consequence.levels.map((level, index) => level.value ?? index + 1);
      distinctScores = new Set(all.map((cell) => formulaScoreOf(formula, at(lv, cell.l), at(cv, cell.c)))).size;
    }
    const pairs = (all.length * (all.length - 1)) / 2;
    return {
      findings,
      resolution: {
        cells: all.length,
        levelsUsed: Object.values(cellsPerLevel).filter((count) => count > 0).length,
        unusedLevels: matrix.levels.filter((level) => cellsPerLevel[level.key] === 0).map((level) => level.key),
        cellsPerLevel,
        distinctScores,
        ties,
        tieRate: pairs === 0 ? 0 : ties / pairs,
        rankReversals,
      },
    };
  } catch (error) {
    throw argumentError("checkMatrix", error);
  }
}

