/**
 * The Statement of Applicability (ISO/IEC 27001:2022 clause 6.1.3 d, with 5.31 for legal,
 * statutory, regulatory and contractual requirements): obligations, applicability
 * decisions, the SoA derived from the catalogues in scope, the risk treatment plans, the
 * obligations and the decisions, its validation, versions with approval, and the diff
 * between versions.
 *
 * @module soa
 */
export { ObligationKindSchema, ObligationSchema } from "./obligation.js";
export type { ObligationKind, Obligation } from "./obligation.js";
export {
  ImplementationStatusSchema,
  SoaReasonKindSchema,
  DecisionReasonSchema,
  EvidenceSchema,
  ApplicabilityDecisionSchema,
} from "./decision.js";
export type { ImplementationStatus, SoaReasonKind, DecisionReason, Evidence, ApplicabilityDecision } from "./decision.js";
export { SoaReasonSchema, SoaRowSchema, SoaCrosswalkEntrySchema } from "./soaRow.js";
export type { SoaReason, SoaRow, SoaCrosswalkEntry } from "./soaRow.js";
export { deriveSoa } from "./deriveSoa.js";
export type { DeriveSoaInput } from "./deriveSoa.js";
export { validateSoa } from "./validateSoa.js";
export type { ValidateSoaOptions } from "./validateSoa.js";
export { validateObligations } from "./validateObligations.js";
export type { ValidateObligationsOptions } from "./validateObligations.js";
export { SoaVersionSchema } from "./soaVersion.js";
export type { SoaVersion } from "./soaVersion.js";
export { createSoaVersion } from "./createSoaVersion.js";
export type { CreateSoaVersionOptions } from "./createSoaVersion.js";
export { approveSoaVersion } from "./approveSoaVersion.js";
export { validateSoaVersions } from "./validateSoaVersions.js";
export { SoaChangeKindSchema, SoaDiffEntrySchema, formatSoaReasons, diffSoaRows, diffSoaVersions } from "./diffSoaVersions.js";
export type { SoaChangeKind, SoaDiffEntry, SoaDiff } from "./diffSoaVersions.js";
export { summariseSoa } from "./summariseSoa.js";
export type { SoaCounts, SoaGroupCounts, SoaSummary } from "./summariseSoa.js";
