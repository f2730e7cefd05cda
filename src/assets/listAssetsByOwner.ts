import type { Asset } from "./asset.js";
import { argumentError, partyKey } from "../core/_internal/index.js";

/**
 * Lists the assets a person, role or team owns (5.9), in inventory order.
 *
 * @param assets - the inventory
 * @param owner - the owner, compared as the library compares every name: ignoring case,
 *   surrounding and repeated white space and Unicode form (`"head of IT "` finds
 *   `"Head of IT"`)
 * @returns the owner's assets
 * @category Assets
 * @example
 * ```ts
 * listAssetsByOwner(doc.assets, "IT Manager").map((asset) => asset.id);
 * ```
 */
export function listAssetsByOwner(assets: readonly Asset[], owner: string): readonly Asset[] {
  try {
    const wanted = partyKey(owner);
    return assets.filter((asset) => typeof asset.owner === "string" && partyKey(asset.owner) === wanted);
  } catch (error) {
    throw argumentError("listAssetsByOwner", error);
  }
}
