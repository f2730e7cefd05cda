/**
 * Risk assessment (ISO/IEC 27001:2022 clause 6.1.2, and 8.2 for performing it): scales,
 * the risk matrix as a lookup grid with checks against Cox's axioms, the versioned risk
 * methodology with its acceptance criteria, the risk register (asset-based and event-based
 * risks with inherent, current, target and residual ratings), the one scoring function,
 * evaluation, prioritisation, heat-map data and validation.
 *
 * @module risk
 */
export { ScaleKeySchema, ColourSchema, LevelAnchorSchema, ScaleLevelSchema, ScaleSchema } from "./scale.js";
export type { ScaleKey, LevelAnchor, ScaleLevel, Scale } from "./scale.js";
export { RiskLevelSchema } from "./riskLevel.js";
export type { RiskLevel } from "./riskLevel.js";
export { RiskFormulaSchema, RiskBandSchema, MatrixFormulaSpecSchema, RiskMatrixSchema } from "./matrix.js";
export type { RiskFormula, RiskBand, MatrixFormulaSpec, RiskMatrix } from "./matrix.js";
export {
  ReviewIntervalSchema,
  LevelAcceptanceSchema,
  AcceptanceCriteriaSchema,
  AggregationSchema,
  ConsequenceMappingSchema,
  MethodologySchema,
  MethodologyRefSchema,
} from "./methodology.js";
export type {
  ReviewInterval,
  LevelAcceptance,
  AcceptanceCriteria,
  Aggregation,
  ConsequenceMapping,
  Methodology,
  MethodologyRef,
  Methodologies,
} from "./methodology.js";
export {
  RatingLayerSchema,
  SecurityPropertyKeySchema,
  ConsequenceSourceSchema,
  RatingSchema,
  RiskRatingsSchema,
  RiskStatusSchema,
  AssetBasedRiskSchema,
  EventBasedRiskSchema,
  RiskSchema,
} from "./risk.js";
export type {
  RatingLayer,
  SecurityPropertyKey,
  ConsequenceSource,
  Rating,
  RiskRatings,
  RiskStatus,
  AssetBasedRisk,
  EventBasedRisk,
  Risk,
} from "./risk.js";
export { levelOf } from "./levelOf.js";
export { scoreRating } from "./scoreRating.js";
export type { RatingScore, ScoreRatingOptions } from "./scoreRating.js";
export { rateRisk } from "./rateRisk.js";
export { formulaScore, matrixFromFormula } from "./matrixFromFormula.js";
export type { MatrixFromFormulaInput } from "./matrixFromFormula.js";
export { cox3x3Preset, matrix4x4Preset, product5x5Preset } from "./presets.js";
export { checkMatrix } from "./checkMatrix.js";
export type { CheckMatrixOptions, MatrixResolution, MatrixCheckReport } from "./checkMatrix.js";
export { validateMethodology } from "./validateMethodology.js";
export { createMethodology, defaultAcceptance } from "./createMethodology.js";
export type { CreateMethodologyInput } from "./createMethodology.js";
export { AppetiteStatusSchema, evaluateLevel } from "./evaluateLevel.js";
export type { AppetiteStatus, LevelEvaluation } from "./evaluateLevel.js";
export { evaluateRisk, standingLayer } from "./evaluateRisk.js";
export type { RiskEvaluation } from "./evaluateRisk.js";
export { prioritiseRisks, compareEvaluations } from "./prioritiseRisks.js";
export { listRisksAboveTolerance } from "./listRisksAboveTolerance.js";
export { heatMapCounts } from "./heatMapCounts.js";
export type { HeatMap, HeatMapCountsOptions, HeatMapCell } from "./heatMapCounts.js";
export { riskMovement } from "./riskMovement.js";
export type { RiskMovement } from "./riskMovement.js";
export { listStaleRatings } from "./listStaleRatings.js";
export type { StaleRating, ListStaleRatingsOptions } from "./listStaleRatings.js";
export { suggestConsequence } from "./suggestConsequence.js";
export type {
  EffectiveRequirementsByAsset,
  ConsequenceContribution,
  ConsequenceSuggestion,
  SuggestConsequenceOptions,
} from "./suggestConsequence.js";
export { validateRisks } from "./validateRisks.js";
export type { ValidateRisksContext } from "./validateRisks.js";
export { setRating } from "./setRating.js";
export { isRiskAssessed, isRiskAssessmentComplete } from "./isRiskAssessed.js";
