import type { HeatMap } from "../risk/index.js";
import { escapeHtml } from "./escape.js";
import { resolveLabels } from "./_internal/labels.js";
import type { ReportLabelOverrides } from "./labels.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link renderHeatMapSvg}.
 *
 * @category Report
 * @example
 * ```ts
 * const options: RenderHeatMapSvgOptions = { title: "Residual risk", cellSize: 72 };
 * renderHeatMapSvg(heatMapForDocument(doc, "residual"), options).includes("<title>Residual risk</title>"); // true
 * ```
 */
export interface RenderHeatMapSvgOptions {
  /** Accessible title; defaults to the labels' `heatMap.title`, "Risk heat map (<layer>)". */
  readonly title?: string;
  /** Width and height of one cell in pixels; 64 by default. */
  readonly cellSize?: number;
  /** Prefix of the element ids, so that several maps can share one page; `heatmap-<layer>` by default. */
  readonly idPrefix?: string;
  /** Words to print instead of the defaults (axis names, notes, tooltips), merged over {@link DEFAULT_REPORT_LABELS}. */
  readonly labels?: ReportLabelOverrides;
}

const UNKNOWN_COLOUR = "#9e9e9e";

const FALLBACK_COLOURS = ["#2e7d32", "#9e9d24", "#f9a825", "#ef6c00", "#c62828", "#6a1b9a", "#37474f"];

