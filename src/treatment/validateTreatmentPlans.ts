import { issue, type IsmsIssue, type IsoDate, type RiskId } from "../core/index.js";
import { ANNEX_A, resolveControlRef, splitControlRef, type CustomCatalogue } from "../catalogue/index.js";
import type { Methodologies, Rating, Risk } from "../risk/index.js";
import type { Decision, RiskAcceptance } from "./decision.js";
import type { TreatmentOption } from "./option.js";
import type { TreatmentPlan } from "./plan.js";
import { revocationsByTarget } from "./_internal/decisions.js";
import { judgeAcceptance } from "./_internal/judgeAcceptance.js";
import { scorerOf } from "./_internal/methodologies.js";
import { argumentError, at, recordsById } from "../core/_internal/index.js";

/**
 * What {@link validateTreatmentPlans} checks plans against.
 *
 * @category Treatment
 * @example
 * ```ts
 * const context: ValidateTreatmentPlansContext = {
 *   risks: doc.risks, methodologies: doc.methodologies, decisions: doc.decisions, catalogues: doc.catalogues,
 * };
 * validateTreatmentPlans(doc.treatmentPlans, context).map((found) => found.code); // []
 * ```
 */
export interface ValidateTreatmentPlansContext {
  /** The risk register. */
  readonly risks: readonly Risk[];
  /** The methodology versions held. */
  readonly methodologies: Methodologies;
  /** All decisions (retention needs an acceptance). */
  readonly decisions: readonly Decision[];
  /** Custom catalogues that control references may point into. */
  readonly catalogues?: readonly CustomCatalogue[];
  /** Catalogue ids whose controls plans may select; by default `annex-a` and every custom catalogue. */
  readonly cataloguesInScope?: readonly string[];
  /**
   * The day retention is judged on: an acceptance counts only if it holds on this day (not
   * expired, not dated after it, not revoked by a revocation dated on or before it). Without
   * it, expiry and dates are not judged and every revocation counts.
   */
  readonly asOf?: IsoDate | undefined;
}

/** Whether a risk is validly accepted, and if not, why its acceptances do not count. */
interface Acceptance {
  readonly accepted: boolean;
  readonly why: readonly string[];
}

/** What a control reference is to the plans: known, or why not (with the catalogue it names). */
interface ControlState {
  readonly catalogue: string;
  readonly problem: "control_not_in_scope" | "unknown_control" | undefined;
}

const KNOWN_CONTROL: ControlState = { catalogue: "", problem: undefined };

/**
 * Validates treatment plans (6.1.3 b–e, 8.3) and returns every issue at once, paths relative
 * to the array. Codes (errors unless marked):
 * `duplicate_plan_id`; `unknown_risk`; `duplicate_risk` (warning); `duplicate_option` (warning);
 * `control_not_in_scope` (the catalogue is not in scope); `unknown_control` (no such control
 * in the catalogue; both for the plan's controls and for an action's); `duplicate_control`
 * (warning); `duplicate_action_id`; `action_done_without_date`;
 * `completion_date_without_done` (warning); `action_control_not_in_plan` (warning: a
 * control that exists but the plan does not list); `planned_control_without_action` (warning: no
 * action that is not cancelled implements it);
 * per option — modify: `modify_without_control`, `modify_without_target` (neither the plan
 * nor the risk has a target rating), `target_not_scorable`, `target_worse_than_current`;
 * avoid: `avoid_without_activity`, `avoid_residual_not_lowest` (the plan's target or the
 * risk's residual is above the lowest level); share: `share_without_counterparty`,
 * `share_without_instrument` (warning); retain: `retain_without_acceptance` (no acceptance
 * of the risk holds: an acceptance counts only when {@link acceptanceStatus} would find it
 * valid — right authority signed by different people, not requested by a signer, level and
 * compensating controls as the criteria require, not stale, not revoked, and on `asOf`
 * when given, not expired nor dated later; the message says why each existing acceptance
 * does not count).
 *
 * @param plans - the plans
 * @param context - risks, methodologies, decisions, catalogues and scope
 * @returns issues (empty when every plan is sound)
 * @category Treatment
 * @example
 * ```ts
 * validateTreatmentPlans(doc.treatmentPlans, { risks: doc.risks, methodologies: doc.methodologies, decisions: doc.decisions })
 *   .map((found) => found.code);
 * // ["control_not_in_scope", "control_not_in_scope", "control_not_in_scope"]: three plan controls are
 * // in the northwind catalogue, in scope only when passed as catalogues: doc.catalogues
 * ```
 */
