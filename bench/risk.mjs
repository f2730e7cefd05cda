// Risk scoring benchmark: a seeded register of 100 000 risks with four rating layers each,
// scored and evaluated through the library, each against a plain loop that does the same
// work on the same objects (like with like):
// - scoreRating against a loop that turns each rating's likelihood and consequence keys into
//   indexes (object lookups) and reads the level index from a 2-D array;
// - evaluateRisk against the same loop that also classifies the level against the appetite
//   and tolerance and reads the level's acceptance authority, as evaluateRisk returns them.
// The cases run in turn (paired) after a warm-up round; ratios are medians of the per-round
// ratios. A loop over precomputed integer indexes is printed too, as the floor of the memory
// traffic, without a ratio: it skips the key lookups, so it does not do the same work. Also
// times checkMatrix on a 7×7 matrix. Run after `npm run build`.
import { checkMatrix, createMethodology, evaluateRisk, matrixFromFormula, product5x5Preset, RiskSchema, scoreRating } from "../dist/index.js";
import { QUICK, ms, paired, times } from "./_measure.mjs";
import { seeded as mulberry32 } from "./_random.mjs";

const RISKS = QUICK ? 20_000 : 100_000;
const LAYERS = ["inherent", "current", "target", "residual"];
const rounds = QUICK ? 3 : 7;

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

// Plain baselines: the grid as a 2-D array of level indexes, keys turned into indexes through
// plain objects, and per level its appetite status and authority.
const levelIndex = Object.fromEntries(methodology.matrix.levels.map((level, i) => [level.key, i]));
const grid = methodology.matrix.cells.map((row) => row.map((key) => levelIndex[key]));
const lIndex = Object.fromEntries(lKeys.map((key, i) => [key, i]));
const cIndex = Object.fromEntries(cKeys.map((key, i) => [key, i]));
const appetiteAt = levelIndex[methodology.acceptance.appetite];
const toleranceAt = levelIndex[methodology.acceptance.tolerance];
const authority = methodology.matrix.levels.map((level) => methodology.acceptance.levels.find((entry) => entry.level === level.key)?.authority ?? []);

const li = new Int8Array(ratingCount);
const ci = new Int8Array(ratingCount);
let k = 0;
for (const risk of risks) {
  for (const layer of LAYERS) {
    li[k] = lIndex[risk.ratings[layer].likelihood];
    ci[k] = cIndex[risk.ratings[layer].consequence];
    k += 1;
  }
}

const cases = {
  scoreRating: () => {
    let sum = 0;
    for (const risk of risks) for (const layer of LAYERS) sum += scoreRating(methodology, risk.ratings[layer]).levelIndex;
    return sum;
  },
  "plain: level": () => {
    let sum = 0;
    for (const risk of risks) {
      for (const layer of LAYERS) {
        const rating = risk.ratings[layer];
        sum += grid[lIndex[rating.likelihood]][cIndex[rating.consequence]];
      }
    }
    return sum;
  },
  evaluateRisk: () => {
    let above = 0;
    for (const risk of risks) for (const layer of LAYERS) if (evaluateRisk(methodology, risk, layer).appetite === "above_tolerance") above += 1;
    return above;
  },
  "plain: level + appetite": () => {
    let above = 0;
    let authorities = 0;
    for (const risk of risks) {
      for (const layer of LAYERS) {
        const rating = risk.ratings[layer];
        const level = grid[lIndex[rating.likelihood]][cIndex[rating.consequence]];
        const appetite = level <= appetiteAt ? "within_appetite" : level <= toleranceAt ? "within_tolerance" : "above_tolerance";
        authorities += authority[level].length;
        if (appetite === "above_tolerance") above += 1;
      }
    }
    return authorities > 0 ? above : -1;
  },
  "plain: int indexes (floor)": () => {
    let sum = 0;
    for (let i = 0; i < ratingCount; i += 1) sum += grid[li[i]][ci[i]];
    return sum;
  },
};
if (cases.scoreRating() !== cases["plain: level"]() || cases["plain: level"]() !== cases["plain: int indexes (floor)"]()) throw new Error("the library and the plain loops disagree");
if (cases.evaluateRisk() !== cases["plain: level + appetite"]()) throw new Error("evaluateRisk and the plain loop disagree");
const result = paired(cases, { warmup: 1, rounds });

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
const checks = paired({ checkMatrix: () => checkMatrix(matrix7).findings.length }, { warmup: 1, rounds: QUICK ? 3 : 5, batchMs: 50 });
console.log(`risk: ${RISKS.toLocaleString("en")} risks × ${LAYERS.length} layers = ${ratingCount.toLocaleString("en")} ratings (seeded, 5×5 product; ${rounds} paired rounds)`);
console.log("  case                                 min       median   per rating");
for (const [name, stat] of Object.entries(result.stats)) {
  console.log(`  ${name.padEnd(30)}${ms(stat.min).padStart(11)} ${ms(stat.median).padStart(11)}   ${((stat.median * 1e6) / ratingCount).toFixed(0).padStart(5)} ns`);
}
console.log(`  scoreRating ÷ plain: level (same work)              ${times(result.ratio("scoreRating", "plain: level").median)}`);
console.log(`  evaluateRisk ÷ plain: level + appetite (same work)  ${times(result.ratio("evaluateRisk", "plain: level + appetite").median)}`);
console.log(`  checkMatrix on a 7×7 matrix: ${ms(checks.stats.checkMatrix.median)} per call (median of ${checks.stats.checkMatrix.n} batches of ${checks.stats.checkMatrix.calls})`);
