import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { applyImportPlan, planImport, type CellKind, type ImportPlan, type SheetInput } from "../../src/spreadsheet/index.js";
import { columnLetter } from "../../src/spreadsheet/_internal/table.js";

const doc = createExampleIsms();
const meta = { by: "Importer", at: "2026-12-01T09:00:00Z" };
const CONTROLS = doc.soaDecisions.map((decision) => decision.control.replace(/^annex-a:/, "A.")).filter((ref) => ref.startsWith("A."));
const RISKS = doc.risks.map((risk) => risk.id);
const ASSETS = doc.assets.map((asset) => asset.id);

const cellArb = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("", "", "A.5.1", "5.3", "Yes", "✓", "x", "Total", "---", "31/12/2026", "03/04/2026", "46387", "High", "3 - Possible", "Control", "Applicable", "Risk ID", "Likelihood", "Asset ID", "C", "Plan ID", "Due date", "R-01", "TP-01"));
const sheetArb: fc.Arbitrary<SheetInput> = fc
  .record({
    name: fc.constantFrom("SoA", "Risks", "Sheet1", "Summary"),
    rows: fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 14 }),
    merges: fc.array(fc.record({ r: fc.nat(15), c: fc.nat(9), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 3 }),
    kinds: fc.array(fc.array(fc.constantFrom<CellKind>("s", "n", "d", "b", "e", ""), { maxLength: 8 }), { maxLength: 14 }),
  })
  .map(({ name, rows, merges, kinds }) => ({ name, rows, kinds, merges: merges.map(({ r, c, h, w }) => ({ first: { row: r, column: c }, last: { row: r + h, column: c + w } })) }));

const SHEET_REFUSALS = new Set(["no_header_row", "unknown_sheet", "missing_key_column", "no_sheet"]);

/** Every non-empty cell of the sheet is read into a field or custom key, or named by an issue. */
function unaccounted(sheet: SheetInput, plan: ImportPlan): string[] {
  const lost: string[] = [];
  const headerRow = plan.headerRow;
  const byLetter = new Map(plan.columns.map((column) => [column.column, column]));
  sheet.rows.forEach((cells, index) => {
    const row = index + 1;
    cells.forEach((text, columnIndex) => {
      if (text.trim() === "") return;
      const letter = columnLetter(columnIndex);
      if (row === headerRow) return; // the header cells themselves
      const column = byLetter.get(letter);
      if (row > headerRow && headerRow > 0 && column && (column.field !== undefined || column.custom !== undefined)) return;
      const refused = plan.issues.some((found) => found.row === undefined && found.column === undefined && SHEET_REFUSALS.has(found.code));
      const named = plan.issues.some((found) =>
        found.row === undefined ? found.column === letter : found.row === row && (found.column === undefined || found.column === letter || found.code === "extra_cells"),
      );
      if (refused || named) return;
      lost.push(`${letter}${row}: ${text}`);
    });
  });
  return lost;
}

