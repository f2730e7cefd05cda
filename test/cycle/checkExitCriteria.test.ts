import { describe, expect, it } from "vitest";
import { checkExitCriteria, type PdcaGuardFacts } from "../../src/cycle/index.js";
import { passingFacts } from "../arbitraries/cycle.js";

describe("checkExitCriteria", () => {
  const planCases: [keyof PdcaGuardFacts, string][] = [
    ["hasScope", "missing_scope"],
    ["approvedPolicy", "missing_approved_policy"],
    ["hasMethodology", "missing_risk_methodology"],
    ["riskAssessmentComplete", "risk_assessment_incomplete"],
    ["treatmentPlanApproved", "treatment_plan_not_approved"],
    ["soaApproved", "soa_not_approved"],
    ["objectivesDefined", "missing_objectives"],
  ];
  for (const [fact, code] of planCases) {
    it(`leaving plan without ${fact} is missing ${code}`, () => {
      const result = checkExitCriteria("plan", { ...passingFacts, [fact]: false });
      expect(result.passed).toBe(false);
      expect(result.missing.map((item) => item.code)).toEqual([code]);
      expect(result.met).toHaveLength(6);
    });
  }

  it("leaving plan with everything in place passes", () => {
    expect(checkExitCriteria("plan", passingFacts)).toMatchObject({ passed: true, missing: [] });
  });

  it("leaving do needs a planned audit", () => {
    expect(checkExitCriteria("do", { ...passingFacts, plannedAuditsInCycle: 0 }).missing.map((item) => item.code)).toEqual(["no_audit_planned"]);
    expect(checkExitCriteria("do", passingFacts).passed).toBe(true);
  });

  it("leaving check needs a completed audit and a management review in the cycle", () => {
    const result = checkExitCriteria("check", { ...passingFacts, completedAuditsInCycle: 0, completedReviewsInCycle: 0 });
    expect(result.missing.map((item) => item.code)).toEqual(["no_internal_audit_in_cycle", "no_management_review_in_cycle"]);
  });

  it("leaving act needs every major nonconformity to have a corrective action, and names them", () => {
    const result = checkExitCriteria("act", { ...passingFacts, majorNonconformitiesWithoutCorrectiveAction: ["NC-3", "NC-7"] });
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]?.code).toBe("major_nonconformity_without_corrective_action");
    expect(result.missing[0]?.message).toContain("NC-3, NC-7");
    expect(checkExitCriteria("act", passingFacts).passed).toBe(true);
  });
});
