// Requirement inheritance at scale: seeded synthetic inventories of 10k and 100k assets with
// about three dependencies each. Prints the time of effectiveRequirements and its ratio to a
// plain breadth-first traversal of the same arrays (id index, adjacency and a BFS from every
// unvisited asset), which is the floor any linear algorithm has to pay.
import { effectiveRequirements, validateAssets } from "../dist/index.js";
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
