import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { renderSoaCsv } from "../../src/report/renderSoaCsv.js";
import { renderSoaHtml } from "../../src/report/renderSoaHtml.js";
import { renderSoaMarkdown } from "../../src/report/renderSoaMarkdown.js";
import { renderSoaTable, SOA_COLUMNS } from "../../src/report/renderSoaTable.js";
import { deriveSoa, type SoaRow } from "../../src/soa/index.js";
import { soaRowArb, soaWorldArb, textArb } from "../arbitraries/soa.js";
import { parseCsvStrict } from "./soaCsvParser.js";

// Rows with generated text in every field: arbitrary rows, and rows derived from generated
// ISMS data (custom control titles, justifications, notes, owners and providers).
const rowsArb: fc.Arbitrary<SoaRow[]> = fc.oneof(
  fc.array(soaRowArb, { maxLength: 6 }),
  soaWorldArb().map(({ input }) => deriveSoa({ ...input, catalogues: ["acme", ...input.catalogues.filter((id) => id !== "annex-a")] })),
);
const runs = { numRuns: 100 };

// Independent of the implementation: what a spreadsheet reads as a formula.
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]|^[ \n]+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

const HTML_TAG = /<\/?(?:html|head|meta|title|style|body|header|h1|h2|p|section|table|thead|tbody|tr|th|td|br|footer|div|span)(?:\s[^<>]*)?>|<!DOCTYPE html>/g;

describe("SoA renderer properties", () => {
  test.prop([rowsArb], runs)("CSV parses back strictly into the same rows, and no cell starts a formula", (rows) => {
    const parsed = parseCsvStrict(renderSoaCsv(rows));
    const table = renderSoaTable(rows);
    expect(parsed).toEqual([[...SOA_COLUMNS], ...table.rows.map((cells) => cells.map((cell) => (FORMULA.test(cell) ? `'${cell}` : cell)))]);
    for (const cell of parsed.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  test.prop([rowsArb, textArb, textArb], runs)("HTML has no unescaped < or & from any generated string and no script", (rows, title, organisation) => {
    const html = renderSoaHtml(rows, { title, organisation, generatedOn: organisation });
    expect(html.replace(HTML_TAG, "")).not.toMatch(/[<>]/);
    expect(html.replace(/&(?:amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
    expect(html).not.toMatch(/<script/i);
  });

  test.prop([rowsArb], runs)("HTML has one table row per SoA row", (rows) => {
    const body = renderSoaHtml(rows).split('<table class="controls')[1] ?? "";
    expect(body.match(/<tr[ >]/g)?.length).toBe(rows.length + 1);
  });

  test.prop([rowsArb, textArb], runs)("Markdown has no unescaped < or &, and every table line keeps its columns", (rows, title) => {
    const markdown = renderSoaMarkdown(rows, { title });
    expect(markdown.replace(/<br>/g, "")).not.toMatch(/[<>]/);
    expect(markdown.replace(/&(?:amp|lt|gt);/g, "")).not.toContain("&");
    const columns = new Set(rows.map((row) => row.catalogue)).size > 1 ? SOA_COLUMNS.length : SOA_COLUMNS.length - 1;
    const tableLines = markdown.split("\n").filter((line) => line.startsWith("|"));
    expect(tableLines).toHaveLength(rows.length + 2);
    for (const line of tableLines) {
      const unescapedPipes = line.replace(/\\[\s\S]/g, "").split("|").length - 1;
      expect(unescapedPipes).toBe(columns + 1);
    }
  });
});
