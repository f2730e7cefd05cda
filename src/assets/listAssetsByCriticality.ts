import type { Asset } from "./asset.js";
import { effectiveCriticality, requirementScore } from "./effectiveCriticality.js";
import { effectiveRequirements, type EffectiveRequirement } from "./effectiveRequirements.js";
import { defaultAssetSettings, type AssetSettings } from "./settings.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * An asset with its effective criticality.
 *
 * @category Assets
 * @example
 * ```ts
 * const top: AssetCriticality | undefined = listAssetsByCriticality(doc.assets, doc.assetSettings)[0];
 * top?.asset.id; // "A-INF-CUST-DATA"
 * top?.criticality?.level; // "very_high"
 * ```
 */
export type AssetCriticality = {
  /** The asset. */
  readonly asset: Asset;
  /** Its highest effective requirement, `undefined` when nothing is rated. */
  readonly criticality: EffectiveRequirement | undefined;
  /** {@link requirementScore} of the criticality (0 to 1), `undefined` when nothing is rated. */
  readonly score: number | undefined;
};

/**
 * Ranks the inventory by effective criticality, most critical first (ties keep inventory
 * order, unrated assets come last): the list to start risk identification with (8.2).
 *
 * @param assets - the inventory
 * @param settings - the scales; defaults to {@link defaultAssetSettings}
 * @returns every asset with its criticality, sorted
 * @category Assets
 * @example
 * ```ts
 * listAssetsByCriticality(doc.assets, doc.assetSettings)
 *   .filter((entry) => (entry.score ?? 0) >= 2 / 3)
 *   .map((entry) => entry.asset.name);
 * ```
 */
export function listAssetsByCriticality(assets: readonly Asset[], settings: AssetSettings = defaultAssetSettings): readonly AssetCriticality[] {
  try {
    const effective = effectiveRequirements(assets, settings);
    return assets
      .map((asset): AssetCriticality => {
        const criticality = effectiveCriticality(effective.get(asset.id) ?? {}, settings);
        return { asset, criticality, score: criticality === undefined ? undefined : requirementScore(criticality, settings) };
      })
      .sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  } catch (error) {
    throw argumentError("listAssetsByCriticality", error);
  }
}
