import * as z from "zod";
import { CustomFieldsSchema } from "../core/index.js";
import { ClassificationSchemeSchema, defaultClassificationScheme } from "./classification.js";
import { RequirementScalesSchema, defaultRequirementScales } from "./requirementScales.js";

/**
 * The organisation-wide settings of the asset inventory, held once per ISMS document:
 * its classification scheme and its security-requirement scales.
 *
 * @category Assets
 * @example
 * ```ts
 * AssetSettingsSchema.parse(defaultAssetSettings);
 * ```
 */
export const AssetSettingsSchema = z.strictObject({
  classification: ClassificationSchemeSchema,
  requirementScales: RequirementScalesSchema,
  custom: CustomFieldsSchema.optional(),
});

/**
 * Classification scheme and requirement scales of an asset inventory.
 *
 * @category Assets
 * @example
 * ```ts
 * const settings: AssetSettings = {
 *   ...defaultAssetSettings,
 *   classification: { levels: [{ key: "open", label: "Open" }, { key: "closed", label: "Closed" }] },
 * };
 * listAssetsByCriticality(doc.assets, settings)[0]?.criticality?.level; // "very_high"
 * reclassifyAsset(doc.assets, AssetIdSchema.parse("A-HW-PRINTER"), "closed", settings).ok; // true
 * ```
 */
export type AssetSettings = z.infer<typeof AssetSettingsSchema>;

/**
 * The default settings: {@link defaultClassificationScheme} and
 * {@link defaultRequirementScales}. Functions taking optional settings use these.
 *
 * @category Assets
 * @example
 * ```ts
 * defaultAssetSettings.classification.levels.length; // 4
 * ```
 */
export const defaultAssetSettings: AssetSettings = {
  classification: defaultClassificationScheme,
  requirementScales: defaultRequirementScales,
};
