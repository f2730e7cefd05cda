import type { ImplementationStatus, SoaReason, SoaRow } from "../soa/index.js";
import type { ReportLabelOverrides } from "./labels.js";
import { groupLabel, resolveLabels, soaHeader, soaReasonText, soaRowApplicable, soaRowCrosswalk, soaRowStatus } from "./_internal/labels.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The columns every SoA rendering shows, in order, in the default words
 * ({@link DEFAULT_REPORT_LABELS}`.soa.columns`).
 *
 * @category Report
 * @example
 * ```ts
 * SOA_COLUMNS[1]; // "Control"
 * ```
 */
export const SOA_COLUMNS = [
  "Catalogue",
  "Control",
  "Title",
  "Theme",
  "Applicable",
  "Reasons",
  "Risks",
  "Obligations",
  "Exclusion justification",
  "Status",
  "Owner",
  "Provider",
  "Evidence date",
] as const;

/**
 * The plain-text table of an SoA that the CSV, Markdown and HTML renderers share: a header
 * and one row of texts per control, not yet escaped for any format.
 *
 * @category Report
 * @example
 * ```ts
 * const rows = deriveIsmsSoa(doc);
 * const table: SoaTable = renderSoaTable(rows);
 * table.rows.length === rows.length; // true
 * ```
 */
export interface SoaTable {
  /** The column titles, {@link SOA_COLUMNS} (and the crosswalk's when the rows have one). */
  readonly header: readonly string[];
  /** One array of cell texts per SoA row, in the same order. */
  readonly rows: readonly (readonly string[])[];
}

/**
 * Options of {@link renderSoaTable}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderSoaTableOptions = { labels: { common: { yes: "Ja", no: "Nein" } } };
 * ```
 */
export interface RenderSoaTableOptions {
  /** Words to print instead of the defaults, merged over {@link DEFAULT_REPORT_LABELS}. */
  readonly labels?: ReportLabelOverrides;
}

/**
 * The label of an implementation status, e.g. `"Partially implemented"`.
 *
 * @param status - a status code
 * @param labels - words to print instead of the defaults
 * @returns its label
 * @category Report
 * @example
 * ```ts
 * soaStatusLabel("not_started"); // "Not started"
 * ```
 */
export function soaStatusLabel(status: ImplementationStatus, labels?: ReportLabelOverrides): string {
  try {
    return resolveLabels(labels).implementationStatus[status];
  } catch (error) {
    throw argumentError("soaStatusLabel", error);
  }
}

/**
 * One reason as text: its label, the risk or obligation ids in parentheses and the note,
 * e.g. `"Risk treatment (R-1, R-4)"` or `"Business: tender requirement"`.
 *
 * @param reason - a reason of an SoA row
 * @param labels - words to print instead of the defaults
 * @returns the text
 * @category Report
 * @example
 * ```ts
 * soaReasonLabel({ kind: "legal", obligations: [ObligationIdSchema.parse("OB-GDPR")] }); // "Legal (OB-GDPR)"
 * ```
 */
export function soaReasonLabel(reason: SoaReason, labels?: ReportLabelOverrides): string {
  try {
    return soaReasonText(reason, resolveLabels(labels));
  } catch (error) {
    throw argumentError("soaReasonLabel", error);
  }
}

/**
 * Turns SoA rows into the plain-text table the CSV and Markdown renderers print: catalogue,
 * control id, title, theme, applicable (`Yes`, `No`, or `Undecided` for a control nothing
 * decides yet), reasons (joined with `; `), risks and obligations (joined with `, `),
 * exclusion justification, status (the implementation status of an applicable control,
 * followed by the plans' status in parentheses when the two disagree; `Excluded` or
 * `Undecided` otherwise), owner, provider and the date of the newest evidence; when the rows
 * carry a crosswalk (the SoA was derived with control mappings), a last column lists the
 * other frameworks' requirements each control relates to (`sp800-53-low:ac-2 (superset)`,
 * joined with `; `). Every word comes from the labels. Nothing is escaped: each renderer
 * escapes for its format.
 *
 * @param rows - rows from `deriveSoa`
 * @param options - labels
 * @returns header and cells
 * @category Report
 * @example
 * ```ts
 * const { header, rows: cells } = renderSoaTable(deriveIsmsSoa(doc, "2026-11-27"));
 * header.length === cells[0]?.length; // true: one cell per column
 * ```
 */
export function renderSoaTable(rows: readonly SoaRow[], options: RenderSoaTableOptions = {}): SoaTable {
  try {
    const labels = resolveLabels(options.labels);
    const withCrosswalk = rows.some((row) => row.crosswalk !== undefined);
    return {
      header: withCrosswalk ? [...soaHeader(labels), labels.coverage.crosswalkColumn] : soaHeader(labels),
      rows: rows.map((row) => [
        row.catalogue,
        row.id,
        row.title,
        row.group === undefined ? "" : groupLabel(row.group, labels),
        soaRowApplicable(row, labels),
        row.reasons.map((reason) => soaReasonText(reason, labels)).join("; "),
        row.risks.join(", "),
        row.obligations.join(", "),
        row.applicable ? "" : (row.justification ?? ""),
        soaRowStatus(row, labels),
        row.owner ?? "",
        row.provider ?? "",
        row.lastEvidenceDate ?? "",
        ...(withCrosswalk ? [soaRowCrosswalk(row, labels).join("; ")] : []),
      ]),
    };
  } catch (error) {
    throw argumentError("renderSoaTable", error);
  }
}
