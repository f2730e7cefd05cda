// Cold start (issue 18's start-up targets): wall time of new Node processes, spawned in
// turn with `node -e 0` (an empty process: the floor), after two uncounted pairs. The figure
// is the median of the per-pair differences of wall time, so a machine that slows down for a
// while slows both sides of a pair; the CPU time (user + sys, from /usr/bin/time) of the same
// pairs is printed beside it, as a cross-check that a loaded machine inflates less:
// - `node -e "import('isms')"` over `node -e 0`: loading the root entry, as ES module;
// - `isms validate EXAMPLE` (dist/cli.js on the example organisation written to a
//   temporary file) over `node -e 0`.
// Informational rows follow (not in --quick): require("isms"), isms/report and isms/oscal.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createExampleIsms } from "../dist/example.js";
import { QUICK, ms, summary, verdict } from "./_measure.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const directory = mkdtempSync(join(tmpdir(), "isms-bench-"));
const example = join(directory, "example.json");
writeFileSync(example, `${JSON.stringify(createExampleIsms(), null, 2)}\n`);

const timeProgram = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const cpuFile = join(directory, "cpu.txt");

/** Wall ms of one process, and its CPU ms (user + sys) where /usr/bin/time can tell. */
function spawnTimed(args) {
  const [program, programArgs] = timeProgram ? [timeProgram, ["-o", cpuFile, "-f", "%U %S", process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const run = spawnSync(program, programArgs, { cwd: root, encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`bench: node ${args.join(" ")} exited ${run.status}: ${run.stderr.slice(-1000)}`);
  const cpu = timeProgram ? readFileSync(cpuFile, "utf8").trim().split("\n").pop().split(" ").reduce((sum, seconds) => sum + Number(seconds) * 1000, 0) : NaN;
  return { wall, cpu };
}

/** Pairs of (case, empty) in turn after `warmup` uncounted ones, the order reversed every other pair. */
function overEmpty(args, pairs, warmup) {
  const wall = [];
  const cpu = [];
  const empties = [];
  const cases = [];
  for (let pair = -warmup; pair < pairs; pair += 1) {
    let a;
    let b;
    if (pair % 2 === 0) {
      a = spawnTimed(args);
      b = spawnTimed(["-e", "0"]);
    } else {
      b = spawnTimed(["-e", "0"]);
      a = spawnTimed(args);
    }
    if (pair < 0) continue;
    wall.push(a.wall - b.wall);
    cpu.push(a.cpu - b.cpu);
    empties.push(b.wall);
    cases.push(a.wall);
  }
  return { difference: summary(wall), cpu: summary(cpu), empty: summary(empties), case: summary(cases) };
}

const pairs = QUICK ? 5 : 20;
const warmup = QUICK ? 1 : 2;
console.log(`Cold start: wall time of new processes over \`node -e 0\` (${pairs} pairs, median of the per-pair differences)`);
const targets = [
  { name: 'import("isms")', args: ["-e", "import('isms')"], target: 40, order: 6, measure: 'cold import("isms") over node -e 0' },
  { name: "isms validate (the example)", args: [cli, "validate", example], target: 120, order: 7, measure: "isms validate on the example over node -e 0" },
];
// The floor under the first target: zod, which the library's schemas are built with, loads
// before any line of the library runs (its ES module entry is some 70 files, its locales
// included). Printed in --quick too.
const floors = [{ name: 'import("zod") alone', args: ["-e", "import('zod')"] }];
const informational = [
  { name: 'require("isms")', args: ["-e", "require('isms')"] },
  { name: 'import("isms/report")', args: ["-e", "import('isms/report')"] },
  { name: 'import("isms/oscal")', args: ["-e", "import('isms/oscal')"] },
];
try {
  for (const item of targets) {
    const result = overEmpty(item.args, pairs, warmup);
    console.log(
      `  ${item.name.padEnd(30)} wall +${ms(result.difference.median)} median (min +${ms(result.difference.min)}); CPU +${ms(result.cpu.median)}; ` +
        `the process ${ms(result.case.median)}, node -e 0 ${ms(result.empty.median)}`,
    );
    const cpu = Number.isNaN(result.cpu.median) ? undefined : ms(result.cpu.median);
    verdict({ order: item.order, measure: item.measure, figure: ms(result.difference.median), cpu, target: `≤ ${item.target} ms`, pass: result.difference.median <= item.target });
  }
  for (const item of QUICK ? floors : [...floors, ...informational]) {
    const result = overEmpty(item.args, pairs / 3, 1);
    console.log(`  ${item.name.padEnd(30)} wall +${ms(result.difference.median)} median (min +${ms(result.difference.min)}); CPU +${ms(result.cpu.median)}; no target`);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
