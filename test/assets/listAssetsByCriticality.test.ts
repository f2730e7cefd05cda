import { describe, expect, it } from "vitest";
import { listAssetsByCriticality } from "../../src/assets/index.js";
import { queryAssets as assets } from "./fixtures.js";

describe("listAssetsByCriticality", () => {
  it("by criticality, most critical first and unrated last", () => {
    const ranked = listAssetsByCriticality(assets);
    expect(ranked.slice(0, 4).map((entry) => [entry.asset.id, entry.criticality?.level])).toEqual([
      ["DATA", "very_high"],
      ["APP", "very_high"],
      ["VM", "very_high"],
      ["OLD", "very_high"],
    ]);
    expect(ranked.at(-1)).toMatchObject({ criticality: undefined, score: undefined });
  });
});
