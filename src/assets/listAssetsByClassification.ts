import type { Asset } from "./asset.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Lists the assets of one classification level (5.12), in inventory order; `undefined`
 * lists the unclassified ones.
 *
 * @param assets - the inventory
 * @param classification - a level key, or `undefined`
 * @returns the matching assets
 * @category Assets
 * @example
 * ```ts
 * listAssetsByClassification(doc.assets, "public").map((asset) => asset.id); // ["A-INF-MARKETING"]
 * ```
 */
export function listAssetsByClassification(assets: readonly Asset[], classification: string | undefined): readonly Asset[] {
  try {
    return assets.filter((asset) => asset.classification === classification);
  } catch (error) {
    throw argumentError("listAssetsByClassification", error);
  }
}
