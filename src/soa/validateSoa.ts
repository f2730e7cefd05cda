import { addDays, compareDates, issue, sortIssues, type IsmsIssue, type IsoDate } from "../core/index.js";
import { listCatalogueControls, splitControlRef, type ControlRef } from "../catalogue/index.js";
import type { DeriveSoaInput } from "./deriveSoa.js";
import { isGenericJustification, isProvidedElsewhere, isRiskAcceptance } from "./_internal/reasons.js";
import { selectionsOf } from "./_internal/plans.js";
import { deriveRows } from "./_internal/derive.js";
import { argumentError, recordsById } from "../core/_internal/index.js";

/**
 * Options of {@link validateSoa}.
 *
 * @category SoA
 * @example
 * ```ts
 * const input = {
 *   catalogues: doc.cataloguesInScope, customCatalogues: doc.catalogues, risks: doc.risks,
 *   plans: doc.treatmentPlans, obligations: doc.obligations, decisions: doc.soaDecisions,
 * };
 * const options: ValidateSoaOptions = { asOf: "2026-11-27", evidenceMaxAgeDays: 180, hasApprovedVersion: true };
 * validateSoa(input, options).filter((found) => found.code === "evidence_outdated").length; // 34: evidence older than 180 days
 * ```
 */
export interface ValidateSoaOptions {
  /** The date the SoA is checked on. */
  readonly asOf: IsoDate;
  /** Evidence of an implemented control older than this many days is outdated; default 365. */
  readonly evidenceMaxAgeDays?: number;
  /** A decision last reviewed longer ago than this many days is overdue for review; default 365. */
  readonly reviewMaxAgeDays?: number;
  /**
   * Whether a version of this SoA has been approved (on or before `asOf`). Once one has, the
   * SoA is in operation and must decide every control in scope (6.1.3 d), so an undecided
   * control is an error; while none has (a draft), it is a warning: work still to do.
   * Default `true`, so a caller that does not say gets the strict rule. `validateIsms` passes
   * whether the document holds such a version.
   */
  readonly hasApprovedVersion?: boolean;
}

/**
 * Checks the Statement of Applicability against the rules of 6.1.3 d and the usual audit
 * questions, and returns every issue at once, sorted.
 *
 * Issues about a decision have paths relative to the `decisions` array (`[i, "justification"]`).
 * Issues about another part of the input start with that field's name: a catalogue in scope
 * (`["catalogues", i]`), a plan's control reference (`["plans", p, "controls", c, "ref"]`) or
 * risk (`["plans", p, "risks", r]`). An undecided control has the path `[]` (the decisions
 * array, where its decision belongs) and is named in the message.
 *
 * An undecided control is work still to do: in a draft SoA (`hasApprovedVersion: false`, no
 * version approved yet) it is a warning, so that a new ISMS validates; once a version has
 * been approved (`hasApprovedVersion` `true`, the default) it is an error, because the
 * operating SoA must cover every control in scope.
 *
 * | code | severity | when |
 * |---|---|---|
 * | `unknown_catalogue` | error | a catalogue in scope is neither Annex A nor a given custom catalogue |
 * | `duplicate_decision` | error | a second decision for the same control |
 * | `control_not_in_scope` | error | a decision or plan names a control of a catalogue not in scope |
 * | `unknown_control` | error | a decision or plan names a control its catalogue does not have |
 * | `undecided_control` | error once an SoA version is approved (`hasApprovedVersion`, default `true`), warning before | a control no decision, plan or obligation covers (excluded by default, without justification) |
 * | `exclusion_without_justification` | error | an excluded control with a missing or blank justification |
 * | `excluded_but_required` | error | an excluded control that a treatment plan or an obligation requires |
 * | `inclusion_without_reason` | error | an included control with no reason of its own, no plan and no obligation |
 * | `generic_justification` | warning | a placeholder justification such as "N/A" |
 * | `risk_acceptance_as_exclusion` | warning | the justification says the risk is accepted, which does not justify excluding a control |
 * | `provider_as_exclusion` | warning | the justification says a supplier operates the control: it is still applicable, name the provider |
 * | `excluded_with_provider` | warning | an excluded control names a provider |
 * | `risk_treatment_without_plan` | warning | a risk-treatment reason that no treatment plan backs |
 * | `implemented_without_evidence` | warning | an implemented control without evidence (also one that only its plans make implemented, with no decision to hold evidence: path `[]`) |
 * | `evidence_outdated` | warning | the newest evidence of an implemented control is older than `evidenceMaxAgeDays` |
 * | `evidence_in_future` | warning | evidence dated after `asOf` |
 * | `review_overdue` | warning | the decision was last reviewed longer ago than `reviewMaxAgeDays` |
 * | `status_mismatch` | warning | the decision's status differs from the one the plans' progress implies |
 * | `unknown_risk` | warning | a plan that selects a control in scope names a risk missing from the register (checked when `risks` is given) |
 *
 * @param input - the same input as {@link deriveSoa}
 * @param options - `asOf`, the review periods and whether a version has been approved
 * @returns issues, sorted with `compareIssues`
 * @throws {@link IsmsError} `invalid_date` when `asOf` is not a calendar date
 * @category SoA
 * @example
 * ```ts
 * const issues = validateSoa(
 *   { catalogues: ["annex-a"], decisions: [{ control: "annex-a:7.5", applicable: false }] },
 *   { asOf: "2026-06-30" },
 * );
 * issues.find((found) => found.code === "exclusion_without_justification")?.path; // [0, "justification"]
 * // Nothing decided yet and no version approved: 93 undecided controls, each a warning.
 * validateSoa({ catalogues: ["annex-a"], decisions: [] }, { asOf: "2026-06-30", hasApprovedVersion: false })[0]?.severity; // "warning"
 * ```
 */
