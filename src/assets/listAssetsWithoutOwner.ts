import type { Asset } from "./asset.js";
import { hasOwner } from "./_internal/lookup.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Lists assets whose owner is missing or blank. Parsed assets always have an owner; this
 * finds the gaps in values built in code or imported without parsing.
 *
 * @param assets - the inventory
 * @returns the assets without an owner
 * @category Assets
 * @example
 * ```ts
 * listAssetsWithoutOwner(doc.assets); // []: parsed assets always have one
 * const imported = doc.assets.map((asset) => (asset.type === "people" ? { ...asset, owner: "" } : asset));
 * listAssetsWithoutOwner(imported).map((asset) => asset.id); // ["A-PPL-ENG", "A-PPL-OPS", "A-PPL-SUPPORT", "A-PPL-FINANCE"]
 * ```
 */
export function listAssetsWithoutOwner(assets: readonly Asset[]): readonly Asset[] {
  try {
    return assets.filter((asset) => !hasOwner(asset));
  } catch (error) {
    throw argumentError("listAssetsWithoutOwner", error);
  }
}
