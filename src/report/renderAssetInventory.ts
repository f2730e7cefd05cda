import { effectiveRequirements, type EffectiveRequirement, type RequirementScale } from "../assets/index.js";
import type { IsmsDocument } from "../document/index.js";
import { csvDocument, escapeHtml, escapeMarkdownCell, escapeMarkdownText } from "./escape.js";
import { labelOf, resolveLabels } from "./_internal/labels.js";
import { columnWidths, htmlPage, idHtml, longest, markdownDraftNotice, namedIdsHtml } from "./_internal/page.js";
import type { Named } from "./_internal/riskRows.js";
import { namedText } from "./_internal/riskRows.js";
import type { ReportLabels } from "./labels.js";
import type { RenderCsvOptions, RenderHtmlOptions, RenderMarkdownOptions } from "./options.js";
import { argumentError } from "../core/_internal/index.js";

/** One asset as every renderer shows it, in the labels' and the document's words. */
interface AssetRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly owner: string;
  readonly custodian: string;
  readonly classification: string;
  readonly status: string;
  /** The effective requirement on each scale, as text, and where an inherited one comes from. */
  readonly requirements: readonly { readonly text: string; readonly html: string; readonly from?: string }[];
  readonly dependsOn: readonly Named[];
}

/** The document's requirement scales, in their order (confidentiality, integrity, availability, then its own). */
function scalesOf(document: IsmsDocument): [string, RequirementScale][] {
  return Object.entries(document.assetSettings.requirementScales).filter((entry): entry is [string, RequirementScale] => Array.isArray(entry[1].levels));
}

function assetRows(document: IsmsDocument, labels: ReportLabels): AssetRow[] {
  const scales = scalesOf(document);
  const names = new Map<string, string>(document.assets.map((asset) => [asset.id, asset.name]));
  const classification = new Map(document.assetSettings.classification.levels.map((level) => [level.key, level.label]));
  const effective = effectiveRequirements(document.assets, document.assetSettings);
  const describe = (scale: RequirementScale, requirement: EffectiveRequirement | undefined): AssetRow["requirements"][number] => {
    if (!requirement) return { text: "", html: "" };
    const level = scale.levels.find((candidate) => candidate.key === requirement.level)?.label ?? requirement.level;
    switch (requirement.source.kind) {
      case "own":
        return { text: level, html: escapeHtml(level) };
      case "inherited": {
        const from = { id: requirement.source.from, name: names.get(requirement.source.from) };
        // The sentence is the labels'; the asset's id in it must not break, so it goes in as a placeholder.
        const [before = "", after = ""] = labels.assetInventory.inherited(level, "\u0000").split("\u0000");
        return {
          text: labels.assetInventory.inherited(level, namedText([from])[0] ?? from.id),
          html: `${escapeHtml(before)}${idHtml(from.id)}${from.name === undefined ? "" : ` ${escapeHtml(from.name)}`}${escapeHtml(after)}`,
          from: from.id,
        };
      }
      case "override": {
        const text = labels.assetInventory.override(level, requirement.source.reason);
        return { text, html: escapeHtml(text) };
      }
    }
  };
  return document.assets.map((asset) => {
    const set = effective.get(asset.id);
    return {
      id: asset.id,
      name: asset.name,
      type: labelOf(labels.assetType, asset.type),
      owner: asset.owner,
      custodian: asset.custodian ?? "",
      classification: asset.classification === undefined ? "" : (classification.get(asset.classification) ?? asset.classification),
      status: labelOf(labels.assetStatus, asset.status),
      requirements: scales.map(([property, scale]) => describe(scale, set?.[property])),
      dependsOn: (asset.dependsOn ?? []).map((id) => ({ id, name: names.get(id) })),
    };
  });
}

function header(document: IsmsDocument, labels: ReportLabels, csv: boolean): string[] {
  const columns = labels.assetInventory.columns;
  return [
    columns.asset,
    columns.name,
    columns.type,
    columns.owner,
    columns.custodian,
    columns.classification,
    columns.status,
    ...scalesOf(document).map(([, scale]) => scale.label),
    columns.dependsOn,
    ...(csv ? [columns.dependsOnNames] : []),
  ];
}

