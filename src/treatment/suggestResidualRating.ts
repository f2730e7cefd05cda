import { listImplementingActions } from "./listImplementingActions.js";
import { isActionDone } from "./isActionDone.js";
import { compareDates, err, ok, type ActionId, type IsoDate, type Result } from "../core/index.js";
import type { ControlRef } from "../catalogue/index.js";
import type { Methodologies, Methodology, Risk, ScaleLevel } from "../risk/index.js";
import type { FrozenRating } from "./decision.js";
import type { TreatmentPlan } from "./plan.js";
import { sameRating } from "./sameRating.js";
import { findMethodology, tryScore } from "./_internal/methodologies.js";
import { single } from "./_internal/single.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link suggestResidualRating}.
 *
 * @category Treatment
 * @example
 * ```ts
 * const risk = doc.risks.find((candidate) => candidate.id === "R-01");
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-01");
 * if (risk && plan) {
 *   // Actions completed after asOf do not count yet.
 *   const options: SuggestResidualRatingOptions = { asOf: "2026-03-25" };
 *   const suggested = suggestResidualRating(risk, plan, doc.methodologies, options);
 *   if (suggested.ok) suggested.value.inPlace; // 1: secret scanning, done on 20 March
 * }
 * ```
 */
export interface SuggestResidualRatingOptions {
  /**
   * The day to count progress on: an action completed after it is not done yet, and an
   * avoided activity counts as stopped once `avoidance.effectiveFrom` is on or before it.
   * Without it, every done action counts and `effectiveFrom` is not judged.
   */
  readonly asOf?: IsoDate | undefined;
}

/**
 * What the share of a plan in place was counted over: the plan's `controls` (when it has
 * any), else its actions that are not cancelled, or the `avoidance` once the activity has
 * stopped; `nothing` when the plan has neither controls nor live actions.
 *
 * @category Treatment
 * @example
 * ```ts
 * const basis: ResidualBasis = "controls";
 * ```
 */
export type ResidualBasis = "controls" | "actions" | "avoidance" | "nothing";

/**
 * A residual rating derived from a plan's progress, with what was counted. It is a
 * suggestion for the risk owner: nothing is written to the risk, and a person's residual
 * rating is never replaced (see `differsFromResidual`).
 *
 * @category Treatment
 * @example
 * ```ts
 * const risk = doc.risks.find((candidate) => candidate.id === "R-01");
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-01");
 * const suggested = risk && plan ? suggestResidualRating(risk, plan, doc.methodologies, { asOf: "2026-11-27" }) : undefined;
 * const suggestion: ResidualSuggestion | undefined = suggested?.ok ? suggested.value : undefined;
 * suggestion?.explanation;
 * // "1 of 3 controls of plan TP-01 are in place (…); risk R-01 moves 1/3 of the way from possible × severe
 * //  towards unlikely × major, rounded towards the current rating: possible × severe (high)."
 * ```
 */
export interface ResidualSuggestion {
  /** The suggested residual rating, under the methodology version of the current rating. */
  readonly rating: FrozenRating;
  /** The level of risk of the suggested rating. */
  readonly level: string;
  /** The risk's current rating, where the plan starts from. */
  readonly from: FrozenRating;
  /** The rating the plan aims for. */
  readonly towards: FrozenRating;
  /** Where `towards` came from: the plan's target, the risk's target, or (avoid only) the lowest levels of both scales. */
  readonly targetSource: "plan" | "risk" | "lowest";
  /** What the share in place was counted over. */
  readonly basis: ResidualBasis;
  /** Controls of the plan marked existing (in place). */
  readonly existingControls: readonly ControlRef[];
  /** Planned controls whose implementing actions (not cancelled; those naming the control, else those naming none) are all done (in place). */
  readonly implementedControls: readonly ControlRef[];
  /** Planned controls not in place yet: an action is open, or none implements them. */
  readonly pendingControls: readonly ControlRef[];
  /** Actions done (on `asOf`, when given). */
  readonly doneActions: readonly ActionId[];
  /** Actions planned or in progress, or done after `asOf`. */
  readonly openActions: readonly ActionId[];
  /** Cancelled actions, which are ignored. */
  readonly cancelledActions: readonly ActionId[];
  /** How many of the counted items are in place. */
  readonly inPlace: number;
  /** How many items were counted (0 with basis `nothing`). */
  readonly outOf: number;
  /** The share of the plan in place, `inPlace / outOf` (0 when nothing was counted). */
  readonly ratio: number;
  /** Whether the risk's residual rating differs from the suggestion; `undefined` when it has none. */
  readonly differsFromResidual: boolean | undefined;
  /** One sentence saying what was counted and where the suggestion lies. */
  readonly explanation: string;
}

