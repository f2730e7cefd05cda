import { describe, expect, it } from "vitest";
import { AuditProgrammeSchema, auditCoverage, validateAuditProgramme } from "../../src/cycle/index.js";
import { makeAudit } from "./_fixtures.js";

describe("programme and coverage", () => {
  it("computes the clauses and controls covered", () => {
    const coverage = auditCoverage([makeAudit({ clauses: ["9.1", "6.1.2.a"] }), makeAudit({ id: "AUD-2", status: "cancelled", clauses: ["4.3"] })]);
    expect(coverage.coveredClauses).toEqual(["6", "9"]);
    expect(coverage.uncoveredClauses).toEqual(["4", "5", "7", "8", "10"]);
    expect(coverage.coveredControls).toEqual(["annex-a:5.15", "annex-a:5.18"]);
    expect(coverage.uncoveredAnnexA).toHaveLength(91);
  });

  it("validates a programme: period, audits outside it, clauses not audited, nested audit issues", () => {
    const programme = AuditProgrammeSchema.parse({
      owner: "CISO",
      period: { start: "2026-12-31", end: "2026-01-01" },
      audits: [makeAudit({ auditors: ["Head of IT"] })],
    });
    const codes = validateAuditProgramme(programme).map((item) => `${item.code}@${item.path.join(".")}`);
    expect(codes).toContain("independence_violation@audits.0.auditors.0");
    expect(codes).toContain("invalid_programme_period@period");
    expect(codes).toContain("audit_outside_programme_period@audits.0.plannedDate");
    expect(codes.filter((code) => code.startsWith("clause_not_audited"))).toHaveLength(6);
  });

  it("a programme survives a JSON round trip", () => {
    const programme = AuditProgrammeSchema.parse({ owner: "CISO", period: { start: "2026-01-01", end: "2026-12-31" }, audits: [makeAudit()] });
    expect(AuditProgrammeSchema.parse(JSON.parse(JSON.stringify(programme)))).toEqual(programme);
  });
});
