import {
  ApplicabilityDecisionSchema,
  DecisionReasonSchema,
  EvidenceSchema,
  ImplementationStatusSchema,
  ObligationKindSchema,
  ObligationSchema,
  SoaChangeKindSchema,
  SoaDiffEntrySchema,
  SoaReasonKindSchema,
  SoaReasonSchema,
  SoaRowSchema,
  SoaVersionSchema,
  approveSoaVersion,
  createSoaVersion,
  deriveSoa,
  diffSoaRows,
  diffSoaVersions,
  formatSoaReasons,
  summariseSoa,
  validateObligations,
  validateSoa,
  validateSoaVersions
} from "./chunk-SVZQHCZ5.js";
import "./chunk-6RYXHNGR.js";
import "./chunk-JXVDKXIR.js";
import "./chunk-XQHOXAYO.js";
import "./chunk-Q7XSFGXC.js";
import "./chunk-7Q37T3A7.js";
export {
  ApplicabilityDecisionSchema,
  DecisionReasonSchema,
  EvidenceSchema,
  ImplementationStatusSchema,
  ObligationKindSchema,
  ObligationSchema,
  SoaChangeKindSchema,
  SoaDiffEntrySchema,
  SoaReasonKindSchema,
  SoaReasonSchema,
  SoaRowSchema,
  SoaVersionSchema,
  approveSoaVersion,
  createSoaVersion,
  deriveSoa,
  diffSoaRows,
  diffSoaVersions,
  formatSoaReasons,
  summariseSoa,
  validateObligations,
  validateSoa,
  validateSoaVersions
};
