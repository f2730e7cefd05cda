import { read as readWithSheetJs } from "@e965/xlsx";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import type { WorkbookColumn, WorkbookModel, WorkbookSheet, WorkbookValue } from "../../src/spreadsheet/index.js";
import { readSpreadsheet, writeXlsx } from "../../src/xlsx/index.js";
import type { SheetInput } from "../../src/xlsx/index.js";
import { parts } from "../fixtures/spreadsheets/build.js";

function read(bytes: Uint8Array): SheetInput[] {
  const result = readSpreadsheet(bytes, { fileName: "written.xlsx" });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** What reading gives back for a sheet: header row then rows, as strings, rows ending at their last non-empty cell. */
function expectedRows(sheet: WorkbookSheet): string[][] {
  const text = (value: WorkbookValue | undefined): string => (value === null || value === undefined ? "" : typeof value === "number" ? String(value) : value);
  const rows = [sheet.columns.map((column) => column.header), ...sheet.rows.map((row) => sheet.columns.map((_, index) => text(row[index])))];
  const trimmed = rows.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === "") copy.pop();
    return copy;
  });
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]?.length === 0) trimmed.pop();
  return trimmed;
}

const soa: WorkbookModel = {
  sheets: [
    {
      name: "SoA",
      columns: [
        { header: "Control", width: 10 },
        { header: "Title" },
        { header: "Applicable", allowed: ["Yes", "No"] },
        { header: "Status", allowed: ["Not started", "Planned", 'Say "done"'] },
        { header: "Last reviewed", type: "date" },
        { header: "Score", type: "number" },
        { header: "Reasons", allowed: ["Legal, statutory", "Business"] },
      ],
      rows: [
        ["A.5.1", "Policies for information security", "Yes", "Planned", "2026-03-31", 3, null],
        ["A.5.2", '=HYPERLINK("http://evil.example","Click")', "No", null, "not a date", 2.5, "Business"],
        ["A.5.3", "-1 day", null, null, null, null, "@SUM(A1)"],
      ],
    },
    { name: "Risk register", columns: [{ header: "Risk ID" }, { header: "Risk" }], rows: [["R-1", "Ransomware"]] },
  ],
};

