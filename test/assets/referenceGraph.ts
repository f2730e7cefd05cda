import { fc } from "@fast-check/vitest";
import type { Asset } from "../../src/assets/index.js";
import type { AssetId } from "../../src/core/index.js";

// Plain reference implementations of the dependency-graph rules, written for clarity (Maps,
// Sets, quadratic reachability) rather than speed, for the property tests that hold the fast
// typed-array versions in src/assets/_internal to the same answers. And an arbitrary for
// inventories shaped like the hard cases: rings, self-loops, diamonds, random DAGs, several
// components, repeated ids, repeated and dangling references.

/** The index of the first asset of each id. */
export function firstIndexes(assets: readonly Asset[]): Map<string, number> {
  const first = new Map<string, number>();
  assets.forEach((asset, index) => {
    if (!first.has(asset.id)) first.set(asset.id, index);
  });
  return first;
}

/** Edges of each asset to the first asset of each known id it names, in `dependsOn` order, with the position. */
export function edgesOf(assets: readonly Asset[]): { target: number; position: number }[][] {
  const first = firstIndexes(assets);
  return assets.map((asset) =>
    (asset.dependsOn ?? []).flatMap((id, position) => {
      const target = first.get(id);
      return target === undefined ? [] : [{ target, position }];
    }),
  );
}

/** Every node reachable from `start` by one or more edges. */
function reachable(edges: readonly { target: number }[][], start: number): Set<number> {
  const seen = new Set<number>();
  const stack = (edges[start] ?? []).map((edge) => edge.target);
  while (stack.length > 0) {
    const node = stack.pop() as number;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const edge of edges[node] ?? []) stack.push(edge.target);
  }
  return seen;
}

/** A reference cycle: like `DependencyCycle`, by node index and id. */
export interface ReferenceCycle {
  cycle: AssetId[];
  members: AssetId[];
  index: number;
  position: number;
}

/**
 * The cyclic groups (mutually reachable nodes; a single node only with an edge to itself),
 * ordered by their first node, each with the cycle that a breadth-first search from that node
 * (edges in `dependsOn` order, staying in the group) closes first.
 */
export function referenceCycles(assets: readonly Asset[]): ReferenceCycle[] {
  const edges = edgesOf(assets);
  const reach = assets.map((_, node) => reachable(edges, node));
  const done = new Set<number>();
  const cycles: ReferenceCycle[] = [];
  for (let start = 0; start < assets.length; start += 1) {
    if (done.has(start)) continue;
    const group = assets.map((_, node) => node).filter((node) => node === start || (reach[start]?.has(node) === true && reach[node]?.has(start) === true));
    for (const node of group) done.add(node);
    if (!reach[start]?.has(start)) continue;
    const inGroup = new Set(group);
    const parent = new Map<number, number>();
    const queue = [start];
    let path: number[] | undefined;
    while (path === undefined) {
      const node = queue.shift() as number;
      for (const { target } of edges[node] ?? []) {
        if (!inGroup.has(target)) continue;
        if (target === start) {
          path = [node];
          while ((path[0] as number) !== start) path.unshift(parent.get(path[0] as number) as number);
          break;
        }
        if (!parent.has(target)) {
          parent.set(target, node);
          queue.push(target);
        }
      }
    }
    const second = path[1] ?? start;
    const position = (edges[start] ?? []).find((edge) => edge.target === second)?.position ?? 0;
    const id = (node: number): AssetId => (assets[node] as Asset).id;
    cycles.push({ cycle: path.map(id), members: group.map(id), index: start, position });
  }
  return cycles;
}

const SHAPES = ["random", "ring", "dag", "diamond", "self"] as const;

/**
 * Inventories of 1–14 assets: ids drawn from a pool that may be smaller than the inventory
 * (repeated ids), references to known ids, to ids that are not in the inventory and repeated,
 * statuses of every kind (with the lifecycle dates they need, so that the graph issues are
 * the only ones besides what the shape implies), and own ratings on the default scales.
 */
export function graphInventoryArb(): fc.Arbitrary<Asset[]> {
  return fc
    .record({
      size: fc.integer({ min: 1, max: 14 }),
      pool: fc.integer({ min: 1, max: 14 }),
      shape: fc.constantFrom(...SHAPES),
      seeds: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
      statuses: fc.array(fc.constantFrom("planned", "in_use", "retired", "disposed"), { minLength: 14, maxLength: 14 }),
      levels: fc.array(fc.option(fc.constantFrom("low", "medium", "high", "very_high"), { nil: undefined }), { minLength: 42, maxLength: 42 }),
      overrides: fc.array(fc.option(fc.constantFrom("low", "high"), { nil: undefined, freq: 4 }), { minLength: 14, maxLength: 14 }),
    })
    .map(({ size, pool, shape, seeds, statuses, levels, overrides }) => {
      let cursor = 0;
      const next = (below: number): number => ((seeds[cursor++ % seeds.length] ?? 0) + cursor * 7) % below;
      const idCount = Math.min(pool, size);
      const idOf = (index: number): string => `A-${index % idCount}`;
      return Array.from({ length: size }, (_, index): Asset => {
        const dependsOn: string[] = [];
        if (shape === "ring") dependsOn.push(idOf((index + 1) % size));
        if (shape === "self" && next(2) === 0) dependsOn.push(idOf(index));
        if (shape === "diamond" && index % 3 === 0) dependsOn.push(idOf(index + 1), idOf(index + 2));
        if (shape === "diamond" && index % 3 !== 0) dependsOn.push(idOf(index - (index % 3) + 3));
        const extra = next(4);
        for (let k = 0; k < extra; k += 1) {
          const kind = next(8);
          if (kind === 0) dependsOn.push(`GHOST-${next(3)}`);
          else if (shape === "dag" || shape === "diamond") {
            const target = index + 1 + next(size);
            if (target < size) dependsOn.push(idOf(target));
          }
          else dependsOn.push(idOf(next(size)));
        }
        if (next(10) === 0 && dependsOn.length > 0) dependsOn.push(dependsOn[0] as string);
        const status = statuses[index] ?? "in_use";
        const requirements: Record<string, string> = {};
        ["confidentiality", "integrity", "availability"].forEach((property, at) => {
          const level = levels[index * 3 + at];
          if (level !== undefined) requirements[property] = level;
        });
        const override = overrides[index];
        return {
          id: idOf(index) as AssetId,
          name: `Asset ${index}`,
          type: "service",
          owner: "Owner",
          status,
          ...(status === "retired" ? { retiredOn: "2025-01-01" } : {}),
          ...(status === "disposed" ? { disposedOn: "2025-06-01" } : {}),
          requirements,
          ...(override === undefined ? {} : { requirementOverrides: { availability: { level: override, reason: "Assessed by hand." } } }),
          ...(dependsOn.length > 0 ? { dependsOn: dependsOn as AssetId[] } : {}),
        } as Asset;
      });
    });
}
