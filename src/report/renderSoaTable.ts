import type { ImplementationStatus, SoaReason, SoaReasonKind, SoaRow } from "../soa/index.js";

/**
 * The columns every SoA rendering shows, in order.
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
  /** The column titles, {@link SOA_COLUMNS}. */
  readonly header: readonly string[];
  /** One array of cell texts per SoA row, in the same order. */
  readonly rows: readonly (readonly string[])[];
}

const STATUS_LABELS: Readonly<Record<ImplementationStatus, string>> = {
  not_started: "Not started",
  planned: "Planned",
  partially_implemented: "Partially implemented",
  implemented: "Implemented",
  not_implemented: "Not implemented",
};

const REASON_LABELS: Readonly<Record<SoaReasonKind, string>> = {
  risk_treatment: "Risk treatment",
  legal: "Legal",
  statutory: "Statutory",
  regulatory: "Regulatory",
  contractual: "Contractual",
  business: "Business",
  best_practice: "Best practice",
};

/**
 * The label of an implementation status, e.g. `"Partially implemented"`.
 *
 * @param status - a status code
 * @returns its label
 * @category Report
 * @example
 * ```ts
 * soaStatusLabel("not_started"); // "Not started"
 * ```
 */
export function soaStatusLabel(status: ImplementationStatus): string {
  return STATUS_LABELS[status];
}

/**
 * One reason as text: its label, the risk or obligation ids in parentheses and the note,
 * e.g. `"Risk treatment (R-1, R-4)"` or `"Business: tender requirement"`.
 *
 * @param reason - a reason of an SoA row
 * @returns the text
 * @category Report
 * @example
 * ```ts
 * soaReasonLabel({ kind: "legal", obligations: [ObligationIdSchema.parse("OB-GDPR")] }); // "Legal (OB-GDPR)"
 * ```
 */
export function soaReasonLabel(reason: SoaReason): string {
  const ids = [...(reason.risks ?? []), ...(reason.obligations ?? [])];
  return `${REASON_LABELS[reason.kind]}${ids.length > 0 ? ` (${ids.join(", ")})` : ""}${reason.note === undefined ? "" : `: ${reason.note}`}`;
}

/**
 * Turns SoA rows into the plain-text table every SoA renderer prints: catalogue, control id,
 * title, theme, applicable (`Yes`/`No`), reasons (joined with `; `), risks and obligations
 * (joined with `, `), exclusion justification, status label (followed by the plans' status in
 * parentheses when the two disagree), owner, provider and the date of the newest evidence. Nothing is escaped: each renderer escapes for its format.
 *
 * @param rows - rows from `deriveSoa`
 * @returns header and cells
 * @category Report
 * @example
 * ```ts
 * const { header, rows: cells } = renderSoaTable(deriveIsmsSoa(doc));
 * header.length === cells[0]?.length; // true: one cell per column
 * ```
 */
export function renderSoaTable(rows: readonly SoaRow[]): SoaTable {
  return {
    header: [...SOA_COLUMNS],
    rows: rows.map((row) => [
      row.catalogue,
      row.id,
      row.title,
      row.group ?? "",
      row.applicable ? "Yes" : "No",
      row.reasons.map(soaReasonLabel).join("; "),
      row.risks.join(", "),
      row.obligations.join(", "),
      row.applicable ? "" : (row.justification ?? ""),
      row.statusMismatch === true && row.statusFromPlans !== undefined
        ? `${soaStatusLabel(row.status)} (plans: ${soaStatusLabel(row.statusFromPlans).toLowerCase()})`
        : soaStatusLabel(row.status),
      row.owner ?? "",
      row.provider ?? "",
      row.lastEvidenceDate ?? "",
    ]),
  };
}
