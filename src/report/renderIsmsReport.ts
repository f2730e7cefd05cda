import { isIsoDate, IsmsError } from "../core/index.js";
import type { RatingLayer } from "../risk/index.js";
import { deriveIsmsSoa, frameworkCoverage, validateIsms, type IsmsDocument } from "../document/index.js";
import type { ReportLabelOverrides } from "./labels.js";
import { resolveLabels } from "./_internal/labels.js";
import { heatMapForDocument } from "./heatMapForDocument.js";
import { mappedFrameworks } from "./_internal/frameworks.js";
import { renderCoverageCsv, renderCoverageMarkdown } from "./renderCoverage.js";
import { renderAssetInventoryCsv, renderAssetInventoryHtml, renderAssetInventoryMarkdown } from "./renderAssetInventory.js";
import { renderHeatMapSvg } from "./renderHeatMapSvg.js";
import { renderIsmsSummaryHtml } from "./renderIsmsSummaryHtml.js";
import { renderReviewInputsMarkdown } from "./renderReviewInputs.js";
import { renderPeopleCsv, renderPeopleHtml, renderPeopleMarkdown } from "./renderPeople.js";
import { renderSuppliersCsv, renderSuppliersHtml, renderSuppliersMarkdown } from "./renderSuppliers.js";
import { renderIncidentsCsv, renderIncidentsHtml, renderIncidentsMarkdown } from "./renderIncidents.js";
import { renderRiskRegisterCsv, renderRiskRegisterHtml, renderRiskRegisterMarkdown } from "./renderRiskRegister.js";
import { renderSoaCsv } from "./renderSoaCsv.js";
import { renderSoaHtml } from "./renderSoaHtml.js";
import { renderSoaMarkdown } from "./renderSoaMarkdown.js";
import { renderTreatmentPlanCsv, renderTreatmentPlanHtml, renderTreatmentPlanMarkdown } from "./renderTreatmentPlan.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link renderIsmsReport}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderIsmsReportOptions = { asOf: "2026-11-27", labels: { common: { language: "de" } } };
 * [...renderIsmsReport(doc, options).keys()]; // ["summary.html", "soa.csv", "soa.md", "soa.html", …]
 * ```
 */
export interface RenderIsmsReportOptions {
  /** The date the reports are as of. */
  readonly asOf: string;
  /** Words to print instead of the defaults, merged over {@link DEFAULT_REPORT_LABELS}, for every report. */
  readonly labels?: ReportLabelOverrides;
  /**
   * The document's validation error count as of `asOf`, when the caller has it already (the
   * `isms` command validates before it renders); omitted, the document is validated here.
   */
  readonly errorCount?: number;
}

const LAYERS: readonly RatingLayer[] = ["inherent", "current", "target", "residual"];

/**
 * Renders every report of the document in memory, as a map from file name to content:
 * `summary.html`, `soa.csv|md|html`, `risks.csv|md|html`, `treatment-plan.csv|md|html`,
 * `assets.csv|md|html`; when the document holds them, `people.csv|md|html` (roles, people and
 * training), `suppliers.csv|md|html` and `incidents.csv|md|html`; `review-inputs.md` (the
 * management review's input pack, as of `asOf`)
 * and `heatmap-<layer>.svg` for the four layers, and, when the
 * document's control mappings relate another catalogue in scope to Annex A,
 * `coverage-<catalogue>.csv|md` for each (`frameworkCoverage`). Writing them is the
 * caller's business (the `isms report` command writes them all or none). It validates the
 * document (`validateIsms` as of `asOf`): when it has errors, every HTML page and Markdown
 * file starts with a draft notice that gives their number (the CSV files and heat maps
 * carry none: a notice row would break CSV parsers).
 *
 * @param document - the ISMS
 * @param options - the `asOf` date and labels
 * @returns file names and contents, in a stable order
 * @throws {@link IsmsError} `invalid_date` when `asOf` is not a calendar date
 * @category Report
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderIsmsReport } from "isms/report";
 *
 * mkdirSync("out", { recursive: true });
 * for (const [name, content] of renderIsmsReport(createExampleIsms(), { asOf: "2026-11-27" })) writeFileSync(`out/${name}`, content);
 * ```
 */
export function renderIsmsReport(document: IsmsDocument, options: RenderIsmsReportOptions): ReadonlyMap<string, string> {
  try {
    if (!isIsoDate(options.asOf)) throw new IsmsError("invalid_date", `"${options.asOf}" is not a calendar date in the form YYYY-MM-DD`);
    const rows = deriveIsmsSoa(document, options.asOf);
    const errorCount = options.errorCount ?? validateIsms(document, { asOf: options.asOf }).filter((issue) => issue.severity === "error").length;
    const labels = options.labels === undefined ? {} : { labels: options.labels };
    const html = { ...labels, errorCount, generatedOn: options.asOf };
    const markdown = { ...labels, errorCount };
    const files = new Map<string, string>();
    files.set("summary.html", renderIsmsSummaryHtml(document, { ...labels, errorCount, asOf: options.asOf }));
    files.set("soa.csv", renderSoaCsv(rows, labels));
    files.set("soa.md", renderSoaMarkdown(rows, { ...markdown, title: `${resolveLabels(options.labels).soa.title} — ${document.organisation.name}` }));
    files.set("soa.html", renderSoaHtml(rows, { ...html, organisation: document.organisation.name }));
    files.set("risks.csv", renderRiskRegisterCsv(document, labels));
    files.set("risks.md", renderRiskRegisterMarkdown(document, markdown));
    files.set("risks.html", renderRiskRegisterHtml(document, html));
    files.set("treatment-plan.csv", renderTreatmentPlanCsv(document, labels));
    files.set("treatment-plan.md", renderTreatmentPlanMarkdown(document, markdown));
    files.set("treatment-plan.html", renderTreatmentPlanHtml(document, html));
    files.set("assets.csv", renderAssetInventoryCsv(document, labels));
    files.set("assets.md", renderAssetInventoryMarkdown(document, markdown));
    files.set("assets.html", renderAssetInventoryHtml(document, html));
    const dated = { ...labels, errorCount, generatedOn: options.asOf, asOf: options.asOf };
    if (document.people !== undefined || document.roles !== undefined) {
      files.set("people.csv", renderPeopleCsv(document, dated));
      files.set("people.md", renderPeopleMarkdown(document, dated));
      files.set("people.html", renderPeopleHtml(document, dated));
    }
    if (document.suppliers !== undefined) {
      files.set("suppliers.csv", renderSuppliersCsv(document, dated));
      files.set("suppliers.md", renderSuppliersMarkdown(document, dated));
      files.set("suppliers.html", renderSuppliersHtml(document, dated));
    }
    if (document.incidents !== undefined) {
      files.set("incidents.csv", renderIncidentsCsv(document, dated));
      files.set("incidents.md", renderIncidentsMarkdown(document, dated));
      files.set("incidents.html", renderIncidentsHtml(document, dated));
    }
    files.set("review-inputs.md", renderReviewInputsMarkdown(document, { ...markdown, asOf: options.asOf }));
    for (const layer of LAYERS) files.set(`heatmap-${layer}.svg`, renderHeatMapSvg(heatMapForDocument(document, layer), labels));
    for (const framework of mappedFrameworks(document)) {
      const coverage = frameworkCoverage(document, framework, { asOf: options.asOf });
      files.set(`coverage-${framework}.csv`, renderCoverageCsv(coverage, labels));
      files.set(`coverage-${framework}.md`, renderCoverageMarkdown(coverage, markdown));
    }
    return files;
  } catch (error) {
    throw argumentError("renderIsmsReport", error);
  }
}
