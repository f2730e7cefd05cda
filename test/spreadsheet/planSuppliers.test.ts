import { describe, expect, it } from "vitest";
import { createStarterIsms, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { applyImportPlan, buildIsmsWorkbook, planImport, type ImportPlan, type SheetInput } from "../../src/spreadsheet/index.js";
import { sheetsOf } from "./fixtures.js";
import { parseReviewMonths } from "../../src/spreadsheet/_internal/planSuppliers.js";

const doc = createExampleIsms();
const meta = { by: "Importer", at: "2026-12-01T09:00:00Z" };
const codes = (plan: ImportPlan) => plan.issues.map((found) => `${found.severity}:${found.code}@${found.row ?? ""}${found.column ?? ""}`);
function applied(plan: ImportPlan, document: IsmsDocument = doc): IsmsDocument {
  const result = applyImportPlan(document, plan, meta);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.document;
}
const supplier = (document: IsmsDocument, id: string) => document.suppliers?.find((found) => found.id === id);

// A procurement team's register: title rows, a merged owner cell over two rows, yes/no variants.
const register: SheetInput = {
  name: "Third parties",
  rows: [
    ["Northwind – Third-party register 2026", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["Owner: Procurement", "", "", "", "", "", "", "", "", "", "", "", ""],
    [],
    ["Vendor ID", "Vendor", "Relationship owner", "Active?", "Services provided", "Systems", "Cloud", "Contract ref", "Signed", "Expiry", "Security clauses", "Review cycle", "Spend band"],
    ["SUP-MAIL", "Postbox Mail Ltd", "Head of IT", "Y", "Transactional e-mail; Newsletter delivery", "A-SVC-EMAIL", "SaaS", "PB-2026-01", "2026-01-15", "31/01/2028", "ISO 27001 certificate\nBreach notice within 24 h", "annual", "B"],
    ["SUP-SHRED", "Shredwise", "", "no", "Paper shredding", "", "No", "", "", "", "", "24 months", "A"],
    ["SUP-AUDIT", "Ledger & Co Auditors", "CFO", "Prospective", "", "", "", "", "", "", "", "6", ""],
  ],
  merges: [
    { first: { row: 0, column: 0 }, last: { row: 0, column: 12 } },
    { first: { row: 4, column: 2 }, last: { row: 5, column: 2 } },
  ],
};

describe("planImport: a supplier register", () => {
  const plan = planImport(doc, [register]);

  it("is recognised from its headers, under the title rows, every column mapped or kept as custom", () => {
    expect(plan.kind).toBe("suppliers");
    expect(plan.headerRow).toBe(4);
    expect(plan.columns.map((column) => column.field ?? `custom:${column.custom ?? ""}`)).toEqual(["id", "name", "owner", "status", "services", "assets", "cloud", "agreement", "signed", "expires", "securityRequirements", "reviewEveryMonths", "custom:Spend band"]);
    expect(codes(plan)).toContain("info:guessed_kind@");
    expect(plan.ok).toBe(true);
  });

  it("turns each row into one supplier: services with the row's assets, the agreement, no assessments", () => {
    const next = applied(plan);
    expect(supplier(next, "SUP-MAIL")).toEqual({
      id: "SUP-MAIL",
      name: "Postbox Mail Ltd",
      owner: "Head of IT",
      status: "active",
      services: [
        { name: "Transactional e-mail", assets: ["A-SVC-EMAIL"], cloud: { model: "saas" } },
        { name: "Newsletter delivery", assets: ["A-SVC-EMAIL"], cloud: { model: "saas" } },
      ],
      agreement: { ref: "PB-2026-01", signed: "2026-01-15", expires: "2028-01-31", securityRequirements: ["ISO 27001 certificate", "Breach notice within 24 h"] },
      reviewEveryMonths: 12,
      assessments: [],
      custom: { "Spend band": "B" },
    });
    // The merged owner cell fills the row below; "no" under Active? ends the relationship.
    expect(supplier(next, "SUP-SHRED")).toMatchObject({ owner: "Head of IT", status: "ended", services: [{ name: "Paper shredding", assets: [] }], reviewEveryMonths: 24 });
    expect(supplier(next, "SUP-SHRED")?.agreement).toBeUndefined();
    expect(supplier(next, "SUP-AUDIT")).toMatchObject({ status: "prospective", services: [], reviewEveryMonths: 6, assessments: [] });
  });

  it("plans nothing the second time", () => {
    const next = applied(plan);
    const again = planImport(next, [register]);
    expect(again.ok).toBe(true);
    expect(again.steps).toEqual([]);
  });

  it("refuses an unknown asset at its cell, and the whole plan is refused", () => {
    const rows = register.rows.map((row) => row.map((cell) => (cell === "A-SVC-EMAIL" ? "A-SVC-EMAIL, A-NOPE" : cell)));
    const bad = planImport(doc, [{ ...register, rows }]);
    expect(codes(bad)).toContain("error:unknown_asset@5F");
    const found = bad.issues.find((issue) => issue.code === "unknown_asset");
    expect(found).toMatchObject({ sheet: "Third parties", row: 5, column: "F", header: "Systems" });
    expect(found?.message).toContain('"A-NOPE"');
    expect(bad.ok).toBe(false);
    expect(applyImportPlan(doc, bad, meta).ok).toBe(false);
  });

  it("names unrecognised values at their cells", () => {
    const rows = [register.rows[3] ?? [], ["SUP-X", "X Ltd", "CFO", "maybe", "Hosting", "", "Serverless", "C-1", "03/04/2026", "", "", "whenever", ""]];
    const bad = planImport(doc, [{ name: "Suppliers", rows }], { kind: "suppliers" });
    expect(codes(bad)).toEqual(expect.arrayContaining(["error:unrecognised_value@2D", "error:unrecognised_value@2G", "error:ambiguous_date@2I", "error:unrecognised_value@2L"]));
    expect(bad.steps).toEqual([]);
  });
});

describe("planImport: supplier header wordings", () => {
  it.each([
    [["Supplier ID", "Third party", "Business owner", "Status", "Service(s)", "Data processed", "Cloud service", "Agreement", "Contract start", "Renewal date", "Security requirements", "Review frequency"]],
    [["Vendor ID", "Supplier name", "Owner", "Active?", "Services provided", "Assets", "Cloud", "Contract", "Signed", "Contract end", "Security clauses", "Review cycle"]],
  ])("%j is a supplier register without --kind", (headers) => {
    const plan = planImport(doc, [{ name: "Sheet1", rows: [headers] }]);
    expect(plan.kind).toBe("suppliers");
    expect(plan.columns.map((column) => column.field)).toEqual(["id", "name", "owner", "status", "services", "assets", "cloud", "agreement", "signed", "expires", "securityRequirements", "reviewEveryMonths"]);
  });
  it("a register of names, owners and services without ids is still recognised", () => {
    expect(planImport(doc, [{ name: "Sheet1", rows: [["Supplier", "Owner", "Status", "Services"], ["Fresh Fruit Deliveries", "Office Manager", "Active", "Fruit"]] }]).kind).toBe("suppliers");
  });
});

describe("planImport: suppliers already in the document", () => {
  it("an update carries only the field that differs", () => {
    const nimbus = supplier(doc, "SUP-NIMBUS");
    const plan = planImport(doc, [{ name: "Suppliers", rows: [["Supplier ID", "Supplier", "Owner", "Review frequency"], ["SUP-NIMBUS", nimbus?.name ?? "", "CISO", String(nimbus?.reviewEveryMonths ?? "")]] }]);
    expect(plan.ok).toBe(true);
    expect(plan.steps.map((step) => step.command)).toEqual([{ type: "entity.update", collection: "suppliers", id: "SUP-NIMBUS", patch: { owner: "CISO" } }]);
    const next = applied(plan);
    expect(supplier(next, "SUP-NIMBUS")?.assessments).toEqual(nimbus?.assessments);
  });

  it("without an ID column, rows match by exact name; new ones get generated ids", () => {
    const plan = planImport(doc, [{ name: "Vendors", rows: [["Supplier name", "Business owner"], ["Nimbus Cloud Services GmbH", "CTO"], ["Fresh Fruit Deliveries", "Office Manager"]] }], { kind: "suppliers" });
    expect(plan.ok).toBe(true);
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]?.command).toMatchObject({ type: "entity.add", collection: "suppliers", value: { id: "SUP-01", name: "Fresh Fruit Deliveries", owner: "Office Manager", status: "active", services: [], assessments: [] } });
    expect(codes(plan)).toContain("info:generated_id@3A");
  });

  it("without an ID column, the same new name twice is a duplicate row", () => {
    const plan = planImport(doc, [{ name: "Vendors", rows: [["Vendor", "Owner"], ["Fresh Fruit Deliveries", "Office Manager"], ["fresh fruit deliveries", "CFO"]] }], { kind: "suppliers" });
    expect(codes(plan)).toContain("error:duplicate_row@3A");
    expect(plan.ok).toBe(false);
  });

  it("keeps the services' own assets and cloud details when the row says the same in its flatter way", () => {
    const nimbus = supplier(doc, "SUP-NIMBUS");
    const names = (nimbus?.services ?? []).map((service) => service.name).join("; ");
    const assets = [...new Set((nimbus?.services ?? []).flatMap((service) => service.assets))].reverse().join(", ");
    const plan = planImport(doc, [{ name: "Suppliers", rows: [["Supplier ID", "Services", "Assets"], ["SUP-NIMBUS", names, assets]] }], { kind: "suppliers" });
    expect(plan.steps).toEqual([]);
  });

  it("a changed cloud model keeps the service's data locations", () => {
    const plan = planImport(doc, [{ name: "Suppliers", rows: [["Supplier ID", "Cloud service"], ["SUP-CUMULUS", "PaaS"]] }], { kind: "suppliers" });
    const next = applied(plan);
    expect(supplier(next, "SUP-CUMULUS")?.services[0]?.cloud).toEqual({ model: "paas", dataLocations: ["EU"] });
  });

  it("an empty custom cell removes the key; a new value replaces it", () => {
    const first = applied(planImport(doc, [{ name: "Suppliers", rows: [["Supplier ID", "Tier"], ["SUP-PAYLANE", "Gold"]] }], { kind: "suppliers" }));
    expect(supplier(first, "SUP-PAYLANE")?.custom).toMatchObject({ Tier: "Gold" });
    const second = planImport(first, [{ name: "Suppliers", rows: [["Supplier ID", "Tier"], ["SUP-PAYLANE", ""]] }], { kind: "suppliers" });
    expect(supplier(applied(second, first), "SUP-PAYLANE")?.custom?.Tier).toBeUndefined();
  });

  it("contract dates without a contract reference are an error", () => {
    const plan = planImport(doc, [{ name: "Suppliers", rows: [["Supplier ID", "Supplier", "Owner", "Contract", "Renewal date"], ["SUP-NEW", "New Co", "CFO", "", "2027-05-01"]] }], { kind: "suppliers" });
    expect(codes(plan)).toContain("error:missing_agreement_ref@2D");
  });

  it("imports into a document without a suppliers collection", () => {
    const starter = createStarterIsms({ organisation: "Acme", date: "2026-11-01" });
    const plan = planImport(starter, [{ name: "Suppliers", rows: [["Supplier ID", "Supplier", "Owner", "Status"], ["SUP-A", "Acme Hosting", "CTO", "Active"]] }]);
    expect(plan.kind).toBe("suppliers");
    const next = applied(plan, starter);
    expect(next.suppliers?.map((found) => found.id)).toEqual(["SUP-A"]);
  });
});

