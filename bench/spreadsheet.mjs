// Spreadsheets (issue 19's figures; there are no targets): how long importing a 10k-row risk
// register takes, from CSV and from XLSX, and how large the example's workbook is.
//
// The register is the "Risk register" sheet of the workbook that buildIsmsWorkbook makes of a
// seeded valid document with 10k risks (5k assets), written once as XLSX by writeXlsx and once
// as CSV (RFC 4180). Each case, paired in rounds after a warm-up:
//   read          readSpreadsheet of the file's bytes (decoding, parsing, limits)
//   plan (no-op)  planImport into the document the sheet came from: every row matches its risk
//                 and nothing differs, so no step is planned (the cost of checking a re-import)
//   plan (new)    planImport into the same document without its risks: 10k entity.add steps
//   apply (new)   applyImportPlan of that plan: 10k commands through the change log
// The sum read + plan (new) + apply (new) is the time to bring the register in.
import { buildIsmsWorkbook, planImport, applyImportPlan } from "../dist/spreadsheet.js";
import { readSpreadsheet, writeXlsx } from "../dist/xlsx.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../dist/example.js";
import { generateValidText } from "./_generate.mjs";
import { QUICK, ms, paired } from "./_measure.mjs";

const risks = QUICK ? 1_000 : 10_000;
const rounds = QUICK ? 3 : 5;
const label = `${risks / 1000}k`;

const { doc } = generateValidText({ assets: risks / 2, risks, seed: 11 });
const register = buildIsmsWorkbook(doc).sheets.find((sheet) => sheet.name === "Risk register");
if (register === undefined) throw new Error("bench: the workbook has no risk register");
const xlsx = await writeXlsx({ sheets: [register] });
const quote = (value) => {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const csvText = [register.columns.map((column) => quote(column.header)), ...register.rows.map((row) => row.map(quote))].map((cells) => cells.join(",")).join("\r\n");
const csv = new TextEncoder().encode(csvText);

// Without its risks, the document still holds everything the rows name (assets, methodologies);
// the plans and decisions that name risks go too, so that the document stays valid.
const empty = { ...doc, risks: [], treatmentPlans: [], decisions: [] };
const meta = { by: "bench", at: "2026-11-27T12:00:00Z" };

function read(bytes, fileName) {
  const result = readSpreadsheet(bytes, { fileName });
  if (!result.ok) throw new Error(`bench: ${fileName} did not read: ${JSON.stringify(result.error.slice(0, 3))}`);
  return result.value;
}
const sheets = { csv: read(csv, "register.csv"), xlsx: read(xlsx, "register.xlsx") };
const options = { kind: "risks", asOf: "2026-11-27" };
for (const [format, sheet] of Object.entries(sheets)) {
  const again = planImport(doc, sheet, options);
  if (!again.ok || again.steps.length !== 0) throw new Error(`bench: re-importing the ${format} register planned ${again.steps.length} steps: ${JSON.stringify(again.issues.filter((found) => found.severity === "error").slice(0, 3))}`);
  const fresh = planImport(empty, sheet, options);
  if (!fresh.ok || fresh.steps.length !== risks) throw new Error(`bench: importing the ${format} register into a document without risks planned ${fresh.steps.length} steps`);
  const applied = applyImportPlan(empty, fresh, meta);
  if (!applied.ok) throw new Error(`bench: applying the ${format} plan failed: ${JSON.stringify(applied.error.slice(0, 3))}`);
}
const freshPlans = { csv: planImport(empty, sheets.csv, options), xlsx: planImport(empty, sheets.xlsx, options) };

const cases = {
  "read CSV": () => readSpreadsheet(csv, { fileName: "register.csv" }),
  "read XLSX": () => readSpreadsheet(xlsx, { fileName: "register.xlsx" }),
  "plan (no-op)": () => planImport(doc, sheets.xlsx, options),
  "plan (new)": () => planImport(empty, sheets.xlsx, options),
  "apply (new)": () => applyImportPlan(empty, freshPlans.xlsx, meta),
};
const result = paired(cases, { warmup: 1, rounds });
console.log(`Importing a ${label}-row risk register (CSV ${(csv.length / 1048576).toFixed(1)} MiB, XLSX ${(xlsx.length / 1048576).toFixed(1)} MiB), ${rounds} paired rounds`);
console.log("  step                  min          median");
for (const [name, stats] of Object.entries(result.stats)) console.log(`  ${name.padEnd(16)}${ms(stats.min).padStart(12)}${ms(stats.median).padStart(16)}`);
const median = (name) => result.stats[name].median;
console.log(`  bringing the register in (read + plan + apply, medians): CSV ${ms(median("read CSV") + median("plan (new)") + median("apply (new)"))}, XLSX ${ms(median("read XLSX") + median("plan (new)") + median("apply (new)"))}`);

const example = createExampleIsms();
const workbook = buildIsmsWorkbook(example, { asOf: EXAMPLE_AS_OF });
const bytes = await writeXlsx(workbook, { creator: "isms" });
console.log(`The example's workbook: ${(bytes.length / 1024).toFixed(1)} KiB, ${workbook.sheets.map((sheet) => `${sheet.name} ${sheet.rows.length} rows`).join(", ")}`);
