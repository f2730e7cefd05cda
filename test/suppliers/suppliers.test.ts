import { describe, expect, it } from "vitest";
import { AssetIdSchema, type AssetId } from "../../src/core/index.js";
import {
  lastSupplierAssessment,
  listCriticalSuppliersUnassessed,
  listExpiringAgreements,
  listSuppliersDueForReview,
  listSuppliersWithRaisedRequirements,
  nextSupplierReview,
  supplierCriticality,
  supplierRequirementsSnapshot,
  SupplierSchema,
  validateSuppliers,
  type Supplier,
} from "../../src/suppliers/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { validateIsms } from "../../src/document/index.js";

const doc = createExampleIsms();
const all = doc.suppliers ?? [];
const ids = (list: readonly Supplier[]) => list.map((supplier) => supplier.id);
const byId = (id: string): Supplier => {
  const found = all.find((supplier) => supplier.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const supplier = (patch: Partial<Supplier> = {}): Supplier =>
  SupplierSchema.parse({ id: "SUP-T", name: "Test", owner: "CISO", services: [{ name: "S", assets: ["A-SITE-OFFICE"] }], assessments: [], status: "active", ...patch });

describe("the example's suppliers", () => {
  it("derive their criticality from the assets their services touch", () => {
    const cloud = supplierCriticality(byId("SUP-NIMBUS"), doc);
    expect(cloud).toMatchObject({ level: "very_high", critical: true, score: 1 });
    expect(supplierCriticality(byId("SUP-BRIGHTWAY"), doc)).toMatchObject({ asset: "A-SITE-OFFICE", level: "medium", critical: false });
    expect(supplierCriticality(byId("SUP-PAYLANE"), doc)).toMatchObject({ property: "integrity", level: "high", critical: false });
    expect(supplierCriticality(supplier({ services: [{ name: "none", assets: [] }] }), doc)).toBeUndefined();
    expect(supplierCriticality(supplier({ services: [{ name: "gone", assets: [AssetIdSchema.parse("A-NOPE")] }] }), doc)).toBeUndefined();
  });

  it("list the suppliers due for review, critical and unassessed, with raised requirements, with expiring agreements", () => {
    expect(ids(listSuppliersDueForReview(all, EXAMPLE_AS_OF))).toEqual(["SUP-CUMULUS", "SUP-LEDGERLINE"]);
    expect(ids(listCriticalSuppliersUnassessed(all, doc, EXAMPLE_AS_OF))).toEqual(["SUP-CUMULUS"]);
    const raised = listSuppliersWithRaisedRequirements(all, doc, EXAMPLE_AS_OF);
    expect(raised.map((entry) => entry.supplier.id)).toEqual(["SUP-PAYLANE"]);
    expect(raised[0]?.rises).toEqual([
      { asset: "A-SVC-BILLING", property: "integrity", from: "medium", to: "high" },
      { asset: "A-SUP-PAY", property: "integrity", from: "medium", to: "high" },
    ]);
    expect(listExpiringAgreements(all, EXAMPLE_AS_OF).map(({ supplier: found, expired }) => [found.id, expired])).toEqual([
      ["SUP-BRIGHTWAY", false],
      ["SUP-FIXPOINT", false],
    ]);
    expect(listExpiringAgreements(all, "2027-01-05", { withinDays: 0 }).map(({ supplier: found, expired }) => [found.id, expired])).toEqual([["SUP-BRIGHTWAY", true]]);
  });

  it("are valid, without warnings of their own", () => {
    expect(validateSuppliers(all, doc)).toEqual([]);
    const issues = validateIsms(doc, { asOf: EXAMPLE_AS_OF });
    expect(issues.filter((found) => found.path[0] === "suppliers")).toEqual([]);
  });

  it("the snapshot of today's requirements shows no rise", () => {
    const paylane = byId("SUP-PAYLANE");
    const snapshot = supplierRequirementsSnapshot(paylane, doc);
    expect(snapshot[AssetIdSchema.parse("A-SVC-BILLING")]).toEqual({ confidentiality: "medium", integrity: "high", availability: "medium" });
    const reassessed: Supplier = { ...paylane, assessments: [...paylane.assessments, { id: "SA-2", date: "2026-11-01", by: "CFO", result: "satisfactory", requirements: snapshot, findings: [] }] };
    expect(listSuppliersWithRaisedRequirements([reassessed], doc, EXAMPLE_AS_OF)).toEqual([]);
    // ... but judged before the reassessment, the old snapshot counts.
    expect(listSuppliersWithRaisedRequirements([reassessed], doc, "2026-10-31")).toHaveLength(1);
  });
});

describe("review due dates", () => {
  it("a never assessed active supplier is due at once; an ended one never", () => {
    expect(nextSupplierReview(supplier(), "2026-01-01")).toBe("2026-01-01");
    expect(nextSupplierReview(supplier({ status: "ended" }), "2026-01-01")).toBeUndefined();
    expect(listSuppliersDueForReview([supplier({ status: "prospective" })], "2026-01-01")).toEqual([]);
  });

  it("without a cadence an assessed supplier is never due; with one, due from last assessment plus cadence", () => {
    const assessed = supplier({ assessments: [{ id: "SA-1", date: "2025-03-31", by: "CISO", result: "satisfactory", findings: [] }] });
    expect(nextSupplierReview(assessed, "2030-01-01")).toBeUndefined();
    const monthly = { ...assessed, reviewEveryMonths: 11 };
    expect(nextSupplierReview(monthly, "2026-01-01")).toBe("2026-02-28");
    expect(listSuppliersDueForReview([monthly], "2026-02-27")).toEqual([]);
    expect(listSuppliersDueForReview([monthly], "2026-02-28")).toEqual([monthly]);
    // An assessment after asOf does not count.
    expect(nextSupplierReview(monthly, "2025-03-30")).toBe("2025-03-30");
  });
});

describe("validateSuppliers", () => {
  const codes = (list: readonly Supplier[]) => validateSuppliers(list, doc).map((found) => [found.code, found.severity, found.path.join(".")]);

  it("reports duplicate assessment and finding ids and assessments out of order", () => {
    const finding = { id: "F-1", title: "T", severity: "low" as const, status: "open" as const };
    const broken = supplier({
      assessments: [
        { id: "SA-1", date: "2026-02-01", by: "CISO", result: "satisfactory", findings: [finding] },
        { id: "SA-1", date: "2026-01-01", by: "CISO", result: "satisfactory", findings: [finding] },
      ],
    });
    expect(codes([broken])).toEqual([
      ["duplicate_supplier_assessment_id", "error", "0.assessments.1.id"],
      ["supplier_assessments_out_of_order", "warning", "0.assessments.1.date"],
      ["duplicate_supplier_finding_id", "error", "0.assessments.1.findings.0.id"],
    ]);
  });

  it("reports an agreement that expires before it was signed", () => {
    expect(codes([supplier({ agreement: { ref: "X", signed: "2026-02-01", expires: "2026-01-31", securityRequirements: ["x"] } })])).toEqual([
      ["supplier_agreement_expires_before_signed", "error", "0.agreement.expires"],
    ]);
  });

  it("warns about a critical supplier without security requirements, and an own asset that is not a supplier", () => {
    const critical = supplier({ services: [{ name: "DB", assets: [AssetIdSchema.parse("A-CS-DB")] }] });
    expect(codes([critical])).toEqual([["critical_supplier_without_security_requirements", "warning", "0"]]);
    expect(codes([{ ...critical, agreement: { ref: "A", securityRequirements: [] } }])).toEqual([
      ["critical_supplier_without_security_requirements", "warning", "0.agreement.securityRequirements"],
    ]);
    expect(codes([{ ...critical, status: "ended" }])).toEqual([]);
    expect(codes([supplier({ asset: AssetIdSchema.parse("A-SITE-OFFICE") })])).toEqual([["supplier_asset_not_supplier", "warning", "0.asset"]]);
  });

  it("leaves duplicate supplier ids and dangling references to the registry (validateIsms)", () => {
    const ghost = AssetIdSchema.parse("A-GHOST") as AssetId;
    const nimbus = byId("SUP-NIMBUS");
    const broken: Supplier = {
      ...nimbus,
      asset: ghost,
      services: [{ name: "x", assets: [ghost] }],
      assessments: [{ id: "SA", date: "2026-01-01", by: "CTO", result: "satisfactory", findings: [{ id: "F", title: "t", severity: "low", status: "open", risk: "R-404" as never }] }],
    };
    const issues = validateIsms({ ...doc, suppliers: [...all, broken] }, { asOf: EXAMPLE_AS_OF }).filter((found) => found.path[0] === "suppliers");
    expect(issues.map((found) => [found.code, found.path.join(".")]).sort()).toEqual(
      [
        ["duplicate_supplier_id", `suppliers.${all.length}.id`],
        ["unknown_asset", `suppliers.${all.length}.asset`],
        ["unknown_asset", `suppliers.${all.length}.services.0.assets.0`],
        ["unknown_risk", `suppliers.${all.length}.assessments.0.findings.0.risk`],
      ].sort(),
    );
  });
});

describe("lastSupplierAssessment", () => {
  const assessment = (id: string, date: string) => ({ id, date, by: "CISO", result: "satisfactory" as const, findings: [] });
  const supplier = {
    ...(createExampleIsms().suppliers ?? [])[0]!,
    assessments: [assessment("SA-3", "2026-05-01"), assessment("SA-1", "2025-05-01"), assessment("SA-2", "2026-05-01"), assessment("SA-4", "2027-01-10")],
  };

  it("takes the latest on or before asOf, the one listed later on a tie of dates", () => {
    expect(lastSupplierAssessment(supplier, "2026-11-27")?.id).toBe("SA-2");
    expect(lastSupplierAssessment(supplier, "2026-04-30")?.id).toBe("SA-1");
    expect(lastSupplierAssessment(supplier, "2025-04-30")).toBeUndefined();
  });

  it("takes the latest of all without asOf", () => {
    expect(lastSupplierAssessment(supplier)?.id).toBe("SA-4");
  });
});
