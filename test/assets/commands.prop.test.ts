import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { AssetSchema, linkDependency, listDependencyCycles, unlinkDependency, updateAsset, type Asset } from "../../src/assets/index.js";
import { CustomFieldsSchema } from "../../src/core/index.js";
import { assetArb, customJsonArb, inventoryArb } from "../arbitraries/assets.js";
import { deepFreeze } from "./fixtures.js";

describe("command and schema properties", () => {
  test.prop([assetArb], { numRuns: 200 })("every asset survives a JSON round trip unchanged", (asset) => {
    expect(AssetSchema.parse(JSON.parse(JSON.stringify(asset)))).toEqual(asset);
  });

  it("the asset arbitrary yields assets on the seed that once produced a __proto__ key", () => {
    // Seed 1548437429 made fc.jsonValue emit {"__proto__": …} inside custom, which AssetSchema refuses.
    expect(() => fc.assert(fc.property(assetArb, (asset) => AssetSchema.safeParse(asset).success), { seed: 1548437429, numRuns: 200 })).not.toThrow();
  });

  it("the asset arbitrary only yields values JSON carries, on the seed that once produced -0", () => {
    // Seed 205265706 made fc.jsonValue emit -0 inside custom; JSON writes it as 0.
    const hasNegativeZero = (value: unknown): boolean =>
      Object.is(value, -0) || (typeof value === "object" && value !== null && Object.values(value).some(hasNegativeZero));
    const roundTrips = (asset: Asset) => !hasNegativeZero(asset) && JSON.stringify(AssetSchema.parse(JSON.parse(JSON.stringify(asset)))) === JSON.stringify(asset);
    expect(() => fc.assert(fc.property(assetArb, roundTrips), { seed: 205265706, numRuns: 200 })).not.toThrow();
  });

  test.prop([customJsonArb], { numRuns: 200 })("custom JSON values from the arbitraries always parse as custom fields", (value) => {
    expect(CustomFieldsSchema.safeParse({ value }).success).toBe(true);
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
