import type { IsmsDocument } from "../document/index.js";
import { csvDocument, escapeHtml, escapeMarkdownCell } from "./_internal/escape.js";
import { riskCells, riskRows, RISK_COLUMNS } from "./_internal/riskRows.js";
import { htmlPage } from "./_internal/page.js";

/**
 * Renders the risk register (6.1.2, 8.2) as CSV (RFC 4180, CRLF line ends, cells that a
 * spreadsheet would read as a formula neutralised): one row per risk with its levels on
 * every rating layer, its evaluation against the acceptance criteria, plans and controls.
 *
 * @param document - the ISMS
 * @returns CSV text with a header row
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderRiskRegisterCsv } from "isms/report";
 *
 * writeFileSync("risks.csv", renderRiskRegisterCsv(createExampleIsms()));
 * ```
 */
export function renderRiskRegisterCsv(document: IsmsDocument): string {
  return csvDocument([[...RISK_COLUMNS], ...riskRows(document).map(riskCells)]);
}

/**
 * Renders the risk register as a Markdown table (GitHub Flavored Markdown); every cell is
 * escaped so the table keeps its columns whatever the text.
 *
 * @param document - the ISMS
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * console.log(renderRiskRegisterMarkdown(doc));
 * ```
 */
export function renderRiskRegisterMarkdown(document: IsmsDocument): string {
  const rows = riskRows(document);
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
  return [
    `# Risk register — ${escapeMarkdownCell(document.organisation.name)}`,
    "",
    `${rows.length} risks.`,
    "",
    line([...RISK_COLUMNS]),
    `|${RISK_COLUMNS.map(() => " --- ").join("|")}|`,
    ...rows.map((row) => line(riskCells(row))),
    "",
  ].join("\n");
}

/**
 * Options of {@link renderRiskRegisterHtml}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderRiskRegisterHtmlOptions = { generatedOn: "2026-11-27" };
 * renderRiskRegisterHtml(doc, options).includes("2026-11-27"); // true
 * ```
 */
export interface RenderRiskRegisterHtmlOptions {
  /** The date printed in the footer. */
  readonly generatedOn?: string;
}

/**
 * Renders the risk register as a self-contained, printable HTML page (no scripts, no
 * external resources); every text is escaped.
 *
 * @param document - the ISMS
 * @param options - the date printed
 * @returns HTML text
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderRiskRegisterHtml } from "isms/report";
 *
 * writeFileSync("risks.html", renderRiskRegisterHtml(createExampleIsms(), { generatedOn: "2026-11-27" }));
 * ```
 */
export function renderRiskRegisterHtml(document: IsmsDocument, options: RenderRiskRegisterHtmlOptions = {}): string {
  const rows = riskRows(document);
  const head = `<tr>${RISK_COLUMNS.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr>`;
  const body = rows.map((row) => `<tr>${riskCells(row).map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("\n");
  return htmlPage(
    `Risk register — ${document.organisation.name}`,
    `<p>${rows.length} risks.</p>\n<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`,
    options.generatedOn,
  );
}
