import * as z from "zod";
import { CustomFieldsSchema } from "../core/index.js";
import { CatalogueIdSchema } from "../core/index.js";
import { ControlDescriptionSchema, CustomCatalogueSchema } from "../catalogue/index.js";
import { AssetSchema, AssetSettingsSchema } from "../assets/index.js";
import { MethodologySchema, RiskSchema } from "../risk/index.js";
import { DecisionSchema, TreatmentPlanSchema } from "../treatment/index.js";
import { ApplicabilityDecisionSchema, ObligationSchema, SoaVersionSchema } from "../soa/index.js";
import {
  AuditProgrammeSchema,
  CertificationSchema,
  ManagementReviewSchema,
  NonconformitySchema,
  ObjectiveSchema,
  PdcaCycleSchema,
  ReadinessAssessmentSchema,
} from "../cycle/index.js";
import {
  ContextIssueSchema,
  DocumentedInformationSchema,
  InterestedPartySchema,
  OrganisationSchema,
  PolicySchema,
  ScopeSchema,
} from "./context.js";
import { AcknowledgementSchema } from "./acknowledgement.js";

/**
 * The schema version this release of the library writes and reads. Older versions are
 * brought up to it by {@link migrateIsms}.
 *
 * @category Document
 * @example
 * ```ts
 * CURRENT_SCHEMA_VERSION; // 1
 * ```
 */
export const CURRENT_SCHEMA_VERSION = 1;

/**
 * The whole ISMS as one JSON value (clause 7.5): organisation, scope, context, policies, the
 * documented-information register, catalogues, assets, risk methodology versions, risks,
 * treatment plans and risk owners' decisions, obligations, SoA decisions and versions,
 * objectives, the audit programme, nonconformities, management reviews, the PDCA cycle, the
 * certification record and the acknowledged warnings. Strict: an unknown key anywhere is an error, never dropped.
 *
 * @category Document
 * @example
 * ```ts
 * const doc = IsmsDocumentSchema.parse(JSON.parse(text));
 * ```
 */
export const IsmsDocumentSchema = z.strictObject({
  /** Version of this schema; see {@link migrateIsms}. */
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  organisation: OrganisationSchema,
  scope: ScopeSchema.optional(),
  contextIssues: z.array(ContextIssueSchema),
  interestedParties: z.array(InterestedPartySchema),
  policies: z.array(PolicySchema),
  documents: z.array(DocumentedInformationSchema),
  /** Catalogues whose controls the SoA covers; `annex-a` is the usual one. */
  cataloguesInScope: z.array(CatalogueIdSchema).min(1),
  /** The organisation's own and extension catalogues. */
  catalogues: z.array(CustomCatalogueSchema),
  /** The organisation's own text for controls. */
  controlDescriptions: z.array(ControlDescriptionSchema),
  assetSettings: AssetSettingsSchema,
  assets: z.array(AssetSchema),
  /** Every version of the risk methodology that ratings were made under. */
  methodologies: z.array(MethodologySchema).min(1),
  risks: z.array(RiskSchema),
  treatmentPlans: z.array(TreatmentPlanSchema),
  decisions: z.array(DecisionSchema),
  obligations: z.array(ObligationSchema),
  soaDecisions: z.array(ApplicabilityDecisionSchema),
  soaVersions: z.array(SoaVersionSchema),
  objectives: z.array(ObjectiveSchema),
  auditProgramme: AuditProgrammeSchema.optional(),
  nonconformities: z.array(NonconformitySchema),
  reviews: z.array(ManagementReviewSchema),
  cycle: PdcaCycleSchema,
  certification: CertificationSchema.optional(),
  readiness: z.array(ReadinessAssessmentSchema).optional(),
  /** Known warnings that a person has acknowledged, with the reason; see {@link validateIsms}. */
  acknowledgements: z.array(AcknowledgementSchema).optional(),
  custom: CustomFieldsSchema.optional(),
});

/**
 * The whole ISMS.
 *
 * @category Document
 * @example
 * ```ts
 * const doc: IsmsDocument = parseIsms(JSON.parse(text));
 * validateIsms(doc, { asOf: "2026-11-27" });
 * ```
 */
export type IsmsDocument = z.infer<typeof IsmsDocumentSchema>;
