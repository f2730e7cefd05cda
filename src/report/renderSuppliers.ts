import type { IsoDate } from "../core/index.js";
import type { IsmsDocument } from "../document/index.js";
import {
  listCriticalSuppliersUnassessed,
  listExpiringAgreements,
  listSuppliersDueForReview,
  listSuppliersWithRaisedRequirements,
  lastSupplierAssessment,
  nextSupplierReview,
  supplierCriticality,
  type Supplier,
  type SupplierAssessment,
} from "../suppliers/index.js";
import { csvDocument, escapeHtml, escapeMarkdownCell, escapeMarkdownText } from "./escape.js";
import { labelOf, resolveLabels } from "./_internal/labels.js";
import { dateHtml, htmlPage, idHtml, markdownDraftNotice } from "./_internal/page.js";
import type { ReportLabelOverrides, ReportLabels } from "./labels.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link renderSuppliersMarkdown}, {@link renderSuppliersCsv} and
 * {@link renderSuppliersHtml}: the day the derived columns and lists are judged on, labels,
 * and what the other renderers take (the draft notice, a byte order mark for CSV, the
 * generation date for HTML).
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderSuppliersOptions = { asOf: "2026-11-27", labels: { suppliers: { columns: { supplier: "Lieferant" } } } };
 * ```
 */
export interface RenderSuppliersOptions {
  /** The day next reviews, due suppliers, raised requirements and expiring agreements are judged on. */
  readonly asOf: IsoDate;
  /** Words to print instead of the defaults, merged over {@link DEFAULT_REPORT_LABELS}. */
  readonly labels?: ReportLabelOverrides;
  /** The document's validation errors: with 1 or more, Markdown and HTML start with a draft notice. */
  readonly errorCount?: number;
  /** CSV only: start with a UTF-8 byte order mark; default `false`. */
  readonly bom?: boolean;
  /** HTML only: the date printed as the generation date. */
  readonly generatedOn?: string;
}

/** One supplier as every renderer shows it, in the labels' and the document's words. */
interface SupplierRow {
  readonly supplier: Supplier;
  readonly status: string;
  readonly criticality: string;
  readonly critical: boolean;
  readonly services: readonly string[];
  readonly agreement: string;
  readonly expires: string;
  readonly requirements: readonly string[];
  readonly last: SupplierAssessment | undefined;
  readonly lastText: string;
  readonly result: string;
  readonly nextReview: string;
  readonly openFindings: number;
}

interface SupplierView {
  readonly rows: readonly SupplierRow[];
  readonly due: readonly Supplier[];
  readonly unassessed: readonly Supplier[];
  readonly raised: readonly { readonly supplier: Supplier; readonly rises: readonly string[] }[];
  readonly expiring: readonly { readonly supplier: Supplier; readonly text: string }[];
  readonly findings: readonly { readonly supplier: Supplier; readonly assessment: SupplierAssessment; readonly cells: readonly string[] }[];
}

function supplierView(document: IsmsDocument, labels: ReportLabels, asOf: IsoDate): SupplierView {
  const words = labels.suppliers;
  const suppliers = document.suppliers ?? [];
  const scales = document.assetSettings.requirementScales;
  const scaleOf = (property: string) => (Object.hasOwn(scales, property) ? scales[property] : undefined);
  const levelLabel = (property: string, level: string): string => scaleOf(property)?.levels.find((candidate) => candidate.key === level)?.label ?? level;
  const propertyLabel = (property: string): string => scaleOf(property)?.label ?? property;
  const rows = suppliers.map((supplier): SupplierRow => {
    const criticality = supplierCriticality(supplier, document);
    const last = lastSupplierAssessment(supplier, asOf);
    const next = nextSupplierReview(supplier, asOf);
    return {
      supplier,
      status: labelOf(words.status, supplier.status),
      criticality: criticality === undefined ? "" : words.criticality(levelLabel(criticality.property, criticality.level), propertyLabel(criticality.property), criticality.asset, criticality.critical),
      critical: criticality?.critical === true,
      services: supplier.services.map((service) => {
        const model = service.cloud === undefined ? undefined : labelOf(words.cloudModel, service.cloud.model);
        return `${words.service(service.name, model)}: ${service.assets.join(", ")}`;
      }),
      agreement: supplier.agreement?.ref ?? "",
      expires: supplier.agreement?.expires ?? "",
      requirements: supplier.agreement?.securityRequirements ?? [],
      last,
      lastText: last === undefined ? words.neverAssessed : `${last.date} (${last.id})`,
      result: last === undefined ? "" : labelOf(words.result, last.result),
      nextReview: next ?? "",
      openFindings: supplier.assessments
        .filter((assessment) => assessment.date <= asOf)
        .reduce((count, assessment) => count + assessment.findings.filter((finding) => finding.status !== "closed").length, 0),
    };
  });
  return {
    rows,
    due: listSuppliersDueForReview(suppliers, asOf),
    unassessed: listCriticalSuppliersUnassessed(suppliers, document, asOf),
    raised: listSuppliersWithRaisedRequirements(suppliers, document, asOf).map(({ supplier, rises }) => ({
      supplier,
      rises: rises.map((rise) =>
        words.rise(rise.asset, propertyLabel(rise.property), rise.from === undefined ? undefined : levelLabel(rise.property, rise.from), levelLabel(rise.property, rise.to)),
      ),
    })),
    expiring: listExpiringAgreements(suppliers, asOf).map(({ supplier, expires, expired }) => ({ supplier, text: words.expiring(supplier.agreement?.ref ?? "", expires, expired) })),
    findings: suppliers.flatMap((supplier) =>
      supplier.assessments
        .filter((assessment) => assessment.date <= asOf)
        .flatMap((assessment) =>
          assessment.findings.map((finding) => ({
            supplier,
            assessment,
            cells: [
              supplier.id,
              assessment.id,
              finding.id,
              finding.title,
              labelOf(words.severity, finding.severity),
              labelOf(words.findingStatus, finding.status),
              finding.risk ?? "",
            ],
          })),
        ),
    ),
  };
}

function header(labels: ReportLabels): string[] {
  const columns = labels.suppliers.columns;
  return [
    columns.supplier,
    columns.name,
    columns.owner,
    columns.status,
    columns.criticality,
    columns.services,
    columns.agreement,
    columns.agreementExpires,
    columns.securityRequirements,
    columns.lastAssessment,
    columns.result,
    columns.nextReview,
    columns.openFindings,
  ];
}

function cells(row: SupplierRow, separator: string): string[] {
  return [
    row.supplier.id,
    row.supplier.name,
    row.supplier.owner,
    row.status,
    row.criticality,
    row.services.join(separator),
    row.agreement,
    row.expires,
    row.requirements.join(separator),
    row.lastText,
    row.result,
    row.nextReview,
    String(row.openFindings),
  ];
}

function findingHeader(labels: ReportLabels): string[] {
  const columns = labels.suppliers.findingColumns;
  return [columns.supplier, columns.assessment, columns.finding, columns.title, columns.severity, columns.status, columns.risk];
}

/** The flagged lists: heading and items (each a supplier and what is said about it). */
function flagged(view: SupplierView, labels: ReportLabels, asOf: IsoDate): { heading: string; items: { supplier: Supplier; text: string }[] }[] {
  const words = labels.suppliers;
  return [
    { heading: words.dueHeading(asOf), items: view.due.map((supplier) => ({ supplier, text: nextSupplierReview(supplier, asOf) ?? "" })) },
    { heading: words.unassessedHeading, items: view.unassessed.map((supplier) => ({ supplier, text: "" })) },
    { heading: words.raisedHeading, items: view.raised.map(({ supplier, rises }) => ({ supplier, text: rises.join("; ") })) },
    { heading: words.expiringHeading, items: view.expiring.map(({ supplier, text }) => ({ supplier, text })) },
  ];
}

/**
 * Renders the supplier register (Annex A 5.19–5.23) as CSV: one row per supplier with its
 * owner, status, criticality (from the assets its services touch), services (with their
 * cloud model and assets), agreement, expiry and security requirements, the last assessment
 * on or before `asOf` with its result, when the next review is due and how many findings are
 * open. Lists inside a cell are separated by `; `. Formula-leading cells are neutralised.
 *
 * @param document - the ISMS
 * @param options - the day to judge on, labels and byte order mark
 * @returns CSV text with a header row
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderSuppliersCsv } from "isms/report";
 *
 * writeFileSync("suppliers.csv", renderSuppliersCsv(createExampleIsms(), { asOf: "2026-11-27" }));
 * ```
 */
