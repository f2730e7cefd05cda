import { describe, expect, it } from "vitest";
import { renderSoaCsv } from "../../src/report/renderSoaCsv.js";
import { renderSoaHtml } from "../../src/report/renderSoaHtml.js";
import { renderSoaMarkdown } from "../../src/report/renderSoaMarkdown.js";
import { renderSoaTable, SOA_COLUMNS, soaReasonLabel, soaStatusLabel } from "../../src/report/renderSoaTable.js";
import { deriveSoa, type SoaRow } from "../../src/soa/index.js";
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
const byRef = (ref: string) => rows.find((row) => row.ref === ref) as SoaRow;

describe("renderSoaTable", () => {
  it("has the documented columns and one row per SoA row", () => {
    const table = renderSoaTable(rows);
    expect(table.header).toEqual([...SOA_COLUMNS]);
    expect(table.rows).toHaveLength(rows.length);
  });

  it("shows id, title, theme, applicability, reasons, risks, obligations, status, owner, provider and evidence date", () => {
    const table = renderSoaTable([byRef("annex-a:8.24"), byRef("annex-a:5.1"), byRef("annex-a:5.34"), byRef("acme:ACME-1"), byRef("annex-a:7.5")]);
    expect(table.rows[0]).toEqual(["annex-a", "8.24", "Use of cryptography", "Technological", "Yes", "Risk treatment (R-1, R-2)", "R-1, R-2", "", "", "Partially implemented", "", "", ""]);
    expect(table.rows[1]?.slice(5)).toEqual(["Business: Board | <b>asks</b>", "", "", "", "Implemented", "=cmd|' /C calc'!A0", "", "2026-01-10"]);
    expect(table.rows[2]?.slice(4, 8)).toEqual(["Yes", "Legal (OB-GDPR)", "", "OB-GDPR"]);
    expect(table.rows[3]?.slice(0, 4)).toEqual(["acme", "ACME-1", "Customer data residency", "cloud"]);
    expect(table.rows[3]?.[11]).toBe("Cloud Host");
    expect(table.rows[4]?.slice(4, 10)).toEqual(["No", "", "", "", "No premises,\n\"remote\" only & <script>", "Excluded"]);
  });

  it("shows the plans' status next to a decided status that disagrees with it", () => {
    const row = { ...byRef("annex-a:8.24"), status: "implemented" as const, statusMismatch: true as const };
    expect(renderSoaTable([row]).rows[0]?.[9]).toBe("Implemented (plans: partially implemented)");
  });

  it("shows no justification for an applicable row", () => {
    expect(renderSoaTable([{ ...byRef("annex-a:5.1"), justification: "stale" }]).rows[0]?.[8]).toBe("");
  });

  it("labels every status and reason kind", () => {
    expect(soaStatusLabel("not_started")).toBe("Not started");
    expect(soaReasonLabel({ kind: "best_practice" })).toBe("Best practice");
    expect(soaReasonLabel({ kind: "statutory", obligations: ["OB-1" as never], note: "n" })).toBe("Statutory (OB-1): n");
  });
});

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

describe("renderSoaMarkdown", () => {
  const markdown = renderSoaMarkdown(rows);

  it("has a heading, a summary and a table with a catalogue column when rows come from several catalogues", () => {
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("# Statement of Applicability");
    expect(lines[2]).toBe("95 controls: 4 applicable, 1 excluded, 90 undecided. Applicable controls by status: not started 2, partially implemented 1, implemented 1.");
    expect(lines[4]).toBe(`| ${SOA_COLUMNS.join(" | ")} |`);
    expect(lines[5]).toBe(`|${SOA_COLUMNS.map(() => " --- ").join("|")}|`);
    expect(lines).toHaveLength(6 + rows.length + 1);
    expect(markdown.endsWith("\n")).toBe(true);
  });

  it("escapes pipes, markup and line breaks inside cells", () => {
    const line51 = markdown.split("\n").find((line) => line.startsWith("| annex-a | 5.1 |"));
    expect(line51).toContain("Business: Board \\| &lt;b&gt;asks&lt;/b&gt;");
    expect(line51).toContain("=cmd\\|' /C calc'!A0");
    expect(markdown).toContain("No premises,<br>\"remote\" only &amp; &lt;script&gt;");
  });

  it("drops the catalogue column for a single catalogue and honours title, heading level and summary options", () => {
    const annexOnly = rows.filter((row) => row.catalogue === "annex-a");
    const text = renderSoaMarkdown(annexOnly, { title: "SoA *v2*", headingLevel: 9, summary: false });
    const lines = text.split("\n");
    expect(lines[0]).toBe("###### SoA \\*v2\\*");
    expect(lines[2]).toBe(`| ${SOA_COLUMNS.slice(1).join(" | ")} |`);
    expect(renderSoaMarkdown(annexOnly, { headingLevel: 0, title: "a\nb" }).split("\n")[0]).toBe("# a b");
  });

  it("omits the status breakdown when nothing is applicable", () => {
    expect(renderSoaMarkdown([]).split("\n")[2]).toBe("0 controls: 0 applicable, 0 excluded.");
  });
});

describe("renderSoaHtml", () => {
  const html = renderSoaHtml(rows, { title: "SoA <v1>", organisation: "Example & Sons", generatedOn: "2026-06-30" });

  it("is a self-contained page: inline style with print rules, no script, no external resource", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import/i);
  });

  it("escapes the title, organisation and every cell", () => {
    expect(html).toContain("<title>SoA &lt;v1&gt;</title>");
    expect(html).toContain('<p class="meta">Example &amp; Sons · Generated on 2026-06-30</p>');
    expect(html).toContain("No premises,<br>&quot;remote&quot; only &amp; &lt;script&gt;");
    expect(html).toContain("Business: Board | &lt;b&gt;asks&lt;/b&gt;");
  });

  it("summarises counts by status and by theme", () => {
    expect(html).toContain('<tr><th scope="row">In scope</th><td class="num">95</td></tr>');
    expect(html).toContain('<tr><th scope="row">Applicable, partially implemented</th><td class="num">1</td></tr>');
    expect(html).toMatch(/<tr><th scope="row">annex-a: Technological<\/th><td class="num">34<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">33<\/td>/);
    expect(html).toContain('<th scope="row">acme: (no theme)</th>');
  });

  it("marks excluded rows and the status of each row", () => {
    expect(html).toMatch(/<tr class="excluded"><td><span class="id">annex-a<\/span><\/td><td><span class="id">7\.5<\/span><\/td>/);
    expect(html).toContain('<td class="status s-partially_implemented">Partially implemented</td>');
  });

  it("works without options and without rows", () => {
    const plain = renderSoaHtml(rows.filter((row) => row.catalogue === "annex-a"));
    expect(plain).toContain("<h1>Statement of Applicability</h1>");
    expect(plain).not.toContain('class="meta"');
    expect(plain).toContain('<th scope="row">Technological</th>');
    expect(renderSoaHtml([])).toContain('<th scope="row">In scope</th><td class="num">0</td>');
  });
});
