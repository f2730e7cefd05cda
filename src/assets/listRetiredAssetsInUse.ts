import type { Asset } from "./asset.js";
import { isOutOfUse } from "./_internal/lookup.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Lists retired or disposed assets that a planned or in-use asset still depends on: a
 * service running on a retired server, data kept by a supplier whose contract ended.
 *
 * @param assets - the inventory
 * @returns the retired or disposed assets still depended on, in inventory order
 * @category Assets
 * @example
 * ```ts
 * listRetiredAssetsInUse(doc.assets); // []
 * const next = retireAsset(doc.assets, AssetIdSchema.parse("A-HW-OFFICE-NET"), "2026-06-30");
 * if (next.ok) listRetiredAssetsInUse(next.value).map((asset) => `${asset.id} (${asset.status})`);
 * // ["A-HW-OFFICE-NET (retired)"]: the printer still depends on the office network
 * ```
 */
export function listRetiredAssetsInUse(assets: readonly Asset[]): readonly Asset[] {
  try {
    const depended = new Set<string>();
    for (const asset of assets) {
      if (isOutOfUse(asset)) continue;
      for (const target of asset.dependsOn ?? []) if (target !== asset.id) depended.add(target);
    }
    return assets.filter((asset) => isOutOfUse(asset) && depended.has(asset.id));
  } catch (error) {
    throw argumentError("listRetiredAssetsInUse", error);
  }
}
