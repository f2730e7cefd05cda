import type { SoaRow } from "../soa/index.js";
import { csvDocument } from "./escape.js";
import { renderSoaTable } from "./renderSoaTable.js";
import type { RenderCsvOptions } from "./options.js";
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
    const table = renderSoaTable(rows, options.labels === undefined ? {} : { labels: options.labels });
    return csvDocument([table.header, ...table.rows], options.bom === undefined ? {} : { bom: options.bom });
  } catch (error) {
    throw argumentError("renderSoaCsv", error);
  }
}
