import { basename } from "node:path";
import type { IsmsDocument, IsmsIssue } from "../index.js";
import { buildIsmsWorkbook, ImportMappingSchema, planImport, type ImportIssue, type ImportKind, type ImportMapping } from "../spreadsheet/index.js";
import { readSpreadsheet, writeXlsx } from "../xlsx/index.js";
import type { PlannedChange } from "./edit.js";
import { CliFailure, plural } from "./failure.js";
import { readJson } from "./json.js";
import type { CliIo } from "./core.js";

/** How many problems are listed before "… and N more". */
const SHOWN = 30;

/** `Risk register!12 C (Likelihood)`: where an import issue is, as people read a sheet. */
export function whereOf(found: ImportIssue): string {
  const row = found.row === undefined ? "" : `!${found.row}`;
  const column = found.column === undefined ? "" : ` ${found.column}${found.header === undefined ? "" : ` (${found.header})`}`;
  return `${found.sheet}${row}${column}`;
}

function lines(issues: readonly ImportIssue[]): string {
  const shown = issues.slice(0, SHOWN).map((found) => `  ${whereOf(found)}: ${found.message} [${found.code}]`);
  const more = issues.length > SHOWN ? `\n  … and ${issues.length - SHOWN} more` : "";
  return `${shown.join("\n")}${more}`;
}

/** Reads a file's bytes, failing with exit code 2 when it is missing or unreadable. */
function readBytes(io: CliIo, file: string): Uint8Array {
  if (!io.exists(file)) throw new CliFailure(`Cannot read ${file}: no such file.`, 2, undefined, "file_not_found");
  if (io.readBytes === undefined) throw new CliFailure(`Cannot read ${file}: this host reads no binary files.`, 2, undefined, "file_unreadable");
  try {
    return io.readBytes(file);
  } catch (error) {
    throw new CliFailure(`Cannot read ${file}: ${(error as Error).message}`, 2, undefined, "file_unreadable");
  }
}

function readMapping(io: CliIo, file: string | undefined): ImportMapping | undefined {
  if (file === undefined) return undefined;
  const parsed = ImportMappingSchema.safeParse(readJson(io, file, "mapping file"));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((found) => `  ${found.path.length === 0 ? "(mapping)" : found.path.join(".")}: ${found.message}`);
  throw new CliFailure(`${file} is not a mapping file (${plural(problems.length, "problem")}); nothing written:\n${problems.slice(0, SHOWN).join("\n")}`, 2, undefined, "invalid_mapping");
}

/** What `isms import` was told. */
export interface ImportRequest {
  readonly from: string | undefined;
  readonly sheet: string | undefined;
  readonly kind: ImportKind | undefined;
  readonly map: string | undefined;
  readonly asOf: string;
}

/**
 * Plans `isms import`: reads the spreadsheet and the mapping, maps the rows onto commands and
 * returns them, each named by its sheet and row. An import with errors is refused whole
 * (exit 1, nothing written); its warnings and notes go to standard error.
 */
export function planSheetImport(io: CliIo, document: IsmsDocument, request: ImportRequest): PlannedChange[] {
  const { from } = request;
  if (from === undefined) throw new CliFailure("Missing --from SHEET: name the spreadsheet (.xlsx or .csv) to import.", 2, undefined, "missing_argument");
  const mapping = readMapping(io, request.map);
  const read = readSpreadsheet(readBytes(io, from), { fileName: basename(from), ...(request.sheet === undefined ? {} : { sheet: request.sheet }) });
  if (!read.ok) {
    const problems = read.error.map((found: IsmsIssue) => `  ${found.message} [${found.code}]`);
    throw new CliFailure(`Cannot import ${from}; nothing written:\n${problems.join("\n")}`, 2, undefined, read.error[0]?.code ?? "unreadable_spreadsheet");
  }
  const plan = planImport(document, read.value, {
    ...(request.kind === undefined ? {} : { kind: request.kind }),
    ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
    ...(mapping === undefined ? {} : { mapping }),
    asOf: request.asOf,
  });
  const errors = plan.issues.filter((found) => found.severity === "error");
  const others = plan.issues.filter((found) => found.severity !== "error");
  if (errors.length > 0) {
    const rest = others.length > 0 ? `\nand ${plural(others.length, "warning or note", "warnings and notes")}:\n${lines(others)}` : "";
    throw new CliFailure(
      `${from} (sheet ${plan.sheet}, ${plan.kind}) cannot be imported: ${plural(errors.length, "problem")}; nothing written:\n${lines(errors)}${rest}`,
      1,
      errors.map((found) => ({ code: found.code, severity: found.severity, message: `${whereOf(found)}: ${found.message}`, path: found.path })),
      "import_refused",
    );
  }
  io.stderr(`Importing ${from}: sheet ${plan.sheet} as ${plan.kind}, header in row ${plan.headerRow}, ${plural(plan.steps.length, "change")}.\n`);
  if (others.length > 0) io.stderr(`${plural(others.length, "note")} on the sheet:\n${lines(others)}\n`);
  return plan.steps.map((step) => ({
    command: step.command,
    label: `${step.source.sheet}!${step.source.row} (${step.summary})`,
    describe: (entry) => `${step.source.sheet}!${step.source.row}: ${entry.summary}`,
  }));
}

/** What `isms export` was told. */
export interface ExportRequest {
  readonly out: string | undefined;
  readonly asOf: string;
}

/** Writes the workbook of `isms export --format xlsx`: all of it or nothing. */
export async function exportWorkbook(io: CliIo, document: IsmsDocument, request: ExportRequest): Promise<number> {
  const { out } = request;
  if (out === undefined) throw new CliFailure("Missing --out FILE.xlsx: a workbook is not written to standard output.", 2, undefined, "missing_argument");
  const workbook = buildIsmsWorkbook(document, { asOf: request.asOf });
  const bytes = await writeXlsx(workbook, { creator: "isms" });
  io.writeFiles(new Map([[out, bytes]]));
  const sheets = workbook.sheets.map((sheet) => `${sheet.name} (${plural(sheet.rows.length, "row")})`);
  io.stdout(`Wrote ${out}: ${sheets.join(", ")}.\n`);
  return 0;
}
