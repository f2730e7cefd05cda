import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  acceptanceStatus,
  isAcceptanceValid,
  isDecisionRevoked,
  listAcceptancesNeedingAttention,
  sameRating,
  validateTreatmentPlans,
  type Decision,
  type RiskAcceptance,
} from "../../src/treatment/index.js";
import { day2026Arb, treatmentScenarioArb } from "../arbitraries/treatment.js";

const isAcceptance = (decision: Decision): decision is RiskAcceptance => decision.kind === "risk_acceptance";

describe("isAcceptanceValid: one rule of an acceptance holding", () => {
  test.prop([treatmentScenarioArb, day2026Arb], { numRuns: 150 })(
    "an acceptance that holds is not revoked, not expired, not dated later and freezes the residual rating; acceptanceStatus agrees",
    ({ risks, decisions, methodology }, asOf) => {
      const options = { risks, methodologies: [methodology], decisions, asOf };
      for (const acceptance of decisions.filter(isAcceptance)) {
        const valid = isAcceptanceValid(acceptance, options);
        expect(valid).toBe(acceptanceStatus(acceptance, options).valid);
        if (!valid) continue;
        expect(isDecisionRevoked(acceptance, decisions, asOf)).toBe(false);
        expect(acceptance.expires === undefined || acceptance.expires >= asOf).toBe(true);
        expect(acceptance.date <= asOf).toBe(true);
        expect(sameRating(acceptance.rating, risks.find((risk) => risk.id === acceptance.risk)?.ratings.residual)).toBe(true);
      }
    },
  );

  test.prop([treatmentScenarioArb], { numRuns: 150 })(
    "a retained risk lacks an acceptance in validateTreatmentPlans exactly when none of its acceptances holds",
    ({ risks, plans, decisions, methodology, asOf }) => {
      const options = { risks, methodologies: [methodology], decisions, asOf };
      const issues = validateTreatmentPlans(plans, { risks, methodologies: [methodology], decisions, asOf });
      plans.forEach((plan, p) => {
        if (!plan.options.includes("retain")) return;
        plan.risks.forEach((riskId, r) => {
          const flagged = issues.some((found) => found.code === "retain_without_acceptance" && found.path[0] === p && found.path[2] === r);
          const holds = decisions.filter(isAcceptance).some((decision) => decision.risk === riskId && isAcceptanceValid(decision, options));
          expect(flagged).toBe(!holds);
        });
      });
    },
  );

  test.prop([treatmentScenarioArb, fc.integer({ min: 0, max: 60 })], { numRuns: 100 })(
    "listAcceptancesNeedingAttention judges each acceptance as the predicate does",
    ({ risks, decisions, methodology, asOf }, withinDays) => {
      const options = { risks, methodologies: [methodology], decisions, asOf };
      for (const attention of listAcceptancesNeedingAttention(decisions, { ...options, withinDays })) {
        expect(attention.status.valid).toBe(isAcceptanceValid(attention.decision, options));
      }
    },
  );
});
