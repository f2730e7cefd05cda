import type { Asset } from "./asset.js";
import { argumentError } from "../core/_internal/guard.js";

/**
 * Lists the assets that depend directly on an asset, in inventory order.
 *
 * @param assets - the inventory
 * @param id - the supporting asset
 * @returns the assets whose `dependsOn` names it
 * @category Assets
 * @example
 * ```ts
 * listDependents(assets, dbServerId).map((asset) => asset.name);
 * ```
 */
export function listDependents(assets: readonly Asset[], id: string): readonly Asset[] {
  try {
    return assets.filter((asset) => asset.dependsOn?.includes(id as Asset["id"]) === true);
  } catch (error) {
    throw argumentError("listDependents", error);
  }
}
