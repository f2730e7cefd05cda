import * as z from "zod";
import { CatalogueIdSchema, CustomFieldsSchema } from "../core/index.js";
import { AssetSettingsSchema } from "../assets/index.js";
import { AuditProgrammeSchema, CertificationSchema, PdcaCycleSchema } from "../cycle/index.js";
import { OrganisationSchema, ScopeSchema } from "./context.js";
import { ISMS_RECORD_KINDS } from "./recordKinds.js";
import { collectionShapeOf, inFieldOrder, type FieldReference, type ShapeKinds } from "./_internal/registry.js";

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

/** @internal The order of the document's fields, as parseIsms writes them; a collection not listed (a record kind added since) comes after these. */
export const DOCUMENT_FIELD_ORDER: readonly string[] = [
  "schemaVersion",
  "organisation",
  "scope",
  "contextIssues",
  "interestedParties",
  "policies",
  "documents",
  "cataloguesInScope",
  "catalogues",
  "controlDescriptions",
  "mappings",
  "assetSettings",
  "assets",
  "methodologies",
  "risks",
  "treatmentPlans",
  "decisions",
  "obligations",
  "soaDecisions",
  "soaVersions",
  "objectives",
  "auditProgramme",
  "nonconformities",
  "reviews",
  "cycle",
  "certification",
  "readiness",
  "acknowledgements",
  "custom",
];

/** The document's fields that are not collections of records: the frame the collections sit in. */
const DOCUMENT_FRAME = {
  /** Version of this schema; see {@link migrateIsms}. */
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  organisation: OrganisationSchema,
  scope: ScopeSchema.optional(),
  /** Catalogues whose controls the SoA covers; `annex-a` is the usual one. */
  cataloguesInScope: z.array(CatalogueIdSchema).min(1),
  assetSettings: AssetSettingsSchema,
  /** The audit programme; its audits are the `audits` collection. */
  auditProgramme: AuditProgrammeSchema.optional(),
  cycle: PdcaCycleSchema,
  certification: CertificationSchema.optional(),
  custom: CustomFieldsSchema.optional(),
};

/** @internal The document's schema for a registry of record kinds: the frame and one field per top-level collection. */
export function documentSchemaOf<const R extends ShapeKinds>(registry: R) {
  return z.strictObject(inFieldOrder({ ...DOCUMENT_FRAME, ...collectionShapeOf(registry) }, DOCUMENT_FIELD_ORDER));
}

/** @internal The references the document's frame holds outside its collections: the catalogues in scope. */
export const DOCUMENT_FIELD_REFERENCES: readonly FieldReference[] = [
  {
    field: "cataloguesInScope",
    target: "catalogue",
    check: { code: "unknown_catalogue", message: (id) => `Catalogue "${id}" is in scope but not defined in the document.` },
  },
];

/**
 * The whole ISMS as one JSON value (clause 7.5): organisation, scope, context, policies, the
 * documented-information register, catalogues, assets, risk methodology versions, risks,
 * treatment plans and risk owners' decisions, obligations, SoA decisions and versions,
 * objectives, the audit programme, nonconformities, management reviews, the PDCA cycle, the
 * certification record and the acknowledged warnings. Strict: an unknown key anywhere is an error, never dropped.
 * Its collections are built from {@link ISMS_RECORD_KINDS}, one field per record kind.
 *
 * @category Document
 * @example
 * ```ts
 * const doc = IsmsDocumentSchema.parse(JSON.parse(text));
 * ```
 */
export const IsmsDocumentSchema = /* @__PURE__ */ documentSchemaOf(ISMS_RECORD_KINDS);

/** The names of the document's fields that are not collections (a test compares the registry with the rest). @internal */
export const DOCUMENT_FRAME_FIELDS: readonly string[] = /* @__PURE__ */ Object.keys(DOCUMENT_FRAME);

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
