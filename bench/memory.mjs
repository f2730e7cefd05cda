// Peak memory (issue 18's memory target): the realistic 100k-risk document (the growth
// series' largest, same seed) is written to a temporary file; then two child processes run in
// turn, each with Node's default flags:
// - "full" reads the file, JSON.parses it, parses it with parseIsms, validates it, derives
//   the SoA and renders both CSVs (SoA and risk register), as `isms report` would;
// - "read" only reads the file and JSON.parses it.
// A third child does what "full" does with parseIsms(…, { copy: false }) (checked in place),
// for a second verdict. The figure is the median of the per-round ratios of their peak resident set size, as
// /usr/bin/time -v reports it (Maximum resident set size), or as the child's own
// process.resourceUsage().maxRSS where that program is missing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

if (process.argv[2] === "--child") {
  const [mode, file] = process.argv.slice(3);
  const text = readFileSync(file, "utf8");
  const value = JSON.parse(text);
  let errors = 0;
  let bytes = 0;
  if (mode === "full" || mode === "inPlace") {
    const { deriveIsmsSoa, parseIsms, validateIsms } = await import("../dist/index.js");
    const { renderRiskRegisterCsv, renderSoaCsv } = await import("../dist/report.js");
    const { AS_OF } = await import("./_generate.mjs");
    const doc = parseIsms(value, mode === "inPlace" ? { copy: false } : {});
    errors = validateIsms(doc, { asOf: AS_OF }).filter((found) => found.severity === "error").length;
    const rows = deriveIsmsSoa(doc);
    bytes = renderSoaCsv(rows).length + renderRiskRegisterCsv(doc).length;
  }
  console.log(JSON.stringify({ mode, errors, bytes, risks: value.risks.length, maxRssKiB: process.resourceUsage().maxRSS }));
  process.exit(0);
}

const { generateDocument } = await import("./_generate.mjs");
const { QUICK, summary, times, verdict } = await import("./_measure.mjs");

const risks = QUICK ? 10_000 : 100_000;
const pairs = QUICK ? 1 : 3;
const directory = mkdtempSync(join(tmpdir(), "isms-bench-"));
const file = join(directory, "document.json");
writeFileSync(file, JSON.stringify(generateDocument({ assets: risks / 2, risks, seed: risks })));
const size = readFileSync(file).length;
const timeProgram = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
console.log(`Peak RSS, ${risks.toLocaleString("en")}-risk document (${(size / 1048576).toFixed(1)} MiB), ${pairs} pair(s) of child processes, measured by ${timeProgram ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS"}`);

function child(mode) {
  const script = fileURLToPath(import.meta.url);
  const args = [process.execPath, script, "--child", mode, file];
  const run = timeProgram ? spawnSync(timeProgram, ["-v", ...args], { encoding: "utf8", maxBuffer: 1 << 24 }) : spawnSync(args[0], args.slice(1), { encoding: "utf8", maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`bench: the ${mode} child failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const report = JSON.parse(run.stdout.trim().split("\n").pop());
  const fromTime = timeProgram ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]) : NaN;
  return { ...report, kib: Number.isFinite(fromTime) ? fromTime : report.maxRssKiB };
}

const ratios = [];
const inPlaceRatios = [];
const full = [];
const inPlace = [];
const read = [];
try {
  for (let pair = 0; pair < pairs; pair += 1) {
    const order = pair % 2 === 0 ? ["full", "read", "inPlace"] : ["inPlace", "read", "full"];
    const result = {};
    for (const mode of order) result[mode] = child(mode);
    const errors = Math.max(result.full.errors, result.inPlace.errors);
    if (errors > 0) throw new Error(`bench: the ${risks}-risk document has ${errors} validation errors`);
    full.push(result.full.kib / 1024);
    inPlace.push(result.inPlace.kib / 1024);
    read.push(result.read.kib / 1024);
    ratios.push(result.full.kib / result.read.kib);
    inPlaceRatios.push(result.inPlace.kib / result.read.kib);
    console.log(
      `  round ${pair + 1}: full ${(result.full.kib / 1024).toFixed(0)} MiB, with copy: false ${(result.inPlace.kib / 1024).toFixed(0)} MiB, read + JSON.parse ${(result.read.kib / 1024).toFixed(0)} MiB; ratios ${times(result.full.kib / result.read.kib)} and ${times(result.inPlace.kib / result.read.kib)}`,
    );
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
const ratio = summary(ratios);
console.log(
  `  median: full ${summary(full).median.toFixed(0)} MiB, read + JSON.parse ${summary(read).median.toFixed(0)} MiB; ratio ${times(ratio.median)} (min ${times(ratio.min)}, max ${times(ratio.max)})`,
);
verdict({
  order: 8,
  measure: `peak RSS, ${risks / 1000}k risks: parse, validate, SoA, both CSVs ÷ read + JSON.parse`,
  figure: `${times(ratio.median)} (${summary(full).median.toFixed(0)} / ${summary(read).median.toFixed(0)} MiB)`,
  target: "≤ 1.5×",
  pass: ratio.median <= 1.5,
});
const inPlaceRatio = summary(inPlaceRatios);
console.log(`  with copy: false: ${summary(inPlace).median.toFixed(0)} MiB; ratio ${times(inPlaceRatio.median)} (min ${times(inPlaceRatio.min)}, max ${times(inPlaceRatio.max)})`);
verdict({
  order: 8.5,
  measure: `the same with parseIsms(…, { copy: false }), ${risks / 1000}k risks`,
  figure: `${times(inPlaceRatio.median)} (${summary(inPlace).median.toFixed(0)} / ${summary(read).median.toFixed(0)} MiB)`,
  target: "≤ 1.5×",
  pass: inPlaceRatio.median <= 1.5,
});