export function renderSuppliersCsv(document: IsmsDocument, options: RenderSuppliersOptions): string {
  try {
    const labels = resolveLabels(options.labels);
    const view = supplierView(document, labels, options.asOf);
    return csvDocument([header(labels), ...view.rows.map((row) => cells(row, "; "))], options.bom === undefined ? {} : { bom: options.bom });
  } catch (error) {
    throw argumentError("renderSuppliersCsv", error);
  }
}

/**
 * Renders the supplier register as Markdown: the table of suppliers (as
 * {@link renderSuppliersCsv}), the findings of their assessments with the risks raised from
 * them, and the flagged lists judged on `asOf`: suppliers due for review, critical suppliers
 * never assessed, suppliers whose assets' requirements rose since their last assessment, and
 * agreements that expired or expire within 90 days. With `errorCount` of 1 or more it starts
 * with a draft notice.
 *
 * @param document - the ISMS
 * @param options - the day to judge on, labels and the document's error count
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * console.log(renderSuppliersMarkdown(doc, { asOf: "2026-11-27" }));
 * ```
 */
export function renderSuppliersMarkdown(document: IsmsDocument, options: RenderSuppliersOptions): string {
  try {
    const labels = resolveLabels(options.labels);
    const words = labels.suppliers;
    const view = supplierView(document, labels, options.asOf);
    const line = (row: readonly string[]): string => `| ${row.map(escapeMarkdownCell).join(" | ")} |`;
    const rule = (count: number): string => `|${Array.from({ length: count }, () => " --- ").join("|")}|`;
    const heading = (text: string): string => `## ${escapeMarkdownText(text).replace(/\\\n/g, " ")}`;
    const columns = header(labels);
    const lines = [
      ...markdownDraftNotice(labels, options.errorCount),
      `# ${escapeMarkdownText(words.title(document.organisation.name)).replace(/\\\n/g, " ")}`,
      "",
      escapeMarkdownText(`${words.count(view.rows.length, view.rows.filter((row) => row.critical).length)} ${words.note}`),
      "",
      line(columns),
      rule(columns.length),
      ...view.rows.map((row) => line(cells(row, "\n"))),
      "",
      heading(words.findingsHeading),
      "",
    ];
    if (view.findings.length === 0) lines.push(escapeMarkdownText(words.noFindings), "");
    else lines.push(line(findingHeader(labels)), rule(7), ...view.findings.map((finding) => line(finding.cells)), "");
    for (const list of flagged(view, labels, options.asOf)) {
      lines.push(heading(list.heading), "");
      if (list.items.length === 0) lines.push(escapeMarkdownText(labels.common.none), "");
      else lines.push(...list.items.map(({ supplier, text }) => `- ${escapeMarkdownCell(`${supplier.id} ${supplier.name}${text === "" ? "" : `: ${text}`}`)}`), "");
    }
    return lines.join("\n");
  } catch (error) {
    throw argumentError("renderSuppliersMarkdown", error);
  }
}

