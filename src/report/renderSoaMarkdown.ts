import { ImplementationStatusSchema, summariseSoa, type SoaRow } from "../soa/index.js";
import { escapeMarkdownCell, escapeMarkdownText } from "./_internal/escape.js";
import { renderSoaTable, soaStatusLabel } from "./renderSoaTable.js";

/**
 * Options of {@link renderSoaMarkdown}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderSoaMarkdownOptions = { title: "SoA v3", headingLevel: 2 };
 * renderSoaMarkdown(deriveIsmsSoa(doc), options).split("\n")[0]; // "## SoA v3"
 * ```
 */
export interface RenderSoaMarkdownOptions {
  /** Heading text; default `"Statement of Applicability"`. */
  readonly title?: string;
  /** Level of the heading, 1–6; default 1. Values outside are clamped. */
  readonly headingLevel?: number;
  /** Print the summary line above the table; default `true`. */
  readonly summary?: boolean;
}

/**
 * Renders the Statement of Applicability as GitHub Flavored Markdown: a heading, a one-line
 * summary (controls, applicable, excluded, applicable controls by status) and a table with
 * the columns of {@link SOA_COLUMNS} (the catalogue column only when the rows come from more
 * than one catalogue). Every text is escaped: table pipes, emphasis, links and code are
 * backslash-escaped, `&`, `<` and `>` are written as character references and line breaks
 * as `<br>`.
 *
 * @param rows - rows from `deriveSoa`
 * @param options - title, heading level and summary
 * @returns the Markdown text, ending with a newline
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { deriveIsmsSoa } from "isms";
 * import { createExampleIsms } from "isms/example";
 * import { renderSoaMarkdown } from "isms/report";
 *
 * writeFileSync("soa.md", renderSoaMarkdown(deriveIsmsSoa(createExampleIsms()), { title: "Statement of Applicability v2" }));
 * ```
 */
export function renderSoaMarkdown(rows: readonly SoaRow[], options: RenderSoaMarkdownOptions = {}): string {
  const level = Math.min(6, Math.max(1, Math.trunc(options.headingLevel ?? 1)));
  const table = renderSoaTable(rows);
  const withCatalogue = new Set(rows.map((row) => row.catalogue)).size > 1;
  const pick = (cells: readonly string[]): readonly string[] => (withCatalogue ? cells : cells.slice(1));
  const line = (cells: readonly string[]): string => `| ${pick(cells).map(escapeMarkdownCell).join(" | ")} |`;
  const lines = [`${"#".repeat(level)} ${escapeMarkdownText(options.title ?? "Statement of Applicability").replace(/\\\n/g, " ")}`, ""];
  if (options.summary ?? true) {
    const summary = summariseSoa(rows);
    const byStatus = ImplementationStatusSchema.options
      .filter((status) => summary.byStatus[status] > 0)
      .map((status) => `${soaStatusLabel(status).toLowerCase()} ${summary.byStatus[status]}`)
      .join(", ");
    lines.push(
      `${summary.total} controls: ${summary.applicable} applicable, ${summary.excluded} excluded.${byStatus === "" ? "" : ` Applicable controls by status: ${byStatus}.`}`,
      "",
    );
  }
  lines.push(line(table.header), `|${pick(table.header).map(() => " --- ").join("|")}|`, ...table.rows.map(line), "");
  return lines.join("\n");
}
