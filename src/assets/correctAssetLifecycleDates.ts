import { produce, argumentError, at } from "../core/_internal/index.js";
import { err, issue, ok, type IsmsIssue, type IsoDate, type Result } from "../core/index.js";
import type { Asset } from "./asset.js";
import { requireIndex } from "./_internal/lookup.js";

/**
 * Corrected lifecycle dates for {@link correctAssetLifecycleDates}: give the dates to
 * change, leave out the others.
 *
 * @category Assets
 * @example
 * ```ts
 * // The 2021 laptops were disposed of on 25 November, not 20 November as first recorded.
 * const next = correctAssetLifecycleDates(doc.assets, AssetIdSchema.parse("A-HW-LAPTOPS-2021"), { disposedOn: "2025-11-25" });
 * if (next.ok) findAsset(next.value, "A-HW-LAPTOPS-2021")?.disposedOn; // "2025-11-25"
 * ```
 */
export interface AssetLifecycleDates {
  /** The day the asset was really retired (the asset must be retired or disposed of). */
  readonly retiredOn?: IsoDate | undefined;
  /** The day the asset was really disposed of (the asset must be disposed of). */
  readonly disposedOn?: IsoDate | undefined;
}

/**
 * Corrects the recorded retirement or disposal date of an asset that is already retired or
 * disposed of, for a date that was entered wrongly. {@link retireAsset} and
 * {@link disposeAsset} refuse a second date and {@link updateAsset} refuses both fields, so
 * that a correction is always its own, explicit change. The status does not change; a
 * disposed asset may gain the retirement date it went through. The dates must stay in order:
 * in service, retired, disposed. Giving the dates already recorded (or none) returns the
 * same reference.
 *
 * @param assets - the inventory
 * @param id - the asset
 * @param dates - the corrected dates
 * @returns the new inventory; `invalid_lifecycle_transition` when the asset is not retired
 *   or disposed of (for `retiredOn`) or not disposed of (for `disposedOn`): use
 *   {@link retireAsset} or {@link disposeAsset}; `lifecycle_dates_out_of_order` when the dates
 *   would no longer follow each other. Every problem is reported at once.
 * @throws {@link IsmsError} `unknown_entity` when no asset has this id
 * @category Assets
 * @example
 * ```ts
 * // The legacy server was retired on 30 January, not 28 January as first recorded.
 * const next = correctAssetLifecycleDates(doc.assets, AssetIdSchema.parse("A-HW-LEGACY-SRV"), { retiredOn: "2026-01-30" });
 * next.ok; // true
 * // An asset in use has no retirement date to correct: retire it with retireAsset.
 * correctAssetLifecycleDates(doc.assets, AssetIdSchema.parse("A-CS-DB"), { retiredOn: "2026-01-30" }).ok; // false
 * ```
 */
export function correctAssetLifecycleDates(assets: readonly Asset[], id: Asset["id"], dates: AssetLifecycleDates): Result<readonly Asset[]> {
  try {
    const index = requireIndex(assets, id);
    const asset = at(assets, index);
    const found: IsmsIssue[] = [];
    if (dates.retiredOn !== undefined && asset.status !== "retired" && asset.status !== "disposed") {
      found.push(issue("invalid_lifecycle_transition", `Asset ${id} is ${asset.status}, not retired: use retireAsset to retire it.`, [index, "retiredOn"]));
    }
    if (dates.disposedOn !== undefined && asset.status !== "disposed") {
      found.push(issue("invalid_lifecycle_transition", `Asset ${id} is ${asset.status}, not disposed of: use disposeAsset to dispose of it.`, [index, "disposedOn"]));
    }
    const retiredOn = dates.retiredOn ?? asset.retiredOn;
    const disposedOn = dates.disposedOn ?? asset.disposedOn;
    if (retiredOn !== undefined && asset.inServiceFrom !== undefined && retiredOn < asset.inServiceFrom) {
      found.push(issue("lifecycle_dates_out_of_order", `Asset ${id} cannot be retired on ${retiredOn}, before it entered service on ${asset.inServiceFrom}.`, [index, "retiredOn"]));
    }
    const earlier = [asset.inServiceFrom, retiredOn].filter((day): day is IsoDate => day !== undefined && disposedOn !== undefined && disposedOn < day);
    if (disposedOn !== undefined && earlier.length > 0) {
      found.push(issue("lifecycle_dates_out_of_order", `Asset ${id} cannot be disposed of on ${disposedOn}, before ${earlier.join(" and ")}.`, [index, dates.disposedOn !== undefined ? "disposedOn" : "retiredOn"]));
    }
    if (found.length > 0) return err(found);
    if (retiredOn === asset.retiredOn && disposedOn === asset.disposedOn) return ok(assets);
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        if (retiredOn !== undefined) target.retiredOn = retiredOn;
        if (disposedOn !== undefined) target.disposedOn = disposedOn;
      }),
    );
  } catch (error) {
    throw argumentError("correctAssetLifecycleDates", error);
  }
}
