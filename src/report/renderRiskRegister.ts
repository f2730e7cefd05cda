import type { IsmsDocument } from "../document/index.js";
import type { CsvValue } from "./escape.js";
import { csvText, escapeHtml, escapeHtmlMultiline, escapeMarkdownCell, escapeMarkdownText } from "./escape.js";
import { resolveLabels } from "./_internal/labels.js";
import { columnWidths, htmlPage, idHtml, longest, markdownDraftNotice, namedIdsHtml } from "./_internal/page.js";
import { LAYERS, namedText, riskRowMaker, riskRows, type RiskRow } from "./_internal/riskRows.js";
import type { ReportLabels } from "./labels.js";
import type { RenderCsvOptions, RenderHtmlOptions, RenderMarkdownOptions } from "./options.js";
import { argumentError } from "../core/_internal/index.js";

function header(labels: ReportLabels, csv: boolean): string[] {
  const columns = labels.riskRegister.columns;
  return [
    columns.risk,
    columns.title,
    columns.kind,
    columns.owner,
    columns.category,
    columns.status,
    columns.subject,
    ...(csv ? [columns.assetNames] : []),
    columns.scenario,
    ...LAYERS.map((layer) => labels.ratingLayer[layer]),
    columns.evaluation,
    columns.plans,
    ...(csv ? [columns.planTitles] : []),
    columns.controls,
    ...(csv ? [columns.controlTitles] : []),
  ];
}

/**
 * Renders the risk register (6.1.2, 8.2) as CSV (RFC 4180, CRLF line ends, cells that a
 * spreadsheet would read as a formula neutralised): one row per risk with its levels on
 * every rating layer, its evaluation against the acceptance criteria, plans and controls.
 * Statuses, kinds and evaluations are labels; the id columns (assets, plans, controls) hold
 * ids only, separated by spaces, each followed by a column with their names or titles
 * (separated by `; `), so that a spreadsheet can still look ids up.
 *
 * @param document - the ISMS
 * @param options - labels and byte order mark
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
export function renderRiskRegisterCsv(document: IsmsDocument, options: RenderCsvOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    const names = (items: readonly { readonly name?: string | undefined }[]): string => items.map((item) => item.name ?? "").join("; ");
    const rowOf = riskRowMaker(document, labels);
    // Each risk's row becomes its line at once: the text of 100,000 risks is kept, not their rows.
    function* rows(): Generator<readonly CsvValue[]> {
      yield header(labels, true);
      for (const risk of document.risks) yield cells(rowOf(risk));
    }
    const cells = (row: RiskRow): CsvValue[] => [
      row.id,
      row.title,
      row.kind,
      row.owner,
      row.category,
      row.status,
      row.assets.length > 0 ? row.assets.map((asset) => asset.id).join(" ") : row.source,
      names(row.assets),
      row.scenario,
      ...LAYERS.map((layer) => row.levels[layer]),
      row.appetite,
      row.plans.map((plan) => plan.id).join(" "),
      names(row.plans),
      row.controls.map((control) => control.ref).join(" "),
      names(row.controls),
    ];
    return csvText(rows(), options.bom === true);
  } catch (error) {
    throw argumentError("renderRiskRegisterCsv", error);
  }
}

/** The cells of a row for Markdown: ids with their names, one per line. */
function markdownCells(row: RiskRow): string[] {
  return [
    row.id,
    row.title,
    row.kind,
    row.owner,
    row.category,
    row.status,
    row.assets.length > 0 ? namedText(row.assets).join("\n") : row.source,
    row.scenario,
    ...LAYERS.map((layer) => row.levels[layer]),
    row.appetite,
    namedText(row.plans).join("\n"),
    namedText(row.controls).join("\n"),
  ];
}

/**
 * Renders the risk register as a Markdown table (GitHub Flavored Markdown): assets, plans
 * and controls with their names beside their ids (`5.17 Authentication information`), one per
 * line. Every cell is escaped so the table keeps its columns whatever the text. With
 * `errorCount` of 1 or more it starts with a draft notice.
 *
 * @param document - the ISMS
 * @param options - labels and the document's error count
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * console.log(renderRiskRegisterMarkdown(doc));
 * ```
 */
