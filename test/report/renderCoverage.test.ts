import { describe, expect, it } from "vitest";
import { deriveIsmsSoa, frameworkCoverage } from "../../src/document/index.js";
import { coverageSummaryLine, renderCoverageCsv, renderCoverageMarkdown } from "../../src/report/renderCoverage.js";
import { renderIsmsSummaryHtml } from "../../src/report/renderIsmsSummaryHtml.js";
import { renderIsmsReport } from "../../src/report/renderIsmsReport.js";
import { renderSoaCsv } from "../../src/report/renderSoaCsv.js";
import { renderSoaHtml } from "../../src/report/renderSoaHtml.js";
import { renderSoaMarkdown } from "../../src/report/renderSoaMarkdown.js";
import { SOA_COLUMNS } from "../../src/report/renderSoaTable.js";
import { createExampleIsms } from "../../src/example/index.js";
import { GERMAN } from "./germanLabels.js";
import { frameworksDoc } from "../document/_frameworks.js";

const AS_OF = "2026-11-27";

describe("coverage renderers", () => {
  const coverage = frameworkCoverage(frameworksDoc(), "sp-low", { asOf: AS_OF });

  it("the summary line says how much is covered, partly and not at all", () => {
    expect(coverageSummaryLine(coverage)).toBe("SP 800-53 LOW (subset): 4 of 6 covered by implemented Annex A controls, 1 partly, 1 not at all");
    expect(coverageSummaryLine(coverage, GERMAN)).toContain("4 von 6");
  });

  it("Markdown: heading, summary line, one table row per requirement with the covering controls", () => {
    const lines = renderCoverageMarkdown(coverage, { headingLevel: 2 }).split("\n");
    expect(lines[0]).toBe("## Coverage of SP 800-53 LOW (subset)");
    expect(lines[2]).toContain("4 of 6 covered");
    expect(lines[4]).toBe("| Requirement | Title | Coverage | Covered by |");
    expect(lines).toContain("| ac-2 | Account Management | Partly | 5.18 (intersects, implemented); 5.16 (intersects, implemented) |");
    expect(lines).toContain("| at-2 | Literacy Training and Awareness | Not covered |  |");
    expect(lines.filter((line) => line.startsWith("| "))).toHaveLength(2 + 6);
  });

  it("Markdown starts with the draft notice when the document has errors", () => {
    expect(renderCoverageMarkdown(coverage, { errorCount: 2 }).split("\n")[0]).not.toMatch(/^# /);
  });

  it("CSV: a header and one record per requirement; excluded covering controls say so", () => {
    const csv = renderCoverageCsv(frameworkCoverage(frameworksDoc({ decided: { "annex-a:7.2": { applicable: false, status: undefined } } }), "sp-low"));
    const records = csv.trimEnd().split("\r\n");
    expect(records[0]).toBe("Requirement,Title,Coverage,Covered by");
    expect(records).toHaveLength(7);
    expect(records).toContain("pe-3,Physical Access Control,Not covered,\"7.2 (equivalent, excluded)\"");
  });
});

describe("the SoA renderers with a crosswalk", () => {
  const rows = deriveIsmsSoa(frameworksDoc(), AS_OF);

  it("CSV and Markdown add a last column only when the rows carry a crosswalk", () => {
    const csv = renderSoaCsv(rows).split("\r\n");
    expect(csv[0]).toBe([...SOA_COLUMNS, "Other frameworks"].join(","));
    expect(csv.find((line) => line.startsWith("annex-a,8.5,"))?.endsWith(",sp-low:ia-2 (superset)")).toBe(true);
    expect(renderSoaMarkdown(rows).split("\n").find((line) => line.startsWith("| annex-a | 8.13 |"))).toMatch(/\| sp-low:cp-9 \(equivalent\) \|$/);
    const plain = deriveIsmsSoa(createExampleIsms(), AS_OF);
    expect(renderSoaCsv(plain).split("\r\n")[0]).toBe(SOA_COLUMNS.join(","));
  });

  it("HTML adds the column, its heading and entries", () => {
    const html = renderSoaHtml(rows);
    expect(html).toContain('<th scope="col" class="c-crosswalk">Other frameworks</th>');
    expect(html).toContain("<div>sp-low:ia-2 (superset)</div>");
    expect(renderSoaHtml(deriveIsmsSoa(createExampleIsms(), AS_OF))).not.toContain("c-crosswalk");
  });
});

describe("the summary page's coverage section", () => {
  it("shows one row per framework in scope that a mapping relates to Annex A", () => {
    const html = renderIsmsSummaryHtml(frameworksDoc(), { asOf: AS_OF });
    expect(html).toContain("<h2>Other frameworks</h2>");
    expect(html).toContain('<tr><td>SP 800-53 LOW (subset)</td><td class="num">4</td><td class="num">1</td><td class="num">1</td><td class="num">6</td></tr>');
  });

  it("shows a framework the document holds beside the ISMS, not in scope, as the example organisation does", () => {
    expect(renderIsmsSummaryHtml(frameworksDoc({ inScope: false }), { asOf: AS_OF })).toContain("<h2>Other frameworks</h2>");
    const example = renderIsmsSummaryHtml(createExampleIsms(), { asOf: AS_OF });
    expect(example).toContain("<h2>Other frameworks</h2>");
    expect(example).toMatch(/<tr><td>SP 800-53 rev5 LOW \(subset\)<\/td>(<td class="num">\d+<\/td>){3}<td class="num">23<\/td><\/tr>/);
  });

  it("is absent without mappings", () => {
    const { mappings: _mappings, ...example } = createExampleIsms();
    expect(renderIsmsSummaryHtml(example, { asOf: AS_OF })).not.toContain("Other frameworks");
  });
});

describe("renderIsmsReport with mappings", () => {
  it("adds coverage-<catalogue>.csv and .md for each mapped framework, and nothing without mappings", () => {
    const files = renderIsmsReport(frameworksDoc(), { asOf: AS_OF });
    expect(files.get("coverage-sp-low.md")).toContain("4 of 6 covered");
    expect(files.get("coverage-sp-low.csv")?.split("\r\n")[0]).toBe("Requirement,Title,Coverage,Covered by");
    const { mappings: _mappings, ...example } = createExampleIsms();
    expect([...renderIsmsReport(example, { asOf: AS_OF }).keys()].some((name) => name.startsWith("coverage-"))).toBe(false);
    expect([...renderIsmsReport(createExampleIsms(), { asOf: AS_OF }).keys()].filter((name) => name.startsWith("coverage-"))).toEqual(["coverage-sp800-53-low.csv", "coverage-sp800-53-low.md"]);
  });
});
