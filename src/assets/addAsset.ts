import type { Draft } from "immer";
import { produce, argumentError } from "../core/_internal/index.js";
import { err, ok, type Result } from "../core/index.js";
import type { Asset } from "./asset.js";
import { single } from "./_internal/lookup.js";

/**
 * Adds an asset at the end of the inventory (5.9). The asset is copied, so the caller's
 * object is neither frozen nor shared. References in `dependsOn` are not checked here
 * (inventories are often loaded in any order); {@link validateAssets} reports them, and
 * {@link linkDependency} checks them one at a time.
 *
 * @param assets - the inventory
 * @param asset - the new asset
 * @returns the new inventory, or `duplicate_asset_id` when the id is taken
 * @category Assets
 * @example
 * ```ts
 * const laptop = AssetSchema.parse({ id: "A-HW-LAPTOP-CFO", name: "CFO laptop", type: "hardware", owner: "CFO", status: "in_use" });
 * const next = addAsset(doc.assets, laptop);
 * if (next.ok) next.value.length; // 57: the 56 assets of the example, then the laptop
 * addAsset(doc.assets, { ...laptop, id: AssetIdSchema.parse("A-CS-DB") }).ok; // false: duplicate_asset_id
 * ```
 */
export function addAsset(assets: readonly Asset[], asset: Asset): Result<readonly Asset[]> {
  try {
    const taken = assets.findIndex((existing) => existing.id === asset.id);
    if (taken !== -1) {
      return err(single("duplicate_asset_id", `Asset id ${asset.id} is already used by the asset at index ${taken}.`, [taken, "id"]));
    }
    const copy = structuredClone(asset);
    return ok(
      produce(assets, (draft) => {
        draft.push(copy as Draft<Asset>);
      }),
    );
  } catch (error) {
    throw argumentError("addAsset", error);
  }
}
