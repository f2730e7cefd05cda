// `npm run bench`: builds the package when dist/ is missing or older than src/ (or
// tsup.config.ts), runs every benchmark script in bench/ (except this one and the _helpers)
// in its own process, in order, then prints the summary table of issue 18's targets:
// measure, figure, target, verdict. A failed target prints FAIL and the run still exits 0
// (this is a report, not a test); a script that cannot measure (an invalid generated
// document, a crash) makes the run exit 1 after the table.
//
//   node bench/run.mjs [--quick] [WORD ...]   WORD: run only the scripts whose name has it
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.filter((arg) => !arg.startsWith("--"));

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function buildIfStale() {
  const outputs = ["index.js", "report.js", "oscal.js", "example.js", "cli.js"].map((name) => join(root, "dist", name));
  const built = outputs.every((file) => existsSync(file)) ? Math.min(...outputs.map((file) => statSync(file).mtimeMs)) : 0;
  const sources = Math.max(newest(join(root, "src")), statSync(join(root, "tsup.config.ts")).mtimeMs);
  if (built > sources) return;
  console.log(built === 0 ? "dist/ is missing: npm run build" : "dist/ is older than the sources: npm run build");
  execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
}

buildIfStale();

const scripts = readdirSync(new URL(".", import.meta.url))
  .filter((name) => name.endsWith(".mjs") && name !== "run.mjs" && !name.startsWith("_"))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();
const directory = mkdtempSync(join(tmpdir(), "isms-bench-results-"));
const results = join(directory, "results.jsonl");
const started = Date.now();
const load = () => loadavg().map((value) => value.toFixed(1)).join(" ");
const loadAtStart = load();
console.log(
  `isms bench${quick ? " --quick" : ""}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}; load average ${loadAtStart} at the start`,
);
const failed = [];
for (const name of scripts) {
  console.log(`\n=== bench/${name} ===`);
  const scriptStart = Date.now();
  const run = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", fileURLToPath(new URL(name, import.meta.url)), ...(quick ? ["--quick"] : [])], {
    stdio: "inherit",
    env: { ...process.env, BENCH_RESULTS: results },
  });
  console.log(`(bench/${name}: ${((Date.now() - scriptStart) / 1000).toFixed(0)} s)`);
  if (run.status !== 0) {
    failed.push(name);
    console.log(`!!! bench/${name} FAILED (exit ${run.status ?? run.signal}): its figures are missing from the summary`);
  }
}

const rows = existsSync(results)
  ? readFileSync(results, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line))
  : [];
rmSync(directory, { recursive: true, force: true });
rows.sort((a, b) => a.order - b.order);

// The targets, so that one nobody reported shows as a gap, not as nothing.
const expected = [
  [1, "document.mjs", "(parseIsms + validateIsms) ÷ JSON.parse"],
  [2, "command.mjs", "one single-entity command at 50k risks"],
  [3, "bundle.mjs", "bundle, only annexA + getControl"],
  [4, "bundle.mjs", "bundle, only risk scoring"],
  [5, "bundle.mjs", "bundle of the root entry"],
  [6, "cold.mjs", 'cold import("isms") over node -e 0'],
  [7, "cold.mjs", "isms validate on the example over node -e 0"],
  [8, "memory.mjs", "peak RSS ratio"],
  [9, "growth.mjs", "growth per 10× of the document paths"],
  [9.5, "assets.mjs", "growth per 10× of the asset ring"],
];
for (const [order, script, measure] of expected) {
  if (scripts.includes(script) && !rows.some((row) => row.order === order)) rows.push({ order, measure, figure: `not measured: bench/${script} failed`, target: "", pass: null });
}
rows.sort((a, b) => a.order - b.order);

const header = ["measure", "figure (wall)", "CPU time", "target", "verdict"];
const table = rows.map((row) => [row.measure, row.figure, row.cpu ?? "", row.target, row.pass === null ? "n/a" : row.pass ? "PASS" : "FAIL"]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(" | ")} |`;
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\n=== summary: issue 18's targets${quick ? " (--quick: smaller sizes, fewer runs; not the targets' sizes)" : ""} ===`);
console.log(line(header));
console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
for (const cells of table) console.log(line(cells));
const failures = rows.filter((row) => row.pass === false).length;
console.log(
  `\n${rows.filter((row) => row.pass === true).length} PASS, ${failures} FAIL, ${rows.filter((row) => row.pass === null).length} not judged; ` +
    `${minutes} min; load average ${loadAtStart} at the start, ${load()} at the end (figures from a loaded machine are slower and noisier)`,
);
if (failed.length > 0) {
  console.log(`bench: ${failed.join(", ")} failed; see above`);
  process.exit(1);
}
