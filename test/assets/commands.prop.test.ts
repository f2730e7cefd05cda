import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { AssetSchema, linkDependency, listDependencyCycles, unlinkDependency, updateAsset, type Asset } from "../../src/assets/index.js";
import { assetArb, inventoryArb } from "../arbitraries/assets.js";
import { deepFreeze } from "./fixtures.js";

describe("command and schema properties", () => {
  test.prop([assetArb], { numRuns: 200 })("every asset survives a JSON round trip unchanged", (asset) => {
    expect(AssetSchema.parse(JSON.parse(JSON.stringify(asset)))).toEqual(asset);
  });

  test.prop([inventoryArb(), fc.nat(), fc.nat()], { numRuns: 150 })("linking keeps an acyclic inventory acyclic, and never mutates", (assets, from, to) => {
    const frozen = deepFreeze(assets);
    const before = structuredClone(frozen);
    const outcome = linkDependency(frozen, (frozen[from % frozen.length] as Asset).id, (frozen[to % frozen.length] as Asset).id);
    expect(frozen).toEqual(before);
    if (outcome.ok) expect(listDependencyCycles(outcome.value)).toEqual([]);
    else expect(outcome.error[0]?.code).toBe("dependency_cycle");
  });

  test.prop([inventoryArb(), fc.nat(), fc.nat()], { numRuns: 150 })("unlink undoes link", (assets, from, to) => {
    const source = (assets[from % assets.length] as Asset).id;
    const target = (assets[to % assets.length] as Asset).id;
    const cleared = unlinkDependency(assets, source, target);
    if (!cleared.ok) throw new Error("unlink never fails");
    const linked = linkDependency(cleared.value, source, target);
    if (!linked.ok) return;
    const back = unlinkDependency(linked.value, source, target);
    expect(back.ok && back.value).toEqual(cleared.value);
  });

  test.prop([inventoryArb(), fc.nat()], { numRuns: 100 })("an update with the asset's own values returns the same reference", (assets, index) => {
    const { id, ...rest } = assets[index % assets.length] as Asset;
    const outcome = updateAsset(assets, id, structuredClone(rest));
    expect(outcome.ok && outcome.value).toBe(assets);
  });
});
