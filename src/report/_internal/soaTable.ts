import type { SoaRow } from "../../soa/index.js";
import type { ReportLabels } from "../labels.js";
import { groupLabel, soaReasonText, soaRowApplicable, soaRowCrosswalk, soaRowStatus } from "./labels.js";

/** Whether any row carries a crosswalk, which adds a last column to the SoA table. */
export function soaHasCrosswalk(rows: readonly SoaRow[]): boolean {
  return rows.some((row) => row.crosswalk !== undefined);
}

/** The cells of one SoA row in the order of SOA_COLUMNS (and the crosswalk's when the table has one), not escaped. */
export function soaRowCells(row: SoaRow, labels: ReportLabels, withCrosswalk: boolean): string[] {
  return [
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
  ];
}
