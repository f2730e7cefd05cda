import { describe, expect, it } from "vitest";
import { DOMParser } from "@xmldom/xmldom";
import {
  heatMapForDocument,
  renderAssetInventoryCsv,
  renderAssetInventoryHtml,
  renderAssetInventoryMarkdown,
  renderHeatMapSvg,
  renderIsmsReport,
  renderIsmsSummaryHtml,
  renderRiskRegisterCsv,
  renderRiskRegisterHtml,
  renderRiskRegisterMarkdown,
  renderTreatmentPlanCsv,
  renderTreatmentPlanHtml,
  renderTreatmentPlanMarkdown,
} from "../../src/report/index.js";
import { documentWithText } from "./_fixture.js";
import { createExampleIsms } from "../../src/example/index.js";

const doc = documentWithText("Customer database");

function parseXml(text: string) {
  const errors: string[] = [];
  const parsed = new DOMParser({ onError: (level: string, message: string) => errors.push(`${level}: ${message}`) }).parseFromString(text, "image/svg+xml");
  expect(errors).toEqual([]);
  return parsed;
}

describe("heat map", () => {
  it("counts each rated risk in its cell and lists unrated ones", () => {
    const map = heatMapForDocument(doc, "inherent");
    expect(map.total).toBe(1);
    expect(map.unrated).toEqual(["R-2"]);
    const cell = map.cells.flat().find((entry) => entry.count === 1);
    expect(cell?.likelihood).toBe("likely");
    expect(cell?.consequence).toBe("major");
  });
  it("renders an SVG that parses as XML, with title, description, axis labels and counts", () => {
    const svg = parseXml(renderHeatMapSvg(heatMapForDocument(doc, "inherent"), { title: "Inherent <risk>" }));
    const root = svg.documentElement!;
    expect(root.nodeName).toBe("svg");
    expect(root.getAttribute("role")).toBe("img");
    expect(svg.getElementsByTagName("title")[0]?.textContent).toBe("Inherent <risk>");
    expect(svg.getElementsByTagName("desc")[0]?.textContent).toContain("1 risks rated");
    expect(svg.getElementsByTagName("rect").length).toBe(25 + 4);
    const texts = Array.from(svg.getElementsByTagName("text")).map((node) => (node as { textContent: string | null }).textContent);
    expect(texts).toContain("Almost certain");
    expect(texts).toContain("Severe");
    expect(texts.filter((text) => text === "1")).toHaveLength(1);
  });
  it("colours cells by their level's colour", () => {
    const svg = renderHeatMapSvg(heatMapForDocument(doc, "residual"));
    expect(svg).toContain('fill="#2e7d32"');
    expect(svg).toContain('fill="#c62828"');
  });
});

describe("risk register, treatment plan and asset inventory", () => {
  it("the risk register CSV has a header and a row per risk with levels per layer", () => {
    const lines = renderRiskRegisterCsv(doc).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Inherent,Current,Target,Residual");
    expect(lines[1]).toContain("R-1");
    expect(lines[1]).toContain("High");
    expect(lines[1]).toContain("TP-1");
  });
  it("Markdown tables keep their column count", () => {
    for (const markdown of [renderRiskRegisterMarkdown(doc), renderAssetInventoryMarkdown(doc)]) {
      const rows = markdown.split("\n").filter((line) => line.startsWith("|"));
      const count = (line: string) => line.replace(/\\\|/g, "").split("|").length;
      expect(new Set(rows.map(count)).size).toBe(1);
    }
  });
  it("the asset inventory explains inherited requirements", () => {
    const csv = renderAssetInventoryCsv(doc);
    expect(csv).toContain("High (from A-1 Customer database)");
  });
  it("the treatment plan lists each action with its plan", () => {
    expect(renderTreatmentPlanCsv(doc)).toContain("TP-1,Customer database,R-1,Customer database,Modify");
    expect(renderTreatmentPlanMarkdown(doc)).toContain("## TP-1: Customer database");
    expect(renderTreatmentPlanHtml(doc, "2026-11-27")).toContain('<td><span class="id">ACT-1</span></td>');
  });
  it("HTML pages are self-contained: no script, no external resource", () => {
    for (const html of [renderRiskRegisterHtml(doc), renderAssetInventoryHtml(doc), renderTreatmentPlanHtml(doc), renderIsmsSummaryHtml(doc, { asOf: "2026-11-27" })]) {
      expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
      expect(html).not.toMatch(/<script|<link|src=|href="http/i);
    }
  });
  it("the summary shows the phase, what blocks it, overdue items and both heat maps", () => {
    const html = renderIsmsSummaryHtml(doc, { asOf: "2026-11-27" });
    expect(html).toContain("Plan (cycle 1)");
    expect(html).toContain("Statement of Applicability");
    expect(html).toContain("Treatment action: Customer database");
    expect(html.match(/<svg /g)).toHaveLength(2);
  });
  it("the report bundle holds every file", () => {
    const files = renderIsmsReport(doc, { asOf: "2026-11-27" });
    expect([...files.keys()]).toEqual([
      "summary.html",
      "soa.csv",
      "soa.md",
      "soa.html",
      "risks.csv",
      "risks.md",
      "risks.html",
      "treatment-plan.csv",
      "treatment-plan.md",
      "treatment-plan.html",
      "assets.csv",
      "assets.md",
      "assets.html",
      "heatmap-inherent.svg",
      "heatmap-current.svg",
      "heatmap-target.svg",
      "heatmap-residual.svg",
    ]);
  });
});

describe("heat maps of a document with several methodology versions", () => {
  it("place ratings of an earlier version on the current grid and say so", () => {
    const example = createExampleIsms();
    const map = heatMapForDocument(example, "inherent");
    expect(map.total).toBe(example.risks.filter((risk) => risk.ratings.inherent).length);
    expect(map.restated.length).toBeGreaterThan(0);
    const svg = renderHeatMapSvg(map);
    expect(svg).toContain("rated under an earlier method version, shown on this one");
  });
  it("give each embedded map its own element ids", () => {
    const html = renderIsmsSummaryHtml(createExampleIsms(), { asOf: "2026-11-27" });
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it("renderIsmsReport refuses a date that is not a calendar date", () => {
    expect(() => renderIsmsReport(doc, { asOf: "garbage" })).toThrow(/calendar date/);
  });
});
