import type { FrameworkCoverage, FrameworkCoverageRow } from "../document/index.js";
import { csvDocument, escapeMarkdownCell, escapeMarkdownText } from "./escape.js";
import { controlId, resolveLabels } from "./_internal/labels.js";
import { markdownDraftNotice } from "./_internal/page.js";
import type { ReportLabelOverrides, ReportLabels } from "./labels.js";
import type { RenderCsvOptions, RenderMarkdownOptions } from "./options.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The one-line summary of a framework's coverage, e.g. "SP 800-53 rev5 LOW: 12 of 149
 * covered by implemented Annex A controls, 20 partly, 117 not at all" (the labels'
 * `coverage.summaryLine`).
 *
 * @param coverage - from `frameworkCoverage`
 * @param labels - words to print instead of the defaults
 * @returns the line, without a full stop
 * @category Report
 * @example
 * ```ts
 * coverageSummaryLine(frameworkCoverage(doc, "northwind")); // "Northwind product security controls: 0 of 3 covered by implemented Annex A controls, 0 partly, 3 not at all"
 * ```
 */
export function coverageSummaryLine(coverage: FrameworkCoverage, labels?: ReportLabelOverrides): string {
  try {
    return summaryLineOf(coverage, resolveLabels(labels));
  } catch (error) {
    throw argumentError("coverageSummaryLine", error);
  }
}

function summaryLineOf(coverage: FrameworkCoverage, labels: ReportLabels): string {
  return labels.coverage.summaryLine({
    framework: coverage.frameworkTitle,
    via: coverage.viaTitle,
    total: coverage.total,
    covered: coverage.covered,
    partly: coverage.partly,
    none: coverage.none,
  });
}

function cellsOf(row: FrameworkCoverageRow, labels: ReportLabels): string[] {
  return [
    row.id,
    row.title,
    labels.coverage.level[row.level],
    row.links
      .map((link) => labels.coverage.link(controlId(link.control), labels.coverage.relationship[link.relationship], link.applicable ? labels.implementationStatus[link.status] : labels.common.excluded))
      .join("; "),
  ];
}

function headerOf(labels: ReportLabels): string[] {
  const columns = labels.coverage.columns;
  return [columns.requirement, columns.title, columns.coverage, columns.via];
}

/**
 * Options of {@link renderCoverageMarkdown}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderCoverageMarkdownOptions = { headingLevel: 2 };
 * ```
 */
export interface RenderCoverageMarkdownOptions extends RenderMarkdownOptions {
  /** Level of the heading, 1–6; default 1. Values outside are clamped. */
  readonly headingLevel?: number;
}

/**
 * Renders a framework's coverage ({@link coverageSummaryLine} and one table row per
 * requirement: id, title, coverage, and the covering controls with their relationship and
 * status) as GitHub Flavored Markdown, every text escaped. With `errorCount` of 1 or more it
 * starts with a draft notice.
 *
 * @param coverage - from `frameworkCoverage`
 * @param options - heading level, labels and the document's error count
 * @returns the Markdown text, ending with a newline
 * @category Report
 * @example
 * ```ts
 * renderCoverageMarkdown(frameworkCoverage(doc, "northwind")).split("\n")[0]; // "# Coverage of Northwind product security controls"
 * ```
 */
export function renderCoverageMarkdown(coverage: FrameworkCoverage, options: RenderCoverageMarkdownOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    const level = Math.min(6, Math.max(1, Math.trunc(options.headingLevel ?? 1)));
    const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
    const header = headerOf(labels);
    return [
      ...markdownDraftNotice(labels, options.errorCount),
      `${"#".repeat(level)} ${escapeMarkdownText(labels.coverage.title(coverage.frameworkTitle)).replace(/\\\n/g, " ")}`,
      "",
      `${escapeMarkdownText(summaryLineOf(coverage, labels)).replace(/\\\n/g, " ")}.`,
      "",
      line(header),
      `|${header.map(() => " --- ").join("|")}|`,
      ...coverage.rows.map((row) => line(cellsOf(row, labels))),
      "",
    ].join("\n");
  } catch (error) {
    throw argumentError("renderCoverageMarkdown", error);
  }
}

/**
 * Renders a framework's coverage as CSV (RFC 4180, formula injection neutralised): a header
 * and one record per requirement with the columns of {@link renderCoverageMarkdown}.
 *
 * @param coverage - from `frameworkCoverage`
 * @param options - labels, and `bom` to prefix a byte order mark
 * @returns the CSV text
 * @category Report
 * @example
 * ```ts
 * renderCoverageCsv(frameworkCoverage(doc, "northwind")).split("\r\n")[0]; // "Requirement,Title,Coverage,Covered by"
 * ```
 */
export function renderCoverageCsv(coverage: FrameworkCoverage, options: RenderCsvOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    return csvDocument([headerOf(labels), ...coverage.rows.map((row) => cellsOf(row, labels))], options.bom === undefined ? {} : { bom: options.bom });
  } catch (error) {
    throw argumentError("renderCoverageCsv", error);
  }
}