export function validateSoa(input: DeriveSoaInput, options: ValidateSoaOptions): IsmsIssue[] {
  try {
    const { asOf } = options;
    const evidenceLimit = addDays(asOf, -(options.evidenceMaxAgeDays ?? 365));
    const reviewLimit = addDays(asOf, -(options.reviewMaxAgeDays ?? 365));
    const custom = input.customCatalogues ?? [];
    const draft = options.hasApprovedVersion === false;
    const issues: IsmsIssue[] = [];

    const scope = new Map<string, Set<string>>();
    input.catalogues.forEach((catalogue, index) => {
      if (scope.has(catalogue)) return;
      const controls = listCatalogueControls(catalogue, custom);
      if (controls.length === 0 && !custom.some((candidate) => candidate.id === catalogue)) {
        issues.push(issue("unknown_catalogue", `Catalogue "${catalogue}" is in scope but is neither Annex A nor one of the custom catalogues.`, ["catalogues", index]));
      }
      scope.set(catalogue, new Set(controls.map((control) => control.id)));
    });
    const checkRef = (ref: ControlRef): { code: string; why: string } | undefined => {
      const parts = splitControlRef(ref);
      const ids = parts && scope.get(parts.catalogue);
      if (!parts || !ids) return { code: "control_not_in_scope", why: `is in no catalogue in scope (${[...scope.keys()].join(", ") || "none"})` };
      if (!ids.has(parts.id)) return { code: "unknown_control", why: `is not a control of catalogue "${parts.catalogue}"` };
      return undefined;
    };

    const plans = input.plans ?? [];
    const selections = selectionsOf(plans, asOf);
    const required = new Map<ControlRef, string[]>();
    for (const [ref, selection] of selections) required.set(ref, selection.plans.map((plan) => `treatment plan ${plan}`));
    for (const obligation of input.obligations ?? []) {
      for (const ref of new Set(obligation.controls)) {
        const list = required.get(ref);
        if (list === undefined) required.set(ref, [`obligation ${obligation.id}`]);
        else list.push(`obligation ${obligation.id}`);
      }
    }

    const knownRisks = input.risks === undefined ? undefined : recordsById(input.risks, input);
    plans.forEach((plan, p) => {
      let selectsInScope = false;
      plan.controls.forEach((control, c) => {
        const problem = checkRef(control.ref);
        if (problem) issues.push(issue(problem.code, `Treatment plan ${plan.id} selects ${control.ref}, which ${problem.why}.`, ["plans", p, "controls", c, "ref"]));
        else selectsInScope = true;
      });
      if (!knownRisks || !selectsInScope) return;
      plan.risks.forEach((risk, r) => {
        if (!knownRisks.has(risk)) {
          issues.push(issue("unknown_risk", `Treatment plan ${plan.id} selects controls for risk ${risk}, which is not in the risk register.`, ["plans", p, "risks", r], "warning"));
        }
      });
    });

    const rows = new Map(deriveRows({ ...input, asOf }, selections).map((row) => [row.ref, row]));
    const firstDecision = new Map<ControlRef, number>();
    input.decisions.forEach((decision, index) => {
      const ref = decision.control;
      const first = firstDecision.get(ref);
      if (first !== undefined) {
        issues.push(issue("duplicate_decision", `Control ${ref} has a second decision; decision ${first} counts.`, [index, "control"]));
        return;
      }
      firstDecision.set(ref, index);
      const problem = checkRef(ref);
      if (problem) {
        issues.push(issue(problem.code, `The decision on ${ref} names a control that ${problem.why}.`, [index, "control"]));
        return;
      }
      const requiredBy = required.get(ref) ?? [];
      if (!decision.applicable) {
        const justification = decision.justification?.trim() ?? "";
        if (justification === "") {
          issues.push(issue("exclusion_without_justification", `Control ${ref} is excluded without a justification.`, [index, "justification"]));
        } else {
          if (isGenericJustification(justification)) {
            issues.push(issue("generic_justification", `The justification for excluding ${ref} ("${justification}") says nothing specific.`, [index, "justification"], "warning"));
          }
          if (isRiskAcceptance(justification)) {
            issues.push(
              issue(
                "risk_acceptance_as_exclusion",
                `Control ${ref} is excluded because a risk is accepted; accepting a risk is a treatment decision, not a reason to exclude a control.`,
                [index, "justification"],
                "warning",
              ),
            );
          }
          if (isProvidedElsewhere(justification)) {
            issues.push(
              issue(
                "provider_as_exclusion",
                `Control ${ref} is excluded because a supplier operates it; it is still applicable: include it and name the provider.`,
                [index, "justification"],
                "warning",
              ),
            );
          }
        }
        if (requiredBy.length > 0) {
          issues.push(issue("excluded_but_required", `Control ${ref} is excluded but required by ${requiredBy.join(", ")}.`, [index, "applicable"]));
        }
        if (decision.provider !== undefined) {
          issues.push(
            issue("excluded_with_provider", `Control ${ref} is excluded but names provider ${decision.provider}; a control a provider operates is applicable.`, [index, "provider"], "warning"),
          );
        }
        return;
      }
      const ownReasons = decision.reasons ?? [];
      if (ownReasons.length === 0 && requiredBy.length === 0) {
        issues.push(issue("inclusion_without_reason", `Control ${ref} is included without a reason: no treatment plan, no obligation and no reason of its own.`, [index, "reasons"]));
      }
      ownReasons.forEach((reason, reasonIndex) => {
        if (reason.kind === "risk_treatment" && !selections.has(ref)) {
          issues.push(
            issue(
              "risk_treatment_without_plan",
              `Control ${ref} gives risk treatment as a reason, but no treatment plan selects it, so no risk can be traced.`,
              [index, "reasons", reasonIndex],
              "warning",
            ),
          );
        }
      });
      const row = rows.get(ref);
      const evidence = decision.evidence ?? [];
      evidence.forEach((item, evidenceIndex) => {
        if (compareDates(item.date, asOf) > 0) {
          issues.push(issue("evidence_in_future", `Evidence ${item.ref} of ${ref} is dated ${item.date}, after ${asOf}.`, [index, "evidence", evidenceIndex, "date"], "warning"));
        }
      });
      if (row?.status === "implemented") {
        if (row.lastEvidenceDate === undefined) {
          issues.push(issue("implemented_without_evidence", `Control ${ref} is implemented but no evidence is recorded.`, [index, "evidence"], "warning"));
        } else if (compareDates(row.lastEvidenceDate, evidenceLimit) < 0) {
          issues.push(
            issue("evidence_outdated", `The newest evidence of ${ref} is from ${row.lastEvidenceDate}, more than ${options.evidenceMaxAgeDays ?? 365} days before ${asOf}.`, [index, "evidence"], "warning"),
          );
        }
      }
      if (row?.statusMismatch === true) {
        issues.push(
          issue(
            "status_mismatch",
            `Control ${ref} is recorded as ${decision.status ?? ""} but its treatment plans' progress says ${row.statusFromPlans ?? ""}.`,
            [index, "status"],
            "warning",
          ),
        );
      }
      if (decision.lastReviewed !== undefined && compareDates(decision.lastReviewed, reviewLimit) < 0) {
        issues.push(issue("review_overdue", `The decision on ${ref} was last reviewed on ${decision.lastReviewed}.`, [index, "lastReviewed"], "warning"));
      }
    });

    for (const row of rows.values()) {
      if (firstDecision.has(row.ref)) continue;
      if (!row.applicable) {
        issues.push(
          draft
            ? issue(
                "undecided_control",
                `Control ${row.ref} has no applicability decision and no plan or obligation selects it; decide whether it applies before the SoA is approved.`,
                [],
                "warning",
              )
            : issue("undecided_control", `Control ${row.ref} has no applicability decision and no plan or obligation selects it; decide whether it applies.`, []),
        );
      } else if (row.status === "implemented") {
        // A plan marks it existing, so it counts as implemented, yet evidence can only be
        // recorded on a decision, and there is none.
        issues.push(
          issue("implemented_without_evidence", `Control ${row.ref} is implemented according to its treatment plans, but it has no decision to record evidence on.`, [], "warning"),
        );
      }
    }
    return sortIssues(issues);
  } catch (error) {
    throw argumentError("validateSoa", error);
  }
}
