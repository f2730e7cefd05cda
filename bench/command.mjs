// One single-entity command on a large document (issue 18's command target): applyIsmsCommand
// with an entity.update of one risk's owner and a risk.rate of one risk's current rating, on
// realistic documents of 1k and 50k risks held in one process. Each round applies each
// command to each document in turn (the order reversed every other round), in batches of as
// many calls as fill about 20 ms, always to the same input document (so every call does the
// same work: the input is never mutated); a sample is the batch's time per call. The figures
// are the median ms per command at 50k and the median of the per-round ratios 50k/1k.
import { applyIsmsCommand } from "../dist/index.js";
import { generateValidText } from "./_generate.mjs";
import { QUICK, ms, paired, times, verdict } from "./_measure.mjs";

const small = 1_000;
const large = QUICK ? 5_000 : 50_000;
const rounds = QUICK ? 5 : 11;
const label = (size) => `${size / 1000}k`;

const docs = Object.fromEntries([small, large].map((size) => [size, generateValidText({ assets: size / 2, risks: size, seed: 7 }).doc]));
const meta = { by: "bench", at: "2026-11-27T12:00:00Z" };
const commands = {
  "entity.update": (size) => ({ type: "entity.update", collection: "risks", id: `R-${Math.floor(size / 2)}`, patch: { owner: "New owner" } }),
  "risk.rate": (size) => ({
    type: "risk.rate",
    id: `R-${Math.floor(size / 2) + 1}`,
    layer: "current",
    rating: { likelihood: "likely", consequence: "major", methodology: { id: "risk-method", version: 3 }, date: "2026-11-27", rationale: "Re-rated after the incident" },
  }),
};

// Each command must change the document and record an entry, or the bench would time the
// no-op path.
for (const [name, make] of Object.entries(commands)) {
  for (const size of [small, large]) {
    const outcome = applyIsmsCommand(docs[size], make(size), meta);
    if (!outcome.ok || !outcome.value.entry) throw new Error(`bench: ${name} at ${size} risks did not change the document: ${JSON.stringify(outcome.ok ? "no entry" : outcome.error)}`);
  }
}

const cases = {};
for (const [name, make] of Object.entries(commands)) {
  for (const size of [small, large]) {
    const command = make(size);
    cases[`${name} @ ${label(size)}`] = () => applyIsmsCommand(docs[size], command, meta);
  }
}
const result = paired(cases, { warmup: 2, rounds });
console.log(`Single-entity commands, ${label(small)} and ${label(large)} risks, paired (${rounds} rounds)`);
console.log(`  command          ${label(small).padStart(5)} min / median        ${label(large).padStart(5)} min / median        ${label(large)}/${label(small)} (median of rounds)`);
for (const name of Object.keys(commands)) {
  const a = result.stats[`${name} @ ${label(small)}`];
  const b = result.stats[`${name} @ ${label(large)}`];
  const ratio = result.ratio(`${name} @ ${label(large)}`, `${name} @ ${label(small)}`);
  const cpuRatio = result.cpuRatio(`${name} @ ${label(large)}`, `${name} @ ${label(small)}`);
  const cpu = result.cpuStats[`${name} @ ${label(large)}`];
  console.log(`  ${name.padEnd(15)}${`${ms(a.min)} / ${ms(a.median)}`.padStart(24)}${`${ms(b.min)} / ${ms(b.median)}`.padStart(26)}   ${times(ratio.median)}`);
  verdict({
    order: 2,
    measure: `one command (${name}) at ${label(large)} risks, and its ${label(large)}/${label(small)} ratio`,
    figure: `${ms(b.median)}; ${times(ratio.median)}`,
    cpu: `${ms(cpu.median)}; ${times(cpuRatio.median)}`,
    target: "≤ 0.1 ms and ≤ 2×",
    pass: b.median <= 0.1 && ratio.median <= 2,
  });
}
