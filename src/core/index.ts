/**
 * Shared primitives: branded ids, {@link Result} and {@link IsmsIssue}, {@link IsmsError},
 * ISO 8601 date helpers and JSON value types. Serves no single clause; every module uses it.
 *
 * @module core
 */
export { IssueSeveritySchema, issue, hasErrors, compareIssues, sortIssues, prefixIssues } from "./issue.js";
export type { IssueSeverity, IssuePath, IsmsIssue } from "./issue.js";
export { formatIssuePath } from "./formatIssuePath.js";
export { ok, err } from "./result.js";
export type { Result } from "./result.js";
export { IsmsError } from "./error.js";
export type { IsmsErrorCode } from "./error.js";
export {
  idSchema,
  AssetIdSchema,
  RiskIdSchema,
  TreatmentPlanIdSchema,
  DecisionIdSchema,
  ObligationIdSchema,
  ObjectiveIdSchema,
  AuditIdSchema,
  FindingIdSchema,
  NonconformityIdSchema,
  ActionIdSchema,
  ReviewIdSchema,
  MethodologyIdSchema,
  CatalogueIdSchema,
  PartySchema,
  NonBlankStringSchema,
} from "./ids.js";
export type {
  AssetId,
  RiskId,
  TreatmentPlanId,
  DecisionId,
  ObligationId,
  ObjectiveId,
  AuditId,
  FindingId,
  NonconformityId,
  ActionId,
  ReviewId,
  MethodologyId,
  CatalogueId,
  Party,
} from "./ids.js";
export {
  IsoDateSchema,
  IsoDateTimeSchema,
  IsoDurationSchema,
  durationToMinutes,
  isIsoDate,
  addDays,
  addMonths,
  addYears,
  daysBetween,
  compareDates,
  toIsoDate,
} from "./date.js";
export type { IsoDate, IsoDateTime, IsoDuration } from "./date.js";
export { JsonValueSchema, CustomFieldsSchema, RESERVED_KEYS } from "./json.js";
export type { JsonValue, CustomFields } from "./json.js";
