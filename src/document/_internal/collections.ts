import type * as z from "zod";
import { ControlDescriptionSchema, CustomCatalogueSchema } from "../../catalogue/index.js";
import { AssetSchema } from "../../assets/index.js";
import { MethodologySchema, RiskSchema } from "../../risk/index.js";
import { DecisionSchema, TreatmentPlanSchema } from "../../treatment/index.js";
import { ApplicabilityDecisionSchema, ObligationSchema } from "../../soa/index.js";
import { AuditSchema, ManagementReviewSchema, NonconformitySchema, ObjectiveSchema } from "../../cycle/index.js";
import { ContextIssueSchema, DocumentedInformationSchema, InterestedPartySchema, PolicySchema } from "../context.js";
import { AcknowledgementSchema } from "../acknowledgement.js";
import type { IsmsDocument } from "../schema.js";

/** How the generic entity commands reach a collection of the document. */
export interface CollectionSpec {
  readonly schema: z.ZodType;
  readonly key: (entity: Record<string, unknown>) => string;
  readonly label: string;
  /** Entities that may be added but never edited or removed. */
  readonly appendOnly?: boolean;
  readonly get: (document: IsmsDocument) => readonly Record<string, unknown>[];
  readonly set: (document: IsmsDocument, items: readonly unknown[]) => IsmsDocument;
}

const byId = (entity: Record<string, unknown>): string => String(entity["id"]);

function top<K extends keyof IsmsDocument>(key: K, schema: z.ZodType, label: string, extra: Partial<CollectionSpec> = {}): CollectionSpec {
  return {
    schema,
    key: byId,
    label,
    get: (document) => (document[key] ?? []) as unknown as readonly Record<string, unknown>[],
    set: (document, items) => ({ ...document, [key]: items }) as IsmsDocument,
    ...extra,
  };
}

import type { IsmsCollection } from "../collections.js";

export type CollectionName = IsmsCollection;

export const collections = {
  assets: top("assets", AssetSchema, "Asset"),
  risks: top("risks", RiskSchema, "Risk"),
  treatmentPlans: top("treatmentPlans", TreatmentPlanSchema, "Treatment plan"),
  decisions: top("decisions", DecisionSchema, "Decision", { appendOnly: true }),
  obligations: top("obligations", ObligationSchema, "Obligation"),
  soaDecisions: top("soaDecisions", ApplicabilityDecisionSchema, "SoA decision", { key: (entity) => String(entity["control"]) }),
  objectives: top("objectives", ObjectiveSchema, "Objective"),
  nonconformities: top("nonconformities", NonconformitySchema, "Nonconformity"),
  reviews: top("reviews", ManagementReviewSchema, "Management review"),
  policies: top("policies", PolicySchema, "Policy"),
  documents: top("documents", DocumentedInformationSchema, "Document"),
  contextIssues: top("contextIssues", ContextIssueSchema, "Context issue"),
  interestedParties: top("interestedParties", InterestedPartySchema, "Interested party"),
  catalogues: top("catalogues", CustomCatalogueSchema, "Catalogue"),
  controlDescriptions: top("controlDescriptions", ControlDescriptionSchema, "Control description", { key: (entity) => String(entity["ref"]) }),
  methodologies: top("methodologies", MethodologySchema, "Methodology", {
    key: (entity) => `${String(entity["id"])}@${String(entity["version"])}`,
    appendOnly: true,
  }),
  acknowledgements: top("acknowledgements", AcknowledgementSchema, "Acknowledgement"),
  audits: {
    schema: AuditSchema,
    key: byId,
    label: "Audit",
    get: (document) => (document.auditProgramme?.audits ?? []) as unknown as readonly Record<string, unknown>[],
    set: (document, items) =>
      // Callers check that the programme exists before adding to it.
      ({ ...document, auditProgramme: { ...document.auditProgramme, audits: items } }) as IsmsDocument,
  },
} as const satisfies Record<string, CollectionSpec>;

/** Every collection, typed as the common spec. */
export const collectionSpecs: Readonly<Record<CollectionName, CollectionSpec>> = collections;


