import type { Asset } from "./asset.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Lists assets that depend on nothing and that nothing depends on: often a sign of an
 * inventory entry that was never connected to the services it supports.
 *
 * @param assets - the inventory
 * @returns the isolated assets, in inventory order
 * @category Assets
 * @example
 * ```ts
 * listIsolatedAssets(doc.assets).map((asset) => asset.id);
 * // ["A-HW-KEYS", "A-HW-LEGACY-SRV", "A-HW-LAPTOPS-2021", "A-PPL-ENG", …]
 * ```
 */
export function listIsolatedAssets(assets: readonly Asset[]): readonly Asset[] {
  try {
    const depended = new Set<string>();
    for (const asset of assets) for (const target of asset.dependsOn ?? []) if (target !== asset.id) depended.add(target);
    return assets.filter((asset) => (asset.dependsOn?.length ?? 0) === 0 && !depended.has(asset.id));
  } catch (error) {
    throw argumentError("listIsolatedAssets", error);
  }
}
