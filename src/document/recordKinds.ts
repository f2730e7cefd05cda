import type * as z from "zod";
import { prefixIssues, type IsmsIssue } from "../core/index.js";
import { ANNEX_A, ANNEX_A_2013, ControlDescriptionSchema, ControlMappingSchema, CustomCatalogueSchema, validateCustomCatalogue, type ControlMapping, type CustomCatalogue } from "../catalogue/index.js";
import { AssetSchema, validateAssets, type Asset, type AssetSettings } from "../assets/index.js";
import { MethodologySchema, RiskSchema, validateMethodology, validateRisks, type Methodology, type Risk } from "../risk/index.js";
import { DecisionSchema, TreatmentPlanSchema, validateDecisions, validateTreatmentPlans, type Decision, type TreatmentPlan } from "../treatment/index.js";
import { ApplicabilityDecisionSchema, ObligationSchema, SoaVersionSchema, validateObligations, validateSoaVersions, type ApplicabilityDecision, type Obligation } from "../soa/index.js";
import {
  AuditSchema,
  ManagementReviewSchema,
  NonconformitySchema,
  ObjectiveSchema,
  ReadinessAssessmentSchema,
  validateNonconformities,
  validateObjectives,
  validateReadinessAssessments,
  validateReviews,
  type Audit,
  type Nonconformity,
  type Objective,
} from "../cycle/index.js";
import { IncidentSchema, validateIncidents } from "../incidents/index.js";
import { SupplierSchema, validateSuppliers, type Supplier } from "../suppliers/index.js";
import { PersonSchema, RoleSchema, TrainingSchema, validatePeople, validateRoles, validateTrainings, type Person, type Role, type Training } from "../people/index.js";
import { ContextIssueSchema, DocumentedInformationSchema, InterestedPartySchema, PolicySchema } from "./context.js";
import { AcknowledgementSchema } from "./acknowledgement.js";
import { assetCommandHooks } from "./_internal/assetHooks.js";
import { excludedControlsRequired } from "./_internal/frameworks.js";
import type { RecordCheckOptions, RecordKind } from "./recordKind.js";
import { sharedLookupsOf, withSharedLookups } from "../core/_internal/index.js";

/**
 * Declares a record kind of the document: the schema first, so that the rest of the
 * declaration is typed by it; the literal presence and parent stay in the type, so the
 * document's schema can be built from the registry without losing precision.
 */
function recordKind<S extends z.ZodType, const R extends Omit<RecordKind<S>, "schema">>(schema: S, rest: R): R & { readonly schema: S } {
  return { schema, ...rest };
}

const unknownControl = { code: "unknown_control", message: (control: string) => `Control "${control}" is in no catalogue of the document.` };

/** Annex A and its 2013 edition: catalogues every document holds without declaring them. */
function isBuiltInCatalogue(id: string): boolean {
  return id === ANNEX_A || id === ANNEX_A_2013;
}

function eachOf<T>(records: readonly T[], check: (record: T) => IsmsIssue[]): IsmsIssue[] {
  return records.flatMap((record, index) => prefixIssues(check(record), [index]));
}

// The modules' validators, adapted to the registry's signature (records, document, options).
// Each says which parts of the document it reads, in the modules' types: the document's own
// type is built from this registry and cannot be named here without a circle.

function assetsIn(assets: readonly Asset[], document: { readonly assetSettings: AssetSettings }): IsmsIssue[] {
  return validateAssets(assets, document.assetSettings);
}

function risksIn(risks: readonly Risk[], document: { readonly methodologies: readonly Methodology[]; readonly assets: readonly Asset[] }): IsmsIssue[] {
  return validateRisks(risks, { methodologies: document.methodologies, assetIds: document.assets.map((asset) => asset.id) });
}

