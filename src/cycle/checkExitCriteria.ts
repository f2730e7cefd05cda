import type { ExitCriteriaResult, ExitCriterion, PdcaPhase } from "./pdca.js";

/**
 * The facts the PDCA guards read: plain booleans, counts and lists that the document
 * module computes from a whole ISMS document (or that a caller states directly).
 * "In cycle" means since the current cycle's plan phase was entered
 * (see {@link cycleStartDate}).
 *
 * @category Cycle
 * @example
 * ```ts
 * const facts: PdcaGuardFacts = {
 *   hasScope: true, approvedPolicy: true, hasMethodology: true, riskAssessmentComplete: true,
 *   treatmentPlanApproved: true, soaApproved: true, objectivesDefined: true,
 *   plannedAuditsInCycle: 1, completedAuditsInCycle: 0, completedReviewsInCycle: 0,
 *   majorNonconformitiesWithoutCorrectiveAction: [],
 * };
 * ```
 */
export interface PdcaGuardFacts {
  /** The ISMS scope is defined (4.3). */
  readonly hasScope: boolean;
  /** The information security policy is approved (5.2). */
  readonly approvedPolicy: boolean;
  /** A risk methodology with acceptance criteria exists (6.1.2 a). */
  readonly hasMethodology: boolean;
  /** The risk assessment is complete: every risk analysed and evaluated (6.1.2). */
  readonly riskAssessmentComplete: boolean;
  /** The risk owners approved the risk treatment plan (6.1.3 e–f). */
  readonly treatmentPlanApproved: boolean;
  /** The Statement of Applicability is approved (6.1.3 d). */
  readonly soaApproved: boolean;
  /** Information security objectives are set (6.2). */
  readonly objectivesDefined: boolean;
  /** Internal audits planned (or already done) in this cycle's audit programme (9.2.2). */
  readonly plannedAuditsInCycle: number;
  /** Internal audits completed in this cycle (9.2). */
  readonly completedAuditsInCycle: number;
  /** Management reviews held in this cycle (9.3). */
  readonly completedReviewsInCycle: number;
  /** Ids of major nonconformities that have no corrective action yet (10.2). */
  readonly majorNonconformitiesWithoutCorrectiveAction: readonly string[];
}

type Rule = { readonly code: string; readonly message: string; readonly holds: (facts: PdcaGuardFacts) => boolean };

const RULES: { readonly [P in PdcaPhase]: readonly Rule[] } = {
  plan: [
    { code: "missing_scope", message: "The ISMS scope (4.3) is defined.", holds: (f) => f.hasScope },
    { code: "missing_approved_policy", message: "The information security policy (5.2) is approved.", holds: (f) => f.approvedPolicy },
    { code: "missing_risk_methodology", message: "A risk methodology with risk criteria (6.1.2 a) exists.", holds: (f) => f.hasMethodology },
    { code: "risk_assessment_incomplete", message: "The risk assessment (6.1.2) is complete.", holds: (f) => f.riskAssessmentComplete },
    { code: "treatment_plan_not_approved", message: "The risk owners approved the risk treatment plan (6.1.3 e–f).", holds: (f) => f.treatmentPlanApproved },
    { code: "soa_not_approved", message: "The Statement of Applicability (6.1.3 d) is approved.", holds: (f) => f.soaApproved },
    { code: "missing_objectives", message: "Information security objectives (6.2) are set.", holds: (f) => f.objectivesDefined },
  ],
  do: [
    { code: "no_audit_planned", message: "The audit programme (9.2.2) plans at least one internal audit in this cycle.", holds: (f) => f.plannedAuditsInCycle > 0 },
  ],
  check: [
    { code: "no_internal_audit_in_cycle", message: "At least one internal audit (9.2) was completed in this cycle.", holds: (f) => f.completedAuditsInCycle > 0 },
    { code: "no_management_review_in_cycle", message: "At least one management review (9.3) was held in this cycle.", holds: (f) => f.completedReviewsInCycle > 0 },
  ],
  act: [
    {
      code: "major_nonconformity_without_corrective_action",
      message: "Every major nonconformity has a corrective action (10.2).",
      holds: (f) => f.majorNonconformitiesWithoutCorrectiveAction.length === 0,
    },
  ],
};

function missingMessage(rule: Rule, facts: PdcaGuardFacts): string {
  if (rule.code === "major_nonconformity_without_corrective_action") {
    return `Major nonconformities without a corrective action (10.2): ${facts.majorNonconformitiesWithoutCorrectiveAction.join(", ")}.`;
  }
  return `Not yet: ${rule.message.charAt(0).toLowerCase()}${rule.message.slice(1)}`;
}

/**
 * Evaluates the exit criteria of a phase: leaving `plan` needs a scope, an approved
 * policy, a risk methodology, a complete risk assessment, an approved treatment plan, an
 * approved SoA and objectives; leaving `do` needs an internal audit planned; leaving
 * `check` needs a completed internal audit and a management review in the cycle; leaving
 * `act` needs every major nonconformity to have a corrective action.
 *
 * @param phase - the phase to leave
 * @param facts - what is true of the ISMS now
 * @returns whether the guard passes, the criteria met and those missing (in a fixed order)
 * @category Cycle
 * @example
 * ```ts
 * const result = checkExitCriteria("check", { ...facts, completedAuditsInCycle: 1, completedReviewsInCycle: 0 });
 * result.missing.map((item) => item.code); // ["no_management_review_in_cycle"]
 * ```
 */
export function checkExitCriteria(phase: PdcaPhase, facts: PdcaGuardFacts): ExitCriteriaResult {
  const met: ExitCriterion[] = [];
  const missing: ExitCriterion[] = [];
  for (const rule of RULES[phase]) {
    if (rule.holds(facts)) met.push({ code: rule.code, message: rule.message });
    else missing.push({ code: rule.code, message: missingMessage(rule, facts) });
  }
  return { passed: missing.length === 0, met, missing };
}
