import {
  AcknowledgementSchema,
  CURRENT_SCHEMA_VERSION,
  ChangeLogEntrySchema,
  ContextIssueSchema,
  DEFAULT_ISMS_LIMITS,
  DocumentedInformationSchema,
  ISMS_COLLECTIONS,
  ISMS_RECORD_KINDS,
  InterestedPartySchema,
  IsmsCollectionSchema,
  IsmsCommandSchema,
  IsmsDocumentSchema,
  OrganisationSchema,
  PatchSchema,
  PolicySchema,
  ScopeSchema,
  applyIsmsCommand,
  assessIsmsReadiness,
  createStarterIsms,
  currentMethodology,
  deriveIsmsSoa,
  ismsJsonSchema,
  listIsmsDatedItems,
  migrateIsms,
  parseIsms,
  pdcaFacts,
  readinessEvidence,
  replayChangeLog,
  safeParseIsms,
  undoChangeLog,
  validateIsms
} from "./chunk-CA6MCMCP.js";
import "./chunk-SVZQHCZ5.js";
import "./chunk-6RYXHNGR.js";
import "./chunk-G6GXFPNX.js";
import "./chunk-JXVDKXIR.js";
import "./chunk-XQHOXAYO.js";
import "./chunk-Q6NTG3WM.js";
import "./chunk-Q7XSFGXC.js";
import "./chunk-7Q37T3A7.js";
export {
  AcknowledgementSchema,
  CURRENT_SCHEMA_VERSION,
  ChangeLogEntrySchema,
  ContextIssueSchema,
  DEFAULT_ISMS_LIMITS,
  DocumentedInformationSchema,
  ISMS_COLLECTIONS,
  ISMS_RECORD_KINDS,
  InterestedPartySchema,
  IsmsCollectionSchema,
  IsmsCommandSchema,
  IsmsDocumentSchema,
  OrganisationSchema,
  PatchSchema,
  PolicySchema,
  ScopeSchema,
  applyIsmsCommand,
  assessIsmsReadiness,
  createStarterIsms,
  currentMethodology,
  deriveIsmsSoa,
  ismsJsonSchema,
  listIsmsDatedItems,
  migrateIsms,
  parseIsms,
  pdcaFacts,
  readinessEvidence,
  replayChangeLog,
  safeParseIsms,
  undoChangeLog,
  validateIsms
};