function treatmentPlansIn(
  plans: readonly TreatmentPlan[],
  document: {
    readonly risks: readonly Risk[];
    readonly methodologies: readonly Methodology[];
    readonly decisions: readonly Decision[];
    readonly catalogues: readonly CustomCatalogue[];
    readonly cataloguesInScope: readonly string[];
  },
  options: RecordCheckOptions,
): IsmsIssue[] {
  const context = {
    risks: document.risks,
    methodologies: document.methodologies,
    decisions: document.decisions,
    catalogues: document.catalogues,
    cataloguesInScope: [...document.cataloguesInScope, ANNEX_A_2013],
    asOf: options.asOf,
  };
  return validateTreatmentPlans(plans, withSharedLookups(context, sharedLookupsOf(options)));
}

function decisionsIn(
  decisions: readonly Decision[],
  document: { readonly risks: readonly Risk[]; readonly treatmentPlans: readonly TreatmentPlan[]; readonly methodologies: readonly Methodology[] },
  options: RecordCheckOptions,
): IsmsIssue[] {
  const context = { risks: document.risks, plans: document.treatmentPlans, methodologies: document.methodologies, asOf: options.asOf };
  return validateDecisions(decisions, withSharedLookups(context, sharedLookupsOf(options)));
}

function obligationsIn(obligations: readonly Obligation[], document: { readonly cataloguesInScope: readonly string[]; readonly catalogues: readonly CustomCatalogue[] }): IsmsIssue[] {
  return validateObligations(obligations, { catalogues: [...document.cataloguesInScope, ANNEX_A_2013], customCatalogues: document.catalogues });
}

function objectivesIn(objectives: readonly Objective[], _document: unknown, options: RecordCheckOptions): IsmsIssue[] {
  return validateObjectives(objectives, { asOf: options.asOf });
}

function nonconformitiesIn(nonconformities: readonly Nonconformity[], document: { readonly auditProgramme?: { readonly audits: readonly Audit[] } | undefined }): IsmsIssue[] {
  return validateNonconformities(nonconformities, { audits: document.auditProgramme?.audits ?? [] });
}

function cataloguesIn(catalogues: readonly CustomCatalogue[], document: { readonly catalogues: readonly CustomCatalogue[] }): IsmsIssue[] {
  return eachOf(catalogues, (catalogue) => validateCustomCatalogue(catalogue, { catalogues: document.catalogues }));
}

function mappingsIn(
  mappings: readonly ControlMapping[],
  document: { readonly soaDecisions: readonly ApplicabilityDecision[]; readonly cataloguesInScope: readonly string[] },
): IsmsIssue[] {
  return excludedControlsRequired(mappings, document.soaDecisions, document.cataloguesInScope);
}

function rolesIn(roles: readonly Role[], document: { readonly people?: readonly Person[] | undefined }, options: RecordCheckOptions): IsmsIssue[] {
  return validateRoles(roles, { people: document.people ?? [], asOf: options.asOf });
}

function peopleIn(people: readonly Person[], document: { readonly roles?: readonly Role[] | undefined; readonly trainings?: readonly Training[] | undefined }): IsmsIssue[] {
  return validatePeople(people, { roles: document.roles ?? [], trainings: document.trainings ?? [] });
}

function suppliersIn(suppliers: readonly Supplier[], document: { readonly assets: readonly Asset[]; readonly assetSettings: AssetSettings }): IsmsIssue[] {
  return validateSuppliers(suppliers, document);
}

/**
 * The registry of the document's record kinds: one {@link RecordKind} per collection, in
 * the order the entity commands list them. Every collection of {@link IsmsDocument} is here
 * (a test holds it); what the document's schema, {@link createStarterIsms},
 * {@link ISMS_COLLECTIONS}, the removal guard of {@link applyIsmsCommand} and the
 * referential checks of {@link validateIsms} know about collections comes from it. Walk it to
 * reach every collection generically, e.g. for a diff or a merge: each record's key, whether
 * it is append-only, and which other records it refers to. See `docs/adding-a-record-kind.md`.
 *
 * @category Document
 * @example
 * ```ts
 * ISMS_RECORD_KINDS.soaDecisions.key; // ["control"]
 * ISMS_RECORD_KINDS.decisions.appendOnly; // true
 * ISMS_RECORD_KINDS.risks.references.map((reference) => reference.target); // [{ collection: "assets" }, …]
 * ```
 */
