import type { SoaRow } from "../soa/index.js";
import type { ReportLabelOverrides } from "./labels.js";
import { csvText, type CsvValue } from "./escape.js";
import type { RenderCsvOptions } from "./options.js";
import { resolveLabels, soaHeader } from "./_internal/labels.js";
import { soaHasCrosswalk, soaRowCells } from "./_internal/soaTable.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link renderSoaCsv}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderSoaCsvOptions = { bom: true }; // for spreadsheets that need a byte order mark
 * renderSoaCsv(deriveIsmsSoa(doc), options).startsWith("\uFEFF"); // true
 * ```
 */
export type RenderSoaCsvOptions = RenderCsvOptions;

/**
 * Renders the Statement of Applicability as CSV (RFC 4180: comma-separated, CRLF line
 * ends, fields with commas, quotes or line breaks quoted, quotes doubled), one header row and
 * one record per control with the columns of {@link SOA_COLUMNS}, in the words of the labels
 * (statuses as labels: `Excluded` and `Undecided` for controls that are not applicable; no
 * notice row for a draft, which would break parsers). A cell that a spreadsheet
 * would read as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a
 * leading apostrophe.
 *
 * @param rows - rows from `deriveSoa`
 * @param options - labels, and `bom` to prefix a byte order mark
 * @returns the CSV text
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { deriveIsmsSoa } from "isms";
 * import { createExampleIsms } from "isms/example";
 * import { renderSoaCsv } from "isms/report";
 *
 * writeFileSync("soa.csv", renderSoaCsv(deriveIsmsSoa(createExampleIsms())), "utf8");
 * ```
 */
export function renderSoaCsv(rows: readonly SoaRow[], options: RenderSoaCsvOptions = {}): string {
  try {
    return csvText(soaRecords(rows, options.labels), options.bom === true);
  } catch (error) {
    throw argumentError("renderSoaCsv", error);
  }
}

/**
 * The header and the records of the table {@link renderSoaTable} makes, one at a time, so
 * that each row becomes its CSV line at once and the table of a large SoA (its risk lists
 * grow with the register) is never held whole. A failure while making the cells is reported
 * as `renderSoaTable`'s, as it was when the CSV was printed from that table.
 */
function* soaRecords(rows: readonly SoaRow[], overrides: ReportLabelOverrides | undefined): Generator<readonly CsvValue[]> {
  let labels;
  let withCrosswalk;
  try {
    labels = resolveLabels(overrides);
    withCrosswalk = soaHasCrosswalk(rows);
  } catch (error) {
    throw argumentError("renderSoaTable", error);
  }
  yield withCrosswalk ? [...soaHeader(labels), labels.coverage.crosswalkColumn] : soaHeader(labels);
  for (const row of rows) {
    let cells;
    try {
      cells = soaRowCells(row, labels, withCrosswalk);
    } catch (error) {
      throw argumentError("renderSoaTable", error);
    }
    yield cells;
  }
}