describe("writeXlsx", async () => {
  const bytes = await writeXlsx(soa, { creator: "isms test" });
  const xml = parts(bytes);
  const sheet1 = xml["xl/worksheets/sheet1.xml"] ?? "";

  it("reads back as written, formula-like texts as texts", () => {
    const [first, second] = read(bytes);
    expect(first?.rows).toEqual(expectedRows(soa.sheets[0]!));
    expect(first?.rows[2]?.[1]).toBe('=HYPERLINK("http://evil.example","Click")');
    expect(first?.kinds?.[1]?.slice(4, 6)).toEqual(["d", "n"]);
    expect(first?.kinds?.[2]?.[4]).toBe("s");
    expect(second?.rows).toEqual([["Risk ID", "Risk"], ["R-1", "Ransomware"]]);
  });

  it("writes no formula: formula-like texts are shared strings with the CSV's apostrophe", () => {
    expect(sheet1).not.toContain("<f>");
    expect(xml["xl/sharedStrings.xml"]).toContain("<t>'=HYPERLINK(") ;
    expect(xml["xl/sharedStrings.xml"]).toContain("<t>'-1 day</t>");
    expect(xml["xl/sharedStrings.xml"]).toContain("<t>'@SUM(A1)</t>");
  });

  it("freezes the header row", () => {
    expect(sheet1).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  });

  it("sets an autofilter over the header and the data, with its defined name", () => {
    expect(sheet1).toContain('<autoFilter ref="A1:G4"/>');
    const opened = readWithSheetJs(bytes, { type: "array" });
    expect(opened.SheetNames).toEqual(["SoA", "Risk register"]);
    expect(opened.Sheets.SoA?.["!autofilter"]).toEqual({ ref: "A1:G4" });
    expect(xml["xl/worksheets/sheet2.xml"]).toContain('<autoFilter ref="A1:B2"/>');
    expect(xml["xl/workbook.xml"]).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'SoA'!$A$1:$G$4</definedName>`);
    expect(xml["xl/workbook.xml"]).toContain(`localSheetId="1" hidden="1">'Risk register'!$A$1:$B$2</definedName>`);
  });

  it("offers the allowed values as lists, escaped, and leaves out a list a spreadsheet cannot show", () => {
    expect(sheet1).toContain('<dataValidations count="2">');
    expect(sheet1).toContain('sqref="C2:C1004"><formula1>"Yes,No"</formula1>');
    expect(sheet1).toContain('sqref="D2:D1004"><formula1>"Not started,Planned,Say ""done"""</formula1>');
    expect(sheet1).not.toContain("G2:G");
    expect(sheet1.indexOf("<autoFilter")).toBeLessThan(sheet1.indexOf("<dataValidations"));
    expect(sheet1.indexOf("</sheetData>")).toBeLessThan(sheet1.indexOf("<autoFilter"));
  });

  it("writes a bold header on a fill, dates as dates and numbers as numbers", () => {
    expect(xml["xl/styles.xml"]).toMatch(/<b\/>/);
    expect(xml["xl/styles.xml"]).toContain('rgb="FFD9E1F2"');
    expect(xml["xl/styles.xml"]).toContain('formatCode="yyyy-mm-dd"');
    expect(sheet1).toContain("<v>46112</v>"); // 2026-03-31
    expect(sheet1).toMatch(/<c r="F3"[^>]*><v>2.5<\/v>/);
  });

  it("sets column widths from the model, else from the content", () => {
    expect(sheet1).toContain('<col min="1" max="1" width="10"');
    expect(sheet1).toContain(`<col min="2" max="2" width="${String("=HYPERLINK(\"http://evil.example\",\"Click\")".length + 1)}"`);
  });

  it("names the creator in the document properties", () => {
    expect(xml["docProps/core.xml"]).toContain("<dc:creator>isms test</dc:creator>");
    expect(xml["[Content_Types].xml"]).toContain('PartName="/docProps/core.xml"');
    expect(xml["_rels/.rels"]).toContain('Target="docProps/core.xml"');
  });

  it("writes the same bytes for the same model", async () => {
    expect(Array.from(await writeXlsx(soa, { creator: "isms test" }))).toEqual(Array.from(bytes));
  });

  it("refuses sheet names a spreadsheet does not accept", async () => {
    const named = (name: string, other = "Other"): WorkbookModel => ({ sheets: [{ name, columns: [], rows: [] }, { name: other, columns: [], rows: [] }] });
    for (const bad of [named(""), named("a".repeat(32)), named("Risks/2026"), named("'quoted'"), named("SoA", "soa")]) {
      await expect(writeXlsx(bad)).rejects.toThrow(IsmsError);
    }
    await expect(writeXlsx({ sheets: [{ name: "S", columns: [{ header: "a" }], rows: [["x", "y"]] }] })).rejects.toThrow(/2 values for 1 columns/);
    for (const bad of [undefined, null, {}, [], "text", { sheets: [null] }, { sheets: [{ name: "S", columns: [null], rows: [] }] }]) {
      await expect(writeXlsx(bad as never)).rejects.toThrow(IsmsError);
    }
    const wide = Array.from({ length: 16_385 }, (_, index) => ({ header: String(index) }));
    await expect(writeXlsx({ sheets: [{ name: "Wide", columns: wide, rows: [] }] })).rejects.toThrow(/16 384 columns/);
  });
});

