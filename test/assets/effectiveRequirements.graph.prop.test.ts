import { describe, expect } from "vitest";
import { test } from "@fast-check/vitest";
import { effectiveRequirements, type Asset } from "../../src/assets/index.js";
import { edgesOf, firstIndexes, graphInventoryArb } from "./referenceGraph.js";

const PROPERTIES = ["confidentiality", "integrity", "availability"] as const;
const LEVELS = ["low", "medium", "high", "very_high"];
const rank = (level: string | undefined): number => (level === undefined ? -1 : LEVELS.indexOf(level));

/**
 * For the first asset of each id: its override, else the highest of its own rating and those of
 * every asset that depends on it, directly or through others (an asset with an override passes
 * on the override and nothing from its own dependents). Repeated ids and unknown references
 * included: every asset counts as a dependent, references resolve to the first asset of an id.
 */
function reference(assets: readonly Asset[]): Map<string, Record<string, number>> {
  const edges = edgesOf(assets);
  const dependents = assets.map(() => [] as number[]);
  edges.forEach((list, from) => list.forEach(({ target }) => dependents[target]?.push(from)));
  const out = new Map<string, Record<string, number>>();
  for (const [id, index] of firstIndexes(assets)) {
    const own = assets[index] as Asset;
    const result: Record<string, number> = {};
    for (const property of PROPERTIES) {
      const override = own.requirementOverrides?.[property];
      if (override !== undefined) {
        result[property] = rank(override.level);
        continue;
      }
      let best = rank(own.requirements?.[property]);
      const seen = new Set([index]);
      const stack = [...(dependents[index] ?? [])];
      while (stack.length > 0) {
        const next = stack.pop() as number;
        if (seen.has(next)) continue;
        seen.add(next);
        const other = assets[next] as Asset;
        const otherOverride = other.requirementOverrides?.[property];
        if (otherOverride !== undefined) {
          best = Math.max(best, rank(otherOverride.level));
          continue;
        }
        best = Math.max(best, rank(other.requirements?.[property]));
        stack.push(...(dependents[next] ?? []));
      }
      result[property] = best;
    }
    out.set(id, result);
  }
  return out;
}

describe("effectiveRequirements on rings, self-loops, repeated ids and unknown references", () => {
  test.prop([graphInventoryArb()], { numRuns: 400 })("agrees with the reference walk for the first asset of every id", (assets) => {
    const effective = effectiveRequirements(assets);
    const ranks = new Map([...effective].map(([id, set]) => [id as string, Object.fromEntries(PROPERTIES.map((property) => [property, set[property]?.rank ?? -1]))]));
    expect(ranks).toEqual(reference(assets));
  });

  test.prop([graphInventoryArb()], { numRuns: 300 })("names a source that explains each value", (assets) => {
    const first = firstIndexes(assets);
    const byId = (id: string): Asset => assets[first.get(id) as number] as Asset;
    for (const [id, set] of effectiveRequirements(assets)) {
      const asset = byId(id);
      for (const property of PROPERTIES) {
        const value = set[property];
        if (value === undefined) continue;
        if (value.source.kind === "override") expect(asset.requirementOverrides?.[property]?.level).toBe(value.level);
        else if (value.source.kind === "own") expect(asset.requirements?.[property]).toBe(value.level);
        else {
          // Inherited: strictly above the own rating, from an asset (of that id) that rates it so, arriving
          // through a direct dependent whose own effective value is at least as high.
          expect(value.rank).toBeGreaterThan(rank(asset.requirements?.[property]));
          const source = value.source;
          const from = source.from;
          const rates = assets.filter((other) => other.id === from).flatMap((other) => [other.requirementOverrides?.[property]?.level, other.requirements?.[property]]);
          expect(rates).toContain(value.level);
          expect(assets.some((other) => other.id === source.via && other.dependsOn?.includes(asset.id))).toBe(true);
        }
      }
    }
  });
});