export function renderRiskRegisterMarkdown(document: IsmsDocument, options: RenderMarkdownOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    const rows = riskRows(document, labels);
    const columns = header(labels, false);
    const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
    return [
      ...markdownDraftNotice(labels, options.errorCount),
      `# ${escapeMarkdownText(labels.riskRegister.title(document.organisation.name)).replace(/\\\n/g, " ")}`,
      "",
      escapeMarkdownText(labels.riskRegister.count(rows.length)),
      "",
      line(columns),
      `|${columns.map(() => " --- ").join("|")}|`,
      ...rows.map((row) => line(markdownCells(row))),
      "",
    ].join("\n");
  } catch (error) {
    throw argumentError("renderRiskRegisterMarkdown", error);
  }
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
export type RenderRiskRegisterHtmlOptions = RenderHtmlOptions;

function htmlRow(row: RiskRow, labels: ReportLabels): string {
  const levels = LAYERS.filter((layer) => row.levels[layer] !== "").map((layer) => `<div><span class="layer">${escapeHtml(labels.ratingLayer[layer])}:</span> ${escapeHtml(row.levels[layer])}</div>`);
  const cells = [
    `<td>${idHtml(row.id)}</td>`,
    `<td>${escapeHtml(row.title)}<div class="sub">${escapeHtml([row.kind, row.category].filter((part) => part !== "").join(" · "))}</div></td>`,
    `<td>${escapeHtml(row.owner)}</td>`,
    `<td>${escapeHtml(row.status)}</td>`,
    `<td>${row.assets.length > 0 ? namedIdsHtml(row.assets) : escapeHtmlMultiline(row.source)}</td>`,
    `<td>${escapeHtmlMultiline(row.scenario)}</td>`,
    `<td>${levels.length > 0 ? levels.join("") : escapeHtml(labels.common.notRated)}</td>`,
    `<td>${escapeHtml(row.appetite)}</td>`,
    `<td>${namedIdsHtml(row.plans)}</td>`,
    `<td>${namedIdsHtml(row.controls)}</td>`,
  ];
  return `<tr>${cells.join("")}</tr>`;
}

const HTML_STYLE = `.sub,.layer{color:#555}.sub{font-size:.9em;margin-top:.15rem}`;

/**
 * Renders the risk register as a self-contained, printable HTML page (A4 landscape; no
 * scripts, no external resources): assets, plans and controls with their names beside their
 * ids, kind and category under the title, the levels of the rated layers in one column. Every text is escaped. With `errorCount` of 1 or more the page starts with a draft
 * notice.
 *
 * @param document - the ISMS
 * @param options - the date printed, labels and the document's error count
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
  try {
    const labels = resolveLabels(options.labels);
    const rows = riskRows(document, labels);
    const columns = labels.riskRegister.columns;
    const head = `<tr>${(
      [
        ["risk", columns.risk],
        ["title", columns.title],
        ["owner", columns.owner],
        ["status", columns.status],
        ["subject", columns.subject],
        ["scenario", columns.scenario],
        ["levels", columns.levels],
        ["evaluation", columns.evaluation],
        ["plans", columns.plans],
        ["controls", columns.controls],
      ] as const
    )
      .map(([key, column]) => `<th scope="col" class="c-${key}">${escapeHtml(column)}</th>`)
      .join("")}</tr>`;
    return htmlPage({
      title: labels.riskRegister.title(document.organisation.name),
      body: `<p>${escapeHtml(labels.riskRegister.count(rows.length))}</p>\n<table class="risks fixed">\n<thead>${head}</thead>\n<tbody>\n${rows.map((row) => htmlRow(row, labels)).join("\n")}\n</tbody>\n</table>`,
      labels,
      orientation: "landscape",
      style: `${HTML_STYLE}\n${columnWidths("risks", [
        { key: "risk", share: 4.5, longest: longest(rows.map((row) => row.id)) },
        { key: "title", share: 13 },
        { key: "owner", share: 8 },
        { key: "status", share: 7.5 },
        { key: "subject", share: 13, longest: longest(rows.flatMap((row) => row.assets.map((asset) => asset.id))) },
        { key: "scenario", share: 17 },
        { key: "levels", share: 9.5 },
        { key: "evaluation", share: 7.5 },
        { key: "plans", share: 9, longest: longest(rows.flatMap((row) => row.plans.map((plan) => plan.id))) },
        { key: "controls", share: 11, longest: longest(rows.flatMap((row) => row.controls.map((control) => control.id))) },
      ])}`,
      generatedOn: options.generatedOn,
      errorCount: options.errorCount,
    });
  } catch (error) {
    throw argumentError("renderRiskRegisterHtml", error);
  }
}
