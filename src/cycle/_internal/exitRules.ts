import type { PdcaGuardFacts } from "../checkExitCriteria.js";
import type { PdcaPhase } from "../pdca.js";

/** One exit criterion: its code, the sentence when met, and the test on the facts. */
export type ExitRule = { readonly code: string; readonly message: string; readonly holds: (facts: PdcaGuardFacts) => boolean };

/** The exit criteria of each phase, in the order they are reported. */
export const EXIT_RULES: { readonly [P in PdcaPhase]: readonly ExitRule[] } = {
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