const keyOf = (levels: readonly ScaleLevel[], index: number): string => levels[index]!.key;

/**
 * Moves a scale index from `from` towards `to` by `inPlace / outOf` of the distance,
 * rounded towards `from` (integer arithmetic, so 1/3 of 3 steps is exactly 1).
 */
function step(from: number, to: number, inPlace: number, outOf: number): number {
  if (outOf === 0) return from;
  const distance = Math.abs(to - from);
  return from + Math.sign(to - from) * Math.floor((distance * inPlace) / outOf);
}

function describe(rating: FrozenRating): string {
  return `${rating.likelihood} × ${rating.consequence}`;
}

/**
 * Suggests a risk's residual rating from its treatment plan's progress (6.1.3, 8.3): the
 * residual counts only what is in place, the target counts the whole plan. The rule: the
 * plan moves the risk from its current rating towards its target; the suggestion moves
 * along each axis (likelihood and consequence scale index, separately) by the share of the
 * plan in place, rounded towards the current rating, so it is never more optimistic than the
 * progress. The share is counted over the plan's controls — existing ones, and planned ones
 * whose implementing actions (cancelled ones ignored) are all done, over all controls — or,
 * for a plan without controls, over its actions that are not cancelled. With nothing in
 * place the suggestion is the current rating; with everything in place it is the target.
 * The target is the plan's, else the risk's; for option `avoid` without one it is the
 * lowest likelihood and consequence, and once the avoided activity has stopped
 * (`avoidance.effectiveFrom` on or before `asOf`) the plan counts as fully in place.
 * The function is pure: it never writes the suggestion to the risk, and a person's residual
 * rating is left as it is (`differsFromResidual` says whether they disagree).
 *
 * @param risk - a risk the plan treats, with a current rating
 * @param plan - the treatment plan
 * @param methodologies - the methodology versions held (for the scales)
 * @param options - `asOf`, the day progress is counted on
 * @returns the suggestion, or why there is none: `risk_not_in_plan`, `no_current_rating`,
 * `no_target` (neither the plan nor the risk has a target and the plan does not avoid),
 * `unknown_methodology`, `current_not_scorable`, `target_not_scorable`, `methodology_mismatch`
 * (the target is under another methodology version than the current rating)
 * @category Treatment
 * @example
 * ```ts
 * const risk = doc.risks.find((candidate) => candidate.id === "R-01");
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-01");
 * if (risk && plan) {
 *   const suggested = suggestResidualRating(risk, plan, doc.methodologies, { asOf: "2026-11-27" });
 *   if (suggested.ok) {
 *     console.log(suggested.value.explanation);
 *     // The owner decides; e.g. record it as the residual rating with setRating:
 *     setRating(risk, "residual", { ...suggested.value.rating, date: "2026-11-27", ratedBy: "CTO" });
 *   } else {
 *     console.log(suggested.error.map((found) => found.code));
 *   }
 * }
 * ```
 */
