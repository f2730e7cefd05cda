import { strToU8 } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { readSpreadsheet } from "../../src/xlsx/index.js";
import type { SheetInput } from "../../src/xlsx/index.js";
import type { FixtureCell } from "../fixtures/spreadsheets/build.js";
import { formula, ole2, parts, workbookFrom, patchPart, rawWorkbook, sheet, withDeclaredSizes, withWholeColumnValidations, workbook } from "../fixtures/spreadsheets/build.js";

function sheets(result: ReturnType<typeof readSpreadsheet>): SheetInput[] {
  if (!result.ok) throw new Error(`expected sheets, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function codes(result: ReturnType<typeof readSpreadsheet>): string[] {
  return result.ok ? [] : result.error.map((found) => found.code);
}

// A consultant's SoA template: title rows, a two-row header with merged group cells, a header
// used twice, a section row, a value merged down, 300 rows of formulas returning "", errors,
// booleans, dates, whole-column validations, and a second sheet.
function consultantWorkbook(): Uint8Array {
  const rows: FixtureCell[][] = [
    ["Statement of Applicability — ACME Ltd"],
    ["Version 1.2", null, { t: "n", v: 46037, z: "yyyy-mm-dd" }],
    [],
    ["Control", null, "Applicability", null, "Implementation", null],
    [null, "Title", "Applicable?", "Justification", "Status", "Status"],
    ["5 Organizational controls"],
    [5.1, "Policies for information security", "Y", "Required by ISO", "Implemented", "Implemented"],
    ["A.5.2", "Information security roles", "✓", "Business need", { t: "e", v: 0x2a }, true],
    ["A.5.3", "Segregation of duties", "x", null, formula("IF(1,\"Planned\",\"\")", "Planned"), { t: "n", v: 46037.5, z: "yyyy-mm-dd hh:mm" }],
    ...Array.from({ length: 300 }, (_, index) => [formula(`IF(B${String(index + 10)}="","",B${String(index + 10)})`, "")]),
  ];
  const soa = sheet(rows, ["A1:F1", "C4:D4", "E4:F4", "A4:A5", "A6:F6", "D8:D9"]);
  const risks = sheet([["Risk ID", "Risk", "Likelihood"], ["R-1", "Ransomware", 3], ["R-2", "Laptop theft", 0.1 + 0.2]]);
  const bytes = workbook({ SoA: soa, Risks: risks });
  return withWholeColumnValidations(bytes, "xl/worksheets/sheet1.xml", ["C", "E", "F", "G", "H"]);
}

describe("readSpreadsheet on a messy workbook", () => {
  const bytes = consultantWorkbook();
  const started = performance.now();
  const result = readSpreadsheet(bytes, { fileName: "soa.xlsx" });
  const elapsed = performance.now() - started;
  const [soa, risks] = sheets(result);

  it("reads every sheet in tab order", () => {
    expect(sheets(result).map((found) => found.name)).toEqual(["SoA", "Risks"]);
    console.info(`messy workbook with 5 whole-column validations read in ${elapsed.toFixed(0)} ms`);
  });

  it("keeps title rows, blank rows and both header rows as they are", () => {
    expect(soa?.rows.slice(0, 6)).toEqual([
      ["Statement of Applicability — ACME Ltd"],
      ["Version 1.2", "", "2026-01-15"],
      [],
      ["Control", "", "Applicability", "", "Implementation"],
      ["", "Title", "Applicable?", "Justification", "Status", "Status"],
      ["5 Organizational controls"],
    ]);
  });

  it("gives raw values: numbers, errors, booleans, dates with a time, cached formula results", () => {
    expect(soa?.rows[6]).toEqual(["5.1", "Policies for information security", "Y", "Required by ISO", "Implemented", "Implemented"]);
    expect(soa?.rows[7]).toEqual(["A.5.2", "Information security roles", "✓", "Business need", "#N/A", "TRUE"]);
    expect(soa?.rows[8]).toEqual(["A.5.3", "Segregation of duties", "x", "", "Planned", "2026-01-15T12:00:00"]);
    expect(soa?.kinds?.[6]?.[0]).toBe("n");
    expect(soa?.kinds?.[7]?.slice(4)).toEqual(["e", "b"]);
    expect(soa?.kinds?.[8]?.slice(3)).toEqual(["", "s", "d"]);
    expect(soa?.kinds?.[1]?.[2]).toBe("d");
  });

  it("drops the 300 rows of formulas returning empty text and every row the validations span", () => {
    expect(soa?.rows).toHaveLength(9);
    expect(soa?.kinds).toHaveLength(9);
  });

  it("reports the merges, the value in each range's first cell", () => {
    expect(soa?.merges).toEqual(
      expect.arrayContaining([
        { first: { row: 0, column: 0 }, last: { row: 0, column: 5 } },
        { first: { row: 3, column: 2 }, last: { row: 3, column: 3 } },
        { first: { row: 7, column: 3 }, last: { row: 8, column: 3 } },
      ]),
    );
    expect(soa?.merges).toHaveLength(6);
  });

  it("builds nothing for formatted empty rows and styled empty cells down to row 1 048 576", () => {
    const data = '<row r="1"><c r="A1" t="inlineStr"><is><t>Risk ID</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>R-1</t></is></c><c r="B2" s="1"/></row>';
    const formatted = Array.from({ length: 300_000 }, (_, index) => `<row r="${String(index + 3)}" s="1" customFormat="1"/>`).join("");
    const styled = Array.from({ length: 50 }, (_, index) => `<row r="${String(1_048_527 + index)}"><c r="C${String(1_048_527 + index)}" s="1"/></row>`).join("");
    const result = readSpreadsheet(rawWorkbook(data + formatted + styled), { fileName: "formatted.xlsx" });
    expect(sheets(result)[0]?.rows).toEqual([["Risk ID"], ["R-1"]]);
  });

  it("reads the second sheet, numbers as their shortest JavaScript text", () => {
    expect(risks?.rows).toEqual([["Risk ID", "Risk", "Likelihood"], ["R-1", "Ransomware", "3"], ["R-2", "Laptop theft", "0.30000000000000004"]]);
    expect(risks?.merges).toBeUndefined();
  });

  it("reads one sheet by name, and names the sheets when the name is unknown", () => {
    expect(sheets(readSpreadsheet(bytes, { fileName: "soa.xlsx", sheet: "Risks" })).map((found) => found.name)).toEqual(["Risks"]);
    const missing = readSpreadsheet(bytes, { fileName: "soa.xlsx", sheet: "Assets" });
    expect(codes(missing)).toEqual(["unknown_sheet"]);
    expect(missing.ok ? "" : missing.error[0]?.message).toContain('"SoA", "Risks"');
  });

  it("sniffs the format from the bytes when there is no name", () => {
    expect(sheets(readSpreadsheet(bytes)).map((found) => found.name)).toEqual(["SoA", "Risks"]);
  });
});

describe("readSpreadsheet on CSV", () => {
  const read = (text: string | Uint8Array, fileName = "register.csv"): SheetInput => {
    const [only] = sheets(readSpreadsheet(typeof text === "string" ? strToU8(text) : text, { fileName }));
    if (only === undefined) throw new Error("no sheet");
    return only;
  };

  it.each([
    ["comma", "Risk ID,Risk\nR-1,Fire\n"],
    ["semicolon", "Risk ID;Risk\nR-1;Fire\n"],
    ["tab", "Risk ID\tRisk\nR-1\tFire\n"],
    ["CRLF line ends", "Risk ID,Risk\r\nR-1,Fire\r\n"],
  ])("detects the %s delimiter", (_label, text) => {
    expect(read(text).rows).toEqual([["Risk ID", "Risk"], ["R-1", "Fire"]]);
  });

  it("takes the delimiter from Excel's sep= line, and drops the line", () => {
    expect(read("sep=;\r\nRisk;Note\r\nR-1;a, b\r\n").rows).toEqual([["Risk", "Note"], ["R-1", "a, b"]]);
  });

  it("names the sheet after the file and gives no kinds", () => {
    const found = read("a,b\n", "exports/soa.csv");
    expect(found.name).toBe("soa.csv");
    expect(found.kinds).toBeUndefined();
  });

  it("drops a UTF-8 byte order mark", () => {
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8("Risk;Coût\nR-1;5 €\n")])).rows).toEqual([["Risk", "Coût"], ["R-1", "5 €"]]);
  });

  it("reads Windows-1252 when the bytes are not UTF-8", () => {
    // "Catégorie;Coût\nSûreté;100 €\n" in Windows-1252: é E9, û FB, € 80.
    const bytes = new Uint8Array([...strToU8("Cat"), 0xe9, ...strToU8("gorie;Co"), 0xfb, ...strToU8("t\nS"), 0xfb, ...strToU8("ret"), 0xe9, ...strToU8(";100 "), 0x80, 0x0a]);
    expect(read(bytes).rows).toEqual([["Catégorie", "Coût"], ["Sûreté", "100 €"]]);
  });

  it("reads UTF-16 with its byte order mark (Excel's Unicode text)", () => {
    const text = "Risk\tOwner\nR-1\tZoë\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((char, index) => bytes.set([char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8], 2 + index * 2));
    expect(read(bytes, "export.txt").rows).toEqual([["Risk", "Owner"], ["R-1", "Zoë"]]);
  });

  it("keeps quoted delimiters, quotes and line breaks inside a field", () => {
    expect(read('Risk,Description\nR-1,"Fire, flood\nand ""storm"""\n').rows).toEqual([["Risk", "Description"], ["R-1", 'Fire, flood\nand "storm"']]);
  });

  it("keeps a row with one field too many, and blank rows between records", () => {
    expect(read("Risk,Owner\nR-1,Ann,extra\n\nR-2,Bob\n\n\n").rows).toEqual([["Risk", "Owner"], ["R-1", "Ann", "extra"], [], ["R-2", "Bob"]]);
  });

  it("undoes the formula neutralisation of the project's CSV, and only that", () => {
    expect(read("a,b,c,d\n'=SUM(A1),'-5,'hello,''=x\n").rows[1]).toEqual(["=SUM(A1)", "-5", "'hello", "'=x"]);
  });

  it("refuses broken quoting instead of merging rows", () => {
    expect(codes(readSpreadsheet(strToU8('a,b\n"unclosed,x\ny,z\n'), { fileName: "x.csv" }))).toContain("csv_malformed_quotes");
  });

  it("reads an empty file as a sheet without rows", () => {
    expect(read("").rows).toEqual([]);
  });
});

describe("readSpreadsheet on hostile files", () => {
  const small = workbook({ S: sheet([["a", "b"], [1, 2]]) });

  it("refuses a file above maxBytes before reading it", () => {
    const result = readSpreadsheet(new Uint8Array(2048), { fileName: "big.csv", limits: { maxBytes: 1024 } });
    expect(codes(result)).toEqual(["file_too_large"]);
    expect(result.ok ? [] : result.error[0]?.path).toEqual(["big.csv"]);
  });

  it("refuses a zip that declares more than maxUncompressedBytes, before inflating anything", () => {
    const bomb = withDeclaredSizes(small, 0x7fffffff);
    const result = readSpreadsheet(bomb, { fileName: "bomb.xlsx" });
    expect(codes(result)).toEqual(["uncompressed_too_large"]);
    expect(result.ok ? "" : result.error[0]?.message).toContain("declares");
  });

  it("refuses a zip bomb that declares its size (10 MB of spaces in a 10 kB file) above maxUncompressedBytes", () => {
    const bomb = patchPart(small, "xl/worksheets/sheet1.xml", (xml = "") => xml + " ".repeat(10_000_000));
    expect(bomb.length).toBeLessThan(100_000);
    expect(codes(readSpreadsheet(bomb, { fileName: "bomb.xlsx", limits: { maxUncompressedBytes: 1_000_000 } }))).toEqual(["uncompressed_too_large"]);
  });

  it("stops a part while it inflates beyond the size its directory declares (a zip bomb that lies)", () => {
    const bomb = patchPart(small, "xl/worksheets/sheet1.xml", (xml = "") => xml + " ".repeat(10_000_000));
    const liar = withDeclaredSizes(bomb, 1000, "xl/worksheets/sheet1.xml");
    const result = readSpreadsheet(liar, { fileName: "liar.xlsx" });
    expect(codes(result)).toEqual(["corrupt_file"]);
    expect(result.ok ? "" : result.error[0]?.message).toMatch(/inflates beyond the size its directory declares/);
  });

  it("refuses a document type declaration (entity expansion) in any part", () => {
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    for (const part of ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "[Content_Types].xml"]) {
      const hostile = patchPart(small, part, (xml = "") => xml.replace(/^(<\?xml[^>]*\?>)?/, `$1${laughs}`));
      const result = readSpreadsheet(hostile, { fileName: "lol.xlsx" });
      expect(codes(result)).toEqual(["xml_doctype"]);
      expect(result.ok ? "" : result.error[0]?.message).toContain(part);
    }
  });

  it("refuses a sheet of a million rows", () => {
    const rows = Array.from({ length: 1_000_001 }, (_, index) => `<row r="${String(index + 1)}"><c r="A${String(index + 1)}"><v>1</v></c></row>`).join("");
    const big = rawWorkbook(rows);
    const started = performance.now();
    const result = readSpreadsheet(big, { fileName: "million.xlsx" });
    console.info(`million-row sheet (${String(big.length)} bytes) refused in ${(performance.now() - started).toFixed(0)} ms`);
    expect(codes(result)).toEqual(["too_many_rows"]);
    expect(result.ok ? [] : result.error[0]?.path).toEqual(["million.xlsx", "Big"]);
    expect(result.ok ? "" : result.error[0]?.message).toMatch(/^Sheet "Big" has more than 200000 rows/);
  });

  it("reads a sheet of exactly maxRows rows, and refuses one more", () => {
    const rows = (count: number): string => Array.from({ length: count }, (_, index) => `<row r="${String(index + 1)}"><c r="A${String(index + 1)}"><v>${String(index)}</v></c></row>`).join("");
    expect(sheets(readSpreadsheet(rawWorkbook(rows(50)), { limits: { maxRows: 50 } }))[0]?.rows).toHaveLength(50);
    expect(codes(readSpreadsheet(rawWorkbook(rows(51)), { limits: { maxRows: 50 } }))).toEqual(["too_many_rows"]);
    // Rows of a sheet's data after up to maxRows rows that hold no cells: SheetJS's count, after the zip's.
    const sparse = rawWorkbook(`${rows(3)}<row r="60"><c r="A60"><v>9</v></c></row>`);
    const refused = readSpreadsheet(sparse, { fileName: "sparse.xlsx", limits: { maxRows: 50 } });
    expect(codes(refused)).toEqual(["too_many_rows"]);
    expect(refused.ok ? [] : refused.error[0]?.path).toEqual(["sparse.xlsx", "Big"]);
    expect(refused.ok ? "" : refused.error[0]?.message).toContain("a cell in row 60");
    expect(codes(readSpreadsheet(strToU8("x\n".repeat(51)), { format: "csv", limits: { maxRows: 50 } }))).toEqual(["too_many_rows"]);
    expect(sheets(readSpreadsheet(strToU8("x\n".repeat(50)), { format: "csv", limits: { maxRows: 50 } }))[0]?.rows).toHaveLength(50);
    expect(codes(readSpreadsheet(strToU8(`${"x\n".repeat(50)}\n\nlost?\n`), { format: "csv", limits: { maxRows: 50 } }))).toEqual(["too_many_rows"]);
  });

  it("counts rows exactly across the seams of inflated chunks", () => {
    const rows = Array.from({ length: 5000 }, (_, index) => `<row r="${String(index + 1)}"><c r="A${String(index + 1)}" t="inlineStr"><is><t>${"x".repeat((index * 7919) % 97)}</t></is></c></row>`).join("");
    for (const level of [0, 6] as const) {
      const bytes = rawWorkbook(rows, level);
      expect(bytes.length).toBeGreaterThan(level === 0 ? 300_000 : 10_000);
      expect(codes(readSpreadsheet(bytes, { limits: { maxRows: 5000 } }))).toEqual([]);
      const refused = readSpreadsheet(bytes, { limits: { maxRows: 4999 } });
      expect(codes(refused)).toEqual(["too_many_rows"]);
      expect(refused.ok ? [] : refused.error[0]?.path).toEqual(["file", "Big"]);
      expect(refused.ok ? "" : refused.error[0]?.message).toContain("has more than 4999 rows"); // the zip's count, not the parser's
    }
  });

  it("refuses a row beyond maxColumns", () => {
    const wide = rawWorkbook('<row r="1"><c r="A1"><v>1</v></c><c r="ZZ1"><v>2</v></c></row>');
    expect(codes(readSpreadsheet(wide, { limits: { maxColumns: 100 } }))).toEqual(["too_many_columns"]);
    expect(codes(readSpreadsheet(strToU8("a,b,c\n"), { format: "csv", limits: { maxColumns: 2 } }))).toEqual(["too_many_columns"]);
  });

  it("refuses a 50 MB cell, in CSV and in XLSX", () => {
    const huge = "a".repeat(50_000_000);
    const csv = readSpreadsheet(strToU8(`Risk,Description\nR-1,${huge}\n`), { fileName: "huge.csv" });
    expect(codes(csv)).toEqual(["cell_too_long"]);
    expect(csv.ok ? [] : csv.error[0]?.path).toEqual(["huge.csv", 1, 1]);
    const xlsx = readSpreadsheet(rawWorkbook(`<row r="1"><c r="A1" t="inlineStr"><is><t>${huge}</t></is></c></row>`), { fileName: "huge.xlsx" });
    expect(codes(xlsx)).toEqual(["cell_too_long"]);
    expect(xlsx.ok ? [] : xlsx.error[0]?.path).toEqual(["huge.xlsx", "Big", 0, 0]);
  });

  it("refuses a workbook with more than maxSheets sheets", () => {
    const many = workbook({ A: sheet([["a"]]), B: sheet([["b"]]), C: sheet([["c"]]) });
    expect(codes(readSpreadsheet(many, { limits: { maxSheets: 2 } }))).toEqual(["too_many_sheets"]);
  });

  it("refuses a truncated or corrupt zip", () => {
    expect(codes(readSpreadsheet(small.subarray(0, Math.floor(small.length / 2)), { fileName: "cut.xlsx" }))).toEqual(["corrupt_file"]);
    const scrambled = small.slice();
    for (let at = 200; at < 600; at++) scrambled[at] = (scrambled[at] ?? 0) ^ 0x5a;
    expect(codes(readSpreadsheet(scrambled, { fileName: "scrambled.xlsx" }))).toEqual(["corrupt_file"]);
    expect(codes(readSpreadsheet(strToU8("PK\u0003\u0004 and nothing"), { fileName: "stub.xlsx" }))).toEqual(["corrupt_file"]);
  });

  it("refuses a password-protected workbook, even named .xlsx, and says what to do", () => {
    const result = readSpreadsheet(ole2("EncryptionInfo", "EncryptedPackage"), { fileName: "locked.xlsx" });
    expect(codes(result)).toEqual(["encrypted_workbook"]);
    expect(result.ok ? "" : result.error[0]?.message).toMatch(/password/);
    expect(codes(readSpreadsheet(ole2("EncryptionInfo", "EncryptedPackage")))).toEqual(["encrypted_workbook"]);
  });

  it("refuses an Excel 97-2003 workbook and other formats it cannot read", () => {
    expect(codes(readSpreadsheet(ole2("Workbook", "SummaryInformation"), { fileName: "old.xls" }))).toEqual(["unsupported_format"]);
    expect(codes(readSpreadsheet(small, { fileName: "sheet.ods" }))).toEqual(["unsupported_format"]);
  });

  it("refuses what is not a spreadsheet at all", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(codes(readSpreadsheet(png, { fileName: "photo.csv" }))).toEqual(["not_a_spreadsheet"]);
    expect(codes(readSpreadsheet(png))).toEqual(["not_a_spreadsheet"]);
    expect(codes(readSpreadsheet(strToU8("just text"), { fileName: "report.xlsx" }))).toEqual(["not_a_spreadsheet"]);
    const docx = patchPart(small, "word/document.xml", () => "<w:document/>");
    const notBook = patchPart(docx, "xl/workbook.xml", () => "");
    expect(codes(readSpreadsheet(notBook, { fileName: "letter.xlsx" }))).not.toEqual([]);
  });

  it("refuses zips it cannot read: an encrypted entry, an unknown compression method, ZIP64", () => {
    const directory = (bytes: Uint8Array, edit: (view: DataView, at: number) => void): Uint8Array => {
      const copy = bytes.slice();
      const view = new DataView(copy.buffer);
      for (let at = 0; at + 46 <= copy.length; at++) if (view.getUint32(at, true) === 0x02014b50) edit(view, at);
      return copy;
    };
    const encrypted = directory(small, (view, at) => view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true));
    expect(codes(readSpreadsheet(encrypted, { fileName: "zipcrypto.xlsx" }))).toEqual(["encrypted_workbook"]);
    const method = directory(small, (view, at) => view.setUint16(at + 10, 14, true));
    expect(codes(readSpreadsheet(method, { fileName: "lzma.xlsx" }))).toEqual(["unsupported_format"]);
    const zip64 = directory(small, (view, at) => view.setUint32(at + 24, 0xffffffff, true));
    expect(codes(readSpreadsheet(zip64, { fileName: "big.xlsx" }))).toEqual(["unsupported_format"]);
    const damagedLocal = small.slice();
    damagedLocal[0] = 0;
    expect(codes(readSpreadsheet(damagedLocal, { format: "xlsx" }))).toEqual(["not_a_spreadsheet"]);
    const damagedEntry = directory(small, (view, at) => view.setUint32(at + 42, 7, true));
    expect(codes(readSpreadsheet(damagedEntry, { fileName: "x.xlsx" }))).toEqual(["corrupt_file"]);
  });

  it("refuses a binary workbook (XLSB)", () => {
    const files = parts(rawWorkbook(""));
    const onlyBin = workbookFrom({ ...files, "xl/workbook.bin": "bin" }, "xl/workbook.xml");
    expect(codes(readSpreadsheet(onlyBin, { fileName: "book.xlsb", format: "xlsx" }))).toEqual(["unsupported_format"]);
  });

  it("reads parts stored without compression", () => {
    expect(sheets(readSpreadsheet(rawWorkbook('<row r="1"><c r="A1"><v>7</v></c></row>', 0)))[0]?.rows).toEqual([["7"]]);
  });

  it("throws IsmsError invalid_argument on arguments of the wrong type", () => {
    expect(() => readSpreadsheet("a,b" as never)).toThrow(IsmsError);
    expect(() => readSpreadsheet(strToU8("a"), { limits: { maxRows: -1 } })).toThrow(/maxRows/);
  });
});

describe("readSpreadsheet never throws on data", () => {
  const valid = workbook({ SoA: sheet([["Control", "Applicable?"], ["A.5.1", "Yes"], [5.2, true]], ["A1:B1"]), Risks: sheet([["R-1", 3]]) });

  it("returns sheets or issues for any bytes, under any name", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(undefined, "a.csv", "a.xlsx", "a.xls"), (bytes, fileName) => {
        const result = readSpreadsheet(bytes, { fileName });
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("returns sheets or issues for a workbook with damaged bytes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), (edits) => {
        const damaged = valid.slice();
        for (const [at, byte] of edits) damaged[at] = byte;
        const result = readSpreadsheet(damaged, { fileName: "damaged.xlsx" });
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("returns sheets or issues for a workbook whose XML parts are damaged", () => {
    const xml = parts(valid);
    const names = Object.keys(xml);
    const fragment = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("<", ">", "</row>", "<c r=\"A1\">", "<v>", "&amp;", "&#x1F600;", "\"", "<![CDATA[", "<si><t>", "r=\"XFD1048576\""));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.nat({ max: 40 }), fragment, (name, at, cut, inserted) => {
        const damaged = patchPart(valid, name, (text = "") => {
          const where = at % (text.length + 1);
          return text.slice(0, where) + inserted + text.slice(where + cut);
        });
        const result = readSpreadsheet(damaged, { fileName: "damaged.xlsx" });
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("throws only IsmsError on arguments of other types", () => {
    for (const bad of [undefined, null, {}, [], "text", 42]) {
      expect(() => readSpreadsheet(bad as never)).toThrow(IsmsError);
      expect(() => readSpreadsheet(new Uint8Array(), bad as never)).not.toThrow(TypeError);
    }
  });
});