/**
 * Renders the supplier register as a self-contained, printable HTML page (A4 landscape)
 * with escaped text: the same table, findings and flagged lists as
 * {@link renderSuppliersMarkdown}.
 *
 * @param document - the ISMS
 * @param options - the day to judge on, the date printed, labels and the document's error count
 * @returns HTML text
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderSuppliersHtml } from "isms/report";
 *
 * writeFileSync("suppliers.html", renderSuppliersHtml(createExampleIsms(), { asOf: "2026-11-27", generatedOn: "2026-11-27" }));
 * ```
 */
export function renderSuppliersHtml(document: IsmsDocument, options: RenderSuppliersOptions): string {
  try {
    const labels = resolveLabels(options.labels);
    const words = labels.suppliers;
    const view = supplierView(document, labels, options.asOf);
    const lines = (items: readonly string[]): string => items.map((item) => `<div>${escapeHtml(item)}</div>`).join("");
    const head = `<tr>${header(labels).map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr>`;
    const body = view.rows
      .map((row) => {
        const text = cells(row, "\n");
        return `<tr><td>${idHtml(row.supplier.id)}</td>${text
          .slice(1, 5)
          .map((cell) => `<td>${escapeHtml(cell)}</td>`)
          .join("")}<td>${lines(row.services)}</td><td>${escapeHtml(row.agreement)}</td><td>${dateHtml(row.expires === "" ? undefined : row.expires)}</td><td>${lines(
          row.requirements,
        )}</td><td>${escapeHtml(row.lastText)}</td><td>${escapeHtml(row.result)}</td><td>${dateHtml(row.nextReview === "" ? undefined : row.nextReview)}</td><td class="num">${row.openFindings}</td></tr>`;
      })
      .join("\n");
    const findings =
      view.findings.length === 0
        ? `<p>${escapeHtml(words.noFindings)}</p>`
        : `<table>\n<thead><tr>${findingHeader(labels).map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr></thead>\n<tbody>\n${view.findings
            .map((finding) => `<tr>${finding.cells.map((cell, index) => (index < 3 || index === 6 ? `<td>${cell === "" ? "" : idHtml(cell)}</td>` : `<td>${escapeHtml(cell)}</td>`)).join("")}</tr>`)
            .join("\n")}\n</tbody>\n</table>`;
    const lists = flagged(view, labels, options.asOf)
      .map(
        (list) =>
          `<h2>${escapeHtml(list.heading)}</h2>\n${
            list.items.length === 0
              ? `<p>${escapeHtml(labels.common.none)}</p>`
              : `<ul>\n${list.items.map(({ supplier, text }) => `<li>${idHtml(supplier.id)} ${escapeHtml(supplier.name)}${text === "" ? "" : `: ${escapeHtml(text)}`}</li>`).join("\n")}\n</ul>`
          }`,
      )
      .join("\n");
    return htmlPage({
      title: words.title(document.organisation.name),
      body: `<p>${escapeHtml(`${words.count(view.rows.length, view.rows.filter((row) => row.critical).length)} ${words.note}`)}</p>\n<table class="suppliers">\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>\n<h2>${escapeHtml(words.findingsHeading)}</h2>\n${findings}\n${lists}`,
      labels,
      orientation: "landscape",
      generatedOn: options.generatedOn,
      errorCount: options.errorCount,
    });
  } catch (error) {
    throw argumentError("renderSuppliersHtml", error);
  }
}
