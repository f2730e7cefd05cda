import { describe, expect, it } from "vitest";
import { ReadinessAssessmentSchema, validateReadinessAssessments } from "../../src/cycle/index.js";

describe("validateReadinessAssessments", () => {
  it("warns about duplicates and requirements outside clauses 4–10 and Annex A", () => {
    const found = validateReadinessAssessments([
      { requirement: "4.3", status: "met" },
      { requirement: "4.3", status: "not_met" },
      { requirement: "acme:X-1", status: "met" },
    ]);
    expect(found.map((item) => `${item.code}:${item.severity}`)).toEqual(["duplicate_requirement:warning", "unknown_requirement:warning"]);
  });

  it("an assessment survives JSON and rejects a bare control id", () => {
    const assessment = ReadinessAssessmentSchema.parse({ requirement: "annex-a:8.24", status: "met", assessedBy: "CISO", assessedOn: "2026-11-27" });
    expect(ReadinessAssessmentSchema.parse(JSON.parse(JSON.stringify(assessment)))).toEqual(assessment);
    expect(ReadinessAssessmentSchema.safeParse({ requirement: "8.24", status: "met" }).success).toBe(false);
  });
});
