import { issue, type IsmsIssue } from "../core/index.js";
import { resolveScales } from "./_internal/scales.js";
import type { AssetSettings } from "./settings.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * Checks that asset settings hang together beyond their schema: each classification
 * level's expected confidentiality range names levels of the confidentiality scale
 * (`unknown_scale_level`) and its minimum is not above its maximum
 * (`invalid_expected_range`). Paths are relative to the settings.
 *
 * @param settings - parsed settings
 * @returns every issue found
 * @category Assets
 * @example
 * ```ts
 * validateAssetSettings(defaultAssetSettings); // []
 * ```
 */
export function validateAssetSettings(settings: AssetSettings): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const ranks = at(resolveScales(settings).ranks, 0);
    settings.classification.levels.forEach((level, index) => {
      const expected = level.expectedConfidentiality;
      if (expected === undefined) return;
      const path = ["classification", "levels", index, "expectedConfidentiality"];
      for (const bound of ["min", "max"] as const) {
        const key = expected[bound];
        if (key !== undefined && !ranks.has(key)) {
          found.push(
            issue("unknown_scale_level", `Classification ${level.label} expects confidentiality "${key}", which is not on the confidentiality scale.`, [
              ...path,
              bound,
            ]),
          );
        }
      }
      const min = expected.min === undefined ? undefined : ranks.get(expected.min);
      const max = expected.max === undefined ? undefined : ranks.get(expected.max);
      if (min !== undefined && max !== undefined && min > max) {
        found.push(issue("invalid_expected_range", `Classification ${level.label} expects a confidentiality minimum above its maximum.`, path));
      }
    });
    return found;
  } catch (error) {
    throw argumentError("validateAssetSettings", error);
  }
}
