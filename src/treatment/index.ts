/**
 * Risk treatment (ISO/IEC 27001:2022 clause 6.1.3 a–c, e–f, and 8.3 for implementing it):
 * the four treatment options with their common aliases and OSCAL response types, treatment
 * plans with their controls and actions, the risk owners' decisions (plan approval and
 * residual-risk acceptance, append-only, with revocations), their status on a given day,
 * a residual rating suggested from a plan's progress, validation, queries and commands.
 *
 * @module treatment
 */
export {
  TreatmentOptionSchema,
  TREATMENT_OPTION_ALIASES,
  normaliseTreatmentOption,
  TreatmentOptionInputSchema,
  toOscalResponseType,
} from "./option.js";
export type { TreatmentOption, OscalResponseType } from "./option.js";
export {
  ControlStateSchema,
  PlanControlSchema,
  ActionStatusSchema,
  TreatmentActionSchema,
  SharingSchema,
  AvoidanceSchema,
  TargetRatingSchema,
  PrioritySchema,
  TreatmentPlanSchema,
} from "./plan.js";
export type { ControlState, PlanControl, ActionStatus, TreatmentAction, Sharing, Avoidance, TargetRating, Priority, TreatmentPlan } from "./plan.js";
export {
  DecisionKindSchema,
  CosignerSchema,
  FrozenRatingSchema,
  ApprovedRatingSchema,
  PlanApprovalSchema,
  RiskAcceptanceSchema,
  RevocationSchema,
  DecisionSchema,
} from "./decision.js";
export type { DecisionKind, Cosigner, FrozenRating, ApprovedRating, PlanApproval, RiskAcceptance, Revocation, Decision } from "./decision.js";
export { planFingerprint } from "./planFingerprint.js";
export { planApprovalRatings } from "./planApprovalRatings.js";
export { acceptanceStatus } from "./acceptanceStatus.js";
export { sameRating } from "./sameRating.js";
export type { AcceptanceStatus, AcceptanceStatusOptions } from "./acceptanceStatus.js";
export { planApprovalStatus, listValidPlanApprovals, isPlanApproved } from "./isPlanApproved.js";
export { isAcceptanceValid } from "./isAcceptanceValid.js";
export { isDecisionRevoked } from "./isDecisionRevoked.js";
export { actionStatusOn, isActionDone } from "./isActionDone.js";
export type { PlanApprovalStatus } from "./isPlanApproved.js";
export { validateTreatmentPlans } from "./validateTreatmentPlans.js";
export type { ValidateTreatmentPlansContext } from "./validateTreatmentPlans.js";
export { validateDecisions } from "./validateDecisions.js";
export type { ValidateDecisionsContext } from "./validateDecisions.js";
export { listOverdueActions } from "./listOverdueActions.js";
export type { OverdueAction } from "./listOverdueActions.js";
export { listPlansAwaitingApproval } from "./listPlansAwaitingApproval.js";
export { listRisksAboveToleranceWithoutApprovedPlan } from "./listRisksAboveToleranceWithoutApprovedPlan.js";
export type { ListRisksAboveToleranceWithoutApprovedPlanOptions } from "./listRisksAboveToleranceWithoutApprovedPlan.js";
export { listAcceptancesNeedingAttention } from "./listAcceptancesNeedingAttention.js";
export type { AttentionReason, AcceptanceAttention, ListAcceptancesNeedingAttentionOptions } from "./listAcceptancesNeedingAttention.js";
export { listSelectedControls } from "./listSelectedControls.js";
export type { ControlSelection } from "./listSelectedControls.js";
export { listPlansForRisk } from "./listPlansForRisk.js";
export { planProgress } from "./planProgress.js";
export type { PlanProgress } from "./planProgress.js";
export { suggestResidualRating } from "./suggestResidualRating.js";
export { listImplementingActions } from "./listImplementingActions.js";
export type { ResidualSuggestion, ResidualBasis, SuggestResidualRatingOptions } from "./suggestResidualRating.js";
export { createTreatmentPlan } from "./createTreatmentPlan.js";
export { updateTreatmentPlan } from "./updateTreatmentPlan.js";
export type { TreatmentPlanPatch } from "./updateTreatmentPlan.js";
export { completeAction } from "./completeAction.js";
export { recordDecision } from "./recordDecision.js";
export { revokeDecision } from "./revokeDecision.js";
export type { RevokeDecisionInput } from "./revokeDecision.js";
