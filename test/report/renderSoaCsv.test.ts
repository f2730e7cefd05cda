import { describe, expect, it } from "vitest";
import { renderSoaCsv } from "../../src/report/renderSoaCsv.js";
import { SOA_COLUMNS } from "../../src/report/renderSoaTable.js";
import { parseCsvStrict } from "./soaCsvParser.js";
import { soaRows as rows } from "./_fixture.js";

describe("renderSoaCsv", () => {
  const csv = renderSoaCsv(rows);

  it("writes a header and one CRLF-terminated record per row that parse back strictly", () => {
    const parsed = parseCsvStrict(csv);
    expect(parsed[0]).toEqual([...SOA_COLUMNS]);
    expect(parsed).toHaveLength(rows.length + 1);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(SOA_COLUMNS.join(","));
  });

  it("neutralises a formula in a cell and quotes a justification with a comma, quote and line break", () => {
    const parsed = parseCsvStrict(csv);
    const row51 = parsed.find((record) => record[1] === "5.1");
    expect(row51?.[10]).toBe("'=cmd|' /C calc'!A0");
    expect(csv).toContain('"No premises,\n""remote"" only & <script>"');
  });

  it("adds a byte order mark only on request", () => {
    expect(csv.startsWith("\uFEFF")).toBe(false);
    expect(renderSoaCsv(rows, { bom: true }).startsWith("\uFEFFCatalogue,")).toBe(true);
  });

  it("writes only the header for no rows", () => expect(renderSoaCsv([])).toBe(`${SOA_COLUMNS.join(",")}\r\n`));
});
