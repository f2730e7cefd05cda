import { describe, expect, it } from "vitest";
import {
  renderAssetInventoryCsv,
  renderAssetInventoryHtml,
  renderAssetInventoryMarkdown,
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

const doc = documentWithText("Customer database");

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
      "review-inputs.md",
      "heatmap-inherent.svg",
      "heatmap-current.svg",
      "heatmap-target.svg",
      "heatmap-residual.svg",
    ]);
  });
});