describe("planImport properties", () => {
  test("the cell check finds a cell that nothing names", () => {
    const sheet: SheetInput = { name: "SoA", rows: [["Title row"], ["Control", "Applicable"], ["A.5.1", "Yes", "stray"]] };
    const plan = planImport(doc, [sheet]);
    expect(unaccounted(sheet, plan)).toEqual([]);
    expect(unaccounted(sheet, { ...plan, issues: [] })).toEqual(["A1: Title row", "C3: stray"]);
  });

  test.prop([fc.array(sheetArb, { minLength: 0, maxLength: 3 }), fc.option(fc.constantFrom("soa", "risks", "assets", "actions", "suppliers"), { nil: undefined })], { numRuns: 200 })(
    "never throws on arbitrary string rows, and ok means no error issue",
    (sheets, kind) => {
      const plan = planImport(doc, sheets, { kind, asOf: "2026-12-01" });
      expect(plan.ok).toBe(!plan.issues.some((found) => found.severity === "error"));
    },
  );

  test.prop([sheetArb], { numRuns: 200 })("every non-empty input cell ends in a field, a custom key or an issue", (sheet) => {
    const plan = planImport(doc, [sheet]);
    expect(unaccounted(sheet, plan)).toEqual([]);
  });

  const HEADERS = ["Control", "Title", "Applicable?", "Owner", "Last reviewed", "Notes", "Risk ID", "Likelihood", "Impact", "Risk score", "Asset ID", "Asset", "C", "Classification", "Plan ID", "Action ID", "Due date", "Supplier ID", "Services", "Contract end", "Review cycle", "Colour", "custom.x", ""];
  const headedArb = fc
    .record({ title: fc.array(cellArb, { maxLength: 3 }), headers: fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 7 }), body: sheetArb })
    .map(({ title, headers, body }): SheetInput => ({ ...body, rows: [title, headers, ...body.rows], kinds: [[], [], ...(body.kinds ?? [])], merges: body.merges?.map((merge) => ({ first: { row: merge.first.row + 2, column: merge.first.column }, last: { row: merge.last.row + 2, column: merge.last.column } })) }));
  test.prop([headedArb], { numRuns: 300 })("every non-empty cell of a sheet with headers ends in a field, a custom key or an issue", (sheet) => {
    const plan = planImport(doc, [sheet], { asOf: "2026-12-01" });
    expect(unaccounted(sheet, plan)).toEqual([]);
  });

  const soaRowArb = fc.record({
    control: fc.constantFrom(...CONTROLS),
    applicable: fc.constantFrom("Yes", "No", "Y", "N", "✓", "✗", "TRUE", "0"),
    owner: fc.constantFrom("", "CISO", "COO", "Head of IT"),
    reviewed: fc.constantFrom("", "2026-01-31", "31/12/2026", "12/31/2026", "31.01.2027"),
    status: fc.constantFrom("", "Implemented", "Planned", "partially implemented"),
    extra: fc.constantFrom("", "green", "red", "{\"a\":1}"),
  });
  test.prop([fc.uniqueArray(soaRowArb, { selector: (row) => row.control, maxLength: 12 })], { numRuns: 60 })("importing an SoA twice: the second plan has no step", (rows) => {
    const sheet: SheetInput = {
      name: "SoA",
      rows: [["Statement of Applicability"], [], ["Ref", "Applicable?", "Owner", "Last reviewed", "Status", "Colour"], ...rows.map((row) => [row.control, row.applicable, row.owner, row.reviewed, row.status, row.extra])],
    };
    const first = planImport(doc, [sheet]);
    expect(first.ok).toBe(true);
    const applied = applyImportPlan(doc, first, meta);
    expect(applied.ok).toBe(true);
    if (applied.ok) expect(planImport(applied.value.document, [sheet]).steps).toEqual([]);
  });

  const riskRowArb = fc.record({
    id: fc.constantFrom(...RISKS),
    owner: fc.constantFrom("", "CISO", "CTO"),
    likelihood: fc.constantFrom("", "Rare", "2", "3 - Possible", "likely"),
    consequence: fc.constantFrom("", "Minor", "4", "Severe", "moderate"),
    date: fc.constantFrom("", "2026-11-30", "01.12.2026"),
    note: fc.constantFrom("", "a", "b"),
  });
  test.prop([fc.uniqueArray(riskRowArb, { selector: (row) => row.id, maxLength: 10 })], { numRuns: 60 })("importing a risk register twice: the second plan has no step", (rows) => {
    const valid = rows.map((row) => (row.likelihood === "" || row.consequence === "" ? { ...row, likelihood: "", consequence: "", date: "" } : row));
    const sheet: SheetInput = { name: "Risks", rows: [["Risk ID", "Risk owner", "Residual likelihood", "Residual impact", "Residual date", "Note"], ...valid.map((row) => [row.id, row.owner, row.likelihood, row.consequence, row.date, row.note])] };
    const first = planImport(doc, [sheet], { asOf: "2026-12-01" });
    expect(first.issues.filter((found) => found.severity === "error")).toEqual([]);
    const applied = applyImportPlan(doc, first, meta);
    expect(applied.ok).toBe(true);
    if (applied.ok) expect(planImport(applied.value.document, [sheet], { asOf: "2026-12-02" }).steps).toEqual([]);
  });

  const assetRowArb = fc.record({
    id: fc.constantFrom(...ASSETS, "A-NEW-1", "A-NEW-2"),
    name: fc.constantFrom("Kiosk", "Wiki"),
    type: fc.constantFrom("Hardware", "software", "Cloud service"),
    owner: fc.constantFrom("CISO", "CTO"),
    classification: fc.constantFrom("", "Public", "confidential", "3"),
    c: fc.constantFrom("", "L", "M", "H", "VH", "Very high"),
  });
  test.prop([fc.uniqueArray(assetRowArb, { selector: (row) => row.id, maxLength: 10 })], { numRuns: 60 })("importing an asset inventory twice: the second plan has no step", (rows) => {
    const sheet: SheetInput = { name: "Assets", rows: [["Asset ID", "Asset", "Asset type", "Owner", "Classification", "C"], ...rows.map((row) => [row.id, row.name, row.type, row.owner, row.classification, row.c])] };
    const first = planImport(doc, [sheet]);
    expect(first.ok).toBe(true);
    const applied = applyImportPlan(doc, first, meta);
    expect(applied.ok).toBe(true);
    if (applied.ok) expect(planImport(applied.value.document, [sheet]).steps).toEqual([]);
  });

  const PLANS = doc.treatmentPlans.map((plan) => plan.id);
  const actionRowArb = fc.record({
    plan: fc.constantFrom(...PLANS.slice(0, 4)),
    action: fc.constantFrom("A1", "A2", "NEW-1"),
    title: fc.constantFrom("Do it", "Review it"),
    owner: fc.constantFrom("CISO", "CTO"),
    due: fc.constantFrom("2027-01-31", "31/03/2027", "46387"),
    status: fc.constantFrom("", "Planned", "In progress", "Cancelled"),
    note: fc.constantFrom("", "n"),
  });
  test.prop([fc.uniqueArray(actionRowArb, { selector: (row) => `${row.plan}/${row.action}`, maxLength: 8 })], { numRuns: 60 })("importing actions twice: the second plan has no step", (rows) => {
    const sheet: SheetInput = { name: "Actions", rows: [["Plan ID", "Action ID", "Action", "Owner", "Due date", "Status", "Note"], ...rows.map((row) => [row.plan, `${row.plan}-${row.action}`, row.title, row.owner, row.due, row.status, row.note])] };
    const first = planImport(doc, [sheet]);
    expect(first.ok).toBe(true);
    const applied = applyImportPlan(doc, first, meta);
    expect(applied.ok).toBe(true);
    if (applied.ok) expect(planImport(applied.value.document, [sheet]).steps).toEqual([]);
  });
});
