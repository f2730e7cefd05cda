import type { Asset } from "../asset.js";
import { at } from "../../core/_internal/index.js";
import { IdIndex } from "./idIndex.js";

/** The dependency graph of an inventory in compressed sparse row form. */
export interface AssetGraph {
  /** Number of assets (nodes); node `i` is `assets[i]`. */
  readonly size: number;
  /** Id → index of its first occurrence (-1 for an id not in the inventory). */
  readonly indexOf: IdIndex;
  /** Index of the first asset with the same id as node `i` (`i` itself unless a duplicate). */
  readonly first: Int32Array;
  /** Edges of node `i` are `targets[offsets[i]]` … `targets[offsets[i + 1] - 1]`. */
  readonly offsets: Int32Array;
  /** Index of the dependency each edge points to. */
  readonly targets: Int32Array;
  /** Position in `dependsOn` each edge comes from. */
  readonly positions: Int32Array;
}

/**
 * Builds the graph "asset depends on asset", dropping references to unknown ids. Linear in
 * assets plus dependencies. Tolerates values built without parsing (missing `dependsOn`).
 */
export function buildGraph(assets: readonly Asset[]): AssetGraph {
  const size = assets.length;
  const ids = new Array<unknown>(size);
  let edgeCount = 0;
  for (let index = 0; index < size; index += 1) {
    const asset = at(assets, index);
    ids[index] = asset.id;
    edgeCount += asset.dependsOn?.length ?? 0;
  }
  const indexOf = new IdIndex(ids);
  const { first } = indexOf;
  const offsets = new Int32Array(size + 1);
  const targets = new Int32Array(edgeCount);
  const positions = new Int32Array(edgeCount);
  let edge = 0;
  for (let index = 0; index < size; index += 1) {
    offsets[index] = edge;
    const dependsOn = at(assets, index).dependsOn;
    if (dependsOn === undefined) continue;
    for (let position = 0; position < dependsOn.length; position += 1) {
      const target = indexOf.get(at(dependsOn, position));
      if (target === -1) continue;
      targets[edge] = target;
      positions[edge] = position;
      edge += 1;
    }
  }
  offsets[size] = edge;
  return { size, indexOf, first, offsets, targets: targets.subarray(0, edge), positions: positions.subarray(0, edge) };
}

/** Strongly connected components, emitted dependencies-first (reverse topological order). */
export interface Components {
  /** Component number of each node. */
  readonly componentOf: Int32Array;
  /** Number of components. */
  readonly count: number;
  /** Members of component `c` are `members[starts[c]]` … `members[starts[c + 1] - 1]`. */
  readonly members: Int32Array;
  /** Start of each component in `members`, plus a final sentinel. */
  readonly starts: Int32Array;
}

/**
 * Tarjan's algorithm without recursion (an explicit call stack), so that 100 000 assets
 * in a chain do not overflow the JavaScript stack. Components come out in reverse
 * topological order: a component is emitted after every component it depends on.
 */
export function stronglyConnectedComponents(graph: AssetGraph): Components {
  const { size, offsets, targets } = graph;
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack = new Int32Array(size);
  const callNode = new Int32Array(size);
  const callEdge = new Int32Array(size);
  const componentOf = new Int32Array(size);
  const members = new Int32Array(size);
  const starts = new Int32Array(size + 1);
  let stackTop = 0;
  let callTop = 0;
  let counter = 0;
  let count = 0;
  let memberCount = 0;
  for (let root = 0; root < size; root += 1) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    callNode[0] = root;
    callEdge[0] = at(offsets, root);
    callTop = 1;
    while (callTop > 0) {
      const node = at(callNode, callTop - 1);
      const edge = at(callEdge, callTop - 1);
      if (edge < at(offsets, node + 1)) {
        callEdge[callTop - 1] = edge + 1;
        const next = at(targets, edge);
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          stack[stackTop++] = next;
          onStack[next] = 1;
          callNode[callTop] = next;
          callEdge[callTop] = at(offsets, next);
          callTop += 1;
        } else if (onStack[next] === 1 && at(order, next) < at(low, node)) {
          low[node] = at(order, next);
        }
        continue;
      }
      callTop -= 1;
      if (low[node] === order[node]) {
        starts[count] = memberCount;
        let member: number;
        do {
          member = at(stack, --stackTop);
          onStack[member] = 0;
          componentOf[member] = count;
          members[memberCount++] = member;
        } while (member !== node);
        count += 1;
      }
      if (callTop > 0) {
        const parent = at(callNode, callTop - 1);
        if (at(low, node) < at(low, parent)) low[parent] = at(low, node);
      }
    }
  }
  starts[count] = memberCount;
  return { componentOf, count, members, starts };
}

/** Whether node `node` has an edge to itself. */
export function hasSelfLoop(graph: AssetGraph, node: number): boolean {
  for (let edge = at(graph.offsets, node); edge < at(graph.offsets, node + 1); edge += 1) {
    if (graph.targets[edge] === node) return true;
  }
  return false;
}
