// The ISMS document at scale (issues 8 and 10): a large document of 20k assets and 50k risks
// with plans and decisions, then a series of 1k, 10k and 100k risks. Prints time (median of
// runs) and heap growth per step, ratios to JSON.parse of the same text, and the growth
// factor from one size to the next (near-linear means a tenfold input within about twelvefold
// time).
import { applyIsmsCommand, deriveIsmsSoa, parseIsms, validateIsms } from "../dist/index.js";
import { heatMapForDocument, renderHeatMapSvg, renderRiskRegisterCsv } from "../dist/report.js";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generateDocument } from "./_generate.mjs";

// Median time of `runs` runs (more for fast steps: as many as fit in about 300 ms, up to
// 25), and the largest heap growth seen in one run.
function measure(fn, runs = 3) {
  const times = [];
  let heap = 0;
  let result;
  let planned = runs;
  for (let run = 0; run < planned; run += 1) {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
    if (run === 0 && runs > 1) planned = Math.max(runs, Math.min(25, Math.floor(300 / Math.max(times[0], 0.01))));
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], mb: heap / 1048576, result, runs: times.length };
}

const fmt = (value) => value.toFixed(value < 10 ? 2 : 1).padStart(9);

const steps = {
  parse: (s) => parseIsms(JSON.parse(s.text)),
  validate: (s) => validateIsms(s.doc, { asOf: "2026-11-27" }),
  soa: (s) => deriveIsmsSoa(s.doc),
  "heat map": (s) => renderHeatMapSvg(heatMapForDocument(s.doc, "residual")),
  "risks CSV": (s) => renderRiskRegisterCsv(s.doc),
  // Not the library: a floor for the SoA. One pass that puts every risk id every plan names
  // into one Set (200k ids at 100k risks), to show how a plain linear pass over the same
  // data grows on this machine once the document no longer fits in the CPU caches.
  "floor: Set": (s) => {
    const ids = new Set();
    for (const plan of s.doc.treatmentPlans) for (const risk of plan.risks) ids.add(risk);
    return ids.size;
  },
};

// One size of the series, in its own process (so that no size measures in the heap left by
// another), printed as JSON for the parent.
function seriesSize(size) {
  const generated = generateDocument({ assets: size / 2, risks: size, seed: size });
  const state = { text: JSON.stringify(generated) };
  state.doc = parseIsms(JSON.parse(state.text));
  const out = {};
  for (const [name, fn] of Object.entries(steps)) {
    const { ms, mb, runs } = measure(() => fn(state), size >= 100_000 && (name === "parse" || name === "validate") ? 1 : 3);
    out[name] = { ms, mb, runs };
  }
  return out;
}

if (process.argv[2] === "--series-size") {
  console.log(JSON.stringify(seriesSize(Number(process.argv[3]))));
  process.exit(0);
}

console.log("Large document: 20,000 assets, 50,000 risks, plans and decisions");
const large = generateDocument({ assets: 20_000, risks: 50_000 });
const text = JSON.stringify(large);
console.log(`  serialised: ${(text.length / 1048576).toFixed(1)} MiB`);
const floor = measure(() => JSON.parse(text));
const parsed = measure(() => parseIsms(JSON.parse(text)));
const doc = parsed.result;
const validated = measure(() => validateIsms(doc, { asOf: "2026-11-27" }), 1);
const soa = measure(() => deriveIsmsSoa(doc));
const meta = { by: "bench", at: "2026-11-27T12:00:00Z" };
const update = measure(() => applyIsmsCommand(doc, { type: "entity.update", collection: "risks", id: "R-25000", patch: { owner: "New owner" } }, meta), 5);
const rows = [
  ["JSON.parse (floor)", floor],
  ["parseIsms (incl. JSON.parse)", parsed],
  ["validateIsms", validated],
  ["deriveIsmsSoa", soa],
  ["one risk update command", update],
];
console.log("  step                              time ms   heap MiB  ratio to JSON.parse");
for (const [name, value] of rows) console.log(`  ${name.padEnd(32)}${fmt(value.ms)} ${fmt(value.mb)}  ${(value.ms / floor.ms).toFixed(3)}`);
console.log(`  validateIsms found ${validated.result.length} issues`);
if (!update.result.ok) throw new Error("the update command was refused");
console.log(`  the update's change-log entry has ${update.result.value.entry.patches.length} patch(es)`);

console.log("\nSeries: 1k, 10k, 100k risks (assets = risks / 2), each size in a new process");
const sizes = [1_000, 10_000, 100_000];
const results = {};
for (const size of sizes) {
  const output = execFileSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--series-size", String(size)], { encoding: "utf8", maxBuffer: 1 << 20 });
  for (const [name, value] of Object.entries(JSON.parse(output))) (results[name] ??= []).push(value);
}
console.log(`  step        ${sizes.map((size) => `${String(size).padStart(7)} risks ms (MiB)`).join("  ")}   growth x10  x10`);
for (const [name, list] of Object.entries(results)) {
  const cells = list.map((value) => `${value.ms.toFixed(1).padStart(10)} (${value.mb.toFixed(1).padStart(6)})`).join("        ");
  const growth = list.slice(1).map((value, index) => (value.ms / list[index].ms).toFixed(1).padStart(6)).join(" ");
  console.log(`  ${name.padEnd(10)}${cells}   ${growth}`);
}
