import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { CoverageLevel, FrameworkCoverage } from "../../src/document/index.js";
import { MappingRelationshipSchema } from "../../src/catalogue/index.js";
import { ImplementationStatusSchema } from "../../src/soa/index.js";
import { renderCoverageCsv, renderCoverageMarkdown } from "../../src/report/renderCoverage.js";
import { textArb } from "../arbitraries/soa.js";
import { parseCsvStrict } from "./soaCsvParser.js";

const levelArb = fc.constantFrom<CoverageLevel>("covered", "partly", "none");
const rowArb = fc.record({
  ref: textArb.map((id) => `fw:${id.replace(/[\s:]/g, "") || "x"}` as const),
  id: textArb,
  title: textArb,
  level: levelArb,
  links: fc.array(
    fc.record({
      control: fc.constantFrom("annex-a:5.1" as const, "annex-a:8.13" as const),
      mapping: textArb,
      relationship: fc.constantFrom(...MappingRelationshipSchema.options),
      applicable: fc.boolean(),
      status: fc.constantFrom(...ImplementationStatusSchema.options),
      level: levelArb,
    }),
    { maxLength: 3 },
  ),
});
const coverageArb: fc.Arbitrary<FrameworkCoverage> = fc.record({ framework: fc.constant("fw"), frameworkTitle: textArb, rows: fc.array(rowArb, { maxLength: 5 }) }).map(({ framework, frameworkTitle, rows }) => ({
  framework,
  frameworkTitle,
  via: "annex-a",
  viaTitle: "Annex A",
  total: rows.length,
  covered: rows.filter((row) => row.level === "covered").length,
  partly: rows.filter((row) => row.level === "partly").length,
  none: rows.filter((row) => row.level === "none").length,
  rows,
}));

describe("coverage renderer properties", () => {
  test.prop([coverageArb], { numRuns: 50 })("Markdown has no unescaped < or &, and every table line keeps its four columns", (coverage) => {
    const markdown = renderCoverageMarkdown(coverage);
    expect(markdown.replace(/<br>/g, "")).not.toMatch(/[<>]/);
    expect(markdown.replace(/&(?:amp|lt|gt);/g, "")).not.toContain("&");
    const tableLines = markdown.split("\n").filter((line) => line.startsWith("|"));
    expect(tableLines).toHaveLength(coverage.rows.length + 2);
    for (const line of tableLines) expect(line.replace(/\\[\s\S]/g, "").split("|").length - 1).toBe(5);
  });

  test.prop([coverageArb], { numRuns: 50 })("CSV parses back strictly into one record per requirement, and no cell starts a formula", (coverage) => {
    const parsed = parseCsvStrict(renderCoverageCsv(coverage));
    expect(parsed).toHaveLength(coverage.rows.length + 1);
    for (const cell of parsed.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
