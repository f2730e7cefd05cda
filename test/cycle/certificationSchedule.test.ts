import { describe, expect, it } from "vitest";
import { CertificationSchema, certificationSchedule, type Certification } from "../../src/cycle/index.js";

const cert = (overrides: Partial<Certification> = {}): Certification =>
  CertificationSchema.parse({ body: "Example Cert", stage1: "2026-09-01", stage2: "2026-10-20", decisionDate: "2026-11-27", externalAudits: [], ...overrides });

describe("certificationSchedule", () => {
  it("is undefined before the decision", () => {
    expect(certificationSchedule(cert({ decisionDate: undefined } as never))).toBeUndefined();
  });

  it("expires the day before the third anniversary; surveillance within 12 months, then yearly", () => {
    const schedule = certificationSchedule(cert());
    expect(schedule).toEqual({
      validFrom: "2026-11-27",
      expiry: "2029-11-26",
      surveillance: [
        { number: 1, due: "2027-11-26" },
        { number: 2, due: "2028-11-26" },
      ],
      recertificationDue: "2029-08-28",
    });
  });

  it("the second surveillance is due within 12 months of the first one held", () => {
    const schedule = certificationSchedule(
      cert({ externalAudits: [{ kind: "surveillance", date: "2027-06-15", completed: true }, { kind: "special", date: "2027-07-01", completed: true }] }),
    );
    expect(schedule?.surveillance[0]).toEqual({ number: 1, due: "2027-11-26", held: "2027-06-15" });
    expect(schedule?.surveillance[1]).toEqual({ number: 2, due: "2028-06-14" });
  });

  it("records the second surveillance audit held", () => {
    const schedule = certificationSchedule(
      cert({
        externalAudits: [
          { kind: "surveillance", date: "2028-10-01", completed: true },
          { kind: "surveillance", date: "2027-10-01", completed: true },
          { kind: "surveillance", date: "2028-11-01", completed: false },
        ],
      }),
    );
    expect(schedule?.surveillance.map((due) => due.held)).toEqual(["2027-10-01", "2028-10-01"]);
  });

  it("two surveillance audits in year 1 count only for the first; the second is still due in year 2", () => {
    const schedule = certificationSchedule(
      cert({
        externalAudits: [
          { kind: "surveillance", date: "2027-01-10", completed: true },
          { kind: "surveillance", date: "2027-01-11", completed: true },
        ],
      }),
    );
    expect(schedule?.surveillance).toEqual([
      { number: 1, due: "2027-11-26", held: "2027-01-10" },
      { number: 2, due: "2028-01-09" },
    ]);
    const later = certificationSchedule(
      cert({
        externalAudits: [
          { kind: "surveillance", date: "2027-01-10", completed: true },
          { kind: "surveillance", date: "2027-01-11", completed: true },
          { kind: "surveillance", date: "2027-11-27", completed: true },
        ],
      }),
    );
    expect(later?.surveillance[1]).toEqual({ number: 2, due: "2028-01-09", held: "2027-11-27" });
  });

  it("a late first surveillance does not also count as the second", () => {
    const schedule = certificationSchedule(
      cert({
        externalAudits: [
          { kind: "surveillance", date: "2028-01-05", completed: true },
          { kind: "surveillance", date: "2028-01-05", completed: true },
        ],
      }),
    );
    expect(schedule?.surveillance.map((due) => due.held)).toEqual(["2028-01-05", undefined]);
  });

  it("handles a decision on 29 February", () => {
    const schedule = certificationSchedule(cert({ stage2: "2028-02-01", decisionDate: "2028-02-29" }));
    expect(schedule?.expiry).toBe("2031-02-27");
    expect(schedule?.surveillance.map((due) => due.due)).toEqual(["2029-02-27", "2030-02-27"]);
  });

  it("a recertification runs on from the previous expiry", () => {
    const schedule = certificationSchedule(cert({ decisionDate: "2029-10-30", previousExpiry: "2029-11-26" }));
    expect(schedule?.validFrom).toBe("2029-11-27");
    expect(schedule?.expiry).toBe("2032-11-26");
  });

  it("a late recertification is valid from its decision, not before; the expiry stays on the previous cycle", () => {
    const schedule = certificationSchedule(cert({ decisionDate: "2030-01-15", previousExpiry: "2029-11-26" }));
    expect(schedule?.validFrom).toBe("2030-01-15");
    expect(schedule?.expiry).toBe("2032-11-26");
    expect(schedule?.surveillance.map((due) => due.due)).toEqual(["2031-01-14", "2032-01-14"]);
    const held = certificationSchedule(
      cert({ decisionDate: "2030-01-15", previousExpiry: "2029-11-26", externalAudits: [{ kind: "surveillance", date: "2029-12-01", completed: true }] }),
    );
    expect(held?.surveillance[0].held).toBeUndefined();
  });

  it("refuses a negative or non-integer recertification lead time", () => {
    for (const recertificationLeadDays of [-5, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => certificationSchedule(cert(), { recertificationLeadDays })).toThrow(
        expect.objectContaining({ name: "IsmsError", code: "invalid_argument" }),
      );
    }
    expect(certificationSchedule(cert(), { recertificationLeadDays: 0 })?.recertificationDue).toBe("2029-11-26");
  });

  it("uses a stated expiry and keeps every due date before it; lead days are configurable", () => {
    const schedule = certificationSchedule(cert({ expiry: "2027-06-30" }), { recertificationLeadDays: 30 });
    expect(schedule?.expiry).toBe("2027-06-30");
    expect(schedule?.surveillance.map((due) => due.due)).toEqual(["2027-06-29", "2027-06-29"]);
    expect(schedule?.recertificationDue).toBe("2027-05-31");
    expect(certificationSchedule(cert({ expiry: "2026-12-01" }))?.recertificationDue).toBe("2026-11-27");
  });
});
