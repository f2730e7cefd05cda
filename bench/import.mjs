// Cold import time of the built package in a new Node process, as ES module and as CommonJS,
// for the root entry and the report and OSCAL entries. Median of 7 runs, minus the time of a
// process that imports nothing.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function timeOf(code, type) {
  const flag = type === "esm" ? ["--input-type=module"] : ["--input-type=commonjs"];
  const runs = [];
  for (let run = 0; run < 7; run += 1) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, [...flag, "-e", code], { cwd: root });
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return runs[3];
}

const empty = timeOf("", "esm");
console.log(`empty Node process: ${empty.toFixed(1)} ms (subtracted below)`);
const cases = [
  ["import \"isms\"", "await import('isms')", "esm"],
  ["require(\"isms\")", "require('isms')", "cjs"],
  ["import \"isms/report\"", "await import('isms/report')", "esm"],
  ["import \"isms/oscal\"", "await import('isms/oscal')", "esm"],
  ["require(\"isms/oscal\")", "require('isms/oscal')", "cjs"],
];
for (const [name, code, type] of cases) console.log(`${name.padEnd(24)} ${(timeOf(code, type) - empty).toFixed(1).padStart(7)} ms`);
