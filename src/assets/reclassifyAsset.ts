import { produce, argumentError, at } from "../core/_internal/index.js";
import { err, ok, type Result } from "../core/index.js";
import type { Asset } from "./asset.js";
import { requireIndex, single } from "./_internal/lookup.js";
import { defaultAssetSettings, type AssetSettings } from "./settings.js";

/**
 * Gives an asset another classification level (5.12), or removes its classification with
 * `undefined`. The same level returns the same reference.
 *
 * @param assets - the inventory
 * @param id - the asset
 * @param classification - a level key of the scheme, or `undefined`
 * @param settings - the scheme to check against; defaults to {@link defaultAssetSettings}
 * @returns the new inventory, or `unknown_classification` when the key is not a level
 * @throws {@link IsmsError} `unknown_entity` when no asset has this id
 * @category Assets
 * @example
 * ```ts
 * const next = reclassifyAsset(doc.assets, AssetIdSchema.parse("A-HW-PRINTER"), "confidential", doc.assetSettings);
 * if (next.ok) findAsset(next.value, "A-HW-PRINTER")?.classification; // "confidential"
 * reclassifyAsset(doc.assets, AssetIdSchema.parse("A-HW-PRINTER"), "secret", doc.assetSettings).ok; // false: unknown_classification
 * ```
 */
export function reclassifyAsset(
  assets: readonly Asset[],
  id: Asset["id"],
  classification: string | undefined,
  settings: AssetSettings = defaultAssetSettings,
): Result<readonly Asset[]> {
  try {
    const index = requireIndex(assets, id);
    if (at(assets, index).classification === classification) return ok(assets);
    if (classification !== undefined && !settings.classification.levels.some((level) => level.key === classification)) {
      const allowed = settings.classification.levels.map((level) => level.key).join(", ");
      return err(single("unknown_classification", `"${classification}" is not a level of the classification scheme (${allowed}).`, [index, "classification"]));
    }
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        if (classification === undefined) delete target.classification;
        else target.classification = classification;
      }),
    );
  } catch (error) {
    throw argumentError("reclassifyAsset", error);
  }
}
