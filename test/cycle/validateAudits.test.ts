import { describe, expect, it } from "vitest";
import { validateAudits, type Finding } from "../../src/cycle/index.js";
import { makeAudit, makeNonconformity } from "./_fixtures.js";

const finding = (grade: Finding["grade"], refs = true): unknown => ({
  id: `F-${grade}`,
  grade,
  description: "Observed",
  ...(refs ? { controls: ["annex-a:5.18"] } : {}),
});

describe("validateAudits", () => {
  it("flags an auditor auditing their own work", () => {
    const audit = makeAudit({ auditors: ["Internal Audit", "Head of IT"], auditees: ["Head of IT"] });
    const found = validateAudits([audit]);
    expect(found.map((item) => item.code)).toEqual(["independence_violation"]);
    expect(found[0]?.path).toEqual([0, "auditors", 1]);
  });

  it.each([
    ["another case", "head of it"],
    ["inner whitespace and a no-break space", "Head  of\u00a0IT"],
    ["another Unicode form (NFD against NFC)", "Ren\u0065\u0301e Dubois"],
  ])("flags the same auditor written with %s", (_how, written) => {
    const auditee = written.includes("Ren") ? "Ren\u00e9e DUBOIS" : "Head of IT";
    const audit = makeAudit({ auditors: ["Internal Audit", written], auditees: [auditee] });
    expect(validateAudits([audit]).map((item) => `${item.code}@${item.path.join(".")}`)).toEqual(["independence_violation@0.auditors.1"]);
  });

  it("flags the same auditor written with a trailing space in an audit built without parsing (the schema refuses one)", () => {
    const audit = { ...makeAudit({ auditees: ["Head of IT"] }), auditors: ["Head of IT "] };
    expect(validateAudits([audit]).map((item) => item.code)).toEqual(["independence_violation"]);
  });

  it("does not flag different people whose names only share letters", () => {
    const audit = makeAudit({ auditors: ["Head of IT Security"], auditees: ["Head of IT"] });
    expect(validateAudits([audit]).map((item) => item.code)).toEqual([]);
  });

  it("reports duplicates, a completed audit without date, findings on a planned audit and an empty coverage", () => {
    const audits = [
      makeAudit({ status: "completed", findings: [finding("observation")] }),
      makeAudit({ clauses: [], controls: [], findings: [finding("observation")] }),
    ];
    expect(validateAudits(audits).map((item) => item.code)).toEqual([
      "duplicate_audit_id",
      "completed_audit_without_date",
      "findings_on_planned_audit",
      "audit_without_coverage",
      "duplicate_finding_id",
    ]);
  });

  it("given nonconformities, warns about a nonconformity finding without a record", () => {
    const audit = makeAudit({ status: "completed", performedDate: "2026-05-12", findings: [{ id: "F-1", grade: "major_nonconformity", description: "d", clauses: ["9.2.2"] }] });
    expect(validateAudits([audit], { nonconformities: [] }).map((item) => item.code)).toEqual(["finding_without_nonconformity"]);
    expect(validateAudits([audit], { nonconformities: [makeNonconformity()] })).toEqual([]);
  });
});
