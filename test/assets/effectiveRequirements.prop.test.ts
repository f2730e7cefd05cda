import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { effectiveRequirements, listDependencyCycles, validateAssets, type Asset, type EffectiveRequirementSet } from "../../src/assets/index.js";
import type { AssetId } from "../../src/core/index.js";
import { inventoryArb } from "../arbitraries/assets.js";

const PROPERTIES = ["confidentiality", "integrity", "availability"] as const;
const LEVELS = ["low", "medium", "high", "very_high"];
const rank = (level: string | undefined) => (level === undefined ? -1 : LEVELS.indexOf(level));

function ranks(effective: ReadonlyMap<AssetId, EffectiveRequirementSet>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [id, set] of effective) out[id] = Object.fromEntries(PROPERTIES.map((property) => [property, set[property]?.rank ?? -1]));
  return out;
}

/** Reference implementation: for each asset, walk up to every transitive dependent, stopping at overrides. */
function naive(assets: readonly Asset[]): Record<string, Record<string, number>> {
  const dependents = new Map<string, string[]>();
  for (const asset of assets) for (const target of asset.dependsOn ?? []) dependents.set(target, [...(dependents.get(target) ?? []), asset.id]);
  const byId = new Map(assets.map((asset) => [asset.id as string, asset]));
  const out: Record<string, Record<string, number>> = {};
  for (const asset of assets) {
    out[asset.id] = {};
    for (const property of PROPERTIES) {
      const override = asset.requirementOverrides?.[property];
      if (override) {
        (out[asset.id] as Record<string, number>)[property] = rank(override.level);
        continue;
      }
      let best = rank(asset.requirements?.[property]);
      const seen = new Set<string>([asset.id]);
      const stack = [...(dependents.get(asset.id) ?? [])];
      while (stack.length > 0) {
        const next = stack.pop() as string;
        if (seen.has(next)) continue;
        seen.add(next);
        const other = byId.get(next) as Asset;
        const otherOverride = other.requirementOverrides?.[property];
        if (otherOverride) {
          best = Math.max(best, rank(otherOverride.level));
          continue;
        }
        best = Math.max(best, rank(other.requirements?.[property]));
        stack.push(...(dependents.get(next) ?? []));
      }
      (out[asset.id] as Record<string, number>)[property] = best;
    }
  }
  return out;
}

describe("effectiveRequirements properties", () => {
  test.prop([inventoryArb({ cycles: true, overrides: true })], { numRuns: 200 })("agrees with a naive walk over every dependent", (assets) => {
    expect(ranks(effectiveRequirements(assets))).toEqual(naive(assets));
  });

  test.prop([inventoryArb({ cycles: true })], { numRuns: 150 })("effective is at least own for every asset and property", (assets) => {
    const effective = effectiveRequirements(assets);
    for (const asset of assets) {
      for (const property of PROPERTIES) {
        expect(effective.get(asset.id)?.[property]?.rank ?? -1).toBeGreaterThanOrEqual(rank(asset.requirements?.[property]));
      }
    }
  });

  test.prop([inventoryArb({ cycles: true, overrides: true })], { numRuns: 150 })("is idempotent: rating assets at their effective levels changes nothing", (assets) => {
    const first = effectiveRequirements(assets);
    const rerated = assets.map((asset): Asset => {
      const set = first.get(asset.id) ?? {};
      return { ...asset, requirements: Object.fromEntries(Object.values(set).map((requirement) => [requirement.property, requirement.level])) };
    });
    expect(ranks(effectiveRequirements(rerated))).toEqual(ranks(first));
  });

  test.prop([inventoryArb({ cycles: true, overrides: true }).chain((assets) => fc.tuple(fc.constant(assets), fc.shuffledSubarray(assets, { minLength: assets.length })))], {
    numRuns: 150,
  })("does not depend on the order assets are listed in", ([assets, shuffled]) => {
    expect(ranks(effectiveRequirements(shuffled))).toEqual(ranks(effectiveRequirements(assets)));
  });

  test.prop([inventoryArb({ cycles: true }), fc.nat(), fc.nat()], { numRuns: 150 })("adding a dependency never lowers an effective requirement", (assets, from, to) => {
    const source = assets[from % assets.length] as Asset;
    const target = assets[to % assets.length] as Asset;
    const linked = assets.map((asset) => (asset === source ? { ...asset, dependsOn: [...(asset.dependsOn ?? []), target.id] } : asset));
    const before = ranks(effectiveRequirements(assets));
    const after = ranks(effectiveRequirements(linked));
    for (const asset of assets) for (const property of PROPERTIES) expect(after[asset.id]?.[property]).toBeGreaterThanOrEqual(before[asset.id]?.[property] as number);
  });

  test.prop([inventoryArb({ cycles: true, overrides: true })], { numRuns: 150 })("an override always wins", (assets) => {
    const effective = effectiveRequirements(assets);
    for (const asset of assets) {
      for (const [property, override] of Object.entries(asset.requirementOverrides ?? {})) {
        expect(effective.get(asset.id)?.[property]).toMatchObject({ level: override.level, source: { kind: "override", reason: override.reason } });
      }
    }
  });

  test.prop([inventoryArb({ cycles: true, overrides: true })], { numRuns: 150 })("every inherited value names an origin with that level and a direct dependent that has it", (assets) => {
    const effective = effectiveRequirements(assets);
    for (const asset of assets) {
      for (const requirement of Object.values(effective.get(asset.id) ?? {})) {
        if (requirement.source.kind !== "inherited") continue;
        const { from, via } = requirement.source;
        const origin = effective.get(from)?.[requirement.property];
        expect(origin?.rank).toBe(requirement.rank);
        expect(origin?.source.kind).not.toBe("inherited");
        expect(effective.get(via)?.[requirement.property]?.rank).toBe(requirement.rank);
        expect(assets.find((other) => other.id === via)?.dependsOn).toContain(asset.id);
      }
    }
  });

  test.prop([inventoryArb({ cycles: true })], { numRuns: 200 })("every asset on a cycle is in a reported cycle group, and every reported cycle is real", (assets) => {
    const byId = new Map(assets.map((asset) => [asset.id as string, asset]));
    const reaches = (from: string, to: string): boolean => {
      const seen = new Set<string>();
      const stack = [...(byId.get(from)?.dependsOn ?? [])];
      while (stack.length > 0) {
        const next = stack.pop() as string;
        if (next === to) return true;
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...(byId.get(next)?.dependsOn ?? []));
      }
      return false;
    };
    const onCycle = new Set(assets.filter((asset) => reaches(asset.id, asset.id)).map((asset) => asset.id as string));
    const cycles = listDependencyCycles(assets);
    expect(new Set(cycles.flatMap((found) => found.members))).toEqual(onCycle);
    for (const found of cycles) {
      found.cycle.forEach((id, index) => {
        const next = found.cycle[(index + 1) % found.cycle.length] as AssetId;
        expect(byId.get(id)?.dependsOn).toContain(next);
      });
    }
    expect(validateAssets(assets).filter((found) => found.code === "dependency_cycle")).toHaveLength(cycles.length);
  });

  test.prop([inventoryArb()], { numRuns: 100 })("an acyclic inventory of known references has no validation errors", (assets) => {
    expect(validateAssets(assets)).toEqual([]);
  });
});
