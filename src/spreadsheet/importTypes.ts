import * as z from "zod";
import type { IsmsIssue, IsoDate } from "../core/index.js";
import type { IsmsCommand } from "../document/index.js";

/**
 * What a sheet holds: the Statement of Applicability (`soa`), a risk register (`risks`), an
 * asset inventory (`assets`), treatment-plan actions (`actions`) or a supplier register
 * (`suppliers`).
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const kind: ImportKind = "risks";
 * ImportKindSchema.options; // ["soa", "risks", "assets", "actions", "suppliers"]
 * ```
 */
export const ImportKindSchema = /* @__PURE__ */ z.enum(["soa", "risks", "assets", "actions", "suppliers"]);

/**
 * A kind of sheet the import understands.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const kind: ImportKind = "soa";
 * ```
 */
export type ImportKind = z.infer<typeof ImportKindSchema>;

/**
 * The schema of a mapping file (`--map MAP.json`): what to read and how, where the automatic
 * recognition does not do. Every key is optional:
 * - `kind`, `sheet`: which kind of sheet and which sheet (by name);
 * - `headerRow`: the 1-based row of the headers (of the lower row, for two-row headers);
 * - `columns`: header text (as in the sheet) → field key (see the guide's field tables, e.g.
 *   `"control"`, `"applicable"`, `"inherent.likelihood"`, `"custom.<key>"`) or `"ignore"`;
 * - `values`: field key → cell text → the value to take instead (a level's key or label, a
 *   boolean for yes/no fields, any text the field takes);
 * - `dateOrder`: how `03/04/2026` reads (`day-first` or `month-first`);
 * - `defaultReasons`: for an SoA sheet without a reasons column, the reasons of each control
 *   it adds as applicable, written as a Reasons cell (`"Risk treatment"`,
 *   `"Legal: GDPR; Business"`); decisions already in the document keep theirs.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const mapping = ImportMappingSchema.parse({
 *   kind: "soa",
 *   columns: { Maßnahme: "control", Anwendbar: "applicable", Begründung: "justification" },
 *   values: { applicable: { Ja: true, Nein: false } },
 *   dateOrder: "day-first",
 * });
 * ```
 */
export const ImportMappingSchema = /* @__PURE__ */ z.strictObject({
  /** Which kind of sheet; guessed from the headers when absent. */
  kind: ImportKindSchema.optional(),
  /** The sheet to read, by name; the best-matching sheet when absent. */
  sheet: z.string().min(1).optional(),
  /** The 1-based row of the headers; found when absent. */
  headerRow: z.number().int().positive().optional(),
  /** Header text → field key or `"ignore"`. */
  columns: z.record(z.string(), z.string().min(1)).optional(),
  /** Field key → cell text → the value to take. */
  values: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.boolean(), z.number()]))).optional(),
  /** How dates such as `03/04/2026` read. */
  dateOrder: z.enum(["day-first", "month-first"]).optional(),
  /** An SoA sheet without a reasons column: the reasons of the applicable controls it adds. */
  defaultReasons: z.string().min(1).optional(),
});

/**
 * A mapping file's content, see {@link ImportMappingSchema}.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const mapping: ImportMapping = { columns: { "Risk ref": "id", "Net score": "residual.level" } };
 * ```
 */
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

/**
 * Options of {@link planImport}.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const options: PlanImportOptions = { kind: "risks", sheet: "Register", asOf: "2026-12-01" };
 * ```
 */
export interface PlanImportOptions {
  /** The kind of sheet; the mapping's, else guessed from the headers. */
  readonly kind?: ImportKind | undefined;
  /** The sheet to read; the mapping's, else the sheet whose headers fit the kind best. */
  readonly sheet?: string | undefined;
  /** The mapping file's content. */
  readonly mapping?: ImportMapping | undefined;
  /** The date of ratings and reviews for which the sheet has no date column (YYYY-MM-DD). */
  readonly asOf?: IsoDate | undefined;
}

/**
 * One column of the sheet as the import reads it: its letter, its header and where its values
 * go (a field, a custom key, or nowhere because it is ignored or only checked).
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const column: ImportColumn = { column: "B", header: "Applicable?", field: "applicable" };
 * ```
 */
export interface ImportColumn {
  /** The column's letter (`A`, `B`, … `AA`). */
  readonly column: string;
  /** The header text (two-row headers joined with " / "). */
  readonly header: string;
  /** The field key the values go to. */
  readonly field?: string;
  /** The custom key the values go to, for a column that maps to no field. */
  readonly custom?: string;
  /** `true` when the values go nowhere: ignored by the mapping, or derived and only checked. */
  readonly ignored?: boolean;
}

/**
 * One command of an import, traced to the row and cells it came from.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const step: ImportStep = {
 *   command: { type: "entity.update", collection: "soaDecisions", id: "annex-a:5.1", patch: { owner: "CISO" } },
 *   summary: "SoA A.5.1: owner",
 *   source: { sheet: "SoA", row: 4, cells: [{ column: "D", header: "Owner", value: "CISO" }] },
 * };
 * ```
 */
export interface ImportStep {
  /** The command, as {@link applyIsmsCommand} takes it. */
  readonly command: IsmsCommand;
  /** A line for people. */
  readonly summary: string;
  /** Where it came from. */
  readonly source: {
    /** The sheet's name. */
    readonly sheet: string;
    /** The 1-based row. */
    readonly row: number;
    /** The row's non-empty cells. */
    readonly cells: readonly { readonly column: string; readonly header: string; readonly value: string }[];
  };
}

/**
 * A problem or a note of an import, placed in the sheet: sheet, 1-based row, column letter
 * and header, when it concerns one.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const found: ImportIssue = { code: "ambiguous_date", severity: "error", message: "…", path: [], sheet: "SoA", row: 7, column: "H", header: "Last reviewed" };
 * ```
 */
export interface ImportIssue extends IsmsIssue {
  /** The sheet's name. */
  readonly sheet: string;
  /** The 1-based row, when the issue concerns one. */
  readonly row?: number;
  /** The column's letter, when the issue concerns one. */
  readonly column?: string;
  /** The column's header, when the issue concerns a column. */
  readonly header?: string;
}

/**
 * What an import would do: the sheet and header row it read, where each column goes, the
 * commands traced to their rows, and the issues. `ok` is `false` when an issue is an error;
 * such a plan is refused by {@link applyImportPlan}.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * const plan: ImportPlan = planImport(doc, [{ name: "SoA", rows: [["Control", "Applicable"], ["A.5.1", "Yes"]] }]);
 * plan.kind; // "soa"
 * plan.steps.length; // 0: the example already holds A.5.1 as applicable
 * ```
 */
export interface ImportPlan {
  /** The kind of sheet read. */
  readonly kind: ImportKind;
  /** The sheet read. */
  readonly sheet: string;
  /** The 1-based header row (the lower one of a two-row header); 0 when none was found. */
  readonly headerRow: number;
  /** The columns, left to right. */
  readonly columns: readonly ImportColumn[];
  /** The commands, in order. */
  readonly steps: readonly ImportStep[];
  /** Problems and notes, errors first within a row. */
  readonly issues: readonly ImportIssue[];
  /** `true` when no issue is an error. */
  readonly ok: boolean;
}
