import { IsmsError, isIsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { IsmsDocument } from "../document/index.js";
import type { SheetInput } from "./sheet.js";
import { ImportKindSchema, ImportMappingSchema, type ImportIssue, type ImportKind, type ImportPlan, type PlanImportOptions } from "./importTypes.js";
import { fieldDictionary } from "./_internal/headers.js";
import { readTable, type Table } from "./_internal/table.js";
import type { PlanContext } from "./_internal/context.js";
import { planSoa } from "./_internal/planSoa.js";
import { planRisks } from "./_internal/planRisks.js";
import { planAssets } from "./_internal/planAssets.js";
import { planActions } from "./_internal/planActions.js";
import { planSuppliers } from "./_internal/planSuppliers.js";

const KEY_FIELD: Record<ImportKind, string> = { soa: "control", risks: "id", assets: "id", actions: "actionId", suppliers: "id" };
const KIND_NAMES: Record<ImportKind, string> = { soa: "Statement of Applicability", risks: "risk register", assets: "asset inventory", actions: "treatment-plan actions", suppliers: "supplier register" };

function severityRank(found: ImportIssue): number {
  return found.severity === "error" ? 0 : found.severity === "warning" ? 1 : 2;
}

/**
 * Plans the import of one sheet into the document: finds the sheet, its kind and its header
 * row, maps each column to a field (or keeps it as a custom field), coerces each cell and
 * turns each row into the commands that bring the document in line with it, each traced to
 * its sheet, row and cells. Changes nothing: show the plan as a dry run
 * ({@link renderImportPlan}), then apply it ({@link applyImportPlan}). Rows match existing
 * entities by key (control; Risk ID, else the exact title ignoring case; Asset ID; Plan ID
 * and Action ID; Supplier ID, else the exact name ignoring case), and an update carries only what differs, so planning the same sheet again
 * after applying it plans no step. Every cell the import cannot take becomes an issue that
 * names sheet, row and column. Never throws on what the sheets hold.
 *
 * @param document - the document to import into
 * @param sheets - the workbook's sheets (or one CSV file's)
 * @param options - kind, sheet, mapping and the date for undated ratings
 * @returns the plan
 * @throws {@link IsmsError} `invalid_argument` when `options.mapping` does not match {@link ImportMappingSchema} or `options.kind` is no {@link ImportKind}; `invalid_date` when `options.asOf` is not `YYYY-MM-DD`
 * @category Spreadsheet
 * @example
 * ```ts
 * const sheet: SheetInput = {
 *   name: "SoA",
 *   rows: [["Statement of Applicability"], [], ["Ref", "Applicable?", "Owner"], ["A.5.1", "Y", "Head of Security"]],
 * };
 * const plan = planImport(doc, [sheet]);
 * plan.kind; // "soa": guessed from the headers
 * plan.headerRow; // 3
 * plan.steps[0]?.summary; // "SoA A.5.1: owner"
 * ```
 */
export function planImport(document: IsmsDocument, sheets: readonly SheetInput[], options: PlanImportOptions = {}): ImportPlan {
  try {
    const parsedMapping = options.mapping === undefined ? undefined : ImportMappingSchema.safeParse(options.mapping);
    if (parsedMapping && !parsedMapping.success) throw new IsmsError("invalid_argument", `planImport: the mapping does not match ImportMappingSchema (${parsedMapping.error.issues.map((found) => `${found.path.join(".") || "mapping"}: ${found.message}`).join("; ")}); parse a mapping file with ImportMappingSchema.safeParse first.`);
    const mapping = parsedMapping?.data;
    if (options.kind !== undefined && !ImportKindSchema.safeParse(options.kind).success) throw new IsmsError("invalid_argument", `planImport: kind "${String(options.kind)}" is not one of ${ImportKindSchema.options.join(", ")}.`);
    const wantedKind = options.kind ?? mapping?.kind;
    if (options.asOf !== undefined && !isIsoDate(options.asOf)) throw new IsmsError("invalid_date", `asOf "${options.asOf}" is not a YYYY-MM-DD date`);
    const wantedSheet = options.sheet ?? mapping?.sheet;
    const issues: ImportIssue[] = [];
    let candidates = sheets;
    if (wantedSheet !== undefined) {
      candidates = sheets.filter((sheet) => sheet.name === wantedSheet);
      if (candidates.length === 0) {
        const message = `There is no sheet "${wantedSheet}" (sheets: ${sheets.map((sheet) => `"${sheet.name}"`).join(", ") || "none"}).`;
        return { kind: wantedKind ?? "soa", sheet: wantedSheet, headerRow: 0, columns: [], steps: [], issues: [{ code: "unknown_sheet", severity: "error", message, path: [], sheet: wantedSheet }], ok: false };
      }
    }
    if (candidates.length === 0) {
      return { kind: wantedKind ?? "soa", sheet: "", headerRow: 0, columns: [], steps: [], issues: [{ code: "no_sheet", severity: "error", message: "The workbook has no sheet.", path: [], sheet: "" }], ok: false };
    }
    const kinds = wantedKind === undefined ? ImportKindSchema.options : [wantedKind];
    // The headers decide which sheet and kind; only the winner's rows are read.
    let best: { table: Table; kind: ImportKind; sheet: SheetInput } | undefined;
    for (const sheet of candidates) {
      if (wantedSheet === undefined && sheet.name.trim().toLowerCase() === "summary") continue;
      for (const kind of kinds) {
        const table = readTable(sheet, fieldDictionary(kind, document), mapping, KEY_FIELD[kind], true);
        if (!best || table.score > best.table.score) best = { table, kind, sheet };
      }
    }
    if (!best || best.table.headerRow === -1) {
      const sheet = best?.table.sheet ?? candidates[0]?.name ?? "";
      const kind = best?.kind ?? wantedKind ?? "soa";
      return {
        kind,
        sheet,
        headerRow: 0,
        columns: [],
        steps: [],
        issues: [{ code: "no_header_row", severity: "error", message: `No sheet has headers the import recognises${wantedKind ? ` for ${KIND_NAMES[wantedKind]}` : ""}; give the kind, the header row and the columns in a mapping file.`, path: [], sheet }],
        ok: false,
      };
    }
    const { kind } = best;
    const table = readTable(best.sheet, fieldDictionary(kind, document), mapping, KEY_FIELD[kind]);
    if (wantedKind === undefined) {
      issues.push({ code: "guessed_kind", severity: "info", message: `Read as ${KIND_NAMES[kind]} from the headers (${table.recognised.join(", ")}).`, path: [], sheet: table.sheet });
    }
    issues.push(...table.issues);
    const context: PlanContext = { document, table, mapping, asOf: options.asOf, steps: [], issues };
    switch (kind) {
      case "soa":
        planSoa(context);
        break;
      case "risks":
        planRisks(context);
        break;
      case "assets":
        planAssets(context);
        break;
      case "actions":
        planActions(context);
        break;
      case "suppliers":
        planSuppliers(context);
        break;
      default: {
        const never: never = kind;
        throw new IsmsError("invalid_argument", `unknown kind ${String(never)}`);
      }
    }
    const sorted = issues
      .map((found, order) => ({ found, order }))
      .sort((a, b) => (a.found.row ?? 0) - (b.found.row ?? 0) || severityRank(a.found) - severityRank(b.found) || a.order - b.order)
      .map(({ found }) => found);
    return {
      kind,
      sheet: table.sheet,
      headerRow: table.headerRow + 1,
      columns: table.columns.map(({ index: _index, ...column }) => column),
      steps: context.steps,
      issues: sorted,
      ok: !sorted.some((found) => found.severity === "error"),
    };
  } catch (error) {
    throw argumentError("planImport", error);
  }
}
