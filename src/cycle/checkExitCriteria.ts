import type { ExitCriteriaResult, ExitCriterion, PdcaPhase } from "./pdca.js";
import { EXIT_RULES, type ExitRule } from "./_internal/exitRules.js";
import { argumentError } from "../core/_internal/index.js";

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
 * checkExitCriteria("plan", facts).passed; // true
 * checkExitCriteria("check", facts).missing.length; // 2: no audit completed, no review held
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

function missingMessage(rule: ExitRule, facts: PdcaGuardFacts): string {
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
 * const facts = pdcaFacts(doc, "2026-11-27");
 * const result = checkExitCriteria("check", { ...facts, completedAuditsInCycle: 1, completedReviewsInCycle: 0 });
 * result.missing.map((item) => item.code); // ["no_management_review_in_cycle"]
 * ```
 */
export function checkExitCriteria(phase: PdcaPhase, facts: PdcaGuardFacts): ExitCriteriaResult {
  try {
    const met: ExitCriterion[] = [];
    const missing: ExitCriterion[] = [];
    for (const rule of EXIT_RULES[phase]) {
      if (rule.holds(facts)) met.push({ code: rule.code, message: rule.message });
      else missing.push({ code: rule.code, message: missingMessage(rule, facts) });
    }
    return { passed: missing.length === 0, met, missing };
  } catch (error) {
    throw argumentError("checkExitCriteria", error);
  }
}
