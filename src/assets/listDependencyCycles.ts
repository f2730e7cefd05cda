import type { AssetId } from "../core/index.js";
import type { Asset } from "./asset.js";
import { nodeCycles } from "./_internal/cycles.js";
import { buildGraph, stronglyConnectedComponents, type AssetGraph } from "./_internal/graph.js";
import { idsAt } from "./_internal/lookup.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * A group of assets that depend on each other in a circle, with one concrete cycle
 * through the group's first asset (in inventory order).
 *
 * @category Assets
 * @example
 * ```ts
 * // Link the hosting to the API without the check that linkDependency makes:
 * const api = AssetIdSchema.parse("A-SW-API");
 * const looped = doc.assets.map((asset) => (asset.id === "A-CS-HOSTING" ? { ...asset, dependsOn: [api] } : asset));
 * const found: DependencyCycle | undefined = listDependencyCycles(looped)[0];
 * found?.cycle; // ["A-SW-API", "A-CS-K8S", "A-CS-HOSTING"]: the API runs on Kubernetes, on the hosting
 * ```
 */
export type DependencyCycle = {
  /** A closed path: each asset depends on the next, and the last on the first. */
  readonly cycle: readonly AssetId[];
  /** Every asset of the strongly connected group, in inventory order. */
  readonly members: readonly AssetId[];
  /** Inventory index of the cycle's first asset. */
  readonly index: number;
  /** Position, in that asset's `dependsOn`, of the reference to the cycle's second asset. */
  readonly position: number;
};

/**
 * Finds every group of assets that depend on each other in a circle (strongly connected
 * components with more than one asset, or an asset that depends on itself), in linear time
 * and without recursion. Each group names one shortest cycle so that a person can break it.
 *
 * @param assets - the inventory
 * @returns the cycles, ordered by the inventory index of their first asset
 * @category Assets
 * @example
 * ```ts
 * listDependencyCycles(doc.assets); // []: the example's dependencies have no cycle
 * ```
 */
export function listDependencyCycles(assets: readonly Asset[]): readonly DependencyCycle[] {
  try {
    return cyclesOf(assets, buildGraph(assets));
  } catch (error) {
    throw argumentError("listDependencyCycles", error);
  }
}

/** {@link listDependencyCycles} over a graph built already. @internal */
export function cyclesOf(assets: readonly Asset[], graph: AssetGraph): DependencyCycle[] {
  return nodeCycles(graph, stronglyConnectedComponents(graph)).map(({ nodes, members, index, position }) => ({
    cycle: idsAt(assets, nodes),
    members: idsAt(assets, members),
    index,
    position,
  }));
}
