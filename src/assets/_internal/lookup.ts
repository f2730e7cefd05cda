import { issue, type AssetId, type IsmsIssue } from "../../core/index.js";
import { at, unknownEntity } from "../../core/_internal/index.js";
import type { Asset } from "../asset.js";

/** Index of the first asset with this id, or throws `unknown_entity`. */
export function requireIndex(assets: readonly Asset[], id: string): number {
  const index = assets.findIndex((asset) => asset.id === id);
  if (index === -1) throw unknownEntity("asset", id);
  return index;
}

/** Whether an owner value is present and not blank (values built without parsing may lack one). */
export function hasOwner(asset: Asset): boolean {
  const owner: unknown = asset.owner;
  return typeof owner === "string" && /\S/.test(owner);
}

/** Whether the status means the asset is no longer used. */
export function isOutOfUse(asset: Asset): boolean {
  return asset.status === "retired" || asset.status === "disposed";
}

/** A one-issue failure list. */
export function single(code: string, message: string, path: readonly (string | number)[] = []): readonly IsmsIssue[] {
  return [issue(code, message, path)];
}

/**
 * The ids of the assets at `nodes`, in an array of exact length filled by index (`extra`
 * empty slots at the end for the caller): `Array.from` over a typed array walks its iterator
 * and grows the result, which for a ring of 100 000 assets meant copying a large object
 * again and again.
 */
export function idsAt(assets: readonly Asset[], nodes: Int32Array, extra = 0): AssetId[] {
  const ids = new Array<AssetId>(nodes.length + extra);
  for (let slot = 0; slot < nodes.length; slot += 1) ids[slot] = at(assets, at(nodes, slot)).id;
  return ids;
}
