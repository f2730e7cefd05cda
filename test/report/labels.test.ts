import { describe, expect, it } from "vitest";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { DEFAULT_REPORT_LABELS, renderHeatMapSvg, renderIsmsReport, renderSoaCsv, renderSoaTable, heatMapForDocument, type ReportLabels } from "../../src/report/index.js";
import { deriveIsmsSoa } from "../../src/document/index.js";
import { GERMAN } from "./germanLabels.js";

/** Every word of a label set: its strings, and what its sentences say for sample values. */
function labelWords(labels: ReportLabels): Set<string> {
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const word of text.match(/\p{L}{3,}/gu) ?? []) words.add(word.toLowerCase());
  };
  const visit = (value: unknown): void => {
    if (typeof value === "string") add(value);
    else if (typeof value === "function") {
      // Sentences take texts, numbers or the SoA's counts; each is called with what it accepts.
      const sentence = value as (...args: unknown[]) => unknown;
      const samples: unknown[][] = [["x", "x", "x", "x"], [2, 2, 2, 2], [{ total: 2, applicable: 2, excluded: 2, undecided: 2 }], ["x", 2, 2, 2]];
      for (const args of samples) {
        try {
          add(String(sentence(...args)));
        } catch {
          // not this kind of argument
        }
      }
    }
    else if (value !== null && typeof value === "object") for (const field of Object.values(value)) visit(field);
  };
  visit(labels);
  return words;
}

const unescape = (html: string): string =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The texts of the page's title, headings and table headers (column and row headers). */
function headings(html: string): string[] {
  return [...html.matchAll(/<(h1|h2|th)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => unescape(match[2] ?? ""));
}

describe("the labels option", () => {
  it("DEFAULT_REPORT_LABELS is frozen, down to its groups", () => {
    expect(Object.isFrozen(DEFAULT_REPORT_LABELS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_REPORT_LABELS.soa.columns)).toBe(true);
    expect(Object.isFrozen(DEFAULT_REPORT_LABELS.implementationStatus)).toBe(true);
  });

  it("a partial override replaces the words it names and keeps every other default", () => {
    const rows = deriveIsmsSoa(createExampleIsms(), EXAMPLE_AS_OF);
    const table = renderSoaTable(rows, { labels: { soa: { columns: { control: "Maßnahme" } }, common: { yes: "Ja" } } });
    expect(table.header[1]).toBe("Maßnahme");
    expect(table.header[2]).toBe("Title");
    expect(table.rows[0]?.[4]).toBe("Ja");
    expect(renderSoaCsv(rows, { labels: { implementationStatus: { implemented: "Umgesetzt" } } })).toMatch(/\r\nannex-a,5\.1,[^\r]*,Umgesetzt,/);
  });

  it("renders the example's SoA in German: no English word of the default labels is left in its headings and columns", () => {
    const html = renderIsmsReport(createExampleIsms(), { asOf: EXAMPLE_AS_OF, labels: GERMAN }).get("soa.html") ?? "";
    const english = labelWords(DEFAULT_REPORT_LABELS);
    const german = labelWords(GERMAN);
    // Words both languages share (e.g. "isms") prove nothing either way.
    for (const word of german) english.delete(word);
    const texts = headings(html);
    expect(texts.length).toBeGreaterThan(20);
    const leftovers = texts.flatMap((text) => (text.match(/\p{L}{3,}/gu) ?? []).filter((word) => english.has(word.toLowerCase())).map((word) => `${word} in "${text}"`));
    expect(leftovers).toEqual([]);
    expect(html).toContain('<html lang="de">');
    expect(texts).toContain("Umsetzungsstand");
    expect(texts).toContain("Anwendbar, Teilweise umgesetzt");
  });

  it("the same check finds the English words in the default rendering", () => {
    const html = renderIsmsReport(createExampleIsms(), { asOf: EXAMPLE_AS_OF }).get("soa.html") ?? "";
    const english = labelWords(DEFAULT_REPORT_LABELS);
    for (const word of labelWords(GERMAN)) english.delete(word);
    const found = headings(html).flatMap((text) => (text.match(/\p{L}{3,}/gu) ?? []).filter((word) => english.has(word.toLowerCase())));
    expect(found).toEqual(expect.arrayContaining(["Statement", "Applicability", "Exclusion", "justification", "Evidence"]));
  });

  it("labels every German report and keeps dates ISO", () => {
    const files = renderIsmsReport(createExampleIsms(), { asOf: EXAMPLE_AS_OF, labels: GERMAN });
    expect(files.get("risks.md")).toContain("# Risikoregister — Northwind Analytics Ltd");
    expect(files.get("risks.csv")?.split("\r\n")[0]).toMatch(/^Risiko,Bezeichnung,Art,/);
    expect(files.get("treatment-plan.md")).toContain("- Optionen: Mindern");
    expect(files.get("assets.html")).toContain("In Betrieb");
    expect(files.get("summary.html")).toContain("Erstellt am 2026-11-27");
    expect(files.get("heatmap-residual.svg")).toContain(">Wahrscheinlichkeit</text>");
  });

  it("a heat map takes its axis names and notes from the labels", () => {
    const svg = renderHeatMapSvg(heatMapForDocument(createExampleIsms(), "inherent"), { labels: { heatMap: { consequence: "Auswirkung", restated: (risks) => `${risks} umgerechnet.` } } });
    expect(svg).toContain(">Auswirkung</text>");
    expect(svg).toMatch(/>\d+ umgerechnet\.<\/text>/);
    expect(svg).toContain(">Likelihood</text>");
  });
});
