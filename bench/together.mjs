// Working together (issue 20): what the revision, the semantic diff and the three-way merge
// cost on realistic documents of 1k and 10k risks (5k and 50k without --quick for the larger),
// against JSON.stringify of the same document, paired in one process. No targets: the figures
// say what an app pays for an ETag per request, a diff per pull request and a merge per git merge.
// `theirs` edits one risk in ten and `ours` one asset in ten, so the merge is clean and the diff is
// large.
import { applyIsmsCommand, diffIsms, mergeIsms, revisionOf } from "../dist/index.js";
import { AS_OF, generateValidText } from "./_generate.mjs";
import { QUICK, ms, paired, times } from "./_measure.mjs";

const sizes = QUICK ? [1_000, 5_000] : [1_000, 10_000];
const rounds = QUICK ? 3 : 7;
const meta = { by: "bench", at: "2026-11-27T12:00:00Z" };

function edited(doc, collection, every, patch) {
  let current = doc;
  doc[collection].forEach((record, index) => {
    if (index % every !== 0) return;
    const step = applyIsmsCommand(current, { type: "entity.update", collection, id: record.id, patch }, meta);
    if (!step.ok) throw new Error(`bench: ${collection} ${record.id} edit refused: ${JSON.stringify(step.error)}`);
    current = step.value.document;
  });
  return current;
}

console.log(`Working together: revision, diff and merge, paired (${rounds} rounds)`);
console.log("  size     JSON.stringify    revisionOf (×stringify)    diffIsms (×stringify)    mergeIsms (×stringify)");
for (const size of sizes) {
  const base = generateValidText({ assets: size / 2, risks: size, seed: 11 }).doc;
  const theirs = edited(base, "risks", 10, { owner: "Head of Risk" });
  const ours = edited(base, "assets", 10, { owner: "Head of IT" });
  const merged = mergeIsms(base, ours, theirs, { asOf: AS_OF });
  if (merged.conflicts.length > 0) throw new Error(`bench: the merge at ${size} risks has conflicts`);
  const cases = {
    stringify: () => JSON.stringify(theirs),
    revision: () => revisionOf(theirs),
    diff: () => diffIsms(base, theirs, { asOf: AS_OF }),
    merge: () => mergeIsms(base, ours, theirs, { asOf: AS_OF }),
  };
  const result = paired(cases, { warmup: 1, rounds, batchMs: 0 });
  const of = (name) => `${ms(result.stats[name].median)} (${times(result.ratio(name, "stringify").median)})`;
  console.log(`  ${`${size / 1000}k`.padEnd(8)} ${ms(result.stats.stringify.median).padStart(14)}    ${of("revision").padStart(22)}    ${of("diff").padStart(21)}    ${of("merge").padStart(22)}`);
}
