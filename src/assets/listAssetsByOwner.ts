import type { Asset } from "./asset.js";

/**
 * Lists the assets a person, role or team owns (5.9), in inventory order.
 *
 * @param assets - the inventory
 * @param owner - the owner, compared exactly
 * @returns the owner's assets
 * @category Assets
 * @example
 * ```ts
 * listAssetsByOwner(doc.assets, "IT Manager").map((asset) => asset.id);
 * ```
 */
export function listAssetsByOwner(assets: readonly Asset[], owner: string): readonly Asset[] {
  return assets.filter((asset) => asset.owner === owner);
}
