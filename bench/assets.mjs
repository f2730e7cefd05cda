// Requirement inheritance at scale: seeded synthetic inventories of 10k and 100k assets with
// about three dependencies each. Prints the time of effectiveRequirements and its ratio to a
// plain breadth-first traversal of the same arrays (id index, adjacency and a BFS from every
// unvisited asset), which is the floor any linear algorithm has to pay.
//
// Then rings (asset i depends on asset i + 1 mod n: one cycle through every asset, the worst
// case for naming a cycle) and open chains of 10k and 100k assets, timed in the same process
// as pairs with a plain BFS of the same arrays; the 100k/10k ratio of a linear function is
// about 10, or whatever the BFS row shows on a loaded machine (it was 58 to 92 for
// validateAssets on a ring while the cycle's path was built with unshift and its members
// matched with includes).
import { effectiveRequirements, listDependencyCycles, validateAssets } from "../dist/index.js";
import { seeded as random } from "./_random.mjs";

const LEVELS = ["low", "medium", "high", "very_high"];


// Layers like a real inventory: information → software → service → hardware → site. Every
// asset above the site layer draws four dependencies in the layers below (about three per
// asset overall), so the graph is acyclic.
function inventory(size, seed) {
  const next = random(seed);
  const types = ["information", "software", "service", "hardware", "site"];
  const assets = [];
  for (let index = 0; index < size; index += 1) {
    const layer = Math.min(4, Math.floor((index / size) * 5));
    const dependsOn = [];
    if (layer < 4) {
      const from = Math.ceil(((layer + 1) / 5) * size);
      for (let k = 0; k < 4; k += 1) {
        const target = from + Math.floor(next() * (size - from));
        const id = `A${target}`;
        if (!dependsOn.includes(id)) dependsOn.push(id);
      }
    }
    const requirements = {};
    for (const property of ["confidentiality", "integrity", "availability"]) if (next() < 0.5) requirements[property] = LEVELS[Math.floor(next() * 4)];
    const asset = { id: `A${index}`, name: `Asset ${index}`, type: types[layer], owner: "Owner", status: "in_use", requirements, dependsOn };
    if (next() < 0.01) asset.requirementOverrides = { availability: { level: "low", reason: "Stand-by." } };
    assets.push(asset);
  }
  return assets;
}

function bfs(assets) {
  const indexOf = new Map();
  for (let i = 0; i < assets.length; i += 1) if (!indexOf.has(assets[i].id)) indexOf.set(assets[i].id, i);
  const adjacency = assets.map((asset) => (asset.dependsOn ?? []).map((id) => indexOf.get(id)).filter((i) => i !== undefined));
  const seen = new Uint8Array(assets.length);
  const queue = new Int32Array(assets.length);
  let visited = 0;
  for (let root = 0; root < assets.length; root += 1) {
    if (seen[root]) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    seen[root] = 1;
    while (head < tail) {
      const node = queue[head++];
      visited += 1;
      for (const next of adjacency[node]) {
        if (!seen[next]) {
          seen[next] = 1;
          queue[tail++] = next;
        }
      }
    }
  }
  return visited;
}

function best(run, repeats) {
  let fastest = Infinity;
  let result;
  for (let r = 0; r < repeats; r += 1) {
    globalThis.gc?.(); // run.mjs passes --expose-gc: collect the last run's garbage outside the timing
    const start = performance.now();
    result = run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return { ms: fastest, result };
}

console.log("assets: requirement inheritance (best of 5 runs)");
for (const size of [10_000, 100_000]) {
  const assets = inventory(size, 27001 + size);
  const edges = assets.reduce((sum, asset) => sum + asset.dependsOn.length, 0);
  for (let w = 0; w < 3; w += 1) {
    effectiveRequirements(assets);
    bfs(assets);
  }
  const inherit = best(() => effectiveRequirements(assets), 5);
  const traverse = best(() => bfs(assets), 5);
  const validate = best(() => validateAssets(assets), 3);
  if (inherit.result.size !== size || traverse.result !== size) throw new Error("benchmark sanity check failed");
  console.log(
    `  ${String(size).padStart(7)} assets, ${String(edges).padStart(6)} dependencies: ` +
      `effectiveRequirements ${inherit.ms.toFixed(1)} ms, BFS ${traverse.ms.toFixed(1)} ms, ` +
      `ratio ${(inherit.ms / traverse.ms).toFixed(1)}x; validateAssets ${validate.ms.toFixed(1)} ms`,
  );
}

// Asset i depends on asset i + 1; the last depends on the first (ring) or on nothing (chain).
function ring(size, closed) {
  const assets = [];
  for (let index = 0; index < size; index += 1) {
    const last = index === size - 1;
    const dependsOn = last && !closed ? [] : [`A${(index + 1) % size}`];
    assets.push({ id: `A${index}`, name: `Asset ${index}`, type: "service", owner: "Owner", status: "in_use", requirements: { availability: "high" }, dependsOn });
  }
  return assets;
}

console.log("\nassets: rings and chains, 100k against 10k in one process (best of 5 runs; linear is about 10x, and the BFS row shows what linear costs on this machine)");
for (const closed of [true, false]) {
  const [small, large] = [ring(10_000, closed), ring(100_000, closed)];
  const functions = { "BFS (the linear floor)": bfs, validateAssets, listDependencyCycles, effectiveRequirements };
  for (const [name, run] of Object.entries(functions)) {
    for (let w = 0; w < 2; w += 1) {
      run(small);
      run(large);
    }
    const a = best(() => run(small), 5);
    const b = best(() => run(large), 5);
    if (name === "validateAssets" && b.result.length !== (closed ? 1 : 0)) throw new Error("benchmark sanity check failed");
    console.log(
      `  ${closed ? "ring " : "chain"} ${name.padEnd(24)} 10k ${a.ms.toFixed(1).padStart(7)} ms, 100k ${b.ms.toFixed(1).padStart(8)} ms, ratio ${(b.ms / a.ms).toFixed(1)}x`,
    );
  }
}
