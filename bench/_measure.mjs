// Timing and reporting helpers shared by the benchmarks.
//
// - Every timed run starts after a forced garbage collection (run.mjs passes --expose-gc), so
//   no run pays for the garbage of the one before; garbage a run makes and collects itself
//   is its own cost and stays in its time.
// - Comparisons are paired: the cases run in turn within one round (A B A B …, the order
//   reversed every other round), and a ratio is the median of the per-round ratios, so a
//   machine that slows down for a while slows both sides of a pair.
// - Each sample has a wall time (the figure the targets judge) and a CPU time (user + system
//   of the whole process, from process.cpuUsage): on a machine shared with other work the
//   CPU time moves less, so it is printed beside the wall figure as a cross-check.
// - Functions much faster than a millisecond run in batches (as many calls as fill about
//   `batchMs`), and a sample is the batch's time divided by its calls.
// - The verdicts go to the file named by BENCH_RESULTS (one JSON object a line), from which
//   run.mjs prints the summary table.
import { appendFileSync } from "node:fs";

/** `--quick`: smaller sizes and fewer runs, for development. */
export const QUICK = process.argv.includes("--quick") || process.env.BENCH_QUICK === "1";

export function collect() {
  globalThis.gc?.();
}

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** min, median and max of a list of numbers. */
export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1], n: sorted.length };
}

/**
 * Wall time and CPU time (user + system, all of the process's threads) of `calls` calls of
 * `fn`, per call, in ms, after a collection.
 */
function timeBatch(fn, calls) {
  collect();
  const cpuStart = process.cpuUsage();
  const start = now();
  for (let call = 0; call < calls; call += 1) fn();
  const wall = (now() - start) / calls;
  const cpuUsed = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpuUsed.user + cpuUsed.system) / 1000 / calls };
}

/**
 * Runs the cases in turn for `warmup` uncounted rounds and `rounds` counted ones; returns each
 * case's samples (wall ms per call) and their summary, and `ratio(a, b)`: the summary of the
 * per-round ratios a/b. The same for CPU time: `cpuStats`, `cpuRatio(a, b)`.
 *
 * With `sameCalls`, every case runs the same number of calls per sample once calibrated: as
 * many as the fastest case needs to fill `batchMs`, but no more than keep the slowest case's
 * batch under 3 s. A growth series then compares sizes under one protocol: one call after a
 * collection pays for recompiling code V8 flushed and finds an empty young generation, while a
 * batch of warm calls shares those costs, so mixing the two protocols across sizes bends the
 * ratios. The number is calibrated on a warm round (one more uncounted round when there is any
 * warm-up): calibrated on the first, cold calls, the small sizes ran a handful of calls per
 * batch, each paying the fresh memory a batch after a collection starts with.
 *
 * @param {Record<string, () => unknown>} cases
 * @param {{ warmup?: number, rounds: number, batchMs?: number, sameCalls?: boolean }} options
 */
export function paired(cases, { warmup: given = 1, rounds, batchMs = 20, sameCalls = false }) {
  const warmup = sameCalls && given > 0 ? Math.max(given, 2) : given;
  const names = Object.keys(cases);
  const calls = Object.fromEntries(names.map((name) => [name, 1]));
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const cpuSamples = Object.fromEntries(names.map((name) => [name, []]));
  const perCall = Object.fromEntries(names.map((name) => [name, 0]));
  for (let round = 0; round < warmup + rounds; round += 1) {
    if (sameCalls && round === Math.max(warmup, 1)) {
      // As many calls as the fastest case needs to fill a batch, from its last (warm) timing.
      const most = Math.max(...names.map((name) => Math.ceil(batchMs / Math.max(perCall[name], 0.0005))));
      const slowest = Math.max(...names.map((name) => perCall[name]));
      const same = Math.max(1, Math.min(most, Math.floor(3000 / Math.max(slowest, 0.0005))));
      for (const name of names) calls[name] = same;
    }
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const { wall, cpu } = timeBatch(cases[name], calls[name]);
      perCall[name] = wall;
      // Calibrate the batch on the warm-up rounds (and on the first counted one without them).
      if (round < Math.max(warmup, 1) && wall * calls[name] < batchMs) calls[name] = Math.min(100_000, Math.ceil(batchMs / Math.max(wall, 0.0005)));
      if (round >= warmup) {
        samples[name].push(wall);
        cpuSamples[name].push(cpu);
      }
    }
  }
  const stats = Object.fromEntries(names.map((name) => [name, { ...summary(samples[name]), calls: calls[name] }]));
  const cpuStats = Object.fromEntries(names.map((name) => [name, summary(cpuSamples[name])]));
  const ratioOf = (list) => (a, b) => summary(list[a].map((value, round) => value / list[b][round]));
  return { samples, stats, ratio: ratioOf(samples), cpuStats, cpuRatio: ratioOf(cpuSamples) };
}

/** Milliseconds with sensible precision. */
export function ms(value) {
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  if (value >= 0.1) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(4)} ms`;
}

export function times(value) {
  return `${value.toFixed(value >= 10 ? 1 : 2)}×`;
}

/**
 * Records one row of the summary table: the target it judges and whether it holds (`pass`
 * null when there is no verdict, e.g. a figure that could not be measured).
 *
 * `cpu` is the same figure from CPU time instead of wall time, where one was taken: on a
 * loaded machine it moves less (the verdict is the wall figure's).
 *
 * @param {{ order: number, measure: string, figure: string, cpu?: string, target: string, pass: boolean | null, note?: string }} row
 */
export function verdict(row) {
  const file = process.env.BENCH_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
  const mark = row.pass === null ? "n/a " : row.pass ? "PASS" : "FAIL";
  const cpu = row.cpu ? `; CPU time: ${row.cpu}` : "";
  console.log(`  => ${mark}  ${row.measure}: ${row.figure}${cpu} (target ${row.target})${row.note ? ` — ${row.note}` : ""}`);
}
