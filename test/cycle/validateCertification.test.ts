import { describe, expect, it } from "vitest";
import { CertificationSchema, validateCertification, type Certification } from "../../src/cycle/index.js";

const cert = (overrides: Partial<Certification> = {}): Certification =>
  CertificationSchema.parse({ body: "Example Cert", stage1: "2026-09-01", stage2: "2026-10-20", decisionDate: "2026-11-27", externalAudits: [], ...overrides });

describe("validateCertification", () => {
  it("a consistent record has no issues and survives JSON", () => {
    const record = cert({ certificateNumber: "C-1", custom: { auditor: "Lead" } });
    expect(validateCertification(record)).toEqual([]);
    expect(CertificationSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it("reports stage order, decision before stage 2, an invalid expiry and early external audits", () => {
    const record = cert({
      stage1: "2026-10-01",
      stage2: "2026-09-01",
      decisionDate: "2026-08-01",
      expiry: "2030-01-01",
      externalAudits: [
        { kind: "surveillance", date: "2026-07-01", completed: true },
        { kind: "recertification", date: "2026-07-01", completed: true },
      ],
    });
    expect(validateCertification(record).map((found) => found.code)).toEqual([
      "stage_order",
      "decision_before_stage2",
      "invalid_expiry",
      "external_audit_before_decision",
    ]);
    expect(validateCertification(cert({ previousExpiry: "2026-12-31", expiry: "2029-12-31" }))).toEqual([]);
  });

  it("warns when a recertification decision comes after the previous certificate expired", () => {
    const late = validateCertification(cert({ stage2: "2029-12-10", decisionDate: "2030-01-15", previousExpiry: "2029-11-26" }));
    expect(late.map((found) => `${found.code}@${found.path.join(".")}:${found.severity}`)).toEqual(["recertification_after_expiry@decisionDate:warning"]);
    expect(validateCertification(cert({ stage2: "2029-10-10", decisionDate: "2029-11-26", previousExpiry: "2029-11-26" }))).toEqual([]);
  });
});