describe("writeXlsx on edge values", async () => {
  const workbook: WorkbookModel = {
    sheets: [
      {
        name: "Edges",
        columns: [
          { header: "Number", type: "number" },
          { header: "Date", type: "date" },
          { header: "Text", allowed: ["x".repeat(300)] },
        ],
        rows: [
          [Number.NaN, "1899-12-31", 5],
          [Number.POSITIVE_INFINITY, "2026-02-30", ""],
          [-0, "2026-01-15", "line one\nline two"],
        ],
      },
      { name: "Empty", columns: [], rows: [] },
    ],
  };
  const bytes = await writeXlsx(workbook);
  const [edges, empty] = read(bytes);

  it("writes what is no finite number or no date as text, and a number in a text column as a number", () => {
    expect(edges?.rows.slice(1)).toEqual([["NaN", "1899-12-31", "5"], ["Infinity", "2026-02-30"], ["0", "2026-01-15", "line one\nline two"]]);
    expect(edges?.kinds?.slice(1).map((row) => row.slice(0, 3))).toEqual([["s", "s", "n"], ["s", "s"], ["n", "d", "s"]]);
  });

  it("leaves out a list too long for a spreadsheet, and the filter of a sheet without columns", () => {
    const xml = parts(bytes);
    expect(xml["xl/worksheets/sheet1.xml"]).not.toContain("<dataValidations");
    expect(xml["xl/worksheets/sheet2.xml"]).not.toContain("<autoFilter");
    expect(xml["xl/workbook.xml"]).not.toContain('localSheetId="1"');
    expect(xml["docProps/core.xml"]).toBeUndefined();
    expect(empty?.rows).toEqual([]);
  });
});

describe("writeXlsx then readSpreadsheet", () => {
  const texts = fc.string({
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }).filter((char) => char !== "\r") },
      { weight: 1, arbitrary: fc.constantFrom("=", "+", "-", "@", "'", "\t", "\n", " ", "_x0041_", "_x", "\u0001", "\u00a0", "＝", "é", "€", "😀", "\uFFFD", "\u0085", "\u0090") },
    ),
    maxLength: 40,
  });
  const longText = fc.string({ minLength: 1000, maxLength: 5000 });
  const value = (column: WorkbookColumn): fc.Arbitrary<WorkbookValue> => {
    switch (column.type) {
      case "number":
        return fc.option(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), { nil: null });
      case "date":
        return fc.option(
          fc.date({ min: new Date("1900-03-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
          { nil: null },
        );
      default:
        return fc.option(fc.oneof({ weight: 8, arbitrary: texts }, { weight: 1, arbitrary: longText }), { nil: null });
    }
  };
  const column: fc.Arbitrary<WorkbookColumn> = fc.record({
    header: texts,
    type: fc.constantFrom<"text" | "number" | "date">("text", "number", "date"),
    allowed: fc.option(fc.array(texts, { maxLength: 4 }), { nil: undefined }),
  });
  const sheetName = fc
    .string({ unit: fc.oneof(fc.constantFrom("A", "b", "7", " ", ".", "&", "<", ">", '"', "'", "é", "😀", "Ω"), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 20 })
    .filter((name) => name.length <= 31 && !/[[\]:*?/\\\0-\x1F]/.test(name) && !name.startsWith("'") && !name.endsWith("'") && name.trim() !== "");
  const sheetOf = (name: string): fc.Arbitrary<WorkbookSheet> =>
    fc.array(column, { minLength: 1, maxLength: 5 }).chain((columns) =>
      fc.array(fc.tuple(...columns.map(value)), { maxLength: 8 }).map((rows): WorkbookSheet => ({ name, columns, rows })),
    );
  it("writes texts that name properties of Object.prototype (write-excel-file indexes shared strings in a plain object)", async () => {
    const names = ["valueOf", "toString", "constructor", "__proto__", "hasOwnProperty", "__defineGetter__"];
    const workbook: WorkbookModel = { sheets: [{ name: "S", columns: [{ header: "valueOf" }], rows: names.map((name) => [name]) }] };
    expect(read(await writeXlsx(workbook))[0]?.rows).toEqual([["valueOf"], ...names.map((name) => [name])]);
  });

  const model: fc.Arbitrary<WorkbookModel> = fc
    .uniqueArray(sheetName, { minLength: 1, maxLength: 3, selector: (name) => name.toLowerCase() })
    .chain((names) => fc.tuple(...names.map(sheetOf)))
    .map((sheets) => ({ sheets }));

  it("gives back every sheet's header row and rows as strings", async () => {
    await fc.assert(
      fc.asyncProperty(model, async (workbook) => {
        const sheets = read(await writeXlsx(workbook));
        expect(sheets.map((sheet) => sheet.name)).toEqual(workbook.sheets.map((sheet) => sheet.name));
        sheets.forEach((sheet, index) => expect(sheet.rows).toEqual(expectedRows(workbook.sheets[index]!)));
      }),
      { numRuns: 150 },
    );
  });
});
