import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { renderSuppliersCsv, renderSuppliersHtml, renderSuppliersMarkdown } from "../../src/report/index.js";
import { parseIsms, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { hostileTextArb } from "../arbitraries/hostile.js";

type Node = DefaultTreeAdapterMap["node"];
const ALLOWED = new Set(["html", "head", "body", "meta", "title", "style", "h1", "h2", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "div", "footer", "span"]);

function elements(node: Node, out: string[] = []): string[] {
  if ("tagName" in node) out.push(node.tagName);
  if ("childNodes" in node) for (const child of node.childNodes) elements(child as Node, out);
  return out;
}

/** RFC 4180 fields of a CSV text, row by row (quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 1;
    } else field += char;
  }
  return rows;
}

const base = createExampleIsms();

/** The example with one supplier whose free texts are all `text`. */
function withHostileSupplier(text: string): IsmsDocument {
  const party = text.slice(0, 200).trim() || "x";
  return parseIsms({
    ...base,
    suppliers: [
      {
        id: "SUP-X",
        name: text,
        owner: party,
        services: [{ name: text, assets: ["A-CS-DB"], cloud: { model: "saas", exitPlan: text } }],
        agreement: { ref: text, signed: "2026-01-01", expires: "2026-12-01", securityRequirements: [text] },
        reviewEveryMonths: 6,
        assessments: [{ id: "SA-1", date: "2026-01-10", by: party, method: text, result: "conditional", findings: [{ id: "F-1", title: text, severity: "high", status: "open" }] }],
        status: "active",
      },
    ],
  });
}

const FORMULA = /^[=+\-@\t\r]/;

describe("the supplier renderers escape what they print", () => {
  test.prop([hostileTextArb], { numRuns: 30 })("HTML parses with the text as text only", (text) => {
    const found = elements(parse(renderSuppliersHtml(withHostileSupplier(text), { asOf: "2026-11-27" })) as unknown as Node);
    for (const name of found) expect(ALLOWED.has(name), `unexpected element <${name}>`).toBe(true);
  });

  test.prop([hostileTextArb], { numRuns: 30 })("CSV keeps its width and no cell starts a formula", (text) => {
    const rows = parseCsv(renderSuppliersCsv(withHostileSupplier(text), { asOf: "2026-11-27" }));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toHaveLength(13);
      for (const cell of row) expect(FORMULA.test(cell)).toBe(false);
    }
  });

  test.prop([hostileTextArb], { numRuns: 30 })("Markdown tables keep their column count and carry no raw HTML", (text) => {
    const markdown = renderSuppliersMarkdown(withHostileSupplier(text), { asOf: "2026-11-27" });
    const count = (line: string) => line.replace(/\\\\/g, "").replace(/\\\|/g, "").split("|").length;
    const tables = markdown.split(/\n(?!\|)/).map((chunk) => chunk.split("\n").filter((line) => line.startsWith("|")));
    for (const table of tables) if (table.length > 0) expect(new Set(table.map(count)).size).toBe(1);
    expect(markdown).not.toMatch(/<(?!br>)[a-z!/]/i);
  });
});
