import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { buildIsmsWorkbook, planImport, renderImportPlan, type ImportKind, type SheetInput } from "../../src/spreadsheet/index.js";
import { readSpreadsheet, writeXlsx } from "../../src/xlsx/index.js";
import type { IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { documentArb } from "../arbitraries/document.js";
import { sheetsOf } from "./fixtures.js";

// Export then import is the identity: each sheet of the workbook buildIsmsWorkbook makes of
// a document, imported into that document, plans no step and reports no error.

const KINDS: readonly (readonly [sheet: string, kind: ImportKind])[] = [
  ["SoA", "soa"],
  ["Risk register", "risks"],
  ["Treatment plan", "actions"],
  ["Assets", "assets"],
];

function expectNoChange(document: IsmsDocument, sheets: readonly SheetInput[]): void {
  for (const [sheet, kind] of KINDS) {
    const plan = planImport(document, sheets, { kind, sheet });
    expect(plan.sheet).toBe(sheet);
    expect(plan.steps.map((step) => step.summary), renderImportPlan(plan)).toEqual([]);
    expect(plan.issues.filter((found) => found.severity === "error"), renderImportPlan(plan)).toEqual([]);
  }
}

describe("export then import changes nothing", () => {
  test.prop([documentArb], { numRuns: 100 })("the workbook's sheets, as strings, on generated documents", (document) => {
    expectNoChange(document, sheetsOf(buildIsmsWorkbook(document)));
  });

  test.prop([documentArb], { numRuns: 6 })("through an XLSX file: writeXlsx then readSpreadsheet", async (document) => {
    const read = readSpreadsheet(await writeXlsx(buildIsmsWorkbook(document)), { fileName: "isms.xlsx" });
    expect(read.ok).toBe(true);
    if (read.ok) expectNoChange(document, read.value);
  });

  test("the example organisation, through an XLSX file", async () => {
    const example = createExampleIsms();
    const read = readSpreadsheet(await writeXlsx(buildIsmsWorkbook(example, { asOf: "2026-11-30" })), { fileName: "example.xlsx" });
    expect(read.ok).toBe(true);
    if (read.ok) expectNoChange(example, read.value);
  });

  test("a changed cell is planned as exactly that change (the property can fail)", () => {
    const example = createExampleIsms();
    const sheets = sheetsOf(buildIsmsWorkbook(example));
    const register = sheets.find((sheet) => sheet.name === "Risk register");
    if (register === undefined) throw new Error("no register");
    const owner = register.rows[0]?.indexOf("Risk owner") ?? -1;
    const rows = register.rows.map((row, index) => (index === 1 ? row.map((cell, column) => (column === owner ? "Chief Risk Officer" : cell)) : row));
    const plan = planImport(example, [{ ...register, rows }], { kind: "risks" });
    expect(plan.steps.map((step) => step.command)).toEqual([{ type: "entity.update", collection: "risks", id: example.risks[0]?.id, patch: { owner: "Chief Risk Officer" } }]);
  });
});
