import { describe, expect, it } from "vitest";
import { listAssetsByCriticality, type Asset } from "../../src/assets/index.js";
import { asset } from "./fixtures.js";

const assets: readonly Asset[] = [
  asset("DATA", { type: "information", owner: "CFO", classification: "confidential", requirements: { confidentiality: "very_high" }, dependsOn: ["APP"] }),
  asset("APP", { type: "software", requirements: { availability: "medium" }, dependsOn: ["VM", "OLD"] }),
  asset("VM", { type: "hardware", classification: "internal" }),
  asset("OLD", { type: "hardware", status: "retired", retiredOn: "2025-01-01" }),
  asset("LONE", { type: "medical_device" }),
  asset("GONE", { type: "hardware", status: "disposed", disposedOn: "2025-01-01", dependsOn: ["OLDER"] }),
  asset("OLDER", { type: "hardware", status: "retired", retiredOn: "2024-01-01" }),
];

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
