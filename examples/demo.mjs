// `npm run demo`: the library's main job on the built-in example organisation. Validates the
// ISMS, derives its Statement of Applicability, reads where the PDCA cycle stands, and writes
// every report and the OSCAL models into ./demo-output/.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  checkExitCriteria,
  deriveIsmsSoa,
  listIsmsDatedItems,
  listOverdue,
  listRisksAboveTolerance,
  pdcaFacts,
  summariseSoa,
  validateIsms,
} from "isms";
import { createExampleIsms, EXAMPLE_AS_OF } from "isms/example";
import { renderIsmsReport } from "isms/report";
import { exportOscal, OSCAL_MODELS } from "isms/oscal";

const out = resolve(process.argv[2] ?? "demo-output");
const doc = createExampleIsms();
const asOf = EXAMPLE_AS_OF;

console.log(`${doc.organisation.name} — ISMS as of ${asOf}`);
console.log(`${doc.assets.length} assets, ${doc.risks.length} risks, ${doc.treatmentPlans.length} treatment plans, ${doc.decisions.length} risk owners' decisions`);

const issues = validateIsms(doc, { asOf });
const count = (severity) => issues.filter((found) => found.severity === severity).length;
console.log(`\nValidation: ${count("error")} errors, ${count("warning")} warnings`);
for (const found of issues.filter((item) => item.severity !== "info").slice(0, 5)) console.log(`  ${found.severity} ${found.code}: ${found.message}`);

const rows = deriveIsmsSoa(doc, asOf);
const soa = summariseSoa(rows);
console.log(`\nStatement of Applicability: ${soa.total} controls, ${soa.applicable} applicable, ${soa.excluded} excluded`);
for (const row of rows.filter((item) => !item.applicable)) console.log(`  excluded ${row.id} ${row.title}: ${row.justification}`);

const above = listRisksAboveTolerance(doc.methodologies, doc.risks);
console.log(`\nRisks above tolerance on their standing rating: ${above.length}`);
for (const evaluation of above.slice(0, 5)) {
  const risk = doc.risks.find((item) => item.id === evaluation.riskId);
  console.log(`  ${evaluation.riskId} ${evaluation.score.level.label.padEnd(9)} ${risk?.title}`);
}

const exit = checkExitCriteria(doc.cycle.phase, pdcaFacts(doc, asOf));
console.log(`\nPDCA: cycle ${doc.cycle.cycle}, phase ${doc.cycle.phase}; ${exit.passed ? "ready for the next phase" : `before moving on: ${exit.missing.map((item) => item.message).join(" ")}`}`);

const overdue = listOverdue(listIsmsDatedItems(doc), asOf);
console.log(`\nOverdue on ${asOf}: ${overdue.length}`);
for (const item of overdue.slice(0, 5)) console.log(`  ${item.due} ${item.title}${item.owner ? ` (${item.owner})` : ""}`);

mkdirSync(out, { recursive: true });
const files = renderIsmsReport(doc, { asOf });
for (const [name, content] of files) writeFileSync(join(out, name), content);
mkdirSync(join(out, "oscal"), { recursive: true });
for (const model of OSCAL_MODELS) {
  writeFileSync(join(out, "oscal", `${model}.json`), `${JSON.stringify(exportOscal(doc, model, { asOf: `${asOf}T12:00:00Z` }), null, 2)}\n`);
}
writeFileSync(join(out, "isms.json"), `${JSON.stringify(doc, null, 2)}\n`);
const shown = process.argv[2] ?? "demo-output";
console.log(`\nWrote ${files.size} reports, ${OSCAL_MODELS.length} OSCAL models and the document itself to ${shown}/`);
console.log(`Open ${shown}/summary.html first. Try: node dist/cli.js validate ${shown}/isms.json`);
