import { describe, expect, it } from "vitest";
import { FindingGradeSchema, validateAudits, type Finding } from "../../src/cycle/index.js";
import { makeAudit } from "./_fixtures.js";

const finding = (grade: Finding["grade"], refs = true): unknown => ({
  id: `F-${grade}`,
  grade,
  description: "Observed",
  ...(refs ? { controls: ["annex-a:5.18"] } : {}),
});

describe("findings", () => {
  it("has the four grades, most serious first", () => {
    expect(FindingGradeSchema.options).toEqual(["major_nonconformity", "minor_nonconformity", "observation", "opportunity_for_improvement"]);
  });

  for (const grade of FindingGradeSchema.options) {
    const severity = grade.endsWith("nonconformity") ? "error" : "warning";
    it(`a ${grade} without a clause or control reference is a(n) ${severity}`, () => {
      const audit = makeAudit({ status: "completed", performedDate: "2026-05-12", findings: [finding(grade, false)] });
      const found = validateAudits([audit]);
      expect(found.map((item) => `${item.code}:${item.severity}`)).toEqual([`finding_without_reference:${severity}`]);
    });
  }

  it("rejects a finding with a malformed control reference", () => {
    expect(() => makeAudit({ findings: [{ id: "F-1", grade: "observation", description: "x", controls: ["8.24"] }] })).toThrow();
  });
});
