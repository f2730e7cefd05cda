import * as z from "zod";
import type { Party } from "../core/index.js";
import { levelEvaluations } from "./_internal/levelEvaluations.js";
import type { Methodology, ReviewInterval } from "./methodology.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Where a level of risk stands against the acceptance criteria: within appetite, within
 * tolerance (above appetite), or above tolerance. In that order, from best to worst.
 *
 * @category Risk
 * @example
 * ```ts
 * AppetiteStatusSchema.options; // ["within_appetite", "within_tolerance", "above_tolerance"]
 * ```
 */
export const AppetiteStatusSchema = /* @__PURE__ */ z.enum(["within_appetite", "within_tolerance", "above_tolerance"]);

/**
 * An appetite status.
 *
 * @category Risk
 * @example
 * ```ts
 * const status: AppetiteStatus = "above_tolerance";
 * ```
 */
export type AppetiteStatus = z.infer<typeof AppetiteStatusSchema>;

/**
 * What the acceptance criteria require for one level of risk (6.1.2 a, 6.1.2 e).
 *
 * @category Risk
 * @example
 * ```ts
 * const evaluation: LevelEvaluation | undefined = evaluateLevel(currentMethodology(doc), "high");
 * evaluation?.appetite; // "above_tolerance"
 * evaluation?.authority; // who must sign an acceptance at this level
 * ```
 */
export interface LevelEvaluation {
  /** Key of the level of risk. */
  readonly level: string;
  /** 0-based index of the level (higher is worse). */
  readonly levelIndex: number;
  /** Against appetite and tolerance. */
  readonly appetite: AppetiteStatus;
  /** Who must approve an acceptance at this level (empty when the criteria are silent). */
  readonly authority: readonly Party[];
  /** How often the rating and its acceptance are reviewed, when the criteria say. */
  readonly review: ReviewInterval | undefined;
  /** Whether compensating controls are required to accept. */
  readonly compensatingControlsRequired: boolean;
}

/**
 * Evaluates a level of risk against a methodology's acceptance criteria.
 *
 * @param methodology - the methodology
 * @param level - a risk level key of its matrix
 * @returns the evaluation, or `undefined` when the key is not a risk level
 * @category Risk
 * @example
 * ```ts
 * const methodology = createMethodology({ id: "acme", name: "Acme", reviewDate: "2027-01-31", matrix: cox3x3Preset });
 * evaluateLevel(methodology, "medium")?.appetite; // "within_tolerance" with the default criteria on a 3×3
 * evaluateLevel(methodology, "extreme"); // undefined: not a level of the matrix
 * ```
 */
export function evaluateLevel(methodology: Methodology, level: string): LevelEvaluation | undefined {
  try {
    const levelIndex = methodology.matrix.levels.findIndex((candidate) => candidate.key === level);
    return levelIndex < 0 ? undefined : levelEvaluations(methodology)[levelIndex];
  } catch (error) {
    throw argumentError("evaluateLevel", error);
  }
}
