import { ImplementationStatusSchema, summariseSoa, type SoaRow } from "../soa/index.js";
import { escapeMarkdownCell, escapeMarkdownText } from "./escape.js";
import { resolveLabels } from "./_internal/labels.js";
import { markdownDraftNotice } from "./_internal/page.js";
import type { RenderMarkdownOptions } from "./options.js";
import { renderSoaTable } from "./renderSoaTable.js";
import { argumentError } from "../core/_internal/index.js";

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
export interface RenderSoaMarkdownOptions extends RenderMarkdownOptions {
  /** Heading text; default the labels' `soa.title`, `"Statement of Applicability"`. */
  readonly title?: string;
  /** Level of the heading, 1–6; default 1. Values outside are clamped. */
  readonly headingLevel?: number;
  /** Print the summary line above the table; default `true`. */
  readonly summary?: boolean;
}

/**
 * Renders the Statement of Applicability as GitHub Flavored Markdown: a heading, a one-line
 * summary (controls, applicable, excluded by decision, undecided, applicable controls by
 * status) and a table with
 * the columns of {@link SOA_COLUMNS} (the catalogue column only when the rows come from more
 * than one catalogue). Every text is escaped: table pipes, emphasis, links and code are
 * backslash-escaped, `&`, `<` and `>` are written as character references and line breaks
 * as `<br>`. With `errorCount` of 1 or more it starts with a draft notice.
 *
 * @param rows - rows from `deriveSoa`
 * @param options - title, heading level, summary, labels and the document's error count
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
  try {
    const labels = resolveLabels(options.labels);
    const level = Math.min(6, Math.max(1, Math.trunc(options.headingLevel ?? 1)));
    const table = renderSoaTable(rows, options.labels === undefined ? {} : { labels: options.labels });
    const withCatalogue = new Set(rows.map((row) => row.catalogue)).size > 1;
    const pick = (cells: readonly string[]): readonly string[] => (withCatalogue ? cells : cells.slice(1));
    const line = (cells: readonly string[]): string => `| ${pick(cells).map(escapeMarkdownCell).join(" | ")} |`;
    const lines = [
      ...markdownDraftNotice(labels, options.errorCount),
      `${"#".repeat(level)} ${escapeMarkdownText(options.title ?? labels.soa.title).replace(/\\\n/g, " ")}`,
      "",
    ];
    if (options.summary ?? true) {
      const summary = summariseSoa(rows);
      const byStatus = ImplementationStatusSchema.options
        .filter((status) => summary.byStatus[status] > 0)
        .map((status) => labels.soa.statusCount(labels.implementationStatus[status], summary.byStatus[status]))
        .join(", ");
      lines.push(escapeMarkdownText(`${labels.soa.summaryLine(summary)}${byStatus === "" ? "" : ` ${labels.soa.byStatusLine(byStatus)}`}`).replace(/\\\n/g, " "), "");
    }
    lines.push(line(table.header), `|${pick(table.header).map(() => " --- ").join("|")}|`, ...table.rows.map(line), "");
    return lines.join("\n");
  } catch (error) {
    throw argumentError("renderSoaMarkdown", error);
  }
}