/**
 * Renders the asset inventory (Annex A 5.9) as CSV: each asset with owner, classification
 * (the label of the document's classification scheme), lifecycle status, its effective
 * requirement on each of the document's requirement scales (the scale's label) with where it
 * came from (own, inherited from an asset, or override), and its dependencies: their ids,
 * separated by spaces, then their names. Formula-leading cells are neutralised.
 *
 * @param document - the ISMS
 * @param options - labels and byte order mark
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
export function renderAssetInventoryCsv(document: IsmsDocument, options: RenderCsvOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    const rows = assetRows(document, labels).map((row) => [
      row.id,
      row.name,
      row.type,
      row.owner,
      row.custodian,
      row.classification,
      row.status,
      ...row.requirements.map((requirement) => requirement.text),
      row.dependsOn.map((item) => item.id).join(" "),
      row.dependsOn.map((item) => item.name ?? "").join("; "),
    ]);
    return csvDocument([header(document, labels, true), ...rows], options.bom === undefined ? {} : { bom: options.bom });
  } catch (error) {
    throw argumentError("renderAssetInventoryCsv", error);
  }
}

/**
 * Renders the asset inventory as a Markdown table with escaped cells; dependencies show
 * their names beside their ids. With `errorCount` of 1 or more it starts with a draft notice.
 *
 * @param document - the ISMS
 * @param options - labels and the document's error count
 * @returns Markdown text
 * @category Report
 * @example
 * ```ts
 * console.log(renderAssetInventoryMarkdown(doc));
 * ```
 */
export function renderAssetInventoryMarkdown(document: IsmsDocument, options: RenderMarkdownOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
    const rows = assetRows(document, labels);
    const columns = header(document, labels, false);
    return [
      ...markdownDraftNotice(labels, options.errorCount),
      `# ${escapeMarkdownText(labels.assetInventory.title(document.organisation.name)).replace(/\\\n/g, " ")}`,
      "",
      escapeMarkdownText(`${labels.assetInventory.count(rows.length)} ${labels.assetInventory.note}`),
      "",
      line(columns),
      `|${columns.map(() => " --- ").join("|")}|`,
      ...rows.map((row) => line([row.id, row.name, row.type, row.owner, row.custodian, row.classification, row.status, ...row.requirements.map((requirement) => requirement.text), namedText(row.dependsOn).join("\n")])),
      "",
    ].join("\n");
  } catch (error) {
    throw argumentError("renderAssetInventoryMarkdown", error);
  }
}

/**
 * Renders the asset inventory as a self-contained, printable HTML page (A4 landscape) with
 * escaped text; dependencies show their names beside their ids.
 *
 * @param document - the ISMS
 * @param options - the date printed, labels and the document's error count; a string is
 *   read as `{ generatedOn }` (the form of earlier versions)
 * @returns HTML text
 * @category Report
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createExampleIsms } from "isms/example";
 * import { renderAssetInventoryHtml } from "isms/report";
 *
 * writeFileSync("assets.html", renderAssetInventoryHtml(createExampleIsms(), { generatedOn: "2026-11-27" }));
 * ```
 */
export function renderAssetInventoryHtml(document: IsmsDocument, options: RenderHtmlOptions | string = {}): string {
  try {
    const { generatedOn, errorCount, labels: overrides } = typeof options === "string" ? { generatedOn: options, errorCount: undefined, labels: undefined } : options;
    const labels = resolveLabels(overrides);
    const rows = assetRows(document, labels);
    const keys = ["asset", "name", "type", "owner", "custodian", "classification", "status"];
    const head = `<tr>${header(document, labels, false)
      .map((column, index) => `<th scope="col" class="c-${keys[index] ?? (index === keys.length + scalesOf(document).length ? "depends" : "requirement")}">${escapeHtml(column)}</th>`)
      .join("")}</tr>`;
    const body = rows
      .map(
        (row) =>
          `<tr><td>${idHtml(row.id)}</td>${[row.name, row.type, row.owner, row.custodian].map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}${[row.classification, row.status]
            .map((cell) => `<td>${escapeHtml(cell)}</td>`)
            .join("")}${row.requirements.map((requirement) => `<td>${requirement.html}</td>`).join("")}<td>${namedIdsHtml(row.dependsOn)}</td></tr>`,
      )
      .join("\n");
    return htmlPage({
      title: labels.assetInventory.title(document.organisation.name),
      body: `<p>${escapeHtml(`${labels.assetInventory.count(rows.length)} ${labels.assetInventory.note}`)}</p>\n<table class="assets fixed">\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`,
      labels,
      orientation: "landscape",
      generatedOn,
      errorCount,
      // Shares of the fixed table layout; the requirement columns share 26% whatever their number.
      style: columnWidths("assets", [
        { key: "asset", share: 10.5, longest: longest(rows.map((row) => row.id)) },
        { key: "name", share: 12 },
        { key: "type", share: 7 },
        { key: "owner", share: 8 },
        { key: "custodian", share: 8 },
        { key: "classification", share: 8.5 },
        { key: "status", share: 6 },
        ...scalesOf(document).map(() => ({
          key: "requirement",
          share: 26 / scalesOf(document).length,
          longest: longest(rows.flatMap((row) => row.requirements.flatMap((requirement) => (requirement.from === undefined ? [] : [requirement.from])))),
        })),
        { key: "depends", share: 14, longest: longest(rows.flatMap((row) => row.dependsOn.map((item) => item.id))) },
      ]),
    });
  } catch (error) {
    throw argumentError("renderAssetInventoryHtml", error);
  }
}
