/**
 * Renderers: pure functions from the document (or its derived values) to strings — CSV
 * (RFC 4180, formula injection neutralised), Markdown, self-contained HTML and SVG. The
 * Statement of Applicability (6.1.3 d), the risk register (6.1.2, 8.2), the risk treatment
 * plan (6.1.3 e, 8.3), the asset inventory (Annex A 5.9), the supplier register (Annex A
 * 5.19–5.23), heat maps and a one-page summary.
 * Written for people: labels, never keys, and a name beside every id; every word can be
 * replaced through the `labels` option (see {@link DEFAULT_REPORT_LABELS}).
 * A separate entry point, `isms/report`, so that an app that only scores risks does not
 * bundle them.
 *
 * @module report
 */
export { renderSoaCsv } from "./renderSoaCsv.js";
export type { RenderSoaCsvOptions } from "./renderSoaCsv.js";
export { renderSoaMarkdown } from "./renderSoaMarkdown.js";
export type { RenderSoaMarkdownOptions } from "./renderSoaMarkdown.js";
export { renderSoaHtml } from "./renderSoaHtml.js";
export type { RenderSoaHtmlOptions } from "./renderSoaHtml.js";
export { SOA_COLUMNS, soaStatusLabel, soaReasonLabel, renderSoaTable } from "./renderSoaTable.js";
export type { SoaTable, RenderSoaTableOptions } from "./renderSoaTable.js";
export { DEFAULT_REPORT_LABELS } from "./labels.js";
export type { ReportLabels, ReportLabelOverrides } from "./labels.js";
export type { RenderCsvOptions, RenderMarkdownOptions, RenderHtmlOptions } from "./options.js";
export { renderHeatMapSvg } from "./renderHeatMapSvg.js";
export type { RenderHeatMapSvgOptions } from "./renderHeatMapSvg.js";
export { heatMapForDocument } from "./heatMapForDocument.js";
export { renderRiskRegisterCsv, renderRiskRegisterMarkdown, renderRiskRegisterHtml } from "./renderRiskRegister.js";
export type { RenderRiskRegisterHtmlOptions } from "./renderRiskRegister.js";
export { renderAssetInventoryCsv, renderAssetInventoryMarkdown, renderAssetInventoryHtml } from "./renderAssetInventory.js";
export { renderTreatmentPlanCsv, renderTreatmentPlanMarkdown, renderTreatmentPlanHtml } from "./renderTreatmentPlan.js";
export { renderCoverageMarkdown, renderCoverageCsv, coverageSummaryLine } from "./renderCoverage.js";
export { renderIncidentsCsv, renderIncidentsMarkdown, renderIncidentsHtml } from "./renderIncidents.js";
export type { RenderIncidentsOptions } from "./renderIncidents.js";
export type { RenderCoverageMarkdownOptions } from "./renderCoverage.js";
export { renderReviewInputsMarkdown } from "./renderReviewInputs.js";
export type { RenderReviewInputsOptions } from "./renderReviewInputs.js";
export { renderSuppliersMarkdown, renderSuppliersCsv, renderSuppliersHtml } from "./renderSuppliers.js";
export type { RenderSuppliersOptions } from "./renderSuppliers.js";
export { renderIsmsSummaryHtml } from "./renderIsmsSummaryHtml.js";
export type { RenderIsmsSummaryHtmlOptions } from "./renderIsmsSummaryHtml.js";
export { renderIsmsReport } from "./renderIsmsReport.js";
export { renderIsmsDiffMarkdown } from "./renderIsmsDiffMarkdown.js";
export type { RenderIsmsDiffMarkdownOptions } from "./renderIsmsDiffMarkdown.js";
export type { RenderIsmsReportOptions } from "./renderIsmsReport.js";
export { renderPeopleMarkdown, renderPeopleCsv, renderPeopleHtml } from "./renderPeople.js";
export type { RenderPeopleOptions } from "./renderPeople.js";
export { csvCell, csvRow, csvDocument, escapeHtml, escapeMarkdownCell, neutraliseFormula, isFormulaLeading } from "./escape.js";
export type { CsvValue } from "./escape.js";
