import type { AssetId } from "../core/index.js";
import type { Asset } from "./asset.js";
import { buildGraph, hasSelfLoop, stronglyConnectedComponents, type AssetGraph } from "./_internal/graph.js";
import { argumentError, at } from "../core/_internal/index.js";

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
 * Shortest cycle through `start` inside its component, by breadth-first search: linear in
 * the component's assets and dependencies, the path included (built backwards, then
 * reversed once, so that a ring of n assets costs n steps and not n²).
 */
function shortestCycle(graph: AssetGraph, componentOf: Int32Array, start: number): { nodes: number[]; position: number } {
  const parent = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = at(queue, head);
    for (let edge = at(graph.offsets, node); edge < at(graph.offsets, node + 1); edge += 1) {
      const next = at(graph.targets, edge);
      if (componentOf[next] !== componentOf[start]) continue;
      if (next === start) {
        const nodes = [node];
        for (let at = node; at !== start; ) {
          at = parent.get(at) as number;
          nodes.push(at);
        }
        nodes.reverse();
        const second = nodes[1] ?? start;
        let position = 0;
        for (let first = at(graph.offsets, start); first < at(graph.offsets, start + 1); first += 1) {
          if (graph.targets[first] === second) {
            position = at(graph.positions, first);
            break;
          }
        }
        return { nodes, position };
      }
      if (!parent.has(next) && next !== start) {
        parent.set(next, node);
        queue.push(next);
      }
    }
  }
  /* v8 ignore next */
  return { nodes: [start], position: 0 };
}

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
  const { componentOf, count, members, starts } = stronglyConnectedComponents(graph);
  const found: DependencyCycle[] = [];
  for (let component = 0; component < count; component += 1) {
    const start = at(starts, component);
    const end = at(starts, component + 1);
    if (end - start === 1 && !hasSelfLoop(graph, at(members, start))) continue;
    const group = Array.from(members.subarray(start, end)).sort((a, b) => a - b);
    const first = at(group, 0);
    const { nodes, position } = shortestCycle(graph, componentOf, first);
    found.push({
      cycle: nodes.map((node) => at(assets, node).id),
      members: group.map((node) => at(assets, node).id),
      index: first,
      position,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}
