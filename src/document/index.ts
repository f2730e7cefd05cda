/**
 * The ISMS as one document (clause 7.5, documented information): its schema, parsing with
 * migration, whole-document validation with referential integrity, commands that return the
 * next document with a change-log entry of immer patches (7.5.3), the PDCA facts read from
 * the document, the derived SoA, the JSON Schema, and the registry of record kinds every
 * collection is declared in.
 *
 * @module document
 */
export {
  OrganisationSchema,
  ScopeSchema,
  ContextIssueSchema,
  InterestedPartySchema,
  PolicySchema,
  DocumentedInformationSchema,
} from "./context.js";
export type { Organisation, Scope, ContextIssue, InterestedParty, Policy, DocumentedInformation } from "./context.js";
export { AcknowledgementSchema } from "./acknowledgement.js";
export type { Acknowledgement } from "./acknowledgement.js";
export { CURRENT_SCHEMA_VERSION, IsmsDocumentSchema } from "./schema.js";
export type { IsmsDocument } from "./schema.js";
export { migrateIsms, parseIsms, safeParseIsms } from "./parseIsms.js";
export type { ParseIsmsOptions } from "./parseIsms.js";
export { DEFAULT_ISMS_LIMITS } from "./limits.js";
export type { IsmsLimits } from "./limits.js";
export { validateIsms } from "./validateIsms.js";
export type { ValidateIsmsOptions } from "./validateIsms.js";
export { PatchSchema, ChangeLogEntrySchema, replayChangeLog, undoChangeLog } from "./changeLog.js";
export type { ChangeLogEntry } from "./changeLog.js";
export { applyIsmsCommand } from "./applyIsmsCommand.js";
export { canonicalIsms, formatIsms, revisionOf } from "./canonicalIsms.js";
export { rebaseCommands } from "./rebaseCommands.js";
export type { RebaseOutcome, RebaseRejection, RebaseRejectionCode } from "./rebaseCommands.js";
export { diffIsms } from "./diffIsms.js";
export type {
  DiffIsmsOptions,
  IsmsDiff,
  IsmsDiffCollection,
  IsmsDiffConsequences,
  IsmsDiffLevel,
  IsmsDiffPhase,
  IsmsDiffRiskLevel,
  IsmsDiffStaleAcceptance,
  IsmsEntityChange,
  IsmsFieldChange,
} from "./diffIsms.js";
export { applyIsmsDiff } from "./applyIsmsDiff.js";
export { mergeIsms } from "./mergeIsms.js";
export type { MergeIsmsOptions, IsmsMergeConflict, IsmsMergeResult } from "./mergeIsms.js";
export { IsmsCommandSchema } from "./commandSchema.js";
export type { IsmsCommand, CommandMeta, CommandOutcome } from "./commandSchema.js";
export { ISMS_COLLECTIONS, IsmsCollectionSchema } from "./collections.js";
export { ISMS_RECORD_KINDS } from "./recordKinds.js";
export type {
  RecordKind,
  RecordKinds,
  RecordPresence,
  RecordParent,
  RecordReference,
  ReferenceTarget,
  ReferenceCheck,
  DuplicateRule,
  CommandHooks,
  RecordCheckOptions,
} from "./recordKind.js";
export type { IsmsCollection } from "./collections.js";
export { pdcaFacts } from "./pdcaFacts.js";
export { deriveIsmsSoa } from "./deriveIsmsSoa.js";
export { listIsmsDatedItems } from "./listIsmsDatedItems.js";
export { currentMethodology } from "./currentMethodology.js";
export { ismsJsonSchema } from "./ismsJsonSchema.js";
export { createStarterIsms } from "./createStarterIsms.js";
export type { CreateStarterIsmsOptions } from "./createStarterIsms.js";
export { readinessEvidence, assessIsmsReadiness } from "./readinessEvidence.js";
export { reviewInputFacts } from "./reviewInputFacts.js";
export type { ReviewInputFact } from "./reviewInputFacts.js";
export { frameworkCoverage } from "./frameworkCoverage.js";
export type { CoverageLevel, CoverageLink, FrameworkCoverageRow, FrameworkCoverage, FrameworkCoverageOptions } from "./frameworkCoverage.js";
