/**
 * The management-system cycle (ISO/IEC 27001:2022 clauses 6.2, 9 and 10 and the PDCA
 * model): the PDCA state machine with its exit criteria, information security objectives
 * and their measurements (6.2, 9.1), internal audits and findings (9.2), nonconformities and
 * corrective actions (10.2), management reviews (9.3), the certification calendar and the
 * readiness (gap) analysis before a stage 1 audit.
 *
 * @module cycle
 */
export { ActionItemStatusSchema, CorrectiveActionSchema, ReviewActionSchema } from "./actions.js";
export type { ActionItemStatus, CorrectiveAction, ReviewAction } from "./actions.js";
export {
  PdcaPhaseSchema,
  PdcaEventSchema,
  ExitCriterionSchema,
  ExitCriteriaResultSchema,
  PdcaHistoryEntrySchema,
  PdcaCycleSchema,
} from "./pdca.js";
export type { PdcaPhase, PdcaEvent, ExitCriterion, ExitCriteriaResult, PdcaHistoryEntry, PdcaCycle } from "./pdca.js";
export { pdcaTransitions } from "./pdcaTransitions.js";
export type { PdcaTransition } from "./pdcaTransitions.js";
export { checkExitCriteria } from "./checkExitCriteria.js";
export type { PdcaGuardFacts } from "./checkExitCriteria.js";
export { createCycle } from "./createCycle.js";
export type { CreateCycleOptions } from "./createCycle.js";
export { transition } from "./transition.js";
export type { TransitionOptions } from "./transition.js";
export { can } from "./can.js";
export { nextEvents } from "./nextEvents.js";
export { cycleStartDate } from "./cycleStartDate.js";
export { validateCycle } from "./validateCycle.js";
export {
  TargetComparatorSchema,
  ObjectiveTargetSchema,
  MeasurementSchema,
  ObjectiveStatusSchema,
  ObjectiveSchema,
} from "./objective.js";
export type { TargetComparator, ObjectiveTarget, Measurement, ObjectiveStatus, Objective } from "./objective.js";
export { meetsTarget, latestMeasurement, isTargetMet } from "./isTargetMet.js";
export { recordMeasurement } from "./recordMeasurement.js";
export { validateObjectives } from "./validateObjectives.js";
export type { ValidateObjectivesOptions } from "./validateObjectives.js";
export { FindingGradeSchema, FindingSchema, AuditStatusSchema, AuditSchema, AuditProgrammeSchema } from "./audit.js";
export type { FindingGrade, Finding, AuditStatus, Audit, AuditProgramme } from "./audit.js";
export { auditCoverage } from "./auditCoverage.js";
export type { AuditCoverage } from "./auditCoverage.js";
export { validateAudits, validateAuditProgramme } from "./validateAudits.js";
export type { ValidateAuditsOptions } from "./validateAudits.js";
export {
  NonconformitySourceSchema,
  NonconformityStatusSchema,
  NonconformitySeveritySchema,
  EffectivenessReviewSchema,
  NonconformitySchema,
} from "./nonconformity.js";
export type {
  NonconformitySource,
  NonconformityStatus,
  NonconformitySeverity,
  EffectivenessReview,
  Nonconformity,
} from "./nonconformity.js";
export { NonconformityEventSchema, advanceNonconformity } from "./advanceNonconformity.js";
export type { NonconformityEvent } from "./advanceNonconformity.js";
export { validateNonconformities } from "./validateNonconformities.js";
export type { ValidateNonconformitiesOptions } from "./validateNonconformities.js";
export { ReviewInputSchema, ReviewInputEntrySchema, ReviewStatusSchema, ManagementReviewSchema } from "./review.js";
export type { ReviewInput, ReviewInputEntry, ReviewStatus, ManagementReview } from "./review.js";
export { missingReviewInputs } from "./missingReviewInputs.js";
export { validateReviews } from "./validateReviews.js";
export { ExternalAuditKindSchema, CertificationSchema } from "./certification.js";
export type { ExternalAuditKind, Certification } from "./certification.js";
export { certificationSchedule } from "./certificationSchedule.js";
export type { SurveillanceDue, CertificationSchedule, CertificationScheduleOptions } from "./certificationSchedule.js";
export { validateCertification } from "./validateCertification.js";
export { DatedItemKindSchema, DatedItemSchema } from "./datedItem.js";
export type { DatedItemKind, DatedItem } from "./datedItem.js";
export { listDatedItems } from "./listDatedItems.js";
export type { DatedAcceptance, DatedSources } from "./listDatedItems.js";
export { listUpcoming } from "./listUpcoming.js";
export { listOverdue } from "./listOverdue.js";
export { ReadinessStatusSchema, ReadinessAssessmentSchema } from "./readiness.js";
export type { ReadinessStatus, ReadinessAssessment } from "./readiness.js";
export { assessReadiness } from "./assessReadiness.js";
export type { AssessReadinessOptions, ReadinessSource, ReadinessItem, ReadinessCounts, ReadinessSummary } from "./assessReadiness.js";
export { validateReadinessAssessments } from "./validateReadinessAssessments.js";
