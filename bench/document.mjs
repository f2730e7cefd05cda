// The whole document against JSON.parse (issue 18's first target): a realistic document of
// 20k assets and 50k risks (see _generate.mjs), its text parsed and validated as an app does
// it — validateIsms(parseIsms(JSON.parse(text))) — in turn with JSON.parse of the same text,
// in one process, after one uncounted warm-up round. The figure is the median of the
// per-round ratios (at least five rounds). validateIsms alone on the parsed document is timed
// in the same rounds, to show how the sum splits, and so is the sum with parseIsms's
// `copy: false` (the input checked in place instead of copied), with a verdict of its own.
// A plain deep copy of the parsed document (no checks) runs in the same rounds too: the floor
// of any parse that returns a new object graph, as the default does.
import { parseIsms, validateIsms } from "../dist/index.js";
import { AS_OF, generateValidText } from "./_generate.mjs";
import { QUICK, ms, paired, times, verdict } from "./_measure.mjs";

const risks = QUICK ? 2_000 : 50_000;
const assets = QUICK ? 800 : 20_000;
const rounds = QUICK ? 5 : 5;

const { text, doc, warnings } = generateValidText({ assets, risks });
console.log(
  `Document: ${assets.toLocaleString("en")} assets, ${risks.toLocaleString("en")} risks, ${doc.treatmentPlans.length.toLocaleString("en")} plans, ` +
    `${doc.decisions.length.toLocaleString("en")} decisions; ${(text.length / 1048576).toFixed(1)} MiB of JSON; valid (0 errors, ${warnings} warnings)`,
);

/** A new object graph equal to `value`, with no checks at all: what copying alone costs. */
function deepCopy(value) {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let index = 0; index < value.length; index += 1) copy[index] = deepCopy(value[index]);
    return copy;
  }
  const copy = {};
  for (const key in value) copy[key] = deepCopy(value[key]);
  return copy;
}
const parsed = JSON.parse(text);

const result = paired(
  {
    "JSON.parse": () => JSON.parse(text),
    "parseIsms + validateIsms (incl. JSON.parse)": () => validateIsms(parseIsms(JSON.parse(text)), { asOf: AS_OF }),
    "the same with copy: false (checked in place)": () => validateIsms(parseIsms(JSON.parse(text), { copy: false }), { asOf: AS_OF }),
    "validateIsms alone (parsed document)": () => validateIsms(doc, { asOf: AS_OF }),
    "a plain deep copy (no checks; parsed text)": () => deepCopy(parsed),
  },
  { warmup: 1, rounds },
);
console.log(`  step                                            min          median   CPU median   (${rounds} rounds, paired)`);
for (const [name, stat] of Object.entries(result.stats)) {
  console.log(`  ${name.padEnd(46)}${ms(stat.min).padStart(10)} ${ms(stat.median).padStart(12)} ${ms(result.cpuStats[name].median).padStart(12)}`);
}
const ratio = result.ratio("parseIsms + validateIsms (incl. JSON.parse)", "JSON.parse");
const cpuRatio = result.cpuRatio("parseIsms + validateIsms (incl. JSON.parse)", "JSON.parse");
const share = result.ratio("validateIsms alone (parsed document)", "parseIsms + validateIsms (incl. JSON.parse)");
console.log(`  validateIsms is about ${(share.median * 100).toFixed(0)} % of the sum`);
const copyFloor = result.ratio("a plain deep copy (no checks; parsed text)", "JSON.parse");
const validateShare = result.ratio("validateIsms alone (parsed document)", "JSON.parse");
console.log(
  `  a plain deep copy alone costs ${times(copyFloor.median)} JSON.parse, so JSON.parse + a copy + validateIsms is ${times(1 + copyFloor.median + validateShare.median)} before any check: the floor of the default (copying) parse`,
);
console.log(
  `(parseIsms + validateIsms) ÷ JSON.parse, ${risks / 1000}k risks: ${times(ratio.median)} median of ${ratio.n} paired rounds (min ${times(ratio.min)}, max ${times(ratio.max)}); in CPU time ${times(cpuRatio.median)}`,
);
const inPlace = result.ratio("the same with copy: false (checked in place)", "JSON.parse");
const inPlaceCpu = result.cpuRatio("the same with copy: false (checked in place)", "JSON.parse");
console.log(
  `(parseIsms(…, { copy: false }) + validateIsms) ÷ JSON.parse, ${risks / 1000}k risks: ${times(inPlace.median)} median of ${inPlace.n} paired rounds (min ${times(inPlace.min)}, max ${times(inPlace.max)}); in CPU time ${times(inPlaceCpu.median)}`,
);
verdict({
  order: 1.5,
  measure: `the same with parseIsms(…, { copy: false }), ${risks / 1000}k risks`,
  figure: `${times(inPlace.median)} (median of ${inPlace.n})`,
  cpu: times(inPlaceCpu.median),
  target: "≤ 2.0×",
  pass: inPlace.median <= 2.0,
});
verdict({
  order: 1,
  measure: `(parseIsms + validateIsms) ÷ JSON.parse, ${risks / 1000}k risks`,
  figure: `${times(ratio.median)} (median of ${ratio.n})`,
  cpu: times(cpuRatio.median),
  target: "≤ 2.0×",
  pass: ratio.median <= 2.0,
});
