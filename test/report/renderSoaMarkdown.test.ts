import { describe, expect, it } from "vitest";
import { renderSoaMarkdown } from "../../src/report/renderSoaMarkdown.js";
import { SOA_COLUMNS } from "../../src/report/renderSoaTable.js";
import { soaRows as rows } from "./_fixture.js";

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
