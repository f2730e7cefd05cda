import { describe, expect, it } from "vitest";
import {
  defaultAssetSettings,
  effectiveCriticality,
  findAsset,
  findDependencyPath,
  listAssetsByClassification,
  listAssetsByCriticality,
  listAssetsByOwner,
  listAssetsByType,
  listAssetsWithoutOwner,
  listDependencyCycles,
  listDependents,
  listIsolatedAssets,
  listRetiredAssetsInUse,
  requirementScore,
  type Asset,
  type AssetSettings,
} from "../../src/assets/index.js";
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

const ids = (list: readonly Asset[]) => list.map((item) => item.id);

describe("queries", () => {
  it("find by id", () => {
    expect(findAsset(assets, "VM")?.type).toBe("hardware");
    expect(findAsset(assets, "NOPE")).toBeUndefined();
  });
  it("finds a shortest dependency path, or undefined when there is none", () => {
    expect(findDependencyPath(assets, "DATA", "VM")).toEqual(["DATA", "APP", "VM"]);
    expect(findDependencyPath(assets, "DATA", "DATA")).toEqual(["DATA"]);
    expect(findDependencyPath(assets, "VM", "DATA")).toBeUndefined();
    expect(findDependencyPath(assets, "NOPE", "NOPE")).toBeUndefined();
  });
  it("by owner, type and classification", () => {
    expect(ids(listAssetsByOwner(assets, "CFO"))).toEqual(["DATA"]);
    expect(ids(listAssetsByOwner(assets, " cfo"))).toEqual(["DATA"]);
    expect(ids(listAssetsByType(assets, "medical_device"))).toEqual(["LONE"]);
    expect(ids(listAssetsByClassification(assets, "internal"))).toEqual(["VM"]);
    expect(ids(listAssetsByClassification(assets, undefined))).toEqual(["APP", "OLD", "LONE", "GONE", "OLDER"]);
  });
  it("without owner", () => {
    const { owner: _dropped, ...ownerless } = asset("X");
    expect(ids(listAssetsWithoutOwner([...assets, ownerless as Asset, { ...asset("Y"), owner: "" }]))).toEqual(["X", "Y"]);
  });
  it("isolated assets depend on nothing and nothing depends on them", () => {
    expect(ids(listIsolatedAssets([...assets, asset("SELF", { dependsOn: ["SELF"] })]))).toEqual(["LONE"]);
  });
  it("retired assets still depended on by an asset in use", () => {
    expect(ids(listRetiredAssetsInUse(assets))).toEqual(["OLD"]);
  });
  it("direct dependents", () => {
    expect(ids(listDependents(assets, "APP"))).toEqual(["DATA"]);
  });
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
  it("criticality compares scales of different lengths by position", () => {
    const settings: AssetSettings = {
      ...defaultAssetSettings,
      requirementScales: { ...defaultAssetSettings.requirementScales, safety: { label: "Safety", levels: [{ key: "no", label: "No" }, { key: "yes", label: "Yes" }] } },
    };
    const requirements = {
      availability: { property: "availability", level: "high", rank: 2, source: { kind: "own" } as const },
      safety: { property: "safety", level: "yes", rank: 1, source: { kind: "own" } as const },
    };
    expect(effectiveCriticality(requirements, settings)?.property).toBe("safety");
    expect(effectiveCriticality({})).toBeUndefined();
    expect(requirementScore({ property: "unknown", level: "x", rank: 0, source: { kind: "own" } })).toBe(1);
    const single: AssetSettings = { ...settings, requirementScales: { ...settings.requirementScales, safety: { label: "S", levels: [{ key: "only", label: "Only" }] } } };
    expect(requirementScore({ property: "safety", level: "only", rank: 0, source: { kind: "own" } }, single)).toBe(1);
  });
  it("lists a ring of 100 000 assets as one cycle, in ring order", () => {
    const size = 100_000;
    const ring = Array.from({ length: size }, (_, index) => ({ ...asset("A0"), id: `A${index}` as Asset["id"], dependsOn: [`A${(index + 1) % size}` as Asset["id"]] }));
    const cycles = listDependencyCycles(ring);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.cycle).toHaveLength(size);
    expect(cycles[0]!.members).toHaveLength(size);
    expect(cycles[0]!.cycle.slice(0, 3)).toEqual(["A0", "A1", "A2"]);
    expect(cycles[0]!.cycle.at(-1)).toBe("A99999");
    expect([cycles[0]!.index, cycles[0]!.position]).toEqual([0, 0]);
  });

  it("lists dependency cycles with their members", () => {
    const cycles = listDependencyCycles([asset("A", { dependsOn: ["B"] }), asset("B", { dependsOn: ["A"] }), asset("C", { dependsOn: ["C"] }), asset("D")]);
    expect(cycles.map((found) => [found.cycle, found.members, found.index, found.position])).toEqual([
      [["A", "B"], ["A", "B"], 0, 0],
      [["C"], ["C"], 2, 0],
    ]);
  });
});
