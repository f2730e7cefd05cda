// Requirement inheritance at scale: seeded synthetic inventories of 10k and 100k assets with
// about three dependencies each. Prints the time of effectiveRequirements and its ratio to a
// plain breadth-first traversal of the same arrays (id index, adjacency and a BFS from every
// unvisited asset), which is the floor any linear algorithm has to pay.
//
// Then rings (asset i depends on asset i + 1 mod n: one cycle through every asset, the worst
// case for naming a cycle) and open chains of 1k, 10k and 100k assets, the three sizes timed
// in turn in one process, with a plain BFS of the same arrays as the floor; the growth per
// 10× of a linear function is about 10, or whatever the BFS row shows on a loaded machine (it
// was 58 to 92 for validateAssets on a ring while the cycle's path was built with unshift and
// its members matched with includes). The ring rows are issue 18's asset growth targets.
import { effectiveRequirements, listDependencyCycles, validateAssets } from "../dist/index.js";
import { QUICK, ms, paired, times, verdict } from "./_measure.mjs";
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

console.log("assets: requirement inheritance on layered inventories (paired with a plain BFS of the same arrays; median of rounds)");
for (const size of QUICK ? [10_000] : [10_000, 100_000]) {
  const assets = inventory(size, 27001 + size);
  const edges = assets.reduce((sum, asset) => sum + asset.dependsOn.length, 0);
  if (effectiveRequirements(assets).size !== size || bfs(assets) !== size) throw new Error("benchmark sanity check failed");
  const result = paired({ effectiveRequirements: () => effectiveRequirements(assets), bfs: () => bfs(assets), validateAssets: () => validateAssets(assets) }, { warmup: 2, rounds: QUICK ? 3 : 5 });
  console.log(
    `  ${String(size).padStart(7)} assets, ${String(edges).padStart(6)} dependencies: ` +
      `effectiveRequirements ${ms(result.stats.effectiveRequirements.median)}, BFS ${ms(result.stats.bfs.median)}, ` +
      `ratio ${times(result.ratio("effectiveRequirements", "bfs").median)}; validateAssets ${ms(result.stats.validateAssets.median)}`,
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

// The ring and chain series (issue 18's growth target for assets): 1k, 10k and 100k assets in
// one process, each function run on the three sizes in turn within a round after a warm-up
// round; growth per 10× is the median of the per-round ratios. The plain BFS row shows what
// linear costs on this machine (it is the floor, not a target).
const sizes = QUICK ? [100, 1_000, 10_000] : [1_000, 10_000, 100_000];
const label = (size) => (size >= 1000 ? `${size / 1000}k` : String(size));
const rounds = QUICK ? 3 : 5;
console.log(`\nassets: rings and chains of ${sizes.map(label).join(", ")} assets, paired in one process (${rounds} rounds; linear is about 10× per step)`);
let floor = "";
for (const closed of [true, false]) {
  const graphs = sizes.map((size) => ring(size, closed));
  const functions = { "BFS (the linear floor)": bfs, validateAssets, listDependencyCycles, effectiveRequirements };
  for (const [name, run] of Object.entries(functions)) {
    const cases = Object.fromEntries(graphs.map((graph, at) => [label(sizes[at]), () => run(graph)]));
    const check = run(graphs[graphs.length - 1]);
    if (name === "validateAssets" && check.length !== (closed ? 1 : 0)) throw new Error("benchmark sanity check failed");
    const result = paired(cases, { warmup: 1, rounds, sameCalls: true });
    const growth = sizes.slice(1).map((size, at) => result.ratio(label(size), label(sizes[at])));
    const cpuGrowth = sizes.slice(1).map((size, at) => result.cpuRatio(label(size), label(sizes[at])));
    const cells = sizes.map((size) => ms(result.stats[label(size)].median).padStart(10)).join(" ");
    console.log(`  ${closed ? "ring " : "chain"} ${name.padEnd(24)} ${cells}   growth ${growth.map((g) => times(g.median)).join(", ")} (CPU time ${cpuGrowth.map((g) => times(g.median)).join(", ")})`);
    if (name === "BFS (the linear floor)") floor = growth.map((g) => times(g.median)).join(", ");
    else if (closed) {
      verdict({
        order: 9.5,
        measure: `growth per 10×, asset ring: ${name} (${sizes.map(label).join(" → ")})`,
        figure: growth.map((g) => times(g.median)).join(", "),
        cpu: cpuGrowth.map((g) => times(g.median)).join(", "),
        note: `the BFS floor grew ${floor}`,
        target: "≤ 11× per step",
        pass: Math.max(...growth.map((g) => g.median)) <= 11,
      });
    }
  }
}
