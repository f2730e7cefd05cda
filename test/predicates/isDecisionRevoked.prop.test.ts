import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { listIsmsDatedItems } from "../../src/document/index.js";
import { acceptanceStatus, isDecisionRevoked, planApprovalStatus, type Decision, type RiskAcceptance } from "../../src/treatment/index.js";
import { documentOfScenario } from "../arbitraries/document.js";
import { day2026Arb, treatmentScenarioArb } from "../arbitraries/treatment.js";
import { assessmentRisks, poamRisks } from "./_readers.js";

const isAcceptance = (decision: Decision): decision is RiskAcceptance => decision.kind === "risk_acceptance";

describe("isDecisionRevoked: one rule of revocation", () => {
  test.prop([treatmentScenarioArb, fc.option(day2026Arb, { nil: undefined })], { numRuns: 150 })(
    "a decision is revoked on a day exactly when a revocation naming it is dated on or before that day (any, without a day)",
    ({ decisions }, asOf) => {
      for (const decision of decisions) {
        const expected = decisions.some((other) => other.kind === "revocation" && other.revokes === decision.id && (asOf === undefined || other.date <= asOf));
        expect(isDecisionRevoked(decision, decisions, asOf)).toBe(expected);
      }
    },
  );

  test.prop([treatmentScenarioArb], { numRuns: 150 })("acceptanceStatus and planApprovalStatus say revoked exactly when the predicate does", (scenario) => {
    const { risks, plans, decisions, asOf, methodology } = scenario;
    for (const decision of decisions) {
      if (decision.kind === "risk_acceptance") {
        expect(acceptanceStatus(decision, { risks, methodologies: [methodology], decisions, asOf }).revoked).toBe(isDecisionRevoked(decision, decisions, asOf));
      } else if (decision.kind === "plan_approval") {
        const plan = plans.find((candidate) => candidate.id === decision.plan);
        if (!plan) continue;
        expect(planApprovalStatus(decision, plan, decisions, asOf).revoked).toBe(isDecisionRevoked(decision, decisions, asOf));
        expect(planApprovalStatus(decision, plan, decisions).revoked).toBe(isDecisionRevoked(decision, decisions));
      }
    }
  });

  test.prop([treatmentScenarioArb], { numRuns: 100 })("the OSCAL risk log lists exactly the acceptances not revoked on the export's day", (scenario) => {
    const inForce = (risk: string): string[] =>
      scenario.decisions.filter(isAcceptance).filter((decision) => decision.risk === risk && !isDecisionRevoked(decision, scenario.decisions, scenario.asOf)).map((decision) => decision.id);
    for (const reading of [...poamRisks(scenario), ...assessmentRisks(scenario)]) expect(reading.acceptances).toEqual(inForce(reading.risk));
  });

  test.prop([treatmentScenarioArb, fc.option(day2026Arb, { nil: undefined })], { numRuns: 100 })(
    "the document's dated items list a dated acceptance exactly when it is not revoked on the day asked for",
    (scenario, asOf) => {
      const items = listIsmsDatedItems(documentOfScenario(scenario), asOf);
      const listed = items.filter((item) => item.kind === "acceptance").map((item) => item.id).sort();
      const expected = scenario.decisions
        .filter(isAcceptance)
        .filter((decision) => (decision.reviewBy !== undefined || decision.expires !== undefined) && !isDecisionRevoked(decision, scenario.decisions, asOf))
        .map((decision) => decision.id)
        .sort();
      expect(listed).toEqual(expected);
    },
  );
});
