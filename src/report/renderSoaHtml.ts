import { ImplementationStatusSchema, summariseSoa, type SoaRow } from "../soa/index.js";
import { escapeHtml, escapeHtmlMultiline } from "./escape.js";
import { groupLabel, resolveLabels, soaHeader, soaRowApplicable, soaRowCrosswalk, soaRowStatus } from "./_internal/labels.js";
import { columnWidths, dateHtml, htmlPage, idHtml, longest } from "./_internal/page.js";
import type { ReportLabels } from "./labels.js";
import type { RenderHtmlOptions } from "./options.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * Options of {@link renderSoaHtml}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderSoaHtmlOptions = { organisation: "Example Ltd", generatedOn: "2026-06-30" };
 * renderSoaHtml(deriveIsmsSoa(doc), options).includes("Example Ltd"); // true
 * ```
 */
export interface RenderSoaHtmlOptions extends RenderHtmlOptions {
  /** Page title; default the labels' `soa.title`, `"Statement of Applicability"`. */
  readonly title?: string;
  /** The organisation's name, printed under the title. */
  readonly organisation?: string;
}

const STYLE = `tr.excluded td,tr.undecided td{background:#fafafa;color:#555}
.status{font-weight:600}
.s-implemented{color:#1b5e20}.s-partially_implemented{color:#8a5a00}.s-planned,.s-not_started{color:#0d47a1}.s-not_implemented{color:#b71c1c}.s-excluded{color:#555}tr.undecided td.s-undecided{color:#6a1b9a}`;

const SOA_KEYS = ["catalogue", "control", "title", "theme", "applicable", "reasons", "risks", "obligations", "justification", "status", "owner", "provider", "evidence"];

// Each id in a list of ids (risks, obligations, the ids in a reason) is its own unbreakable span.
function idsHtml(ids: readonly string[]): string {
  return ids.map(idHtml).join(", ");
}

function reasonHtml(reason: SoaRow["reasons"][number], labels: ReportLabels): string {
  const ids = [...(reason.risks ?? []), ...(reason.obligations ?? [])];
  return `<div>${escapeHtml(labels.soaReasonKind[reason.kind])}${ids.length > 0 ? ` (${idsHtml(ids)})` : ""}${reason.note === undefined ? "" : `: ${escapeHtmlMultiline(reason.note)}`}</div>`;
}

function rowHtml(row: SoaRow, labels: ReportLabels, withCatalogue: boolean, withCrosswalk: boolean): string {
  const state = row.applicable ? row.status : row.undecided === true ? "undecided" : "excluded";
  const cells = [
    ...(withCatalogue ? [`<td>${idHtml(row.catalogue)}</td>`] : []),
    `<td>${idHtml(row.id)}</td>`,
    `<td>${escapeHtml(row.title)}</td>`,
    `<td>${row.group === undefined ? "" : escapeHtml(groupLabel(row.group, labels))}</td>`,
    `<td>${escapeHtml(soaRowApplicable(row, labels))}</td>`,
    `<td>${row.reasons.map((reason) => reasonHtml(reason, labels)).join("")}</td>`,
    `<td>${row.applicable ? "" : escapeHtmlMultiline(row.justification ?? "")}</td>`,
    `<td class="status s-${state}">${escapeHtml(soaRowStatus(row, labels))}</td>`,
    `<td>${escapeHtml(row.owner ?? "")}</td>`,
    `<td>${escapeHtml(row.provider ?? "")}</td>`,
    `<td>${dateHtml(row.lastEvidenceDate)}</td>`,
    ...(withCrosswalk ? [`<td>${soaRowCrosswalk(row, labels).map((entry) => `<div>${escapeHtml(entry)}</div>`).join("")}</td>`] : []),
  ];
  return `<tr${row.applicable ? "" : ` class="${state}"`}>${cells.join("")}</tr>`;
}

/**
 * Renders the Statement of Applicability as a self-contained, printable HTML page: inline
 * CSS with print styles (A4 landscape, repeated table headers), no scripts and no external
 * resources. It holds a summary (controls in scope, applicable, excluded by decision,
 * undecided; applicable controls by implementation status; counts by theme) and the table
 * with the columns of {@link SOA_COLUMNS} except risks and obligations, whose ids the reasons
 * column shows (and the catalogue column only when the rows come from more than one
 * catalogue, and a last column with the other frameworks' requirements when the rows carry a
 * crosswalk). Excluded controls show "Excluded" and undecided ones "Undecided"
 * as their status. Every word comes from the labels; every text is escaped. With `errorCount`
 * of 1 or more the page starts with a draft notice.
 *
 * @param rows - rows from `deriveSoa`
 * @param options - title, organisation, generation date, labels and the document's error count
 * @returns the HTML document
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { deriveIsmsSoa } from "isms";
 * import { createExampleIsms } from "isms/example";
 * import { renderSoaHtml } from "isms/report";
 *
 * writeFileSync("soa.html", renderSoaHtml(deriveIsmsSoa(createExampleIsms()), { organisation: "Example Ltd", generatedOn: "2026-06-30" }));
 * ```
 */
export function renderSoaHtml(rows: readonly SoaRow[], options: RenderSoaHtmlOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    const words = labels.soa;
    const summary = summariseSoa(rows);
    const statuses = ImplementationStatusSchema.options;
    const num = (value: number): string => `<td class="num">${value}</td>`;

    const overall = `<table class="summary compact">
  <thead><tr><th scope="col">${escapeHtml(words.controls)}</th><th scope="col" class="num">${escapeHtml(words.count)}</th></tr></thead>
  <tbody>
  <tr><th scope="row">${escapeHtml(words.inScope)}</th>${num(summary.total)}</tr>
  <tr><th scope="row">${escapeHtml(words.applicable)}</th>${num(summary.applicable)}</tr>
  <tr><th scope="row">${escapeHtml(labels.common.excluded)}</th>${num(summary.excluded)}</tr>
  <tr><th scope="row">${escapeHtml(labels.common.undecided)}</th>${num(summary.undecided)}</tr>
  ${statuses.map((status) => `<tr><th scope="row">${escapeHtml(words.applicableWithStatus(labels.implementationStatus[status]))}</th>${num(summary.byStatus[status])}</tr>`).join("\n")}
  </tbody>
  </table>`;

    const multipleCatalogues = new Set(rows.map((row) => row.catalogue)).size > 1;
    const themes = `<table class="summary themes">
  <thead><tr><th scope="col">${escapeHtml(words.columns.theme)}</th>${[words.controls, words.applicable, labels.common.excluded, labels.common.undecided, ...statuses.map((status) => labels.implementationStatus[status])]
      .map((column) => `<th scope="col" class="num">${escapeHtml(column)}</th>`)
      .join("")}</tr></thead>
  <tbody>
  ${summary.byGroup
    .map((group) => {
      const name = `${multipleCatalogues ? `${group.catalogue}: ` : ""}${groupLabel(group.group, labels)}`;
      return `<tr><th scope="row">${escapeHtml(name)}</th>${[group.total, group.applicable, group.excluded, group.undecided, ...statuses.map((status) => group.byStatus[status])].map(num).join("")}</tr>`;
    })
    .join("\n")}
  </tbody>
  </table>`;

    // The risks and obligations are in the reasons column already; the CSV and Markdown keep their own columns.
    const withCrosswalk = rows.some((row) => row.crosswalk !== undefined);
    const header = [
      ...soaHeader(labels)
        .map((column, index) => [column, at(SOA_KEYS, index)] as const)
        .filter(([, key]) => key !== "risks" && key !== "obligations" && (multipleCatalogues || key !== "catalogue")),
      ...(withCrosswalk ? [[labels.coverage.crosswalkColumn, "crosswalk"] as const] : []),
    ];
    const head = `<tr>${header.map(([column, key]) => `<th scope="col" class="c-${key}">${escapeHtml(column)}</th>`).join("")}</tr>`;
    const body = rows.map((row) => rowHtml(row, labels, multipleCatalogues, withCrosswalk)).join("\n");

    // The share of each column in the fixed table layout: the most for free text, and for the
    // columns with ids and dates what their longest one needs.
    const ids = (pick: (row: SoaRow) => readonly string[]): number => longest(rows.flatMap(pick));
    const widths = columnWidths("controls", [
      ...(multipleCatalogues ? [{ key: "catalogue", share: 6, longest: ids((row) => [row.catalogue]) }] : []),
      { key: "control", share: 5.5, longest: ids((row) => [row.id]) },
      { key: "title", share: multipleCatalogues ? 12 : 14 },
      { key: "theme", share: 10 },
      { key: "applicable", share: 7.5 },
      { key: "reasons", share: multipleCatalogues ? 15 : 16.5, longest: ids((row) => [...row.risks, ...row.obligations]) },
      { key: "justification", share: multipleCatalogues ? 12.5 : 14.5 },
      { key: "status", share: 10 },
      { key: "owner", share: 8 },
      { key: "provider", share: multipleCatalogues ? 6 : 6.5 },
      { key: "evidence", share: 7.5, longest: ids((row) => (row.lastEvidenceDate === undefined ? [] : [row.lastEvidenceDate])) },
      ...(withCrosswalk ? [{ key: "crosswalk", share: 12 }] : []),
    ]);

    const page = `<section>
  <h2>${escapeHtml(words.summaryHeading)}</h2>
  ${overall}
  <h2>${escapeHtml(words.byThemeHeading)}</h2>
  ${themes}
  </section>
  <section>
  <h2>${escapeHtml(words.controlsHeading)}</h2>
  <table class="controls fixed">
  <thead>${head}</thead>
  <tbody>
  ${body}
  </tbody>
  </table>
  </section>`;
    return htmlPage({
      title: options.title ?? words.title,
      body: page,
      labels,
      orientation: "landscape",
      generatedOn: options.generatedOn,
      errorCount: options.errorCount,
      meta: options.organisation === undefined ? [] : [options.organisation],
      style: `${STYLE}\n${widths}`,
    });
  } catch (error) {
    throw argumentError("renderSoaHtml", error);
  }
}
