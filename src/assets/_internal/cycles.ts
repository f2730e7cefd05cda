import { at } from "../../core/_internal/index.js";
import { hasSelfLoop, type AssetGraph, type Components } from "./graph.js";

/** One cyclic group of the graph, by node index. */
export interface NodeCycle {
  /** A closed path through `index`: each node depends on the next, the last on the first. */
  readonly nodes: Int32Array;
  /** Every node of the strongly connected group, ascending. */
  readonly members: Int32Array;
  /** The group's first node (smallest index). */
  readonly index: number;
  /** Position, in that node's `dependsOn`, of the edge to the cycle's second node. */
  readonly position: number;
}

/**
 * Shortest cycle through `start` inside its component, by breadth-first search over typed
 * arrays that the caller owns: `parent` holds -1 for every node on entry and again on return
 * (only the nodes this search reached are reset), `queue` has room for every node. Linear in
 * the component's nodes and edges, the path included (measured along the parents, then
 * written backwards into a typed array of its exact length: no growing array, no reverse).
 */
function shortestCycle(
  graph: AssetGraph,
  componentOf: Int32Array,
  start: number,
  parent: Int32Array,
  queue: Int32Array,
): { nodes: Int32Array; position: number } {
  const { offsets, targets } = graph;
  const component = at(componentOf, start);
  let nodes = Int32Array.of(start);
  let tail = 0;
  queue[tail++] = start;
  search: for (let head = 0; head < tail; head += 1) {
    const node = at(queue, head);
    const end = at(offsets, node + 1);
    for (let edge = at(offsets, node); edge < end; edge += 1) {
      const next = at(targets, edge);
      if (componentOf[next] !== component) continue;
      if (next === start) {
        // The path is start → … → node; node's parents lead back to start.
        let length = 1;
        for (let step = node; step !== start; step = at(parent, step)) length += 1;
        nodes = new Int32Array(length);
        for (let step = node, slot = length - 1; slot >= 0; step = at(parent, step), slot -= 1) nodes[slot] = step;
        break search;
      }
      if (parent[next] === -1) {
        parent[next] = node;
        queue[tail++] = next;
      }
    }
  }
  for (let reached = 1; reached < tail; reached += 1) parent[at(queue, reached)] = -1;
  const second = nodes[1] ?? start;
  let position = 0;
  for (let edge = at(offsets, start); edge < at(offsets, start + 1); edge += 1) {
    if (targets[edge] === second) {
      position = at(graph.positions, edge);
      break;
    }
  }
  return { nodes, position };
}

/**
 * Every group of nodes that depend on each other in a circle (a component with more than
 * one node, or a node with an edge to itself), ordered by the group's first node, each with
 * one shortest cycle through that node. Linear in nodes plus edges: the groups' members come
 * out ascending from one pass over the nodes (no sort), and the searches share their arrays.
 */
export function nodeCycles(graph: AssetGraph, components: Components): NodeCycle[] {
  const { size } = graph;
  const { componentOf, count, starts } = components;
  const cyclic = new Uint8Array(count);
  let any = false;
  for (let component = 0; component < count; component += 1) {
    const start = at(starts, component);
    if (at(starts, component + 1) - start > 1 || hasSelfLoop(graph, at(components.members, start))) {
      cyclic[component] = 1;
      any = true;
    }
  }
  if (!any) return [];
  // Members of each cyclic component in ascending order, at the component's slots of `starts`.
  const sorted = new Int32Array(size);
  const cursor = starts.slice();
  const order: number[] = [];
  for (let node = 0; node < size; node += 1) {
    const component = at(componentOf, node);
    if (cyclic[component] === 0) continue;
    if (cursor[component] === starts[component]) order.push(component);
    sorted[at(cursor, component)] = node;
    cursor[component] = at(cursor, component) + 1;
  }
  const parent = new Int32Array(size).fill(-1);
  const queue = new Int32Array(size);
  const found: NodeCycle[] = [];
  for (const component of order) {
    const members = sorted.subarray(at(starts, component), at(starts, component + 1));
    const index = at(members, 0);
    const { nodes, position } = shortestCycle(graph, componentOf, index, parent, queue);
    found.push({ nodes, members, index, position });
  }
  return found;
}
