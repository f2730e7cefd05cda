import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBlocks, extractMarkdownBlocks, extractTsdocBlocks, report, type CheckResult } from "../../scripts/check-docs.mjs";

const fixture = fileURLToPath(new URL("./fixture/", import.meta.url));
const guide = readFileSync(new URL("./fixture/guide.md", import.meta.url), "utf8");

describe("the docs check", () => {
  const blocks = extractMarkdownBlocks(guide, "guide.md");
  let outcome: CheckResult;
  beforeAll(() => {
    outcome = checkBlocks(blocks, { root: fixture, types: [] });
  });

  it("finds the TypeScript blocks of a Markdown file and none of its other blocks", () => {
    expect(blocks.map((block) => [block.line, block.fragment])).toEqual([
      [5, false],
      [11, false],
      [17, true],
    ]);
  });

  it("passes one block, fails one and skips the fragment", () => {
    expect(outcome.setupErrors).toEqual([]);
    expect(outcome.results.map((result) => result.status)).toEqual(["passed", "failed", "fragment"]);
  });

  it("reports a failure at its line in the Markdown file", () => {
    expect(outcome.results[1]?.diagnostics.map((found) => [found.line, found.code])).toEqual([[12, 2322]]);
  });

  it("prints the failure and the skipped fragment by file and line, and exits 1", () => {
    const lines: string[] = [];
    expect(report(outcome, (line) => lines.push(line))).toBe(1);
    expect(lines.filter((line) => line.startsWith("FAIL"))).toEqual([
      expect.stringMatching(/^FAIL guide\.md:12 \(block at line 11\) TS2322: /),
    ]);
    expect(lines).toContain("  skipped fragment guide.md:17");
  });

  it("takes only the fenced blocks after an @example tag from doc comments", () => {
    const source = [
      "/**",
      " * Doubles.",
      " * ```ts",
      " * notAnExample();",
      " * ```",
      " * @example",
      " * ```ts",
      " * double(2); // 4",
      " * ```",
      " */",
      "export declare function double(n: number): number;",
    ].join("\n");
    expect(extractTsdocBlocks(source, "double.ts").map((block) => [block.firstLine, block.code])).toEqual([[8, "double(2); // 4"]]);
  });
});