function textColour(background: string): string {
  const value = Number.parseInt(background.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#000000" : "#ffffff";
}

/**
 * Renders heat-map data (from `heatMapCounts`) as a standalone SVG: one cell per likelihood
 * and consequence pair coloured by its risk level, the number of risks in each cell, axis
 * labels from the scales, a legend of the levels, and an accessible `<title>` and `<desc>`.
 * Likelihood rises upwards, consequence to the right. The levels' names are the
 * methodology's labels; every other word comes from the labels. Every text is escaped.
 *
 * @param heatMap - counts per cell for one rating layer
 * @param options - title, cell size, id prefix and labels
 * @returns SVG markup
 * @category Report
 * @example
 * ```ts
 * const svg = renderHeatMapSvg(heatMapCounts(currentMethodology(doc), doc.risks, "current", { restate: true }));
 * svg.startsWith("<svg"); // true
 * ```
 */
export function renderHeatMapSvg(heatMap: HeatMap, options: RenderHeatMapSvgOptions = {}): string {
  try {
    const labels = resolveLabels(options.labels);
    const words = labels.heatMap;
    const layer = labels.ratingLayer[heatMap.layer];
    const cell = options.cellSize ?? 64;
    const rows = heatMap.likelihood.length;
    const columns = heatMap.consequence.length;
    const left = 150;
    const top = 40;
    const gridWidth = columns * cell;
    const gridHeight = rows * cell;
    const notes: string[] = [];
    if (heatMap.restated.length > 0) notes.push(words.restated(heatMap.restated.length));
    if (heatMap.notScored.length > 0) notes.push(words.notScored(heatMap.notScored.length));
    if (heatMap.unrated.length > 0) notes.push(words.unrated(heatMap.unrated.length, layer));
    // Consequence labels that would not fit under their cell (about 7 px a character at 12 px)
    // are slanted, which needs room below the grid.
    const longest = Math.max(0, ...heatMap.consequence.map((level) => level.label.length));
    const slanted = longest * 7 > cell;
    const labelDepth = slanted ? Math.ceil(longest * 7 * 0.6) + 10 : 18;
    const axisTop = top + gridHeight + labelDepth + 22;
    const legendTop = axisTop + 30 + notes.length * 18;
    const longestNote = Math.max(0, ...notes.map((note) => note.length));
    const width = Math.max(left + gridWidth + 20, 480, left + longestNote * 6.5 + 20);
    const height = legendTop + heatMap.levels.length * 22 + 10;
    const id = (options.idPrefix ?? `heatmap-${heatMap.layer}`).replace(/[^A-Za-z0-9_-]/g, "-");
    const title = options.title ?? words.title(layer);
    const colourOf = (key: string): string => {
      const index = heatMap.levels.findIndex((level) => level.key === key);
      const colour = heatMap.levels[index]?.colour;
      if (colour !== undefined && /^#[0-9a-fA-F]{6}$/.test(colour)) return colour;
      return FALLBACK_COLOURS[Math.min(Math.max(index, 0), FALLBACK_COLOURS.length - 1)] ?? "#777777";
    };
    const parts: string[] = [];
    parts.push(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, sans-serif" font-size="12">`,
    );
    parts.push(`<title id="${id}-title">${escapeHtml(title)}</title>`);
    parts.push(
      `<desc id="${id}-desc">${escapeHtml(
        `${words.description(heatMap.total, layer, rows, columns)}${notes.map((note) => ` ${note}`).join("")}`,
      )}</desc>`,
    );
    parts.push(`<text x="${left}" y="24" font-size="16" font-weight="bold">${escapeHtml(title)}</text>`);
    heatMap.cells.forEach((row, likelihoodIndex) => {
      const y = top + (rows - 1 - likelihoodIndex) * cell;
      row.forEach((entry, consequenceIndex) => {
        const x = left + consequenceIndex * cell;
        // A matrix that failed validation may leave a cell without a known level: draw it grey.
        const level: HeatMap["levels"][number] | undefined = entry.level;
        const fill = level ? colourOf(level.key) : UNKNOWN_COLOUR;
        const label = words.cell(
          heatMap.likelihood[likelihoodIndex]?.label ?? entry.likelihood,
          heatMap.consequence[consequenceIndex]?.label ?? entry.consequence,
          level?.label ?? words.noLevel,
          entry.count,
        );
        parts.push(
          `<g><title>${escapeHtml(label)}</title><rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}" stroke="#ffffff" stroke-width="2"/>` +
            `<text x="${x + cell / 2}" y="${y + cell / 2 + 6}" text-anchor="middle" font-size="18" fill="${textColour(fill)}">${entry.count}</text></g>`,
        );
      });
    });
    heatMap.likelihood.forEach((level, index) => {
      const y = top + (rows - 1 - index) * cell + cell / 2 + 4;
      parts.push(`<text x="${left - 8}" y="${y}" text-anchor="end">${escapeHtml(level.label)}</text>`);
    });
    heatMap.consequence.forEach((level, index) => {
      const x = left + index * cell + cell / 2;
      const y = top + gridHeight + 16;
      parts.push(
        slanted
          ? `<text x="${x}" y="${y}" text-anchor="end" transform="rotate(-35 ${x} ${y})">${escapeHtml(level.label)}</text>`
          : `<text x="${x}" y="${y}" text-anchor="middle">${escapeHtml(level.label)}</text>`,
      );
    });
    parts.push(`<text x="${left + gridWidth / 2}" y="${axisTop}" text-anchor="middle" font-weight="bold">${escapeHtml(words.consequence)}</text>`);
    parts.push(
      `<text x="20" y="${top + gridHeight / 2}" text-anchor="middle" font-weight="bold" transform="rotate(-90 20 ${top + gridHeight / 2})">${escapeHtml(words.likelihood)}</text>`,
    );
    notes.forEach((note, index) => {
      parts.push(`<text x="${left}" y="${axisTop + 24 + index * 18}" font-style="italic">${escapeHtml(note)}</text>`);
    });
    heatMap.levels.forEach((level, index) => {
      const y = legendTop + index * 22;
      parts.push(
        `<rect x="${left}" y="${y}" width="16" height="16" fill="${colourOf(level.key)}"/><text x="${left + 24}" y="${y + 12}">${escapeHtml(level.label)}</text>`,
      );
    });
    parts.push("</svg>");
    return parts.join("\n");
  } catch (error) {
    throw argumentError("renderHeatMapSvg", error);
  }
}
