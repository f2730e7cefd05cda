import { heatMapCounts, type HeatMap, type RatingLayer } from "../risk/index.js";
import { currentMethodology, type IsmsDocument } from "../document/index.js";

/**
 * The heat-map data of a document for one rating layer, on the methodology in force. Ratings
 * made under an earlier version of that methodology are placed on its grid (by key when the
 * key is still on its scale, else by proportional rank) and listed in `restated` so a
 * renderer can say so.
 *
 * @param document - the ISMS
 * @param layer - inherent, current, target or residual
 * @returns counts per cell with the scales' labels
 * @category Report
 * @example
 * ```ts
 * const svg = renderHeatMapSvg(heatMapForDocument(doc, "residual"));
 * ```
 */
export function heatMapForDocument(document: IsmsDocument, layer: RatingLayer): HeatMap {
  return heatMapCounts(currentMethodology(document), document.risks, layer, { restate: true, methodologies: document.methodologies });
}