export function validateTreatmentPlans(plans: readonly TreatmentPlan[], context: ValidateTreatmentPlansContext): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const custom = context.catalogues ?? [];
    const inScope = new Set<string>(context.cataloguesInScope ?? [ANNEX_A, ...custom.map((catalogue) => catalogue.id)]);
    const risks = recordsById(context.risks, context);
    const acceptancesOf = new Map<RiskId, RiskAcceptance[]>();
    for (const decision of context.decisions) {
      if (decision.kind !== "risk_acceptance") continue;
      const list = acceptancesOf.get(decision.risk);
      if (list) list.push(decision);
      else acceptancesOf.set(decision.risk, [decision]);
    }
    // Judged lazily: most registers retain few risks, and each risk is judged once however many plans retain it.
    let revocations: ReturnType<typeof revocationsByTarget> | undefined;
    const judged = new Map<RiskId, Acceptance>();
    const acceptanceOf = (risk: Risk): Acceptance => {
      const known = judged.get(risk.id);
      if (known) return known;
      revocations ??= revocationsByTarget(context.decisions, context.asOf);
      const why: string[] = [];
      let accepted = false;
      for (const decision of acceptancesOf.get(risk.id) ?? []) {
        const status = judgeAcceptance(decision, { risk, methodologies: context.methodologies, revocations, asOf: context.asOf, score });
        if (status.valid) {
          accepted = true;
          break;
        }
        const reasons = [
          ...status.invalidReasons.map((found) => found.code),
          ...(status.stale ? ["stale"] : []),
          ...(status.expired ? ["expired"] : []),
          ...(status.revoked ? [`revoked by ${status.revokedBy}`] : []),
        ];
        why.push(`${decision.id}: ${reasons.join(", ")}`);
      }
      const result: Acceptance = { accepted, why: accepted ? [] : why };
      judged.set(risk.id, result);
      return result;
    };
    const planIds = new Set<string>();
    // One call scores many ratings and resolves the same few controls again and again: each
    // version, pair of keys and reference is looked up once.
    const score = scorerOf(context.methodologies);
    const levelIndexOf = (rating: Pick<Rating, "likelihood" | "consequence" | "methodology">): number | undefined => score(rating)?.score.levelIndex;
    const controlStates = new Map<string, ControlState>();
    const controlStateOf = (ref: string): ControlState => {
      let state = controlStates.get(ref);
      if (state === undefined) {
        const catalogue = splitControlRef(ref)?.catalogue ?? "";
        state = !inScope.has(catalogue) ? { catalogue, problem: "control_not_in_scope" } : !resolveControlRef(ref, custom) ? { catalogue, problem: "unknown_control" } : KNOWN_CONTROL;
        controlStates.set(ref, state);
      }
      return state;
    };
    // A reference to a control that no catalogue in scope has is an error wherever it is,
    // in the plan's controls or in an action's.
    const unknownControl = (ref: string, path: (string | number)[]): IsmsIssue | undefined => {
      const { catalogue, problem } = controlStateOf(ref);
      if (problem === "control_not_in_scope") return issue("control_not_in_scope", `Control ${ref} is from catalogue "${catalogue}", which is not in scope.`, path);
      if (problem === "unknown_control") return issue("unknown_control", `Control ${ref} does not exist in catalogue "${catalogue}".`, path);
      return undefined;
    };

    for (let p = 0; p < plans.length; p += 1) {
      const plan = at(plans, p);
      if (planIds.has(plan.id)) found.push(issue("duplicate_plan_id", `Plan id ${plan.id} is used more than once.`, [p, "id"]));
      planIds.add(plan.id);

      const seenOptions = new Set<TreatmentOption>();
      for (let o = 0; o < plan.options.length; o += 1) {
        const option = at(plan.options, o);
        if (seenOptions.has(option)) found.push(issue("duplicate_option", `Plan ${plan.id} lists option ${option} twice.`, [p, "options", o], "warning"));
        seenOptions.add(option);
      }

      const planRisks: { readonly risk: Risk; readonly index: number }[] = [];
      const seenRisks = new Set<string>();
      for (let r = 0; r < plan.risks.length; r += 1) {
        const riskId = at(plan.risks, r);
        if (seenRisks.has(riskId)) found.push(issue("duplicate_risk", `Plan ${plan.id} lists risk ${riskId} twice.`, [p, "risks", r], "warning"));
        seenRisks.add(riskId);
        const risk = risks.get(riskId);
        if (!risk) found.push(issue("unknown_risk", `Plan ${plan.id} names unknown risk ${riskId}.`, [p, "risks", r]));
        else planRisks.push({ risk, index: r });
      }

      const seenControls = new Set<string>();
      for (let c = 0; c < plan.controls.length; c += 1) {
        const control = at(plan.controls, c);
        if (seenControls.has(control.ref)) found.push(issue("duplicate_control", `Plan ${plan.id} lists control ${control.ref} twice.`, [p, "controls", c], "warning"));
        seenControls.add(control.ref);
        if (controlStateOf(control.ref) !== KNOWN_CONTROL) {
          const unknown = unknownControl(control.ref, [p, "controls", c, "ref"]);
          if (unknown !== undefined) found.push(unknown);
        }
      }

      const actionIds = new Set<string>();
      const implemented = new Set<string>();
      for (let a = 0; a < plan.actions.length; a += 1) {
        const action = at(plan.actions, a);
        if (actionIds.has(action.id)) found.push(issue("duplicate_action_id", `Plan ${plan.id} uses action id ${action.id} twice.`, [p, "actions", a, "id"]));
        actionIds.add(action.id);
        if (action.status === "done" && action.completedOn === undefined) {
          found.push(issue("action_done_without_date", `Action ${action.id} of plan ${plan.id} is done but has no completion date.`, [p, "actions", a, "completedOn"]));
        }
        if (action.status !== "done" && action.completedOn !== undefined) {
          found.push(
            issue("completion_date_without_done", `Action ${action.id} of plan ${plan.id} has a completion date but is ${action.status}.`, [p, "actions", a, "completedOn"], "warning"),
          );
        }
        const refs = action.controls ?? [];
        for (let c = 0; c < refs.length; c += 1) {
          const ref = at(refs, c);
          if (!seenControls.has(ref)) {
            const path = [p, "actions", a, "controls", c];
            found.push(unknownControl(ref, path) ?? issue("action_control_not_in_plan", `Action ${action.id} implements ${ref}, which plan ${plan.id} does not list.`, path, "warning"));
          }
          if (action.status !== "cancelled") implemented.add(ref);
        }
      }
      for (let c = 0; c < plan.controls.length; c += 1) {
        const control = at(plan.controls, c);
        if (control.state === "planned" && !implemented.has(control.ref)) {
          found.push(issue("planned_control_without_action", `Planned control ${control.ref} of plan ${plan.id} has no action that implements it.`, [p, "controls", c], "warning"));
        }
      }

      for (const option of seenOptions) {
        switch (option) {
          case "modify": {
            if (plan.controls.length === 0) found.push(issue("modify_without_control", `Plan ${plan.id} modifies risk but names no control.`, [p, "controls"]));
            for (const { risk } of planRisks) {
              const target = plan.target ?? risk.ratings.target;
              if (!target) {
                found.push(issue("modify_without_target", `Plan ${plan.id} modifies risk ${risk.id} but neither the plan nor the risk has a target rating.`, [p, "target"]));
                continue;
              }
              const current = risk.ratings.current;
              if (!current) continue;
              const targetIndex = levelIndexOf({ likelihood: target.likelihood, consequence: target.consequence, methodology: target.methodology ?? current.methodology });
              const currentIndex = levelIndexOf(current);
              if (targetIndex === undefined) {
                found.push(issue("target_not_scorable", `The target rating of plan ${plan.id} cannot be scored for risk ${risk.id}.`, [p, "target"]));
              } else if (currentIndex !== undefined && targetIndex > currentIndex) {
                found.push(issue("target_worse_than_current", `The target of plan ${plan.id} is a higher level of risk than the current rating of ${risk.id}.`, [p, "target"]));
              }
            }
            break;
          }
          case "avoid": {
            if (!plan.avoidance) found.push(issue("avoid_without_activity", `Plan ${plan.id} avoids risk but does not say what activity stops.`, [p, "avoidance"]));
            for (const { risk } of planRisks) {
              const residual = risk.ratings.residual;
              const ratings = [
                ...(plan.target ? [{ rating: plan.target, methodology: plan.target.methodology ?? risk.ratings.current?.methodology ?? residual?.methodology }] : []),
                ...(residual ? [{ rating: residual, methodology: residual.methodology }] : []),
              ];
              const notLowest = ratings.some(({ rating, methodology }) => {
                if (!methodology) return false;
                const index = levelIndexOf({ likelihood: rating.likelihood, consequence: rating.consequence, methodology });
                return index !== undefined && index > 0;
              });
              if (notLowest) {
                found.push(issue("avoid_residual_not_lowest", `Plan ${plan.id} avoids risk ${risk.id}, but its target or residual is above the lowest level of risk.`, [p, "target"]));
              }
            }
            break;
          }
          case "share":
            if (!plan.sharing) found.push(issue("share_without_counterparty", `Plan ${plan.id} shares risk but names no counterparty.`, [p, "sharing"]));
            else if (!plan.sharing.instrument) {
              found.push(issue("share_without_instrument", `Plan ${plan.id} shares risk with ${plan.sharing.counterparty} but names no instrument.`, [p, "sharing", "instrument"], "warning"));
            }
            break;
          case "retain":
            for (const { risk, index } of planRisks) {
              const { accepted, why } = acceptanceOf(risk);
              if (accepted) continue;
              const message =
                why.length === 0
                  ? `Plan ${plan.id} retains risk ${risk.id}, but no risk owner has accepted it.`
                  : `Plan ${plan.id} retains risk ${risk.id}, but no acceptance of it holds (${why.join("; ")}).`;
              found.push(issue("retain_without_acceptance", message, [p, "risks", index]));
            }
            break;
          /* v8 ignore next 4 */
          default: {
            const unreachable: never = option;
            throw new Error(`unknown option ${String(unreachable)}`);
          }
        }
      }
    }
    return found;
  } catch (error) {
    throw argumentError("validateTreatmentPlans", error);
  }
}
