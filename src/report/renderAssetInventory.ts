import { effectiveRequirements, type EffectiveRequirement } from "../assets/index.js";
import type { IsmsDocument } from "../document/index.js";
import { csvDocument, escapeHtml, escapeMarkdownCell } from "./_internal/escape.js";
import { htmlPage } from "./_internal/page.js";

const PROPERTIES = ["confidentiality", "integrity", "availability"] as const;

const COLUMNS = ["Asset", "Name", "Type", "Owner", "Custodian", "Classification", "Status", "Confidentiality", "Integrity", "Availability", "Depends on"];

function describe(requirement: EffectiveRequirement | undefined): string {
  if (!requirement) return "";
  switch (requirement.source.kind) {
    case "own":
      return requirement.level;
    case "inherited":
      return `${requirement.level} (from ${requirement.source.from})`;
    case "override":
      return `${requirement.level} (override: ${requirement.source.reason})`;
  }
}

function rows(document: IsmsDocument): string[][] {
  const effective = effectiveRequirements(document.assets, document.assetSettings);
  return document.assets.map((asset) => {
    const set = effective.get(asset.id);
    return [
      asset.id,
      asset.name,
      asset.type,
      asset.owner,
      asset.custodian ?? "",
      asset.classification ?? "",
      asset.status,
      ...PROPERTIES.map((property) => describe(set?.[property])),
      (asset.dependsOn ?? []).join(" "),
    ];
  });
}

/**
 * Renders the asset inventory (Annex A 5.9) as CSV: each asset with owner, classification,
 * lifecycle status, its effective confidentiality, integrity and availability requirements
 * with where each came from (own, inherited from an asset, or override), and its
 * dependencies. Formula-leading cells are neutralised.
 *
 * @param document - the ISMS
 * @returns CSV text with a header row
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderAssetInventoryCsv } from "isms/report";
 *
 * writeFileSync("assets.csv", renderAssetInventoryCsv(createExampleIsms()));
 * ```
 */
export function renderAssetInventoryCsv(document: IsmsDocument): string {
  return csvDocument([COLUMNS, ...rows(document)]);
}

/**
 * Renders the asset inventory as a Markdown table with escaped cells.
 *
 * @param document - the ISMS
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * console.log(renderAssetInventoryMarkdown(doc));
 * ```
 */
export function renderAssetInventoryMarkdown(document: IsmsDocument): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
  const body = rows(document);
  return [
    `# Asset inventory — ${escapeMarkdownCell(document.organisation.name)}`,
    "",
    `${body.length} assets.`,
    "",
    line(COLUMNS),
    `|${COLUMNS.map(() => " --- ").join("|")}|`,
    ...body.map(line),
    "",
  ].join("\n");
}

/**
 * Renders the asset inventory as a self-contained HTML page with escaped text.
 *
 * @param document - the ISMS
 * @param generatedOn - the date printed in the footer
 * @returns HTML text
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderAssetInventoryHtml } from "isms/report";
 *
 * writeFileSync("assets.html", renderAssetInventoryHtml(createExampleIsms(), "2026-11-27"));
 * ```
 */
export function renderAssetInventoryHtml(document: IsmsDocument, generatedOn?: string): string {
  const body = rows(document);
  const head = `<tr>${COLUMNS.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("")}</tr>`;
  const table = body.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("\n");
  return htmlPage(
    `Asset inventory — ${document.organisation.name}`,
    `<p>${body.length} assets. Effective requirements follow the maximum principle along dependencies.</p>\n<table>\n<thead>${head}</thead>\n<tbody>\n${table}\n</tbody>\n</table>`,
    generatedOn,
  );
}
