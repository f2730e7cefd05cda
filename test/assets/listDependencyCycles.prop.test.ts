import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { listDependencyCycles } from "../../src/assets/index.js";
import { graphInventoryArb, referenceCycles } from "./referenceGraph.js";

// The cycles come from typed arrays (an iterative Tarjan, one pass for the members, shared
// breadth-first buffers); the reference finds groups by plain reachability and the cycle by a
// breadth-first search with Maps.
describe("listDependencyCycles properties", () => {
  test.prop([graphInventoryArb()], { numRuns: 400 })("agrees with the reference on groups, cycles, indexes and positions", (assets) => {
    const found = listDependencyCycles(assets).map((cycle) => ({ cycle: [...cycle.cycle], members: [...cycle.members], index: cycle.index, position: cycle.position }));
    expect(found).toEqual(referenceCycles(assets));
  });

  test.prop([fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 39 })], { numRuns: 60 })("a ring names every asset, starting at its first", (size, shift) => {
    const assets = Array.from({ length: size }, (_, index) => ({
      id: `R-${index}`,
      name: "Ring",
      type: "service",
      owner: "Owner",
      status: "in_use",
      dependsOn: [`R-${(index + 1 + (shift % size)) % size}`],
    })) as unknown as Parameters<typeof listDependencyCycles>[0];
    const cycles = listDependencyCycles(assets);
    expect(cycles.flatMap((cycle) => cycle.members).sort()).toEqual(assets.filter((_, index) => referenceCycles(assets).some((cycle) => cycle.members.includes(assets[index]!.id))).map((asset) => asset.id).sort());
    expect(cycles.map((cycle) => cycle.index)).toEqual(referenceCycles(assets).map((cycle) => cycle.index));
  });
});

describe("the generated inventories", () => {
  it("cover cycles, self-loops, repeated ids, repeated and unknown references, and acyclic inventories", () => {
    const samples = fc.sample(graphInventoryArb(), { numRuns: 400, seed: 18 });
    const ids = (assets: readonly { id: string }[]) => new Set(assets.map((asset) => asset.id)).size;
    expect(samples.filter((assets) => referenceCycles(assets).some((cycle) => cycle.members.length > 2)).length).toBeGreaterThan(20);
    expect(samples.filter((assets) => referenceCycles(assets).some((cycle) => cycle.cycle.length === 1)).length).toBeGreaterThan(20);
    expect(samples.filter((assets) => referenceCycles(assets).length === 0).length).toBeGreaterThan(20);
    expect(samples.filter((assets) => ids(assets) < assets.length).length).toBeGreaterThan(20);
    expect(samples.filter((assets) => assets.some((asset) => asset.dependsOn?.some((target) => target.startsWith("GHOST")))).length).toBeGreaterThan(20);
    expect(samples.filter((assets) => assets.some((asset) => new Set(asset.dependsOn).size < (asset.dependsOn?.length ?? 0))).length).toBeGreaterThan(20);
  });
});
