/**
 * The asset inventory (ISO/IEC 27001:2022 Annex A 5.9, 5.12 and asset-based risk
 * identification under 8.2 / 6.1.2): assets with owners, lifecycle and classification,
 * security-requirement ratings on the organisation's scales, the dependency graph and
 * requirement inheritance by the maximum principle.
 *
 * @module assets
 */
export {
  LevelKeySchema,
  RequirementPropertyKeySchema,
  RequirementLevelSchema,
  RequirementScaleSchema,
  RequirementScalesSchema,
  defaultRequirementScales,
} from "./requirementScales.js";
export type { RequirementLevel, RequirementScale, RequirementScales } from "./requirementScales.js";
export { ClassificationLevelSchema, ClassificationSchemeSchema, defaultClassificationScheme } from "./classification.js";
export type { ClassificationLevel, ClassificationScheme } from "./classification.js";
export { AssetSettingsSchema, defaultAssetSettings } from "./settings.js";
export type { AssetSettings } from "./settings.js";
export {
  BuiltInAssetTypeSchema,
  AssetTypeSchema,
  LifecycleStatusSchema,
  RecoveryObjectivesSchema,
  RequirementOverrideSchema,
  AssetSchema,
} from "./asset.js";
export type { BuiltInAssetType, AssetType, LifecycleStatus, RecoveryObjectives, RequirementOverride, Asset } from "./asset.js";
export { effectiveRequirements } from "./effectiveRequirements.js";
export type { RequirementSource, EffectiveRequirement, EffectiveRequirementSet } from "./effectiveRequirements.js";
export { effectiveCriticality, requirementScore } from "./effectiveCriticality.js";
export { listDependencyCycles } from "./listDependencyCycles.js";
export type { DependencyCycle } from "./listDependencyCycles.js";
export { validateAssets } from "./validateAssets.js";
export { validateAssetSettings } from "./validateAssetSettings.js";
export { addAsset } from "./addAsset.js";
export { updateAsset } from "./updateAsset.js";
export type { AssetPatch } from "./updateAsset.js";
export { retireAsset } from "./retireAsset.js";
export { disposeAsset } from "./disposeAsset.js";
export { correctAssetLifecycleDates } from "./correctAssetLifecycleDates.js";
export type { AssetLifecycleDates } from "./correctAssetLifecycleDates.js";
export { removeAsset } from "./removeAsset.js";
export { linkDependency } from "./linkDependency.js";
export { unlinkDependency } from "./unlinkDependency.js";
export { reclassifyAsset } from "./reclassifyAsset.js";
export { findAsset } from "./findAsset.js";
export { findDependencyPath } from "./findDependencyPath.js";
export { listAssetsByOwner } from "./listAssetsByOwner.js";
export { listAssetsByType } from "./listAssetsByType.js";
export { listAssetsByClassification } from "./listAssetsByClassification.js";
export { listAssetsByCriticality } from "./listAssetsByCriticality.js";
export type { AssetCriticality } from "./listAssetsByCriticality.js";
export { listAssetsWithoutOwner } from "./listAssetsWithoutOwner.js";
export { listIsolatedAssets } from "./listIsolatedAssets.js";
export { listRetiredAssetsInUse } from "./listRetiredAssetsInUse.js";
export { listDependents } from "./listDependents.js";
