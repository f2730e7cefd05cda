import { describe, expect } from "vitest";
import { test } from "@fast-check/vitest";
import { validateAssets, type Asset } from "../../src/assets/index.js";
import { issue, sortIssues, type IsmsIssue } from "../../src/core/index.js";
import { firstIndexes, graphInventoryArb, referenceCycles } from "./referenceGraph.js";

const outOfUse = (asset: Asset): boolean => asset.status === "retired" || asset.status === "disposed";

/**
 * The issues the generated inventories can have, by the rules as the documentation states
 * them, with Maps and Sets and no graph: repeated ids, unknown and repeated references, a
 * retired or disposed asset that assets in use depend on, and the cycles.
 */
function referenceIssues(assets: readonly Asset[]): IsmsIssue[] {
  const found: IsmsIssue[] = [];
  const first = firstIndexes(assets);
  const dependents = new Map<string, string[]>();
  assets.forEach((asset, index) => {
    const earlier = first.get(asset.id) as number;
    if (earlier !== index) found.push(issue("duplicate_asset_id", `Asset id ${asset.id} is already used by the asset at index ${earlier}.`, [index, "id"]));
    const dependsOn = asset.dependsOn ?? [];
    dependsOn.forEach((target, position) => {
      if (!first.has(target)) found.push(issue("unknown_asset_reference", `Asset ${asset.id} depends on ${target}, which is not in the inventory.`, [index, "dependsOn", position]));
      else if (dependsOn.slice(0, position).includes(target)) found.push(issue("duplicate_dependency", `Asset ${asset.id} lists ${target} twice.`, [index, "dependsOn", position], "warning"));
      else if (!outOfUse(asset) && target !== asset.id && outOfUse(assets[first.get(target) as number] as Asset)) {
        dependents.set(target, [...(dependents.get(target) ?? []), asset.id]);
      }
    });
  });
  for (const [id, list] of dependents) {
    const index = first.get(id) as number;
    const asset = assets[index] as Asset;
    found.push(issue("retired_asset_in_use", `Asset ${id} is ${asset.status} but ${list.join(", ")} still depend${list.length === 1 ? "s" : ""} on it.`, [index, "status"], "warning"));
  }
  for (const cycle of referenceCycles(assets)) {
    const others = cycle.members.filter((id) => !cycle.cycle.includes(id));
    found.push(
      issue(
        "dependency_cycle",
        `Assets depend on each other in a cycle: ${[...cycle.cycle, cycle.cycle[0]].join(" → ")}.` + (others.length > 0 ? ` The cycle group also holds ${others.join(", ")}.` : ""),
        [cycle.index, "dependsOn", cycle.position],
      ),
    );
  }
  return sortIssues(found);
}

describe("validateAssets properties", () => {
  test.prop([graphInventoryArb()], { numRuns: 400 })("reports exactly the reference's issues, in the same order, with the same messages", (assets) => {
    expect(validateAssets(assets)).toEqual(referenceIssues(assets));
  });

  test.prop([graphInventoryArb()], { numRuns: 100 })("gives the same answer twice and leaves the inventory as it was", (assets) => {
    const before = JSON.stringify(assets);
    expect(validateAssets(assets)).toEqual(validateAssets(assets));
    expect(JSON.stringify(assets)).toBe(before);
  });
});
