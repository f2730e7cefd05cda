import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import type { SheetInput } from "../../src/spreadsheet/index.js";
import { fieldDictionary } from "../../src/spreadsheet/_internal/headers.js";
import { columnLetter, readTable } from "../../src/spreadsheet/_internal/table.js";

const doc = createExampleIsms();
const soa = fieldDictionary("soa", doc);
const risks = fieldDictionary("risks", doc);
const codes = (sheet: SheetInput, dictionary = soa) => readTable(sheet, dictionary, undefined, "control").issues.map((found) => `${found.code}@${found.row ?? ""}`);

describe("readTable", () => {
  it("finds the header row below title and blank rows", () => {
    const table = readTable({ name: "SoA", rows: [["Acme Ltd"], ["Statement of Applicability v3"], [], ["Control", "Applicable?"], ["A.5.1", "Yes"]] }, soa, undefined, "control");
    expect(table.headerRow).toBe(3);
    expect(table.rows.map((row) => row.index)).toEqual([4]);
    expect(table.issues.filter((found) => found.code === "skipped_title_row").map((found) => found.row)).toEqual([1, 2]);
  });

  it("joins a two-row header whose group cell is merged across", () => {
    const sheet: SheetInput = {
      name: "Register",
      rows: [
        ["Risk ID", "Risk", "Inherent risk", "", "", "Residual risk", ""],
        ["", "", "Likelihood", "Impact", "Score", "Likelihood", "Impact"],
        ["R-01", "Secrets leaked", "Likely", "Severe", "20", "Rare", "Minor"],
      ],
      merges: [
        { first: { row: 0, column: 2 }, last: { row: 0, column: 4 } },
        { first: { row: 0, column: 5 }, last: { row: 0, column: 6 } },
        { first: { row: 0, column: 0 }, last: { row: 1, column: 0 } },
        { first: { row: 0, column: 1 }, last: { row: 1, column: 1 } },
      ],
    };
    const table = readTable(sheet, risks, undefined, "id");
    expect(table.headerRow).toBe(1);
    expect(table.columns.map((column) => column.field)).toEqual(["id", "title", "inherent.likelihood", "inherent.consequence", "inherent.level", "residual.likelihood", "residual.consequence"]);
    expect(table.columns[2]?.header).toBe("Inherent risk / Likelihood");
    expect(table.rows).toHaveLength(1);
  });

  it("fills values merged down over several rows", () => {
    const sheet: SheetInput = {
      name: "SoA",
      rows: [["Control", "Applicable", "Owner"], ["A.5.1", "Yes", "CISO"], ["A.5.2", "Yes", ""]],
      merges: [{ first: { row: 1, column: 2 }, last: { row: 2, column: 2 } }],
    };
    expect(readTable(sheet, soa, undefined, "control").rows[1]?.cells).toEqual(["A.5.2", "Yes", "CISO"]);
  });

  it("keeps both columns of a header used twice and reports it", () => {
    const table = readTable({ name: "SoA", rows: [["Control", "Applicable", "Notes", "Comment", "Notes"], ["A.5.1", "Yes", "a", "b", "c"]] }, soa, undefined, "control");
    expect(table.columns.map((column) => column.field ?? `custom:${column.custom ?? ""}`)).toEqual(["control", "applicable", "notes", "custom:Comment", "custom:Notes"]);
    expect(table.issues.map((found) => found.code)).toContain("duplicate_header");
  });

  it("keeps an unknown header as a custom column named by its text", () => {
    const table = readTable({ name: "SoA", rows: [["Control", "Applicable", "Colour code"], ["A.5.1", "Yes", "green"]] }, soa, undefined, "control");
    expect(table.columns[2]).toMatchObject({ column: "C", header: "Colour code", custom: "Colour code" });
  });

  it("skips blank, separator, section, total and repeated header rows and reports what it skipped", () => {
    const sheet: SheetInput = {
      name: "SoA",
      rows: [
        ["Control", "Applicable", "Owner"],
        ["A.5 Organisational controls", "", ""],
        ["A.5.1", "Yes", "CISO"],
        ["", "", ""],
        ["-----", "----", ""],
        ["Control", "Applicable", "Owner"],
        ["Technological controls", "Technological controls", "Technological controls"],
        ["A.8.1", "Yes", "CTO"],
        ["Total", "2", ""],
        ["", ""],
        [""],
      ],
    };
    const table = readTable(sheet, soa, undefined, "control");
    expect(table.rows.map((row) => row.index + 1)).toEqual([3, 8]);
    expect(codes(sheet)).toEqual(["skipped_section_row@2", "skipped_separator_row@5", "skipped_header_row@6", "skipped_section_row@7", "skipped_total_row@9", "skipped_blank_rows@"]);
  });

  it("reports cells right of the last header", () => {
    expect(codes({ name: "SoA", rows: [["Control", "Applicable"], ["A.5.1", "Yes", "stray"]] })).toEqual(["extra_cells@2"]);
  });

  it("reads a formula's error value as empty and reports it", () => {
    const table = readTable({ name: "SoA", rows: [["Control", "Owner"], ["A.5.1", "#N/A"]], kinds: [[], ["s", "e"]] }, soa, undefined, "control");
    expect(table.rows[0]?.cells).toEqual(["A.5.1", ""]);
    expect(table.issues.map((found) => `${found.code}@${found.column ?? ""}${found.row ?? ""}`)).toEqual(["formula_error@B2"]);
  });

  it("says so when no row has headers it knows", () => {
    const table = readTable({ name: "Notes", rows: [["Hello"], ["World"]] }, soa, undefined, "control");
    expect(table.headerRow).toBe(-1);
    expect(table.issues[0]?.code).toBe("no_header_row");
  });

  it("takes the mapping's header row and columns over its own recognition", () => {
    const table = readTable({ name: "SoA", rows: [["Control", "x"], ["Maßnahme", "Anwendbar"], ["A.5.1", "Ja"]] }, soa, { headerRow: 2, columns: { Maßnahme: "control", Anwendbar: "applicable" } }, "control");
    expect(table.headerRow).toBe(1);
    expect(table.columns.map((column) => column.field)).toEqual(["control", "applicable"]);
  });

  it("columnLetter counts like a spreadsheet", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});