export function suggestResidualRating(
  risk: Risk,
  plan: TreatmentPlan,
  methodologies: Methodologies,
  options: SuggestResidualRatingOptions = {},
): Result<ResidualSuggestion> {
  try {
    if (!plan.risks.includes(risk.id)) return err(single("risk_not_in_plan", `Plan ${plan.id} does not treat risk ${risk.id}.`, ["risks"]));
    const current = risk.ratings.current;
    if (!current) return err(single("no_current_rating", `Risk ${risk.id} has no current rating to start from.`, ["ratings", "current"]));
    const methodology: Methodology | undefined = findMethodology(methodologies, current.methodology);
    if (!methodology) {
      return err(
        single("unknown_methodology", `Methodology ${current.methodology.id} v${current.methodology.version} of risk ${risk.id}'s current rating is not held.`, [
          "ratings",
          "current",
          "methodology",
        ]),
      );
    }
    const likelihoods = methodology.matrix.likelihood.levels;
    const consequences = methodology.matrix.consequence.levels;
    const from: FrozenRating = { likelihood: current.likelihood, consequence: current.consequence, methodology: { ...current.methodology } };
    if (!tryScore(methodology, from)) {
      return err(single("current_not_scorable", `The current rating of risk ${risk.id} (${describe(from)}) is not on the scales of its methodology.`, ["ratings", "current"]));
    }

    const avoids = plan.options.includes("avoid");
    const given = plan.target ? { rating: plan.target, source: "plan" as const } : risk.ratings.target ? { rating: risk.ratings.target, source: "risk" as const } : undefined;
    if (!given && !avoids) {
      return err(single("no_target", `Neither plan ${plan.id} nor risk ${risk.id} has a target rating to move towards.`, ["target"]));
    }
    const towards: FrozenRating = given
      ? { likelihood: given.rating.likelihood, consequence: given.rating.consequence, methodology: { ...(given.rating.methodology ?? current.methodology) } }
      : { likelihood: keyOf(likelihoods, 0), consequence: keyOf(consequences, 0), methodology: { ...current.methodology } };
    if (towards.methodology.id !== from.methodology.id || towards.methodology.version !== from.methodology.version) {
      return err(
        single(
          "methodology_mismatch",
          `The target of risk ${risk.id} is under ${towards.methodology.id} v${towards.methodology.version}, its current rating under ${from.methodology.id} v${from.methodology.version}; the scales cannot be compared.`,
          ["target", "methodology"],
        ),
      );
    }
    if (!tryScore(methodology, towards)) {
      return err(single("target_not_scorable", `The target ${describe(towards)} for risk ${risk.id} is not on the scales of methodology ${methodology.id} v${methodology.version}.`, ["target"]));
    }

    // What is in place.
    const asOf = options.asOf;
    const done = new Set<ActionId>();
    const doneActions: ActionId[] = [];
    const openActions: ActionId[] = [];
    const cancelledActions: ActionId[] = [];
    for (const action of plan.actions) {
      if (action.status === "cancelled") cancelledActions.push(action.id);
      else if (isActionDone(action, asOf)) {
        doneActions.push(action.id);
        done.add(action.id);
      } else openActions.push(action.id);
    }
    const existingControls: ControlRef[] = [];
    const implementedControls: ControlRef[] = [];
    const pendingControls: ControlRef[] = [];
    const refs = [...new Set(plan.controls.map((control) => control.ref))];
    for (const ref of refs) {
      if (plan.controls.some((control) => control.ref === ref && control.state === "existing")) {
        existingControls.push(ref);
        continue;
      }
      const implementers = listImplementingActions(plan, ref);
      if (implementers.length > 0 && implementers.every((action) => done.has(action.id))) implementedControls.push(ref);
      else pendingControls.push(ref);
    }
    const effectiveFrom = plan.avoidance?.effectiveFrom;
    const stopped = avoids && asOf !== undefined && effectiveFrom !== undefined && compareDates(effectiveFrom, asOf) <= 0;
    let basis: ResidualBasis;
    let inPlace: number;
    let outOf: number;
    if (stopped) [basis, inPlace, outOf] = ["avoidance", 1, 1];
    else if (refs.length > 0) [basis, inPlace, outOf] = ["controls", existingControls.length + implementedControls.length, refs.length];
    else if (doneActions.length + openActions.length > 0) [basis, inPlace, outOf] = ["actions", doneActions.length, doneActions.length + openActions.length];
    else [basis, inPlace, outOf] = ["nothing", 0, 0];

    const index = (levels: readonly ScaleLevel[], key: string): number => levels.findIndex((level) => level.key === key);
    const rating: FrozenRating = {
      likelihood: keyOf(likelihoods, step(index(likelihoods, from.likelihood), index(likelihoods, towards.likelihood), inPlace, outOf)),
      consequence: keyOf(consequences, step(index(consequences, from.consequence), index(consequences, towards.consequence), inPlace, outOf)),
      methodology: { ...current.methodology },
    };
    const level = tryScore(methodology, rating)!.score.level.key;
    const residual = risk.ratings.residual;
    const counted =
      basis === "avoidance"
        ? `the activity avoided by plan ${plan.id} stopped on ${effectiveFrom}`
        : basis === "controls"
          ? `${inPlace} of ${outOf} controls of plan ${plan.id} are in place (existing: ${existingControls.join(", ") || "none"}; implemented: ${implementedControls.join(", ") || "none"}; pending: ${pendingControls.join(", ") || "none"})`
          : basis === "actions"
            ? `${inPlace} of ${outOf} actions of plan ${plan.id} are done (cancelled ones ignored)`
            : `plan ${plan.id} has no controls and no live actions, so nothing is in place`;
    const explanation = `${counted}; risk ${risk.id} moves ${inPlace}/${Math.max(outOf, 1)} of the way from ${describe(from)} towards ${describe(towards)}, rounded towards the current rating: ${describe(rating)} (${level}).`;
    return ok({
      rating,
      level,
      from,
      towards,
      targetSource: given ? given.source : "lowest",
      basis,
      existingControls,
      implementedControls,
      pendingControls,
      doneActions,
      openActions,
      cancelledActions,
      inPlace,
      outOf,
      ratio: outOf === 0 ? 0 : inPlace / outOf,
      differsFromResidual: residual === undefined ? undefined : !sameRating(rating, residual),
      explanation: explanation.charAt(0).toUpperCase() + explanation.slice(1),
    });
  } catch (error) {
    throw argumentError("suggestResidualRating", error);
  }
}
