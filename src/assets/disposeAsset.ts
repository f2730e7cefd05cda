import { produce, argumentError, at } from "../core/_internal/index.js";
import { err, ok, type IsoDate, type Result } from "../core/index.js";
import type { Asset } from "./asset.js";
import { requireIndex, single } from "./_internal/lookup.js";

/**
 * Marks an asset as disposed of (securely destroyed, wiped or returned) on a date. It may
 * be disposed of straight from use or after retirement; disposing of it again on the same
 * date returns the same reference. Assets that still depend on it are not refused here:
 * {@link validateAssets} and {@link listRetiredAssetsInUse} report them.
 *
 * @param assets - the inventory
 * @param id - the asset
 * @param date - the day of disposal
 * @returns the new inventory; `invalid_lifecycle_transition` when it was already disposed
 *   of on another date; `lifecycle_dates_out_of_order` when the date is before its
 *   `inServiceFrom` or `retiredOn`
 * @throws {@link IsmsError} `unknown_entity` when no asset has this id
 * @category Assets
 * @example
 * ```ts
 * const next = disposeAsset(doc.assets, AssetIdSchema.parse("A-HW-LEGACY-SRV"), "2026-07-15");
 * if (next.ok) findAsset(next.value, "A-HW-LEGACY-SRV")?.status; // "disposed"
 * ```
 */
export function disposeAsset(assets: readonly Asset[], id: Asset["id"], date: IsoDate): Result<readonly Asset[]> {
  try {
    const index = requireIndex(assets, id);
    const asset = at(assets, index);
    if (asset.status === "disposed") {
      if (asset.disposedOn === date) return ok(assets);
      return err(
        single("invalid_lifecycle_transition", `Asset ${id} was already disposed of on ${asset.disposedOn ?? "an unrecorded date"}.`, [
          index,
          "disposedOn",
        ]),
      );
    }
    const earlier = [asset.inServiceFrom, asset.retiredOn].filter((day): day is string => day !== undefined && date < day);
    if (earlier.length > 0) {
      return err(
        single("lifecycle_dates_out_of_order", `Asset ${id} cannot be disposed of on ${date}, before ${earlier.join(" and ")}.`, [index, "disposedOn"]),
      );
    }
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        target.status = "disposed";
        target.disposedOn = date;
      }),
    );
  } catch (error) {
    throw argumentError("disposeAsset", error);
  }
}