export const ISMS_RECORD_KINDS = {
  assets: /* @__PURE__ */ recordKind(AssetSchema, {
    key: ["id"],
    label: { one: "Asset", many: "assets" },
    appendOnly: false,
    presence: "required",
    commands: true,
    hooks: assetCommandHooks,
    // removeAsset refuses to remove an asset others depend on, with its own code.
    references: [{ path: ["dependsOn", "*"], target: { collection: "assets" }, check: "validator", guardsRemoval: false }],
    parties: [["owner"], ["custodian"]],
    unique: "validator",
    validate: assetsIn,
  }),
  risks: /* @__PURE__ */ recordKind(RiskSchema, {
    key: ["id"],
    label: { one: "Risk", many: "risks" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [
      { path: ["assets", "*"], target: { collection: "assets" }, check: "validator" },
      { path: ["ratings", "*", "consequenceSource", "asset"], target: { collection: "assets" }, check: "validator" },
      { path: ["ratings", "*", "methodology"], target: { collection: "methodologies" }, check: "validator" },
    ],
    parties: [["owner"]],
    unique: "validator",
    validate: risksIn,
  }),
  treatmentPlans: /* @__PURE__ */ recordKind(TreatmentPlanSchema, {
    key: ["id"],
    label: { one: "Treatment plan", many: "treatment plans" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [
      { path: ["risks", "*"], target: { collection: "risks" }, check: "validator" },
      { path: ["controls", "*", "ref"], target: "control", check: "validator" },
      { path: ["actions", "*", "controls", "*"], target: "control", check: "validator" },
    ],
    parties: [["owner"], ["actions", "*", "owner"]],
    unique: "validator",
    validate: treatmentPlansIn,
  }),
  decisions: /* @__PURE__ */ recordKind(DecisionSchema, {
    key: ["id"],
    label: { one: "Decision", many: "decisions" },
    appendOnly: true,
    presence: "required",
    commands: true,
    references: [
      { path: ["plan"], target: { collection: "treatmentPlans" }, check: "validator" },
      { path: ["risk"], target: { collection: "risks" }, check: "validator" },
      { path: ["ratings", "*", "risk"], target: { collection: "risks" }, check: "validator" },
      { path: ["ratings", "*", "rating", "methodology"], target: { collection: "methodologies" }, check: "validator" },
      { path: ["rating", "methodology"], target: { collection: "methodologies" }, check: "validator" },
      { path: ["revokes"], target: { collection: "decisions" }, check: "validator" },
      { path: ["compensatingControls", "*"], target: "control", check: "validator" },
    ],
    parties: [["decidedBy"], ["cosigners", "*", "decidedBy"]],
    unique: "validator",
    validate: decisionsIn,
  }),
  obligations: /* @__PURE__ */ recordKind(ObligationSchema, {
    key: ["id"],
    label: { one: "Obligation", many: "obligations" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [{ path: ["controls", "*"], target: "control", check: "validator" }],
    parties: [["owner"]],
    unique: "validator",
    validate: obligationsIn,
  }),
  soaDecisions: /* @__PURE__ */ recordKind(ApplicabilityDecisionSchema, {
    key: ["control"],
    label: { one: "SoA decision", many: "SoA decisions" },
    appendOnly: false,
    presence: "required",
    commands: true,
    // Validated with the whole SoA (validateSoa in validateIsms), which reports unknown and twice-decided controls.
    references: [{ path: ["control"], target: "control", check: "validator" }],
    parties: [["owner"]],
    unique: "validator",
  }),
  objectives: /* @__PURE__ */ recordKind(ObjectiveSchema, {
    key: ["id"],
    label: { one: "Objective", many: "objectives" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    parties: [["owner"]],
    unique: "validator",
    validate: objectivesIn,
  }),
  nonconformities: /* @__PURE__ */ recordKind(NonconformitySchema, {
    key: ["id"],
    label: { one: "Nonconformity", many: "nonconformities" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [
      { path: ["source", "audit"], target: { collection: "audits" }, check: "validator" },
      {
        path: ["source", "review"],
        target: { collection: "reviews" },
        check: { code: "unknown_review", message: (review, nc) => `Nonconformity ${nc.id} names management review ${review}, which does not exist.` },
      },
      { path: ["controls", "*"], target: "control", check: unknownControl },
    ],
    parties: [["owner"], ["correctiveActions", "*", "owner"]],
    unique: "validator",
    validate: nonconformitiesIn,
  }),
  reviews: /* @__PURE__ */ recordKind(ManagementReviewSchema, {
    key: ["id"],
    label: { one: "Management review", many: "management reviews" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    parties: [["actions", "*", "owner"]],
    unique: "validator",
    validate: (reviews): IsmsIssue[] => validateReviews(reviews),
  }),
  policies: /* @__PURE__ */ recordKind(PolicySchema, {
    key: ["id"],
    label: { one: "Policy", many: "policies" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    parties: [["owner"], ["approvedBy"]],
    unique: { code: "duplicate_policy_id", message: (policy) => `Policy ${policy.id} appears more than once.` },
  }),
  documents: /* @__PURE__ */ recordKind(DocumentedInformationSchema, {
    key: ["id"],
    label: { one: "Document", many: "documents" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    parties: [["owner"]],
    unique: { code: "duplicate_document_id", message: (entry) => `Documented information ${entry.id} appears more than once.` },
  }),
  contextIssues: /* @__PURE__ */ recordKind(ContextIssueSchema, {
    key: ["id"],
    label: { one: "Context issue", many: "context issues" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    unique: { code: "duplicate_context_issue_id", message: (entry) => `Context issue ${entry.id} appears more than once.` },
  }),
  interestedParties: /* @__PURE__ */ recordKind(InterestedPartySchema, {
    key: ["id"],
    label: { one: "Interested party", many: "interested parties" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    unique: { code: "duplicate_interested_party_id", message: (entry) => `Interested party ${entry.id} appears more than once.` },
  }),
  catalogues: /* @__PURE__ */ recordKind(CustomCatalogueSchema, {
    key: ["id"],
    label: { one: "Catalogue", many: "catalogues" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    unique: { code: "duplicate_catalogue_id", message: (catalogue) => `Catalogue "${catalogue.id}" is defined twice.`, field: "id" },
    validate: cataloguesIn,
  }),
  controlDescriptions: /* @__PURE__ */ recordKind(ControlDescriptionSchema, {
    key: ["ref"],
    label: { one: "Control description", many: "control descriptions" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [{ path: ["ref"], target: "control", check: unknownControl }],
    unique: { code: "duplicate_control_description", message: (description) => `The description of control ${description.ref} appears more than once.` },
  }),
  mappings: /* @__PURE__ */ recordKind(ControlMappingSchema, {
    key: ["id"],
    label: { one: "Control mapping", many: "control mappings" },
    appendOnly: false,
    presence: "optional",
    commands: true,
    // A mapping whose catalogue or controls the document does not hold is an error, as for
    // the other references to controls: import the catalogue before its mapping. A custom
    // catalogue a mapping names cannot be removed while the mapping is there.
    references: [
      {
        path: ["source"],
        target: { collection: "catalogues" },
        when: (mapping) => !isBuiltInCatalogue(mapping.source),
        check: { code: "unknown_catalogue", message: (id, mapping) => `Control mapping ${mapping.id} maps from catalogue "${id}", which the document does not hold.` },
      },
      {
        path: ["target"],
        target: { collection: "catalogues" },
        when: (mapping) => !isBuiltInCatalogue(mapping.target),
        check: { code: "unknown_catalogue", message: (id, mapping) => `Control mapping ${mapping.id} maps to catalogue "${id}", which the document does not hold.` },
      },
      { path: ["entries", "*", "source"], target: "control", check: unknownControl },
      { path: ["entries", "*", "target"], target: "control", check: unknownControl },
    ],
    unique: { code: "duplicate_mapping_id", message: (mapping) => `Control mapping ${mapping.id} appears more than once.`, field: "id" },
    validate: mappingsIn,
  }),
  methodologies: /* @__PURE__ */ recordKind(MethodologySchema, {
    key: ["id", "version"],
    label: { one: "Methodology", many: "methodologies" },
    appendOnly: true,
    presence: "nonEmpty",
    commands: true,
    references: [],
    parties: [["approvedBy"]],
    unique: { code: "duplicate_methodology_version", message: (methodology) => `Methodology ${methodology.id} version ${methodology.version} is defined twice.` },
    validate: (methodologies): IsmsIssue[] => eachOf(methodologies, (methodology) => validateMethodology(methodology)),
  }),
  audits: /* @__PURE__ */ recordKind(AuditSchema, {
    key: ["id"],
    label: { one: "Audit", many: "audits" },
    appendOnly: false,
    presence: "required",
    parent: {
      field: "auditProgramme",
      missing: { code: "no_audit_programme", message: "Set the audit programme (auditProgramme.set) before adding audits." },
    },
    commands: true,
    references: [
      { path: ["controls", "*"], target: "control", check: unknownControl },
      { path: ["findings", "*", "controls", "*"], target: "control", check: unknownControl },
    ],
    parties: [["auditors", "*"]],
    unique: "validator",
    // validateAuditProgramme (run by validateIsms on the programme) validates the audits too.
  }),
  acknowledgements: /* @__PURE__ */ recordKind(AcknowledgementSchema, {
    key: ["id"],
    label: { one: "Acknowledgement", many: "acknowledgements" },
    appendOnly: false,
    presence: "optional",
    commands: true,
    references: [],
    // validateIsms checks acknowledgements (duplicates included) when it applies them.
    unique: "validator",
  }),
  soaVersions: /* @__PURE__ */ recordKind(SoaVersionSchema, {
    key: ["version"],
    label: { one: "SoA version", many: "SoA versions" },
    appendOnly: false,
    presence: "required",
    // Recorded by createSoaVersion and approveSoaVersion, not by the entity commands.
    commands: false,
    // A stored version is history: its risks and obligations may since have gone, but each
    // row must still name a control of a catalogue the document holds.
    references: [{ path: ["rows", "*", "ref"], target: "control", check: unknownControl }],
    parties: [["approvedBy"]],
    unique: "validator",
    validate: (versions): IsmsIssue[] => validateSoaVersions(versions),
  }),
  readiness: /* @__PURE__ */ recordKind(ReadinessAssessmentSchema, {
    key: ["requirement"],
    label: { one: "Readiness assessment", many: "readiness assessments" },
    appendOnly: false,
    presence: "optional",
    // The user's own gap-analysis assessments, which assessIsmsReadiness reads; written with the document, not by the entity commands.
    commands: false,
    references: [{ path: ["requirement"], target: "control", when: (assessment) => assessment.requirement.includes(":"), check: unknownControl }],
    // A second assessment of a requirement is a warning of the validator: the last one counts.
    unique: "validator",
    validate: (assessments): IsmsIssue[] => validateReadinessAssessments(assessments),
  }),
  roles: /* @__PURE__ */ recordKind(RoleSchema, {
    key: ["id"],
    label: { one: "Role", many: "roles" },
    appendOnly: false,
    presence: "optional",
    commands: true,
    references: [
      { path: ["holders", "*", "person"], target: { collection: "people" }, check: { code: "unknown_person", message: (person, role) => `Role ${role.id} names holder ${person}, who is not among the people.` } },
      { path: ["conflictsWith", "*"], target: { collection: "roles" }, check: { code: "unknown_role", message: (other, role) => `Role ${role.id} conflicts with role ${other}, which does not exist.` } },
    ],
    unique: { code: "duplicate_role_id", message: (role) => `Role ${role.id} appears more than once.`, field: "id" },
    validate: rolesIn,
  }),
  people: /* @__PURE__ */ recordKind(PersonSchema, {
    key: ["id"],
    label: { one: "Person", many: "people" },
    appendOnly: false,
    presence: "optional",
    commands: true,
    references: [
      {
        path: ["completions", "*", "training"],
        target: { collection: "trainings" },
        check: { code: "unknown_training", message: (training, person) => `Person ${person.id} completed training ${training}, which does not exist.` },
      },
    ],
    unique: { code: "duplicate_person_id", message: (person) => `Person ${person.id} appears more than once.`, field: "id" },
    validate: peopleIn,
  }),
  trainings: /* @__PURE__ */ recordKind(TrainingSchema, {
    key: ["id"],
    label: { one: "Training", many: "trainings" },
    appendOnly: false,
    presence: "optional",
    commands: true,
    references: [
      { path: ["audience", "roles", "*"], target: { collection: "roles" }, check: { code: "unknown_role", message: (role, training) => `Training ${training.id} is for role ${role}, which does not exist.` } },
    ],
    unique: { code: "duplicate_training_id", message: (training) => `Training ${training.id} appears more than once.`, field: "id" },
    validate: (trainings): IsmsIssue[] => validateTrainings(trainings),
  }),
  suppliers: /* @__PURE__ */ recordKind(SupplierSchema, {
    key: ["id"],
    label: { one: "Supplier", many: "suppliers" },
    appendOnly: false,
    presence: "optional",
    commands: true,
    references: [
      {
        path: ["services", "*", "assets", "*"],
        target: { collection: "assets" },
        check: { code: "unknown_asset", message: (asset, supplier) => `Supplier ${supplier.id} names asset ${asset} in a service, which does not exist.` },
      },
      {
        path: ["asset"],
        target: { collection: "assets" },
        check: { code: "unknown_asset", message: (asset, supplier) => `Supplier ${supplier.id} names asset ${asset} as its own, which does not exist.` },
      },
      {
        path: ["assessments", "*", "findings", "*", "risk"],
        target: { collection: "risks" },
        check: { code: "unknown_risk", message: (risk, supplier) => `Supplier ${supplier.id} links a finding to risk ${risk}, which does not exist.` },
      },
    ],
    unique: { code: "duplicate_supplier_id", message: (supplier) => `Supplier ${supplier.id} appears more than once.`, field: "id" },
    validate: suppliersIn,
    parties: [["owner"], ["assessments", "*", "by"]],
  }),
  incidents: /* @__PURE__ */ recordKind(IncidentSchema, {
    key: ["id"],
    label: { one: "Incident", many: "incidents" },
    appendOnly: false,
    presence: "optional",
    commands: true,
    references: [
      {
        path: ["affectedAssets", "*"],
        target: { collection: "assets" },
        check: { code: "unknown_asset", message: (asset, incident) => `Incident ${incident.id} names asset ${asset}, which does not exist.` },
      },
      {
        path: ["risks", "*"],
        target: { collection: "risks" },
        check: { code: "unknown_risk", message: (risk, incident) => `Incident ${incident.id} names risk ${risk}, which does not exist.` },
      },
      {
        path: ["lessons", "*", "raised", "risk"],
        target: { collection: "risks" },
        check: { code: "unknown_risk", message: (risk, incident) => `A lesson of incident ${incident.id} names risk ${risk}, which does not exist.` },
      },
      {
        path: ["lessons", "*", "raised", "nonconformity"],
        target: { collection: "nonconformities" },
        check: {
          code: "unknown_nonconformity",
          message: (nc, incident) => `A lesson of incident ${incident.id} names nonconformity ${nc}, which does not exist.`,
        },
      },
    ],
    unique: "validator",
    validate: (incidents): IsmsIssue[] => validateIncidents(incidents),
    // Who handles an incident should hold a role; whoever reports one need not.
    parties: [["handler"]],
  }),
} as const;
