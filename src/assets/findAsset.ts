import type { Asset } from "./asset.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Finds an asset by id (the first, if an id is duplicated).
 *
 * @param assets - the inventory
 * @param id - the id to look for (any string: ids from user input need no parsing)
 * @returns the asset, or `undefined`
 * @category Assets
 * @example
 * ```ts
 * findAsset(doc.assets, "A-CS-DB")?.owner; // "Head of Platform Operations"
 * findAsset(doc.assets, "A-NONE"); // undefined
 * ```
 */
export function findAsset(assets: readonly Asset[], id: string): Asset | undefined {
  try {
    return assets.find((asset) => asset.id === id);
  } catch (error) {
    throw argumentError("findAsset", error);
  }
}
