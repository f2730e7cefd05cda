import { describe, expect, it } from "vitest";
import { renderSoaCsv } from "../../src/report/renderSoaCsv.js";
import { SOA_COLUMNS } from "../../src/report/renderSoaTable.js";
import { deriveSoa } from "../../src/soa/index.js";
import { acme, baseInput, decision, obligation, plan } from "../soa/fixtures.js";
import { parseCsvStrict } from "./soaCsvParser.js";

const rows = deriveSoa(
  baseInput({
    catalogues: ["annex-a", "acme"],
    customCatalogues: [acme],
    plans: [plan("TP-1", ["R-1", "R-2"], [{ ref: "annex-a:8.24", state: "planned" }], [{ status: "in_progress" }])],
    obligations: [obligation({ id: "OB-GDPR", kind: "legal", title: "GDPR", controls: ["annex-a:5.34"] })],
    decisions: [
      decision({ control: "annex-a:5.1", applicable: true, status: "implemented", owner: "=cmd|' /C calc'!A0", reasons: [{ kind: "business", note: "Board | <b>asks</b>" }], evidence: [{ ref: "DMS-1", date: "2026-01-10" }] }),
      decision({ control: "annex-a:7.5", applicable: false, justification: "No premises,\n\"remote\" only & <script>" }),
      decision({ control: "acme:ACME-1", applicable: true, provider: "Cloud Host", reasons: [{ kind: "contractual" }] }),
    ],
  }),
);

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
