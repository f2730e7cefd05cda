import { describe, expect, it } from "vitest";
import { DOMParser } from "@xmldom/xmldom";
import { heatMapForDocument, renderHeatMapSvg } from "../../src/report/index.js";
import { documentWithText } from "./_fixture.js";

const doc = documentWithText("Customer database");

function parseXml(text: string) {
  const errors: string[] = [];
  const parsed = new DOMParser({ onError: (level: string, message: string) => errors.push(`${level}: ${message}`) }).parseFromString(text, "image/svg+xml");
  expect(errors).toEqual([]);
  return parsed;
}

describe("heat map", () => {
  it("counts each rated risk in its cell and lists unrated ones", () => {
    const map = heatMapForDocument(doc, "inherent");
    expect(map.total).toBe(1);
    expect(map.unrated).toEqual(["R-2"]);
    const cell = map.cells.flat().find((entry) => entry.count === 1);
    expect(cell?.likelihood).toBe("likely");
    expect(cell?.consequence).toBe("major");
  });
  it("renders an SVG that parses as XML, with title, description, axis labels and counts", () => {
    const svg = parseXml(renderHeatMapSvg(heatMapForDocument(doc, "inherent"), { title: "Inherent <risk>" }));
    const root = svg.documentElement!;
    expect(root.nodeName).toBe("svg");
    expect(root.getAttribute("role")).toBe("img");
    expect(svg.getElementsByTagName("title")[0]?.textContent).toBe("Inherent <risk>");
    expect(svg.getElementsByTagName("desc")[0]?.textContent).toContain("1 risks rated");
    expect(svg.getElementsByTagName("rect").length).toBe(25 + 4);
    const texts = Array.from(svg.getElementsByTagName("text")).map((node) => (node as { textContent: string | null }).textContent);
    expect(texts).toContain("Almost certain");
    expect(texts).toContain("Severe");
    expect(texts.filter((text) => text === "1")).toHaveLength(1);
  });
  it("colours cells by their level's colour", () => {
    const svg = renderHeatMapSvg(heatMapForDocument(doc, "residual"));
    expect(svg).toContain('fill="#2e7d32"');
    expect(svg).toContain('fill="#c62828"');
  });
});
