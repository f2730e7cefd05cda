import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { listDependencyCycles, validateAssets, type Asset } from "../../src/assets/index.js";
import { graphInventoryArb } from "./referenceGraph.js";

// validateAssets fills an array of the cycle's exact length with the ids, where it used to
// push them one by one. The reference is that former code, verbatim, over the cycle
// listDependencyCycles names (the same search, whose ids now come from the same helper): it
// must agree on every id a value built without parsing may hold, since `join` prints
// undefined and null as nothing.
function referenceCycleMessage(cycle: readonly unknown[]): string {
  const names: unknown[] = [];
  for (const id of cycle) names.push(id);
  names.push(names[0]);
  return `Assets depend on each other in a cycle: ${names.join(" → ")}.`;
}

const oddIds: readonly unknown[] = [undefined, null, 7, 0, -0, "", "A → B", "Ä-1", { toString: () => "OBJ" }, true];

// Generated graphs with some ids (and the references to them) replaced by values of other types.
const oddInventoryArb = fc.tuple(graphInventoryArb(), fc.array(fc.option(fc.constantFrom(...oddIds), { nil: "keep" as const }), { minLength: 14, maxLength: 14 })).map(([assets, swaps]) => {
  const swap = new Map<unknown, unknown>();
  for (const asset of assets) {
    const replacement = swaps[Number(asset.id.slice(2)) % swaps.length];
    if (replacement !== "keep" && !swap.has(asset.id)) swap.set(asset.id, replacement);
  }
  const idOf = (id: unknown): unknown => (swap.has(id) ? swap.get(id) : id);
  return assets.map((asset) => ({ ...asset, id: idOf(asset.id), dependsOn: asset.dependsOn?.map(idOf) })) as unknown as Asset[];
});

describe("validateAssets cycle paths against the join-based reference", () => {
  test.prop([oddInventoryArb], { numRuns: 60 })("names each cycle in the same words", (assets) => {
    const messages = validateAssets(assets)
      .filter((found) => found.code === "dependency_cycle")
      .map((found) => found.message.replace(/ The cycle group also holds .*$/, ""));
    expect(messages.sort()).toEqual(listDependencyCycles(assets).map((cycle) => referenceCycleMessage(cycle.cycle)).sort());
  });

  it("prints a missing id as nothing and a number as its digits, as the former join did", () => {
    const assets = [
      { id: undefined, name: "a", type: "service", owner: "o", status: "in_use", dependsOn: [7] },
      { id: 7, name: "b", type: "service", owner: "o", status: "in_use", dependsOn: [undefined] },
    ] as unknown as Asset[];
    const message = validateAssets(assets).find((found) => found.code === "dependency_cycle")?.message;
    expect(message).toBe("Assets depend on each other in a cycle:  → 7 → .");
    expect(message).toBe(referenceCycleMessage([undefined, 7]));
  });

  it("the generated inventories hold cycles through ids of other types", () => {
    const samples = fc.sample(oddInventoryArb, { numRuns: 200, seed: 18 });
    const odd = samples.filter((assets) => listDependencyCycles(assets).some((cycle) => cycle.cycle.some((id) => typeof id !== "string")));
    expect(odd.length).toBeGreaterThan(10);
  });
});