describe("parseReviewMonths", () => {
  it.each([
    ["annual", 12],
    ["Annually", 12],
    ["12 months", 12],
    ["every 6 months", 6],
    ["6", 6],
    ["2 years", 24],
    ["Quarterly", 3],
    ["biennial", 24],
  ])("%s is %i months", (text, months) => {
    expect(parseReviewMonths(text)).toEqual({ ok: true, value: months });
  });
  it.each(["0", "121", "soon", "1.5"])("%s is refused", (text) => {
    expect(parseReviewMonths(text).ok).toBe(false);
  });
});

describe("planImport: the workbook export's Suppliers sheet", () => {
  it("reads back into the same document: derived columns are recognised and not read, nothing is planned", () => {
    const sheet = sheetsOf(buildIsmsWorkbook(doc)).find((found) => found.name === "Suppliers");
    expect(sheet).toBeDefined();
    const plan = planImport(doc, sheet === undefined ? [] : [sheet], { kind: "suppliers" });
    expect(plan.ok).toBe(true);
    expect(plan.columns.filter((column) => column.custom !== undefined)).toEqual([]);
    expect(plan.columns.find((column) => column.header === "Criticality")).toMatchObject({ field: "criticality", ignored: true });
    expect(codes(plan)).toContain("info:derived_column@E");
    expect(plan.steps).toEqual([]);
  });

  it("with an asOf, its Next review due column is derived too", () => {
    const sheet = sheetsOf(buildIsmsWorkbook(doc, { asOf: "2026-11-30" })).find((found) => found.name === "Suppliers");
    const plan = planImport(doc, sheet === undefined ? [] : [sheet], { kind: "suppliers" });
    expect(plan.columns.find((column) => column.header === "Next review due on 2026-11-30")).toMatchObject({ field: "nextReview", ignored: true });
    expect(plan.steps).toEqual([]);
  });

  it("a header that is only a Cloud services column of the user's own is mapped to cloud by the mapping file", () => {
    const plan = planImport(doc, [{ name: "Suppliers", rows: [["Supplier ID", "Cloud services"], ["SUP-LEDGERLINE", "Yes"]] }], { kind: "suppliers", mapping: { columns: { "Cloud services": "cloud" } } });
    expect(plan.steps.map((step) => step.command)).toEqual([{ type: "entity.update", collection: "suppliers", id: "SUP-LEDGERLINE", patch: { services: [{ ...supplier(doc, "SUP-LEDGERLINE")?.services[0], cloud: { model: "other" } }] } }]);
  });
});
