import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { DOMParser } from "@xmldom/xmldom";
import {
  heatMapForDocument,
  renderAssetInventoryCsv,
  renderAssetInventoryHtml,
  renderAssetInventoryMarkdown,
  renderHeatMapSvg,
  renderIsmsSummaryHtml,
  renderRiskRegisterCsv,
  renderRiskRegisterHtml,
  renderRiskRegisterMarkdown,
  renderSoaCsv,
  renderSoaHtml,
  renderSoaMarkdown,
  renderTreatmentPlanCsv,
  renderTreatmentPlanHtml,
  renderTreatmentPlanMarkdown,
} from "../../src/report/index.js";
import { deriveIsmsSoa } from "../../src/document/index.js";
import { hostileTextArb } from "../arbitraries/hostile.js";
import { documentWithText } from "./_fixture.js";

/** Whether a text has no lone surrogate (String.prototype.isWellFormed, without ES2024 types). */
const wellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);


type Node = DefaultTreeAdapterMap["node"];
const ALLOWED = new Set(["html", "head", "body", "meta", "title", "style", "h1", "h2", "h3", "p", "ul", "li", "em", "b", "strong", "table", "thead", "tbody", "tr", "th", "td", "section", "div", "footer", "br", "caption", "span", "small", "svg", "g", "rect", "text", "desc", "code", "dl", "dt", "dd", "nav", "header", "main", "colgroup", "col"]);

function elements(node: Node, out: string[] = []): string[] {
  if ("tagName" in node) out.push(node.tagName);
  if ("childNodes" in node) for (const child of node.childNodes) elements(child as Node, out);
  if ("content" in node && node.content) elements(node.content as unknown as Node, out);
  return out;
}

function attributes(node: Node, out: string[] = []): string[] {
  if ("attrs" in node) for (const attr of node.attrs) out.push(attr.name);
  if ("childNodes" in node) for (const child of node.childNodes) attributes(child as Node, out);
  return out;
}

/** Strict RFC 4180 parser: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
        index += 1;
        if (index < text.length && text[index] !== "," && text[index] !== "\r") throw new Error(`text after a closing quote at ${index}`);
        continue;
      }
      field += char;
      index += 1;
      continue;
    }
    if (char === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${index}`);
      quoted = true;
      index += 1;
    } else if (char === ",") {
      row.push(field);
      field = "";
      index += 1;
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 2;
    } else if (char === "\n" || char === "\r") {
      throw new Error(`bare line break at ${index}`);
    } else {
      field += char;
      index += 1;
    }
  }
  if (quoted) throw new Error("unterminated quote");
  if (field !== "" || row.length > 0) throw new Error("the last record has no CRLF");
  return rows;
}

const FORMULA = /^[=+\-@\t\r]/;

describe("every renderer escapes what it prints", () => {
  test.prop([hostileTextArb], { numRuns: 60 })("HTML pages parse with the hostile text as text only", (text) => {
    const doc = documentWithText(text);
    const pages = [
      renderRiskRegisterHtml(doc),
      renderAssetInventoryHtml(doc),
      renderTreatmentPlanHtml(doc),
      renderIsmsSummaryHtml(doc, { asOf: "2026-11-27" }),
      renderSoaHtml(deriveIsmsSoa(doc), { organisation: text }),
    ];
    for (const html of pages) {
      const tree = parse(html) as unknown as Node;
      const found = elements(tree);
      for (const name of found) expect(ALLOWED.has(name), `unexpected element <${name}>`).toBe(true);
      for (const name of attributes(tree)) expect(name.startsWith("on"), `event attribute ${name}`).toBe(false);
      expect(found).not.toContain("script");
      expect(found).not.toContain("img");
    }
  });

  test.prop([hostileTextArb], { numRuns: 60 })("SVG heat maps parse as XML and keep the text as text", (text) => {
    const doc = documentWithText(text);
    const svg = renderHeatMapSvg(heatMapForDocument(doc, "inherent"), { title: text });
    const errors: string[] = [];
    const parsed = new DOMParser({ onError: (level: string, message: string) => errors.push(`${level} ${message}`) }).parseFromString(svg, "image/svg+xml");
    expect(errors.filter((error) => !error.startsWith("warning"))).toEqual([]);
    const title = parsed.getElementsByTagName("title")[0]?.textContent ?? "";
    expect(parsed.getElementsByTagName("script").length).toBe(0);
    // XML parsers normalise CRLF and CR to LF.
    expect(wellFormed(svg)).toBe(true);
    // Line breaks are normalised before the removed characters go: a control character
    // between CR and LF (which the renderer replaces) leaves two line breaks, not one.
    expect(title.replace(/\uFFFD/g, "")).toBe(
      text
        .replace(/\r\n?/g, "\n")
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ""),
    );
  });

  test("an SVG title keeps a control character between CR and LF as two line breaks (seed 2078373433)", () => {
    const text = "<\r\u0000\n<";
    const svg = renderHeatMapSvg(heatMapForDocument(documentWithText(text), "inherent"), { title: text });
    const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(parsed.getElementsByTagName("title")[0]?.textContent).toBe("<\n\uFFFD\n<");
  });

  test.prop([hostileTextArb], { numRuns: 60 })("CSV parses back with a strict RFC 4180 parser and no cell starts a formula", (text) => {
    const doc = documentWithText(text);
    for (const csv of [renderRiskRegisterCsv(doc), renderAssetInventoryCsv(doc), renderTreatmentPlanCsv(doc), renderSoaCsv(deriveIsmsSoa(doc))]) {
      const rows = parseCsv(csv.replace(/^\uFEFF/, ""));
      const width = rows[0]!.length;
      for (const row of rows) {
        expect(row).toHaveLength(width);
        for (const cell of row) expect(FORMULA.test(cell), `formula-leading cell ${JSON.stringify(cell.slice(0, 20))}`).toBe(false);
      }
      const flat = rows.flat();
      const expected = FORMULA.test(text) || /^[ \n]+[=+\-@]/.test(text) ? `'${text}` : text;
      expect(flat).toContain(expected);
    }
  });

  test.prop([hostileTextArb], { numRuns: 60 })("Markdown tables keep their column count and carry no raw HTML", (text) => {
    const doc = documentWithText(text);
    for (const markdown of [renderRiskRegisterMarkdown(doc), renderAssetInventoryMarkdown(doc), renderTreatmentPlanMarkdown(doc), renderSoaMarkdown(deriveIsmsSoa(doc))]) {
      const lines = markdown.split("\n");
      const tables: string[][] = [];
      let current: string[] | undefined;
      for (const line of lines) {
        if (line.startsWith("|")) {
          current ??= [];
          current.push(line);
        } else if (current) {
          tables.push(current);
          current = undefined;
        }
      }
      if (current) tables.push(current);
      for (const table of tables) {
        const count = (line: string) => line.replace(/\\\\/g, "").replace(/\\\|/g, "").split("|").length;
        expect(new Set(table.map(count)).size).toBe(1);
      }
      expect(markdown).not.toMatch(/<(?!br>)[a-z!/]/i);
    }
  });
});
