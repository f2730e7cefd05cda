import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { pdcaFacts, readinessEvidence } from "../../src/document/index.js";
import {
  isActionDone,
  isPlanApproved,
  listPlansAwaitingApproval,
  listRisksAboveToleranceWithoutApprovedPlan,
  listValidPlanApprovals,
  planApprovalStatus,
  type PlanApproval,
} from "../../src/treatment/index.js";
import { listRisksAboveTolerance } from "../../src/risk/index.js";
import { documentOfScenario } from "../arbitraries/document.js";
import { day2026Arb, treatmentScenarioArb } from "../arbitraries/treatment.js";
import { countsOf, poamRisks } from "./_readers.js";

describe("isPlanApproved: one rule of plan approval", () => {
  test.prop([treatmentScenarioArb, fc.option(day2026Arb, { nil: undefined })], { numRuns: 150 })(
    "a plan is approved exactly when one of its approvals holds; the treatment queries agree",
    ({ plans, decisions, risks, methodology }, asOf) => {
      const awaiting = new Set(listPlansAwaitingApproval(plans, decisions, asOf));
      const covered = new Set<string>();
      for (const plan of plans) {
        const approvals = decisions.filter((decision): decision is PlanApproval => decision.kind === "plan_approval" && decision.plan === plan.id);
        const approved = isPlanApproved(plan, decisions, asOf);
        expect(approved).toBe(approvals.some((approval) => planApprovalStatus(approval, plan, decisions, asOf).valid));
        expect(listValidPlanApprovals(plan, decisions, asOf).length > 0).toBe(approved);
        expect(awaiting.has(plan)).toBe(!approved);
        if (approved) for (const risk of plan.risks) covered.add(risk);
      }
      const without = listRisksAboveToleranceWithoutApprovedPlan(risks, { plans, decisions, methodologies: [methodology], ...(asOf === undefined ? {} : { asOf }) });
      const above = listRisksAboveTolerance([methodology], risks);
      expect(without.map((evaluation) => evaluation.riskId)).toEqual(above.filter((evaluation) => !covered.has(evaluation.riskId)).map((evaluation) => evaluation.riskId));
    },
  );

  test.prop([treatmentScenarioArb], { numRuns: 100 })("PDCA facts, readiness evidence and the OSCAL lifecycle follow the predicate", (scenario) => {
    const { plans, decisions, asOf } = scenario;
    const document = documentOfScenario(scenario);
    const approved = plans.filter((plan) => isPlanApproved(plan, decisions, asOf));
    expect(pdcaFacts(document, asOf).treatmentPlanApproved).toBe(approved.length === plans.length);
    const note = readinessEvidence(document, asOf).find((item) => item.requirement === "6.1.3.f")?.note;
    expect(countsOf(note)).toEqual([approved.length, plans.length]);
    for (const reading of poamRisks(scenario)) {
      for (const remediation of reading.remediations) {
        const plan = plans.find((candidate) => candidate.id === remediation.plan);
        if (!plan) throw new Error(`no plan ${remediation.plan}`);
        const live = plan.actions.filter((action) => action.status !== "cancelled");
        if (live.length > 0 && live.every((action) => isActionDone(action, asOf))) continue;
        expect(remediation.lifecycle).toBe(approved.includes(plan) ? "planned" : "recommendation");
      }
    }
  });
});
