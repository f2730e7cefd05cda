import type { Asset } from "./asset.js";
import { argumentError } from "../core/_internal/guard.js";

/**
 * Lists the assets a person, role or team owns (5.9), in inventory order.
 *
 * @param assets - the inventory
 * @param owner - the owner, compared exactly
 * @returns the owner's assets
 * @category Assets
 * @example
 * ```ts
 * listAssetsByOwner(assets, "Head of IT").map((asset) => asset.name);
 * ```
 */
export function listAssetsByOwner(assets: readonly Asset[], owner: string): readonly Asset[] {
  try {
    return assets.filter((asset) => asset.owner === owner);
  } catch (error) {
    throw argumentError("listAssetsByOwner", error);
  }
}
