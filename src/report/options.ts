import type { ReportLabelOverrides } from "./labels.js";

/**
 * Options of the CSV renderers: labels and a byte order mark.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderCsvOptions = { bom: true, labels: { riskRegister: { columns: { risk: "Risiko" } } } };
 * ```
 */
export interface RenderCsvOptions {
  /** Words to print instead of the defaults, merged over {@link DEFAULT_REPORT_LABELS}. */
  readonly labels?: ReportLabelOverrides;
  /** Start with a UTF-8 byte order mark, which some spreadsheets need to detect UTF-8; default `false`. */
  readonly bom?: boolean;
}

/**
 * Options of the Markdown renderers: labels and the draft notice.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderMarkdownOptions = { errorCount: validateIsms(doc, { asOf: "2026-11-27" }).filter((issue) => issue.severity === "error").length };
 * ```
 */
export interface RenderMarkdownOptions {
  /** Words to print instead of the defaults, merged over {@link DEFAULT_REPORT_LABELS}. */
  readonly labels?: ReportLabelOverrides;
  /**
   * The number of validation errors of the document. When it is 1 or more the report starts
   * with a draft notice ({@link ReportLabels}`.common.draftNotice`); the renderers do not
   * validate, `renderIsmsReport` does.
   */
  readonly errorCount?: number;
}

/**
 * Options of the HTML renderers: labels, the draft notice and the generation date.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderHtmlOptions = { generatedOn: "2026-11-27", errorCount: 0 };
 * ```
 */
export interface RenderHtmlOptions extends RenderMarkdownOptions {
  /** The date printed as the generation date (the renderers have no clock). */
  readonly generatedOn?: string;
}
