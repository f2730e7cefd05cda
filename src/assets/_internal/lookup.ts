import { issue, type IsmsIssue } from "../../core/index.js";
import { unknownEntity } from "../../core/_internal/index.js";
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
