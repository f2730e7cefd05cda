// `npm run demo`: the library's main job on the built-in example organisation. Shows the
// Annex A catalogue, validates the ISMS, derives its Statement of Applicability, reads where
// the PDCA cycle stands, and writes every report and the OSCAL models into ./demo-output/.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  NEW_IN_2022,
  ThemeSchema,
  annexA,
  assessIsmsReadiness,
  checkExitCriteria,
  deriveIsmsSoa,
  filterControls,
  formatIssuePath,
  formatIsms,
  getControl,
  listControlsByTheme,
  listIsmsDatedItems,
  listOverdue,
  listRisksAboveTolerance,
  pdcaFacts,
  safeParseIsms,
  summariseSoa,
  validateIsms,
} from "isms";
import { createExampleIsms, EXAMPLE_AS_OF } from "isms/example";
import { renderIsmsReport } from "isms/report";
import { exportOscal, OSCAL_MODELS } from "isms/oscal";
import { buildIsmsWorkbook } from "isms/spreadsheet";
import { writeXlsx } from "isms/xlsx";

const out = resolve(process.argv[2] ?? "demo-output");
// A list cut short says how much is left out.
const andMore = (total, shown) => {
  if (total > shown) console.log(`  … and ${total - shown} more`);
};
const doc = createExampleIsms();
const asOf = EXAMPLE_AS_OF;

// The catalogue first: ISO/IEC 27001:2022 Annex A by theme, what is new since 2013, and an
// attribute filter over the ISO/IEC 27002 attributes.
const themes = ThemeSchema.options.map((theme) => `${theme} ${listControlsByTheme(theme).length}`);
console.log(`Annex A (2022): ${annexA.length} controls — ${themes.join(", ")}`);
console.log(`New in 2022 (${NEW_IN_2022.length}):`);
for (const id of NEW_IN_2022) console.log(`  ${id.padEnd(5)} ${getControl(id).title}`);
const preventiveProtect = filterControls({ controlTypes: ["Preventive"], cybersecurityConcepts: ["Protect"] });
console.log(`Preventive controls tagged #Protect: ${preventiveProtect.length} (${preventiveProtect.slice(0, 3).map((control) => control.id).join(", ")}, … and ${preventiveProtect.length - 3} more)`);

console.log("");
console.log(`${doc.organisation.name} — ISMS as of ${asOf}`);
console.log(`${doc.assets.length} assets, ${doc.risks.length} risks, ${doc.treatmentPlans.length} treatment plans, ${doc.decisions.length} risk owners' decisions`);

const issues = validateIsms(doc, { asOf });
const count = (severity) => issues.filter((found) => found.severity === severity).length;
console.log(`\nValidation: ${count("error")} errors, ${count("warning")} warnings`);
const notable = issues.filter((item) => item.severity !== "info");
for (const found of notable.slice(0, 5)) console.log(`  ${found.severity} ${found.code} at ${formatIssuePath(found.path)}: ${found.message}`);
andMore(notable.length, 5);

// A document from outside goes through safeParseIsms: its problems come back as issues, in the
// same { ok, error } result as every other check of the library, never thrown.
const misspelt = safeParseIsms({ ...JSON.parse(JSON.stringify(doc)), scpoe: doc.scope });
if (!misspelt.ok) for (const found of misspelt.error) console.log(`  refused input: ${formatIssuePath(found.path)}: ${found.message} [${found.code}]`);

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
andMore(above.length, 5);

const exit = checkExitCriteria(doc.cycle.phase, pdcaFacts(doc, asOf));
console.log(`\nPDCA: cycle ${doc.cycle.cycle}, phase ${doc.cycle.phase}; ${exit.passed ? "ready for the next phase" : `before moving on: ${exit.missing.map((item) => item.message).join(" ")}`}`);

const readiness = assessIsmsReadiness(doc, asOf);
const clauseCounts = readiness.clauses;
console.log(
  `\nStage 1 readiness: ${readiness.overall.replace("_", " ")}; clauses 4-10: ${clauseCounts.met} met, ${clauseCounts.partly_met} partly, ${clauseCounts.not_met} not met, ${clauseCounts.not_assessed} not assessed; Annex A: ${readiness.annexA.met} met, ${readiness.annexA.partly_met} partly, ${readiness.annexA.not_met} not met`,
);
for (const item of readiness.blocking.slice(0, 4)) console.log(`  ${item.requirement.padEnd(12)} ${item.status.replace("_", " ").padEnd(12)} ${item.title}`);
andMore(readiness.blocking.length, 4);

const overdue = listOverdue(listIsmsDatedItems(doc), asOf);
console.log(`\nOverdue on ${asOf}: ${overdue.length}`);
for (const item of overdue.slice(0, 5)) console.log(`  ${item.due} ${item.title}${item.owner ? ` (${item.owner})` : ""}`);
andMore(overdue.length, 5);

mkdirSync(out, { recursive: true });
const files = renderIsmsReport(doc, { asOf });
for (const [name, content] of files) writeFileSync(join(out, name), content);
// OSCAL: each model as <model>.json, and each catalog as <catalogue id>.catalog.json, the
// names the profile (catalogues in scope) and the mapping (2013 and 2022 Annex A) link to.
const oscalDir = join(out, "oscal");
rmSync(oscalDir, { recursive: true, force: true });
mkdirSync(oscalDir, { recursive: true });
const oscalFiles = new Map();
const oscalOptions = { asOf: `${asOf}T12:00:00Z` };
for (const model of OSCAL_MODELS.filter((name) => name !== "catalog")) oscalFiles.set(`${model}.json`, exportOscal(doc, model, oscalOptions));
for (const catalogue of new Set([...doc.cataloguesInScope, "annex-a", "annex-a-2013"])) {
  oscalFiles.set(`${catalogue}.catalog.json`, exportOscal(doc, "catalog", { ...oscalOptions, catalogue }));
}
for (const [name, model] of oscalFiles) writeFileSync(join(oscalDir, name), `${JSON.stringify(model, null, 2)}\n`);
// Every relative link between the files names one of them.
const links = [...oscalFiles.values()].flatMap((model) => JSON.stringify(model).match(/"href":"[^"#][^"]*"/g) ?? []).map((href) => href.slice(8, -1));
const dangling = links.filter((href) => !/^[a-z][a-z0-9+.-]+:/i.test(href) && !existsSync(join(oscalDir, href)));
if (dangling.length > 0) throw new Error(`OSCAL links to files not written: ${dangling.join(", ")}`);
writeFileSync(join(out, "isms.json"), formatIsms(doc)); // the canonical form isms fmt writes
// The workbook for people (auditors ask for the SoA and the register as Excel files).
const workbook = buildIsmsWorkbook(doc, { asOf });
const shown = process.argv[2] ?? "demo-output";
writeXlsx(workbook, { creator: "isms demo" }).then((xlsx) => {
  writeFileSync(join(out, "isms.xlsx"), xlsx);
  console.log(`\nWrote ${files.size} reports, the document itself, a workbook and ${oscalFiles.size} OSCAL files to ${shown}/`);
  console.log(`  oscal/: ${[...oscalFiles.keys()].join(", ")} (${links.length} links between them, all resolving)`);
  console.log(`  isms.xlsx: ${workbook.sheets.map((sheet) => `${sheet.name} (${sheet.rows.length} rows)`).join(", ")}`);
  console.log(`Open ${shown}/summary.html first. Try: node dist/cli.js validate ${shown}/isms.json`);
});
