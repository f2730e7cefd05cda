import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { isRiskAssessed, isRiskAssessmentComplete } from "../../src/risk/index.js";
import { actionStatusOn, isAcceptanceValid, isActionDone, isDecisionRevoked, type RiskAcceptance } from "../../src/treatment/index.js";

// The values the TSDoc examples of the predicates promise, on the example organisation.
const doc = createExampleIsms();

describe("the predicates on the example organisation", () => {
  it("D-090 is revoked from 1 June 2026, the day of D-091, and without a day", () => {
    const acceptance = doc.decisions.find((decision) => decision.id === "D-090");
    expect(acceptance).toBeDefined();
    if (!acceptance) return;
    expect(isDecisionRevoked(acceptance, doc.decisions, "2026-05-31")).toBe(false);
    expect(isDecisionRevoked(acceptance, doc.decisions, "2026-06-01")).toBe(true);
    expect(isDecisionRevoked(acceptance, doc.decisions)).toBe(true);
  });

  it("TP-01-A1, completed on 20 March 2026, is in progress the day before and done from that day", () => {
    const action = doc.treatmentPlans[0]?.actions[0];
    expect(action?.id).toBe("TP-01-A1");
    if (!action) return;
    expect(actionStatusOn(action, "2026-03-19")).toBe("in_progress");
    expect(actionStatusOn(action, "2026-03-20")).toBe("done");
    expect(isActionDone(action, "2026-03-19")).toBe(false);
    expect(isActionDone(action, "2026-11-27")).toBe(true);
    expect(isActionDone(action)).toBe(true);
    expect(isActionDone({ ...action, status: "cancelled" })).toBe(false);
  });

  it("every acceptance holds on the demo day but the revoked D-090 and the stale D-112", () => {
    const options = { risks: doc.risks, methodologies: doc.methodologies, decisions: doc.decisions, asOf: "2026-11-27" };
    const failing = doc.decisions
      .filter((decision): decision is RiskAcceptance => decision.kind === "risk_acceptance" && !isAcceptanceValid(decision, options))
      .map((decision) => decision.id);
    expect(failing).toEqual(["D-090", "D-112"]);
  });

  it("R-01 is assessed from its first rating on 19 May 2025; the register is complete on the demo day, not before R-23 was rated", () => {
    const risk = doc.risks.find((candidate) => candidate.id === "R-01");
    expect(risk).toBeDefined();
    if (!risk) return;
    expect(isRiskAssessed(risk, "2025-05-18")).toBe(false);
    expect(isRiskAssessed(risk, "2026-11-27")).toBe(true);
    expect(isRiskAssessmentComplete(doc.risks, "2026-11-27")).toBe(true);
    expect(isRiskAssessmentComplete(doc.risks, "2026-10-25")).toBe(false);
    expect(isRiskAssessmentComplete(doc.risks)).toBe(true);
    expect(isRiskAssessmentComplete([], "2026-11-27")).toBe(false);
  });
});
