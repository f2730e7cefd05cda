import { isIsoDate, IsmsError } from "../core/index.js";
import type { RatingLayer } from "../risk/index.js";
import { deriveIsmsSoa, type IsmsDocument } from "../document/index.js";
import { heatMapForDocument } from "./heatMapForDocument.js";
import { renderAssetInventoryCsv, renderAssetInventoryHtml, renderAssetInventoryMarkdown } from "./renderAssetInventory.js";
import { renderHeatMapSvg } from "./renderHeatMapSvg.js";
import { renderIsmsSummaryHtml } from "./renderIsmsSummaryHtml.js";
import { renderRiskRegisterCsv, renderRiskRegisterHtml, renderRiskRegisterMarkdown } from "./renderRiskRegister.js";
import { renderSoaCsv } from "./renderSoaCsv.js";
import { renderSoaHtml } from "./renderSoaHtml.js";
import { renderSoaMarkdown } from "./renderSoaMarkdown.js";
import { renderTreatmentPlanCsv, renderTreatmentPlanHtml, renderTreatmentPlanMarkdown } from "./renderTreatmentPlan.js";

/**
 * Options of {@link renderIsmsReport}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderIsmsReportOptions = { asOf: "2026-11-27" };
 * [...renderIsmsReport(doc, options).keys()]; // ["summary.html", "soa.csv", "soa.md", "soa.html", …]
 * ```
 */
export interface RenderIsmsReportOptions {
  /** The date the reports are as of. */
  readonly asOf: string;
}

const LAYERS: readonly RatingLayer[] = ["inherent", "current", "target", "residual"];

/**
 * Renders every report of the document in memory, as a map from file name to content:
 * `summary.html`, `soa.csv|md|html`, `risks.csv|md|html`, `treatment-plan.csv|md|html`,
 * `assets.csv|md|html` and `heatmap-<layer>.svg` for the four layers. Writing them is the
 * caller's business (the `isms report` command writes them all or none).
 *
 * @param document - the ISMS
 * @param options - the `asOf` date
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
  if (!isIsoDate(options.asOf)) throw new IsmsError("invalid_date", `"${options.asOf}" is not a calendar date in the form YYYY-MM-DD`);
  const rows = deriveIsmsSoa(document, options.asOf);
  const files = new Map<string, string>();
  files.set("summary.html", renderIsmsSummaryHtml(document, options));
  files.set("soa.csv", renderSoaCsv(rows));
  files.set("soa.md", renderSoaMarkdown(rows, { title: `Statement of Applicability — ${document.organisation.name}` }));
  files.set("soa.html", renderSoaHtml(rows, { organisation: document.organisation.name, generatedOn: options.asOf }));
  files.set("risks.csv", renderRiskRegisterCsv(document));
  files.set("risks.md", renderRiskRegisterMarkdown(document));
  files.set("risks.html", renderRiskRegisterHtml(document, { generatedOn: options.asOf }));
  files.set("treatment-plan.csv", renderTreatmentPlanCsv(document));
  files.set("treatment-plan.md", renderTreatmentPlanMarkdown(document));
  files.set("treatment-plan.html", renderTreatmentPlanHtml(document, options.asOf));
  files.set("assets.csv", renderAssetInventoryCsv(document));
  files.set("assets.md", renderAssetInventoryMarkdown(document));
  files.set("assets.html", renderAssetInventoryHtml(document, options.asOf));
  for (const layer of LAYERS) files.set(`heatmap-${layer}.svg`, renderHeatMapSvg(heatMapForDocument(document, layer)));
  return files;
}
