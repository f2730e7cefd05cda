import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { pdcaFacts, readinessEvidence } from "../../src/document/index.js";
import { isRiskAssessed, isRiskAssessmentComplete } from "../../src/risk/index.js";
import { documentOfScenario } from "../arbitraries/document.js";
import { day2026Arb, treatmentScenarioArb } from "../arbitraries/treatment.js";
import { countsOf } from "./_readers.js";

describe("isRiskAssessed: one rule of a risk's assessment", () => {
  test.prop([treatmentScenarioArb, fc.option(day2026Arb, { nil: undefined })], { numRuns: 150 })(
    "a risk is assessed on a day exactly when its current or inherent rating is dated on or before it; the register is complete when every risk is",
    ({ risks }, asOf) => {
      for (const risk of risks) {
        const byThen = [risk.ratings.current, risk.ratings.inherent].some((rating) => rating !== undefined && (asOf === undefined || rating.date <= asOf));
        expect(isRiskAssessed(risk, asOf)).toBe(byThen);
      }
      expect(isRiskAssessmentComplete(risks, asOf)).toBe(risks.every((risk) => isRiskAssessed(risk, asOf)));
      expect(isRiskAssessmentComplete([], asOf)).toBe(false);
    },
  );

  test.prop([treatmentScenarioArb, fc.option(day2026Arb, { nil: undefined })], { numRuns: 100 })(
    "the PDCA facts and the readiness evidence for 6.1.2 d follow the predicate",
    (scenario, asOf) => {
      const document = documentOfScenario(scenario);
      expect(pdcaFacts(document, asOf).riskAssessmentComplete).toBe(isRiskAssessmentComplete(scenario.risks, asOf));
      const day = asOf ?? scenario.asOf;
      const evidence = readinessEvidence(document, day).find((item) => item.requirement === "6.1.2.d");
      expect(countsOf(evidence?.note)).toEqual([scenario.risks.filter((risk) => isRiskAssessed(risk, day)).length, scenario.risks.length]);
      expect(evidence?.status === "met").toBe(isRiskAssessmentComplete(scenario.risks, day));
    },
  );
});
