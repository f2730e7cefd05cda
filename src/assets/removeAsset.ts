import { produce, argumentError } from "../core/_internal/index.js";
import { err, ok, type Result } from "../core/index.js";
import type { Asset } from "./asset.js";
import { requireIndex, single } from "./_internal/lookup.js";

/**
 * Deletes an asset from the inventory, refused while other assets depend on it. Prefer
 * {@link retireAsset} and {@link disposeAsset} to keep the history; removal is for entries
 * made by mistake.
 *
 * @param assets - the inventory
 * @param id - the asset to delete
 * @returns the inventory without it, or `asset_in_use` naming the assets that depend on it
 * @throws {@link IsmsError} `unknown_entity` when no asset has this id
 * @category Assets
 * @example
 * ```ts
 * const next = removeAsset(doc.assets, AssetIdSchema.parse("A-SVC-IDP"));
 * if (!next.ok) next.error[0]?.code; // "asset_in_use": e-mail, the wiki, Git and more sign in through it
 * removeAsset(doc.assets, AssetIdSchema.parse("A-HW-PRINTER")).ok; // true: nothing depends on the printer
 * ```
 */
export function removeAsset(assets: readonly Asset[], id: Asset["id"]): Result<readonly Asset[]> {
  try {
    const index = requireIndex(assets, id);
    const dependents = assets.filter((asset, other) => other !== index && asset.dependsOn?.includes(id)).map((asset) => asset.id);
    if (dependents.length > 0) {
      return err(single("asset_in_use", `Asset ${id} cannot be removed: ${dependents.join(", ")} depend${dependents.length === 1 ? "s" : ""} on it.`, [index]));
    }
    return ok(
      produce(assets, (draft) => {
        draft.splice(index, 1);
      }),
    );
  } catch (error) {
    throw argumentError("removeAsset", error);
  }
}
