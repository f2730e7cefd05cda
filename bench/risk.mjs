// Risk scoring benchmark: a seeded register of 100 000 risks with four rating layers each,
// scored and evaluated through the library, against a plain loop that reads the same cells
// from a 2-D array. Also times checkMatrix on a 7×7 matrix. Run after `npx tsup`.
import { performance } from "node:perf_hooks";
import { checkMatrix, createMethodology, evaluateRisk, matrixFromFormula, product5x5Preset, RiskSchema, scoreRating } from "../dist/index.js";
import { seeded as mulberry32 } from "./_random.mjs";

const RISKS = 100_000;
const LAYERS = ["inherent", "current", "target", "residual"];


function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, runs = 7) {
  fn(); // warm up
  const samples = [];
  let result;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    result = fn();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

const methodology = createMethodology({ id: "bench", name: "Bench", reviewDate: "2027-01-01", matrix: product5x5Preset });
const lKeys = methodology.matrix.likelihood.levels.map((level) => level.key);
const cKeys = methodology.matrix.consequence.levels.map((level) => level.key);
const random = mulberry32(27001);
const ref = { id: methodology.id, version: methodology.version };

const risks = [];
for (let i = 0; i < RISKS; i += 1) {
  const ratings = {};
  for (const layer of LAYERS) {
    ratings[layer] = { likelihood: lKeys[Math.floor(random() * lKeys.length)], consequence: cKeys[Math.floor(random() * cKeys.length)], methodology: ref, date: "2026-03-01" };
  }
  risks.push({ kind: "event_based", id: `R-${i}`, title: "Risk", owner: "CISO", status: "analysed", affectedProperties: [], ratings, riskSource: "S", event: "E", consequenceDescription: "C" });
}
RiskSchema.parse(risks[0]); // the generated shape is a valid risk

const ratingCount = RISKS * LAYERS.length;

const scored = time(() => {
  let sum = 0;
  for (const risk of risks) for (const layer of LAYERS) sum += scoreRating(methodology, risk.ratings[layer]).levelIndex;
  return sum;
});

const evaluated = time(() => {
  let above = 0;
  for (const risk of risks) for (const layer of LAYERS) if (evaluateRisk(methodology, risk, layer).appetite === "above_tolerance") above += 1;
  return above;
});

// Plain baselines: the grid as a 2-D array of level indexes, read inline.
const levelIndex = Object.fromEntries(methodology.matrix.levels.map((level, i) => [level.key, i]));
const grid = methodology.matrix.cells.map((row) => row.map((key) => levelIndex[key]));
const lIndex = Object.fromEntries(lKeys.map((key, i) => [key, i]));
const cIndex = Object.fromEntries(cKeys.map((key, i) => [key, i]));

const plainKeys = time(() => {
  let sum = 0;
  for (const risk of risks) {
    for (const layer of LAYERS) {
      const rating = risk.ratings[layer];
      sum += grid[lIndex[rating.likelihood]][cIndex[rating.consequence]];
    }
  }
  return sum;
});

const li = new Int8Array(ratingCount);
const ci = new Int8Array(ratingCount);
let k = 0;
for (const risk of risks) for (const layer of LAYERS) {
  li[k] = lIndex[risk.ratings[layer].likelihood];
  ci[k] = cIndex[risk.ratings[layer].consequence];
  k += 1;
}
const plainIndexes = time(() => {
  let sum = 0;
  for (let i = 0; i < ratingCount; i += 1) sum += grid[li[i]][ci[i]];
  return sum;
});

if (scored.result !== plainKeys.result || plainKeys.result !== plainIndexes.result) throw new Error("the library and the plain loop disagree");

const seven = (prefix) => ({ levels: Array.from({ length: 7 }, (_, i) => ({ key: `${prefix}${i + 1}`, label: `${prefix}${i + 1}` })) });
const matrix7 = matrixFromFormula({
  likelihood: seven("L"),
  consequence: seven("C"),
  levels: ["low", "medium", "high", "very_high", "extreme"].map((key) => ({ key, label: key })),
  formula: { kind: "product" },
  bands: [
    { level: "low", from: 1 },
    { level: "medium", from: 6 },
    { level: "high", from: 12 },
    { level: "very_high", from: 20 },
    { level: "extreme", from: 36 },
  ],
});
const CHECKS = 2000;
const checks = time(() => {
  let findings = 0;
  for (let i = 0; i < CHECKS; i += 1) findings += checkMatrix(matrix7).findings.length;
  return findings;
}, 5);

const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`risk: ${RISKS.toLocaleString("en")} risks × ${LAYERS.length} layers = ${ratingCount.toLocaleString("en")} ratings (seeded, 5×5 product)`);
console.log(`  scoreRating, all ratings            ${fmt(scored.ms).padStart(10)}  (${((scored.ms * 1e6) / ratingCount).toFixed(0)} ns/rating)`);
console.log(`  evaluateRisk, all ratings           ${fmt(evaluated.ms).padStart(10)}  (${evaluated.result.toLocaleString("en")} above tolerance)`);
console.log(`  plain loop, keys → 2-D array        ${fmt(plainKeys.ms).padStart(10)}`);
console.log(`  plain loop, int indexes → 2-D array ${fmt(plainIndexes.ms).padStart(10)}`);
console.log(`  ratio scoreRating / plain (keys)    ${(scored.ms / plainKeys.ms).toFixed(1)}×`);
console.log(`  ratio evaluateRisk / plain (keys)   ${(evaluated.ms / plainKeys.ms).toFixed(1)}×`);
console.log(`  ratio scoreRating / plain (ints)    ${(scored.ms / plainIndexes.ms).toFixed(1)}×`);
console.log(`  checkMatrix on a 7×7 matrix         ${((checks.ms / CHECKS) * 1000).toFixed(1)} µs per call (${(checks.ms / CHECKS).toFixed(3)} ms)`);
