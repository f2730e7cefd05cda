import { describe, expect, it } from "vitest";
import { createMethodology, heatMapCounts, matrix4x4Preset, type Methodology } from "../../src/risk/index.js";
import { assetRisk, m1, m2, rating } from "./fixtures.js";

describe("heatMapCounts", () => {
  const risks = [
    assetRisk("R-1", { current: rating("likely", "major") }),
    assetRisk("R-2", { current: rating("likely", "major") }),
    assetRisk("R-3", { current: rating("unlikely", "minor") }),
    assetRisk("R-4", {}),
    assetRisk("R-5", { current: rating("likely", "major", {}, m2) }),
  ];
  const map = heatMapCounts(m1, risks, "current");
  it("counts risks per cell with labels for a renderer", () => {
    expect(map.cells[2]![2]).toMatchObject({ likelihood: "likely", consequence: "major", count: 2, riskIds: ["R-1", "R-2"] });
    expect(map.cells[2]![2]!.level?.key).toBe("high");
    expect(map.cells[0]![0]!.count).toBe(1);
    expect(map.likelihood.map((level) => level.label)).toEqual(["Unlikely", "Possible", "Likely"]);
    expect(map.consequence).toHaveLength(3);
  });
  it("separates unrated risks and ratings under another version", () => {
    expect(map.total).toBe(3);
    expect(map.unrated).toEqual(["R-4"]);
    expect(map.notScored).toEqual(["R-5"]);
  });
});

describe("heatMapCounts with restate across versions of one methodology", () => {
  // Version 2 of m1's methodology moves from the 3×3 Cox matrix to the 4×4 preset, whose
  // keys are all new; version 3 keeps the 3×3 keys. Ratings under every version are drawn on
  // the version given, each through the scales of the version it was made under.
  const v2: Methodology = createMethodology({ id: m1.id, version: 2, name: "Acme method v2", reviewDate: "2028-01-31", matrix: matrix4x4Preset });
  const v3: Methodology = { ...m1, version: 3 };
  const risks = [
    assetRisk("R-1", { current: rating("likely", "major") }), // v1: top of 3 and top of 3
    assetRisk("R-2", { current: rating("possible", "minor") }), // v1: middle of 3, bottom of 3
    assetRisk("R-3", { current: rating("probable", "serious", {}, v2) }), // v2 itself
    assetRisk("R-4", { current: rating("unlikely", "moderate", {}, v3) }), // v3, a later version
    assetRisk("R-5", { current: rating("likely", "major", {}, { ...m1, id: "other" } as Methodology) }), // another methodology
  ];

  it("restates ratings of every version, earlier or later, whose keys are not on this version's scales, by their rank on their own version's scales", () => {
    const map = heatMapCounts(v2, risks, "current", { restate: true, methodologies: [m1, v2, v3] });
    expect(map.total).toBe(4);
    expect(map.restated).toEqual(["R-1", "R-2", "R-4"]);
    expect(map.notScored).toEqual(["R-5"]);
    expect(map.cells[3]![3]!.riskIds).toEqual(["R-1"]);
    expect(map.cells[2]![0]!.riskIds).toEqual(["R-2"]);
    expect(map.cells[2]![2]!.riskIds).toEqual(["R-3"]);
    expect(map.cells[0]![2]!.riskIds).toEqual(["R-4"]);
  });
  it("keeps a level whose key the drawn version still has, rank or not", () => {
    const map = heatMapCounts(m1, [assetRisk("R-1", { current: rating("likely", "moderate", {}, v3) })], "current", { restate: true, methodologies: [m1, v3] });
    expect(map.cells[2]![1]!.riskIds).toEqual(["R-1"]);
    expect(map.restated).toEqual(["R-1"]);
  });
  it("without the versions, restates only ratings whose keys are on this version's scales", () => {
    const map = heatMapCounts(v2, risks, "current", { restate: true });
    expect(map.restated).toEqual([]);
    expect(map.notScored).toEqual(["R-1", "R-2", "R-4", "R-5"]);
  });
  it("does not restate a rating of a version that is not held and whose keys are not on the scales", () => {
    const map = heatMapCounts(v2, [assetRisk("R-9", { current: rating("likely", "major", {}, { ...m1, version: 9 } as Methodology) })], "current", { restate: true, methodologies: [m1, v2] });
    expect(map.notScored).toEqual(["R-9"]);
  });
  it("without restate, counts only ratings of the version drawn", () => {
    const map = heatMapCounts(v2, risks, "current", { methodologies: [m1, v2, v3] });
    expect(map.total).toBe(1);
    expect(map.restated).toEqual([]);
  });
});
