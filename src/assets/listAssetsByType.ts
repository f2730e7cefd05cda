import type { Asset, AssetType } from "./asset.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Lists the assets of one type, in inventory order.
 *
 * @param assets - the inventory
 * @param type - a built-in or own asset type
 * @returns the assets of that type
 * @category Assets
 * @example
 * ```ts
 * listAssetsByType(doc.assets, "cloud_service").length; // 6
 * ```
 */
export function listAssetsByType(assets: readonly Asset[], type: AssetType): readonly Asset[] {
  try {
    return assets.filter((asset) => asset.type === type);
  } catch (error) {
    throw argumentError("listAssetsByType", error);
  }
}
