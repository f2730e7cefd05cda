import { describe, expect, it } from "vitest";
import { renderSoaHtml } from "../../src/report/renderSoaHtml.js";
import { soaRows as rows } from "./_fixture.js";

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
