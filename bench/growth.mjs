// How the document's paths grow with it (issue 18's growth target): realistic documents of
// 1k, 10k and 100k risks (assets = risks / 2; see _generate.mjs), all three held in one
// process, each step run on the three sizes in turn within a round (the order reversed every
// other round) after a warm-up (an uncounted round; for parse and validate the validity check
// of every generated document). Growth per 10× is the median of the per-round ratios
// t(10k)/t(1k) and t(100k)/t(10k); linear work gives about 10×, and the target is ≤ 11× for
// both steps. JSON.parse of the same texts is the floor: what a linear pass in native code
// grows by on this machine once the data leaves the CPU caches.
import { deriveIsmsSoa, parseIsms, validateIsms } from "../dist/index.js";
import { exportOscal } from "../dist/oscal.js";
import { heatMapForDocument, renderHeatMapSvg, renderRiskRegisterCsv, renderSoaCsv } from "../dist/report.js";
import { AS_OF, generateValidText } from "./_generate.mjs";
import { QUICK, ms, paired, times, verdict } from "./_measure.mjs";

const sizes = QUICK ? [50, 500, 5_000] : [1_000, 10_000, 100_000];
const label = (size) => (size >= 1000 ? `${size / 1000}k` : String(size));
// Three rounds for the steps that take seconds at 100k (parse and validate, the risk
// register), five for the others.
const heavyRounds = 3;
const rounds = QUICK ? 3 : 5;

const states = sizes.map((size) => {
  const { text, doc } = generateValidText({ assets: size / 2, risks: size, seed: size });
  return { size, text, doc, rows: deriveIsmsSoa(doc) };
});
console.log(`Growth series, paired in one process: ${sizes.map((size, at) => `${label(size)} risks (${(states[at].text.length / 1048576).toFixed(1)} MiB)`).join(", ")}; all valid`);

const steps = [
  { name: "JSON.parse (floor)", run: (s) => JSON.parse(s.text), floor: true, heavy: true },
  { name: "parse+validate", run: (s) => validateIsms(parseIsms(JSON.parse(s.text)), { asOf: AS_OF }), heavy: true },
  { name: "SoA", run: (s) => deriveIsmsSoa(s.doc) },
  { name: "risk register CSV", run: (s) => renderRiskRegisterCsv(s.doc), slow: true },
  { name: "SoA CSV", run: (s) => renderSoaCsv(s.rows) },
  { name: "OSCAL SSP", run: (s) => exportOscal(s.doc, "ssp", { asOf: AS_OF }) },
  { name: "heat map", run: (s) => renderHeatMapSvg(heatMapForDocument(s.doc, "residual")) },
];

let floor = "";
console.log(`  step                ${sizes.map((size) => `${label(size).padStart(5)} risks (median)`).join("  ")}   growth per 10× (median of paired rounds)`);
for (const step of steps) {
  const cases = Object.fromEntries(states.map((state) => [label(state.size), () => step.run(state)]));
  // The heavy steps were warmed up by generateValidText, which parsed and validated every
  // size once; another uncounted round would cost a minute at 100k.
  // One protocol for every size (sameCalls): the same number of calls per sample, after a collection.
  const result = paired(cases, { warmup: step.heavy ? 0 : 1, rounds: step.heavy || step.slow ? heavyRounds : rounds, sameCalls: true });
  const growth = sizes.slice(1).map((size, at) => result.ratio(label(size), label(sizes[at])));
  const cpuGrowth = sizes.slice(1).map((size, at) => result.cpuRatio(label(size), label(sizes[at])));
  const cells = sizes.map((size) => ms(result.stats[label(size)].median).padStart(17)).join("  ");
  console.log(
    `  ${step.name.padEnd(20)}${cells}   ${growth.map((g) => times(g.median).padStart(7)).join(" ")}   (CPU time ${cpuGrowth.map((g) => times(g.median)).join(", ")}; ${result.stats[label(sizes[0])].n} rounds)`,
  );
  if (step.floor) {
    floor = growth.map((g) => times(g.median)).join(", ");
    continue;
  }
  const worst = Math.max(...growth.map((g) => g.median));
  verdict({
    order: 9,
    measure: `growth per 10×, ${step.name} (${sizes.map(label).join(" → ")})`,
    figure: growth.map((g) => times(g.median)).join(", "),
    cpu: cpuGrowth.map((g) => times(g.median)).join(", "),
    target: "≤ 11× per step",
    pass: worst <= 11,
    note: `the JSON.parse floor grew ${floor}`,
  });
}
