import type { Asset } from "./asset.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Lists the assets that depend directly on an asset, in inventory order.
 *
 * @param assets - the inventory
 * @param id - the supporting asset
 * @returns the assets whose `dependsOn` names it
 * @category Assets
 * @example
 * ```ts
 * listDependents(doc.assets, "A-CS-DB").map((asset) => asset.id); // ["A-INF-CUST-DATA", "A-INF-PII", "A-SW-API", "A-SW-INGEST"]
 * ```
 */
export function listDependents(assets: readonly Asset[], id: string): readonly Asset[] {
  try {
    return assets.filter((asset) => asset.dependsOn?.includes(id as Asset["id"]) === true);
  } catch (error) {
    throw argumentError("listDependents", error);
  }
}
