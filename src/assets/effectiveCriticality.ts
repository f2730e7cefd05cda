import { resolveScales } from "./_internal/scales.js";
import type { EffectiveRequirement, EffectiveRequirementSet } from "./effectiveRequirements.js";
import { defaultAssetSettings, type AssetSettings } from "./settings.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * A requirement's position on its scale as a fraction: 0 for the lowest level, 1 for the
 * highest, so that scales of different lengths compare.
 *
 * @param requirement - an effective requirement
 * @param settings - the scales; defaults to {@link defaultAssetSettings}
 * @returns a number from 0 to 1
 * @category Assets
 * @example
 * ```ts
 * requirementScore({ property: "availability", level: "high", rank: 2, source: { kind: "own" } }); // 2/3
 * ```
 */
export function requirementScore(requirement: EffectiveRequirement, settings: AssetSettings = defaultAssetSettings): number {
  try {
    const scales = resolveScales(settings);
    const index = scales.propertyIndex.get(requirement.property);
    const length = index === undefined ? 1 : at(scales.levels, index).length;
    return length <= 1 ? 1 : requirement.rank / (length - 1);
  } catch (error) {
    throw argumentError("requirementScore", error);
  }
}

/**
 * The effective criticality of an asset: its highest effective requirement over all
 * properties, compared by {@link requirementScore}; on a tie the first property in scale
 * order (confidentiality, integrity, availability, then the organisation's own) wins.
 *
 * @param requirements - one asset's effective requirements
 * @param settings - the scales; defaults to {@link defaultAssetSettings}
 * @returns the highest requirement, or `undefined` when nothing is rated
 * @category Assets
 * @example
 * ```ts
 * const effective = effectiveRequirements(doc.assets, doc.assetSettings);
 * effectiveCriticality(effective.get(AssetIdSchema.parse("A-CS-HOSTING")) ?? {}, doc.assetSettings)?.level; // "very_high"
 * ```
 */
export function effectiveCriticality(
  requirements: EffectiveRequirementSet,
  settings: AssetSettings = defaultAssetSettings,
): EffectiveRequirement | undefined {
  try {
    let best: EffectiveRequirement | undefined;
    let bestScore = -1;
    for (const property of resolveScales(settings).properties) {
      const requirement = requirements[property];
      if (requirement === undefined) continue;
      const score = requirementScore(requirement, settings);
      if (score > bestScore) {
        best = requirement;
        bestScore = score;
      }
    }
    return best;
  } catch (error) {
    throw argumentError("effectiveCriticality", error);
  }
}
