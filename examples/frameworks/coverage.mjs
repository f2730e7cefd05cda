// Several frameworks, one ISMS: put a second framework (a hand-written subset of the
// NIST SP 800-53 rev5 LOW baseline) and a crosswalk from Annex A into the document, then ask
// how much of the framework the implemented Annex A controls cover, which requirements each
// SoA row meets, and which exclusions the framework questions.
//
//   node examples/frameworks/coverage.mjs
//
// The crosswalk is illustrative: our own judgement for this example, not an official mapping.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ControlMappingSchema, CustomCatalogueSchema, applyIsmsCommand, deriveIsmsSoa, frameworkCoverage, validateIsms } from "isms";
import { createExampleIsms } from "isms/example";
import { coverageSummaryLine, renderCoverageMarkdown } from "isms/report";

const asOf = "2026-11-27";
const meta = { by: "CISO", at: "2026-11-27T09:00:00Z" };
// Run from the repository's root (npm run check) or from this folder.
const here = existsSync(join("examples", "frameworks")) ? join("examples", "frameworks") : ".";
const readJson = (name) => JSON.parse(readFileSync(join(here, name), "utf8"));

const catalogue = CustomCatalogueSchema.parse(readJson("sp800-53-low-subset.catalogue.json"));
const mappings = readJson("annex-a-to-sp800-53-low.mapping.json").map((mapping) => ControlMappingSchema.parse(mapping));

// The catalogue and the mapping go into the document through the entity commands, each with
// its change-log entry (isms apply does the same from the command line).
// The example organisation already holds both (out of scope): start from it without them.
const { mappings: _held, ...example } = createExampleIsms();
let doc = { ...example, catalogues: example.catalogues.filter((held) => held.id !== catalogue.id) };
for (const command of [
  { type: "entity.add", collection: "catalogues", value: catalogue },
  ...mappings.map((mapping) => ({ type: "entity.add", collection: "mappings", value: mapping })),
]) {
  const outcome = applyIsmsCommand(doc, command, meta);
  if (!outcome.ok) throw new Error(outcome.error.map((found) => found.message).join("; "));
  doc = outcome.value.document;
  console.log(`${outcome.value.entry.summary}`);
}

// Coverage needs the catalogue in the document, not in scope.
const coverage = frameworkCoverage(doc, "sp800-53-low", { asOf });
console.log(`\n${coverageSummaryLine(coverage)}.`);
for (const level of ["covered", "partly", "none"]) {
  console.log(`  ${level}: ${coverage.rows.filter((row) => row.level === level).map((row) => row.id).join(", ")}`);
}
const ra3 = coverage.rows.find((row) => row.id === "ra-3");
console.log(`  ${ra3.id} ${ra3.title}: no Annex A control maps to it (risk assessment is clause 6.1.2, not a control)`);

// In scope, the framework's requirements appear in the SoA (each needs a decision, like
// Annex A's), every row lists what it maps to, and validation questions exclusions.
const inScope = applyIsmsCommand(doc, { type: "cataloguesInScope.set", catalogues: [...doc.cataloguesInScope, catalogue.id] }, meta);
if (!inScope.ok) throw new Error(inScope.error.map((found) => found.message).join("; "));
doc = inScope.value.document;
const rows = deriveIsmsSoa(doc, asOf);
for (const ref of ["annex-a:8.13", "annex-a:8.30", "sp800-53-low:ac-2"]) {
  const row = rows.find((found) => found.ref === ref);
  console.log(`\nSoA ${row.ref} ${row.title} (${row.applicable ? row.status : row.undecided ? "undecided" : "excluded"}):`);
  for (const entry of row.crosswalk ?? []) console.log(`  ${entry.relationship} of ${entry.ref} (${entry.mapping})`);
}
const questioned = validateIsms(doc, { asOf }).filter((found) => found.code === "excluded_control_required_by_framework");
console.log(`\n${questioned.length} exclusion(s) questioned by the framework:`);
for (const found of questioned) console.log(`  ${found.severity}: ${found.message}`);

console.log(`\n${renderCoverageMarkdown(coverage, { headingLevel: 2 }).split("\n").slice(0, 10).join("\n")}`);
