import { describe, expect, it } from "vitest";
import { heatMapForDocument, renderHeatMapSvg, renderIsmsReport, renderIsmsSummaryHtml } from "../../src/report/index.js";
import { documentWithText } from "./_fixture.js";
import { createExampleIsms } from "../../src/example/index.js";

const doc = documentWithText("Customer database");

describe("heat maps of a document with several methodology versions", () => {
  it("place ratings of an earlier version on the current grid and say so", () => {
    const example = createExampleIsms();
    const map = heatMapForDocument(example, "inherent");
    expect(map.total).toBe(example.risks.filter((risk) => risk.ratings.inherent).length);
    expect(map.restated.length).toBeGreaterThan(0);
    const svg = renderHeatMapSvg(map);
    expect(svg).toContain("rated under an earlier method version, shown on this one");
  });
  it("give each embedded map its own element ids", () => {
    const html = renderIsmsSummaryHtml(createExampleIsms(), { asOf: "2026-11-27" });
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it("renderIsmsReport refuses a date that is not a calendar date", () => {
    expect(() => renderIsmsReport(doc, { asOf: "garbage" })).toThrow(/calendar date/);
  });
});

describe("heat maps of large registers", () => {
  // The heat map grows linearly with the register: whatever the size, it reads each risk a
  // fixed number of times (currentMethodology once, heatMapCounts once), never a risk per risk.
  it.each(["inherent", "current", "target", "residual"] as const)("read each risk of the %s layer at most twice, at any size", (layer) => {
    const example = createExampleIsms();
    for (const copies of [1, 10, 100]) {
      const risks = Array.from({ length: copies }, (_, copy) => example.risks.map((risk) => ({ ...risk, id: `${risk.id}-${copy}` as typeof risk.id }))).flat();
      let reads = 0;
      const counted = new Proxy(risks, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      const map = heatMapForDocument({ ...example, risks: counted }, layer);
      expect(map.total + map.unrated.length + map.notScored.length).toBe(risks.length);
      expect(reads).toBeLessThanOrEqual(2 * risks.length);
    }
  });
});
