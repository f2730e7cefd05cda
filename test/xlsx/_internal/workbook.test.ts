import { describe, expect, it } from "vitest";
import { serialToIso } from "../../../src/xlsx/_internal/workbook.js";
import { readSpreadsheet } from "../../../src/xlsx/index.js";
import { patchPart, sheet, workbook } from "../../fixtures/spreadsheets/build.js";

describe("serialToIso", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"],
    [61, "1900-03-01"],
    [46037, "2026-01-15"],
    [46037.5, "2026-01-15T12:00:00"],
    [46037.999999999, "2026-01-16"],
    [2958465, "9999-12-31"],
  ])("reads serial %s as %s (1900 date system)", (serial, iso) => {
    expect(serialToIso(serial, false)).toBe(iso);
  });

  it("reads the 1904 date system", () => {
    expect(serialToIso(0, true)).toBe("1904-01-01");
    expect(serialToIso(44575, true)).toBe("2026-01-15");
  });

  it.each([-1, 2958466, Number.NaN, 60.5])("gives no date for %s", (serial) => {
    expect(serialToIso(serial, false)).toBeUndefined();
  });
});

describe("reading cells", () => {
  it("reads dates of a workbook in the 1904 date system", () => {
    const bytes = patchPart(workbook({ S: sheet([[{ t: "n", v: 44575, z: "yyyy-mm-dd" }]]) }), "xl/workbook.xml", (xml = "") =>
      xml.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>'),
    );
    const result = readSpreadsheet(bytes);
    expect(result.ok ? result.value[0]?.rows : result.error).toEqual([["2026-01-15"]]);
  });

  it("reads an error cell without its text by its code, and a number that is no date as a number", () => {
    const bytes = workbook({ S: sheet([[{ t: "e", v: 0x07 }, { t: "n", v: -5, z: "yyyy-mm-dd" }, { t: "s", v: "" }]]) });
    const result = readSpreadsheet(bytes);
    expect(result.ok ? result.value[0]?.rows : result.error).toEqual([["#DIV/0!", "-5"]]);
    expect(result.ok ? result.value[0]?.kinds : []).toEqual([["e", "n"]]);
  });
});
