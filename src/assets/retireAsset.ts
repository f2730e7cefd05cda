import { produce, argumentError, at } from "../core/_internal/index.js";
import { err, ok, type IsoDate, type Result } from "../core/index.js";
import type { Asset } from "./asset.js";
import { requireIndex, single } from "./_internal/lookup.js";

/**
 * Marks an asset as retired on a date: no longer used, not yet disposed of. Retiring an
 * asset retired on the same date changes nothing and returns the same reference.
 *
 * @param assets - the inventory
 * @param id - the asset
 * @param date - the day it was retired
 * @returns the new inventory; `invalid_lifecycle_transition` when the asset is disposed of
 *   or already retired on another date;
 *   `lifecycle_dates_out_of_order` when the date is before `inServiceFrom`
 * @throws {@link IsmsError} `unknown_entity` when no asset has this id
 * @category Assets
 * @example
 * ```ts
 * const next = retireAsset(doc.assets, AssetIdSchema.parse("A-HW-PRINTER"), "2026-06-30");
 * if (next.ok) findAsset(next.value, "A-HW-PRINTER")?.status; // "retired"
 * ```
 */
export function retireAsset(assets: readonly Asset[], id: Asset["id"], date: IsoDate): Result<readonly Asset[]> {
  try {
    const index = requireIndex(assets, id);
    const asset = at(assets, index);
    if (asset.status === "disposed") {
      return err(single("invalid_lifecycle_transition", `Asset ${id} is already disposed of and cannot be retired.`, [index, "status"]));
    }
    if (asset.status === "retired") {
      if (asset.retiredOn === date) return ok(assets);
      return err(
        single("invalid_lifecycle_transition", `Asset ${id} was already retired on ${asset.retiredOn ?? "an unrecorded date"}.`, [index, "retiredOn"]),
      );
    }
    if (asset.inServiceFrom !== undefined && date < asset.inServiceFrom) {
      return err(
        single("lifecycle_dates_out_of_order", `Asset ${id} cannot retire on ${date}, before it entered service on ${asset.inServiceFrom}.`, [
          index,
          "retiredOn",
        ]),
      );
    }
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        target.status = "retired";
        target.retiredOn = date;
      }),
    );
  } catch (error) {
    throw argumentError("retireAsset", error);
  }
}
