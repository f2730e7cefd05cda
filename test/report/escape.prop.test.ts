import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { csvDocument, escapeHtml, escapeMarkdownCell, escapeMarkdownText, neutraliseFormula } from "../../src/report/escape.js";
import { parseCsvStrict } from "./soaCsvParser.js";

const anyText = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom("=1", "\r\n", '"', ",", "<&>", "|\\", "@x"));

describe("escape properties", () => {
  test.prop([fc.array(fc.array(anyText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }).filter((rows) => rows.every((row) => row.length === rows[0]!.length))])(
    "a CSV document parses back strictly into the neutralised cells, and no cell leads with a formula character",
    (rows) => {
      const parsed = parseCsvStrict(csvDocument(rows));
      expect(parsed).toEqual(rows.map((row) => row.map(neutraliseFormula)));
      for (const cell of parsed.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    },
  );

  test.prop([anyText])("escaped HTML has no markup character and only the entities the escaper writes", (text) => {
    const html = escapeHtml(text);
    expect(html).not.toMatch(/[<>"']/);
    expect(html.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
  });

  test.prop([anyText])("an escaped Markdown cell has no line break, no raw markup and no unescaped pipe", (text) => {
    const cell = escapeMarkdownCell(text);
    expect(cell).not.toMatch(/[\r\n]/);
    expect(cell.replace(/<br>/g, "")).not.toMatch(/[<>]/);
    expect(cell.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
    expect(cell.replace(/\\[\s\S]/g, "")).not.toMatch(/[|*_`[\]~$\\]/);
  });

  test.prop([anyText])("escaped Markdown text never starts a block", (text) => {
    for (const line of escapeMarkdownText(text).split("\n")) {
      expect(line).not.toMatch(/^(#|[-+=]|\d+[.)]|\s{4}|>|<)/);
    }
  });
});
