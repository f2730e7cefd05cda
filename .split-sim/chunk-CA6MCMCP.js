import {
  ApplicabilityDecisionSchema,
  ObligationSchema,
  SoaVersionSchema,
  deriveSoa,
  validateObligations,
  validateSoa,
  validateSoaVersions
} from "./chunk-SVZQHCZ5.js";
import {
  DecisionSchema,
  TreatmentPlanSchema,
  isActionDone,
  isDecisionRevoked,
  isPlanApproved,
  validateDecisions,
  validateTreatmentPlans
} from "./chunk-6RYXHNGR.js";
import {
  AuditProgrammeSchema,
  AuditSchema,
  CertificationSchema,
  ManagementReviewSchema,
  MeasurementSchema,
  NonconformityEventSchema,
  NonconformitySchema,
  ObjectiveSchema,
  PdcaCycleSchema,
  PdcaEventSchema,
  ReadinessAssessmentSchema,
  advanceNonconformity,
  assessReadiness,
  createCycle,
  cycleStartDate,
  listDatedItems,
  missingReviewInputs,
  recordMeasurement,
  transition,
  validateAuditProgramme,
  validateCertification,
  validateCycle,
  validateNonconformities,
  validateObjectives,
  validateReadinessAssessments,
  validateReviews
} from "./chunk-G6GXFPNX.js";
import {
  ANNEX_A,
  ANNEX_A_2013,
  ClauseIdSchema,
  ControlDescriptionSchema,
  CustomCatalogueSchema,
  resolveControlRef,
  splitControlRef,
  validateCustomCatalogue
} from "./chunk-JXVDKXIR.js";
import {
  MethodologySchema,
  RatingLayerSchema,
  RatingSchema,
  RiskSchema,
  createMethodology,
  isRiskAssessed,
  isRiskAssessmentComplete,
  product5x5Preset,
  setRating,
  validateMethodology,
  validateRisks
} from "./chunk-XQHOXAYO.js";
import {
  AssetSchema,
  AssetSettingsSchema,
  correctAssetLifecycleDates,
  defaultAssetSettings,
  disposeAsset,
  findDependencyPath,
  linkDependency,
  listDependencyCycles,
  reclassifyAsset,
  removeAsset,
  retireAsset,
  unlinkDependency,
  validateAssetSettings,
  validateAssets
} from "./chunk-Q6NTG3WM.js";
import {
  applyPatches,
  rejectReservedKeys,
  rejectsReservedKeys,
  zodIssues
} from "./chunk-Q7XSFGXC.js";
import {
  CatalogueIdSchema,
  CustomFieldsSchema,
  IsmsError,
  IsoDateSchema,
  IsoDateTimeSchema,
  JsonValueSchema,
  NonBlankStringSchema,
  PartySchema,
  addMonths,
  addYears,
  argumentError,
  compareDates,
  compareIssues,
  err,
  formatIssuePath,
  idSchema,
  issue,
  ok,
  prefixIssues
} from "./chunk-7Q37T3A7.js";

// src/document/context.ts
import * as z from "zod";
var OrganisationSchema = z.strictObject({
  /** Legal or trading name. */
  name: NonBlankStringSchema,
  /** What the organisation does. */
  description: z.string().optional(),
  /** Number of people, for context. */
  headcount: z.number().int().nonnegative().optional(),
  /** Where it operates. */
  locations: z.array(NonBlankStringSchema).optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});
var ScopeSchema = z.strictObject({
  /** The scope statement. */
  statement: NonBlankStringSchema,
  /** Organisational, physical and technical boundaries. */
  boundaries: z.array(NonBlankStringSchema).optional(),
  /** Interfaces and dependencies with activities outside the scope. */
  interfaces: z.array(NonBlankStringSchema).optional(),
  /** What is left out, each with its reason. */
  exclusions: z.array(z.strictObject({ what: NonBlankStringSchema, reason: NonBlankStringSchema })).optional(),
  /** Who approved the scope. */
  approvedBy: PartySchema.optional(),
  /** When. */
  approvedOn: IsoDateSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});
var ContextIssueSchema = z.strictObject({
  id: idSchema("ContextIssueId"),
  kind: z.enum(["external", "internal"]),
  description: NonBlankStringSchema,
  /** Whether climate change is relevant to the issue (Amendment 1:2024). */
  climateRelated: z.boolean().optional(),
  custom: CustomFieldsSchema.optional()
});
var InterestedPartySchema = z.strictObject({
  id: idSchema("InterestedPartyId"),
  name: NonBlankStringSchema,
  requirements: z.array(NonBlankStringSchema),
  /** Which of the requirements the ISMS addresses (4.2 c). */
  addressedByIsms: z.boolean().optional(),
  custom: CustomFieldsSchema.optional()
});
var PolicySchema = z.strictObject({
  id: idSchema("PolicyId"),
  title: NonBlankStringSchema,
  version: NonBlankStringSchema,
  owner: PartySchema,
  status: z.enum(["draft", "approved", "retired"]),
  /** `true` for the top-level information security policy of clause 5.2. */
  topLevel: z.boolean().optional(),
  approvedBy: PartySchema.optional(),
  approvedOn: IsoDateSchema.optional(),
  reviewDate: IsoDateSchema.optional(),
  custom: CustomFieldsSchema.optional()
});
var DocumentedInformationSchema = z.strictObject({
  id: idSchema("DocumentId"),
  title: NonBlankStringSchema,
  clause: ClauseIdSchema.optional(),
  owner: PartySchema,
  version: NonBlankStringSchema,
  location: z.string().optional(),
  reviewDate: IsoDateSchema.optional(),
  custom: CustomFieldsSchema.optional()
});

// src/document/acknowledgement.ts
import * as z2 from "zod";
var AcknowledgementSchema = z2.strictObject({
  /** Unique among the document's acknowledgements. */
  id: idSchema("AcknowledgementId"),
  /** The code of the issue acknowledged, e.g. `review_overdue`. */
  code: z2.string().regex(/^[a-z][a-z0-9_]*$/, { message: "must be an issue code: lower-case letters, digits and _" }),
  /** The path of the one issue acknowledged, from the document root; omitted, every issue of the code. */
  path: z2.array(z2.union([z2.string(), z2.int().nonnegative()])).optional(),
  /** Why the warning is accepted. */
  reason: NonBlankStringSchema,
  /** Who acknowledged it. */
  by: PartySchema,
  /** When it was acknowledged; in force from this day. */
  on: IsoDateSchema,
  /** The last day it is in force; omitted, it does not expire. */
  until: IsoDateSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional()
});

// src/document/schema.ts
import * as z4 from "zod";

// src/document/_internal/assetHooks.ts
function newDependencyCycles(assets, asset, before) {
  const after = asset.dependsOn ?? [];
  const previous = new Set(before?.dependsOn ?? []);
  if (after.every((target) => previous.has(target))) return [];
  const group = listDependencyCycles(assets).find((cycle) => cycle.members.includes(asset.id));
  if (group === void 0) return [];
  const members = new Set(group.members);
  const found = [];
  after.forEach((target, position) => {
    if (previous.has(target) || !members.has(target) || after.indexOf(target) < position) return;
    const back = findDependencyPath(assets, target, asset.id) ?? [];
    found.push(issue("dependency_cycle", `Asset ${asset.id} cannot depend on ${target}: that would close a cycle: ${[asset.id, ...back].join(" \u2192 ")}.`, ["dependsOn", position]));
  });
  return found;
}
var assetCommandHooks = {
  check: newDependencyCycles,
  remove: (assets, asset) => removeAsset(assets, asset.id)
};

// src/document/recordKinds.ts
function recordKind(schema, rest) {
  return { schema, ...rest };
}
var unknownControl = { code: "unknown_control", message: (control) => `Control "${control}" is in no catalogue of the document.` };
function eachOf(records, check) {
  return records.flatMap((record2, index) => prefixIssues(check(record2), [index]));
}
function assetsIn(assets, document) {
  return validateAssets(assets, document.assetSettings);
}
function risksIn(risks, document) {
  return validateRisks(risks, { methodologies: document.methodologies, assetIds: document.assets.map((asset) => asset.id) });
}
function treatmentPlansIn(plans, document, options) {
  return validateTreatmentPlans(plans, {
    risks: document.risks,
    methodologies: document.methodologies,
    decisions: document.decisions,
    catalogues: document.catalogues,
    cataloguesInScope: [...document.cataloguesInScope, ANNEX_A_2013],
    asOf: options.asOf
  });
}
function decisionsIn(decisions, document, options) {
  return validateDecisions(decisions, { risks: document.risks, plans: document.treatmentPlans, methodologies: document.methodologies, asOf: options.asOf });
}
function obligationsIn(obligations, document) {
  return validateObligations(obligations, { catalogues: [...document.cataloguesInScope, ANNEX_A_2013], customCatalogues: document.catalogues });
}
function objectivesIn(objectives, _document, options) {
  return validateObjectives(objectives, { asOf: options.asOf });
}
function nonconformitiesIn(nonconformities, document) {
  return validateNonconformities(nonconformities, { audits: document.auditProgramme?.audits ?? [] });
}
function cataloguesIn(catalogues, document) {
  return eachOf(catalogues, (catalogue) => validateCustomCatalogue(catalogue, { catalogues: document.catalogues }));
}
var ISMS_RECORD_KINDS = {
  assets: /* @__PURE__ */ recordKind(AssetSchema, {
    key: ["id"],
    label: { one: "Asset", many: "assets" },
    appendOnly: false,
    presence: "required",
    commands: true,
    hooks: assetCommandHooks,
    // removeAsset refuses to remove an asset others depend on, with its own code.
    references: [{ path: ["dependsOn", "*"], target: { collection: "assets" }, check: "validator", guardsRemoval: false }],
    unique: "validator",
    validate: assetsIn
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
      { path: ["ratings", "*", "methodology"], target: { collection: "methodologies" }, check: "validator" }
    ],
    unique: "validator",
    validate: risksIn
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
      { path: ["actions", "*", "controls", "*"], target: "control", check: "validator" }
    ],
    unique: "validator",
    validate: treatmentPlansIn
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
      { path: ["compensatingControls", "*"], target: "control", check: "validator" }
    ],
    unique: "validator",
    validate: decisionsIn
  }),
  obligations: /* @__PURE__ */ recordKind(ObligationSchema, {
    key: ["id"],
    label: { one: "Obligation", many: "obligations" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [{ path: ["controls", "*"], target: "control", check: "validator" }],
    unique: "validator",
    validate: obligationsIn
  }),
  soaDecisions: /* @__PURE__ */ recordKind(ApplicabilityDecisionSchema, {
    key: ["control"],
    label: { one: "SoA decision", many: "SoA decisions" },
    appendOnly: false,
    presence: "required",
    commands: true,
    // Validated with the whole SoA (validateSoa in validateIsms), which reports unknown and twice-decided controls.
    references: [{ path: ["control"], target: "control", check: "validator" }],
    unique: "validator"
  }),
  objectives: /* @__PURE__ */ recordKind(ObjectiveSchema, {
    key: ["id"],
    label: { one: "Objective", many: "objectives" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    unique: "validator",
    validate: objectivesIn
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
        check: { code: "unknown_review", message: (review, nc) => `Nonconformity ${nc.id} names management review ${review}, which does not exist.` }
      },
      { path: ["controls", "*"], target: "control", check: unknownControl }
    ],
    unique: "validator",
    validate: nonconformitiesIn
  }),
  reviews: /* @__PURE__ */ recordKind(ManagementReviewSchema, {
    key: ["id"],
    label: { one: "Management review", many: "management reviews" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    unique: "validator",
    validate: (reviews) => validateReviews(reviews)
  }),
  policies: /* @__PURE__ */ recordKind(PolicySchema, {
    key: ["id"],
    label: { one: "Policy", many: "policies" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    unique: { code: "duplicate_policy_id", message: (policy) => `Policy ${policy.id} appears more than once.` }
  }),
  documents: /* @__PURE__ */ recordKind(DocumentedInformationSchema, {
    key: ["id"],
    label: { one: "Document", many: "documents" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    unique: { code: "duplicate_document_id", message: (entry) => `Documented information ${entry.id} appears more than once.` }
  }),
  contextIssues: /* @__PURE__ */ recordKind(ContextIssueSchema, {
    key: ["id"],
    label: { one: "Context issue", many: "context issues" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    unique: { code: "duplicate_context_issue_id", message: (entry) => `Context issue ${entry.id} appears more than once.` }
  }),
  interestedParties: /* @__PURE__ */ recordKind(InterestedPartySchema, {
    key: ["id"],
    label: { one: "Interested party", many: "interested parties" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    unique: { code: "duplicate_interested_party_id", message: (entry) => `Interested party ${entry.id} appears more than once.` }
  }),
  catalogues: /* @__PURE__ */ recordKind(CustomCatalogueSchema, {
    key: ["id"],
    label: { one: "Catalogue", many: "catalogues" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [],
    unique: { code: "duplicate_catalogue_id", message: (catalogue) => `Catalogue "${catalogue.id}" is defined twice.`, field: "id" },
    validate: cataloguesIn
  }),
  controlDescriptions: /* @__PURE__ */ recordKind(ControlDescriptionSchema, {
    key: ["ref"],
    label: { one: "Control description", many: "control descriptions" },
    appendOnly: false,
    presence: "required",
    commands: true,
    references: [{ path: ["ref"], target: "control", check: unknownControl }],
    unique: { code: "duplicate_control_description", message: (description) => `The description of control ${description.ref} appears more than once.` }
  }),
  methodologies: /* @__PURE__ */ recordKind(MethodologySchema, {
    key: ["id", "version"],
    label: { one: "Methodology", many: "methodologies" },
    appendOnly: true,
    presence: "nonEmpty",
    commands: true,
    references: [],
    unique: { code: "duplicate_methodology_version", message: (methodology) => `Methodology ${methodology.id} version ${methodology.version} is defined twice.` },
    validate: (methodologies) => eachOf(methodologies, (methodology) => validateMethodology(methodology))
  }),
  audits: /* @__PURE__ */ recordKind(AuditSchema, {
    key: ["id"],
    label: { one: "Audit", many: "audits" },
    appendOnly: false,
    presence: "required",
    parent: {
      field: "auditProgramme",
      missing: { code: "no_audit_programme", message: "Set the audit programme (auditProgramme.set) before adding audits." }
    },
    commands: true,
    references: [
      { path: ["controls", "*"], target: "control", check: unknownControl },
      { path: ["findings", "*", "controls", "*"], target: "control", check: unknownControl }
    ],
    unique: "validator"
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
    unique: "validator"
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
    unique: "validator",
    validate: (versions) => validateSoaVersions(versions)
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
    validate: (assessments) => validateReadinessAssessments(assessments)
  })
};

// src/document/_internal/registry.ts
import * as z3 from "zod";
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function entriesOf(registry) {
  return Object.entries(registry);
}
function collectionShapeOf(registry) {
  const shape = {};
  for (const [name, kind] of Object.entries(registry)) {
    if (kind.parent !== void 0) continue;
    const items = kind.presence === "nonEmpty" ? z3.array(kind.schema).min(1) : z3.array(kind.schema);
    shape[name] = kind.presence === "optional" ? items.optional() : items;
  }
  return shape;
}
function emptyCollectionsOf(registry) {
  const empty = {};
  for (const [name, kind] of entriesOf(registry)) if (kind.parent === void 0 && kind.presence === "required") empty[name] = [];
  return empty;
}
function collectionPath(name, kind) {
  return kind.parent === void 0 ? [name] : [kind.parent.field, name];
}
function recordsOf(document, name, kind) {
  let holder = document;
  if (kind.parent !== void 0) holder = isRecord(document) ? document[kind.parent.field] : void 0;
  const records = isRecord(holder) ? holder[name] : void 0;
  return Array.isArray(records) ? records : [];
}
function withRecords(document, name, kind, records) {
  if (kind.parent === void 0) return { ...document, [name]: records };
  const holder = isRecord(document) ? document[kind.parent.field] : void 0;
  return { ...document, [kind.parent.field]: { ...isRecord(holder) ? holder : {}, [name]: records } };
}
function keyOf(kind, record2) {
  return kind.key.map((field) => String(isRecord(record2) ? record2[field] : void 0)).join("@");
}
function walk(value, path, at, found) {
  const [head, ...rest] = path;
  if (head === void 0) {
    if (value !== void 0) found.push({ value, at });
  } else if (head === "*" && Array.isArray(value)) {
    value.forEach((item, index) => walk(item, rest, [...at, index], found));
  } else if (head === "*" && isRecord(value)) {
    for (const [key, item] of Object.entries(value)) walk(item, rest, [...at, key], found);
  } else if (isRecord(value) && Object.hasOwn(value, head)) {
    walk(value[head], rest, [...at, head], found);
  }
}
function referencesIn(registry, reference, record2) {
  if (reference.when !== void 0 && !reference.when(record2)) return [];
  const found = [];
  walk(record2, reference.path, [], found);
  const target = typeof reference.target === "object" ? registry[reference.target.collection] : void 0;
  return found.map(({ value, at }) => ({ key: isRecord(value) && target !== void 0 ? keyOf(target, value) : String(value), at }));
}
function lowerFirst(label) {
  return /^[A-Z][a-z]/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
function referencesTo(registry, fields, document, collection, id) {
  const users = /* @__PURE__ */ new Set();
  for (const [name, kind] of entriesOf(registry)) {
    const guarding = kind.references.filter((reference) => reference.guardsRemoval !== false && typeof reference.target === "object" && reference.target.collection === collection);
    if (guarding.length === 0) continue;
    for (const record2 of recordsOf(document, name, kind)) {
      if (guarding.some((reference) => referencesIn(registry, reference, record2).some((found) => found.key === id))) {
        users.add(`${lowerFirst(kind.label.one)} ${keyOf(kind, record2)}`);
      }
    }
  }
  for (const reference of fields) {
    if (reference.target !== "catalogue" || collection !== "catalogues") continue;
    const values = isRecord(document) ? document[reference.field] : void 0;
    if (Array.isArray(values) && values.includes(id)) users.add(reference.field);
  }
  return [...users];
}
function checkFieldReferences(fields, document, resolver) {
  return fields.flatMap(({ field, target, check }) => {
    const values = isRecord(document) ? document[field] : void 0;
    if (!Array.isArray(values)) return [];
    return values.flatMap((value, index) => {
      const key = String(value);
      const known = target === "control" ? resolver.isControl(key) : target === "catalogue" ? resolver.isCatalogue(key) : true;
      return known ? [] : [issue(check.code, check.message(key), [field, index])];
    });
  });
}
function checkCollections(registry, document, options, resolver) {
  const issues = [];
  const keys = /* @__PURE__ */ new Map();
  const keysOf = (collection) => {
    let known = keys.get(collection);
    const kind = registry[collection];
    if (known === void 0) keys.set(collection, known = new Set(kind === void 0 ? [] : recordsOf(document, collection, kind).map((record2) => keyOf(kind, record2))));
    return known;
  };
  const exists = (target, key) => target === "control" ? resolver.isControl(key) : target === "catalogue" ? resolver.isCatalogue(key) : keysOf(target.collection).has(key);
  for (const [name, kind] of entriesOf(registry)) {
    const prefix = collectionPath(name, kind);
    const records = recordsOf(document, name, kind);
    if (kind.validate !== void 0) issues.push(...prefixIssues(kind.validate(records, document, options), prefix));
    const rule = kind.unique;
    if (rule !== "validator") {
      const seen = /* @__PURE__ */ new Set();
      records.forEach((record2, index) => {
        const key = keyOf(kind, record2);
        if (seen.has(key)) issues.push(issue(rule.code, rule.message(record2), [...prefix, index, ...rule.field === void 0 ? [] : [rule.field]]));
        seen.add(key);
      });
    }
    for (const reference of kind.references) {
      const check = reference.check;
      if (check === "validator") continue;
      records.forEach((record2, index) => {
        for (const found of referencesIn(registry, reference, record2)) {
          if (!exists(reference.target, found.key)) issues.push(issue(check.code, check.message(found.key, record2), [...prefix, index, ...found.at]));
        }
      });
    }
  }
  return issues;
}
function inFieldOrder(value, order) {
  const rank = (key) => order.includes(key) ? order.indexOf(key) : order.length;
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((key) => [key, Reflect.get(value, key)]));
}

// src/document/schema.ts
var CURRENT_SCHEMA_VERSION = 1;
var DOCUMENT_FIELD_ORDER = [
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
  "custom"
];
var DOCUMENT_FRAME = {
  /** Version of this schema; see {@link migrateIsms}. */
  schemaVersion: z4.literal(CURRENT_SCHEMA_VERSION),
  organisation: OrganisationSchema,
  scope: ScopeSchema.optional(),
  /** Catalogues whose controls the SoA covers; `annex-a` is the usual one. */
  cataloguesInScope: z4.array(CatalogueIdSchema).min(1),
  assetSettings: AssetSettingsSchema,
  /** The audit programme; its audits are the `audits` collection. */
  auditProgramme: AuditProgrammeSchema.optional(),
  cycle: PdcaCycleSchema,
  certification: CertificationSchema.optional(),
  custom: CustomFieldsSchema.optional()
};
function documentSchemaOf(registry) {
  return z4.strictObject(inFieldOrder({ ...DOCUMENT_FRAME, ...collectionShapeOf(registry) }, DOCUMENT_FIELD_ORDER));
}
var DOCUMENT_FIELD_REFERENCES = [
  {
    field: "cataloguesInScope",
    target: "catalogue",
    check: { code: "unknown_catalogue", message: (id) => `Catalogue "${id}" is in scope but not defined in the document.` }
  }
];
var IsmsDocumentSchema = /* @__PURE__ */ documentSchemaOf(ISMS_RECORD_KINDS);

// src/document/parseIsms.ts
import * as z5 from "zod";

// src/document/limits.ts
var DEFAULT_ISMS_LIMITS = /* @__PURE__ */ Object.freeze({
  maxStringLength: 1e5,
  maxItems: 1e6,
  maxDepth: 64,
  maxSize: 256 * 1024 * 1024
});

// src/document/_internal/checkLimits.ts
var MAX_LIMIT_ISSUES = 100;
var LIMIT_NAMES = ["maxStringLength", "maxItems", "maxDepth", "maxSize"];
function resolveLimits(given) {
  if (given === void 0) return DEFAULT_ISMS_LIMITS;
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    throw new IsmsError("invalid_argument", `limits must be an object such as { maxSize: 10485760 }, not ${given === null ? "null" : Array.isArray(given) ? "an array" : typeof given}.`);
  }
  const resolved = { ...DEFAULT_ISMS_LIMITS };
  for (const [name, value] of Object.entries(given)) {
    if (!LIMIT_NAMES.includes(name)) {
      throw new IsmsError("invalid_argument", `limits.${name} is not a limit; the limits are ${LIMIT_NAMES.join(", ")}.`);
    }
    if (value === void 0) continue;
    if (typeof value !== "number" || !(Number.isSafeInteger(value) && value >= 0 || value === Number.POSITIVE_INFINITY)) {
      throw new IsmsError("invalid_argument", `limits.${name} must be a whole number from 0 up, or Infinity for no limit; got ${String(value)}.`);
    }
    resolved[name] = value;
  }
  return resolved;
}
var NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function jsonStringLength(text2) {
  if (!NEEDS_ESCAPE.test(text2)) return text2.length + 2;
  let length = 2;
  for (let index = 0; index < text2.length; index += 1) {
    const unit = text2.charCodeAt(index);
    if (unit === 34 || unit === 92 || unit === 8 || unit === 9 || unit === 10 || unit === 12 || unit === 13) length += 2;
    else if (unit < 32) length += 6;
    else if (unit >= 55296 && unit <= 56319) {
      const next = text2.charCodeAt(index + 1);
      if (next >= 56320 && next <= 57343) {
        length += 2;
        index += 1;
      } else length += 6;
    } else if (unit >= 56320 && unit <= 57343) length += 6;
    else length += 1;
  }
  return length;
}
function isOmitted(value) {
  return value === void 0 || typeof value === "function" || typeof value === "symbol";
}
function pathTo(frame, key) {
  const path = key === void 0 ? [] : [key];
  for (let current = frame; current !== void 0 && current.key !== void 0; current = current.parent) path.push(current.key);
  return path.reverse();
}
function checkLimits(input, limits) {
  const issues = [];
  const ancestors = /* @__PURE__ */ new Set();
  const stack = [];
  let size = 0;
  const report = (path, code, limit, actual, message) => {
    issues.push({ code: "custom", path, message, params: { code, limit, actual } });
  };
  const visit = (value, parent, key) => {
    if (typeof value === "string") {
      size += jsonStringLength(value);
      if (value.length > limits.maxStringLength) {
        report(pathTo(parent, key), "string_too_long", limits.maxStringLength, value.length, `A string of ${value.length} characters is longer than limits.maxStringLength (${limits.maxStringLength}).`);
      }
      return;
    }
    if (typeof value === "number") {
      size += Number.isFinite(value) ? String(value).length : 4;
      return;
    }
    if (typeof value === "boolean") {
      size += value ? 4 : 5;
      return;
    }
    if (typeof value === "bigint") {
      size += String(value).length;
      return;
    }
    if (value === null || typeof value !== "object") {
      if (value === null || parent !== void 0) size += 4;
      return;
    }
    const level = (parent?.level ?? 0) + 1;
    const path = pathTo(parent, key);
    if (ancestors.has(value)) {
      report(path, "too_deep", limits.maxDepth, Number.POSITIVE_INFINITY, `This value contains itself (a cycle, which JSON cannot express), so its nesting never ends (limits.maxDepth is ${limits.maxDepth}).`);
      return;
    }
    if (level > limits.maxDepth) {
      report(path, "too_deep", limits.maxDepth, level, `Objects and arrays are nested ${level} deep here, deeper than limits.maxDepth (${limits.maxDepth}); nothing below is read.`);
      return;
    }
    let keys;
    let count;
    if (Array.isArray(value)) {
      count = value.length;
      size += 2 + Math.max(0, count - 1);
      if (count > limits.maxItems) report(path, "too_many_items", limits.maxItems, count, `An array of ${count} items has more than limits.maxItems (${limits.maxItems}).`);
    } else {
      const record2 = value;
      const all = Object.keys(record2);
      if (all.length > limits.maxItems) report(path, "too_many_items", limits.maxItems, all.length, `An object with ${all.length} keys has more than limits.maxItems (${limits.maxItems}).`);
      keys = all.filter((name) => !isOmitted(record2[name]));
      size += 2 + Math.max(0, keys.length - 1);
      for (const name of keys) {
        size += jsonStringLength(name) + 1;
        if (name.length > limits.maxStringLength) {
          report(path, "string_too_long", limits.maxStringLength, name.length, `An object key of ${name.length} characters is longer than limits.maxStringLength (${limits.maxStringLength}).`);
        }
      }
      count = keys.length;
    }
    ancestors.add(value);
    stack.push({ value, keys, length: count, next: 0, parent, key, level });
  };
  const tooLarge = () => {
    if (size <= limits.maxSize) return false;
    report([], "document_too_large", limits.maxSize, size, `The document is more than limits.maxSize (${limits.maxSize}) characters of JSON: at least ${size}; the rest is not read.`);
    return true;
  };
  visit(input, void 0, void 0);
  while (stack.length > 0 && issues.length < MAX_LIMIT_ISSUES && !tooLarge()) {
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.length) {
      stack.pop();
      ancestors.delete(frame.value);
      continue;
    }
    const index = frame.next;
    frame.next += 1;
    const key = frame.keys === void 0 ? index : frame.keys[index];
    visit(frame.value[key], frame, key);
  }
  if (stack.length === 0 && issues.length < MAX_LIMIT_ISSUES) tooLarge();
  return issues.slice(0, MAX_LIMIT_ISSUES);
}

// src/document/parseIsms.ts
var migrations = Object.freeze({});
function migrateIsms(input) {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  let current = input;
  const declared = current["schemaVersion"];
  if (typeof declared !== "number" || !Number.isInteger(declared)) return input;
  let version = declared;
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new IsmsError(
      "unsupported_version",
      `The document has schemaVersion ${version}; this release of isms reads up to ${CURRENT_SCHEMA_VERSION}. Upgrade isms.`
    );
  }
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) return current;
    current = step(current);
    version = current["schemaVersion"];
  }
  return current;
}
var OPTION_NAMES = ["limits"];
function limitsOf(options) {
  if (options === void 0) return resolveLimits(void 0);
  if (typeof options !== "object" || options === null) throw new IsmsError("invalid_argument", "The options of parseIsms must be an object such as { limits: { maxSize: 10485760 } }.");
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.includes(name)) throw new IsmsError("invalid_argument", `"${name}" is not an option of parseIsms; the options are ${OPTION_NAMES.join(", ")}.`);
  }
  return resolveLimits(options.limits);
}
function parseIsms(input, options) {
  const exceeded = checkLimits(input, limitsOf(options));
  if (exceeded.length > 0) throw new z5.ZodError(exceeded);
  return IsmsDocumentSchema.parse(migrateIsms(input));
}
function safeParseIsms(input, options) {
  const exceeded = checkLimits(input, limitsOf(options));
  if (exceeded.length > 0) return err(zodIssues(new z5.ZodError(exceeded)));
  let migrated;
  try {
    migrated = migrateIsms(input);
  } catch (error) {
    if (error instanceof IsmsError && error.code === "unsupported_version") return err([issue("unsupported_version", error.message, ["schemaVersion"])]);
    throw error;
  }
  const parsed = IsmsDocumentSchema.safeParse(migrated);
  return parsed.success ? ok(parsed.data) : err(zodIssues(parsed.error));
}

// src/document/_internal/approvals.ts
function byThen(date, asOf) {
  return asOf === void 0 || date === void 0 || date <= asOf;
}
function topLevelPolicies(document, asOf) {
  const topLevel = document.policies.filter((policy) => policy.topLevel === true);
  const policies = topLevel.length > 0 ? topLevel : document.policies;
  return { policies, approved: policies.filter((policy) => policy.status === "approved" && policy.approvedBy !== void 0 && byThen(policy.approvedOn, asOf)) };
}
function approvedSoaVersions(document, asOf) {
  return document.soaVersions.filter((version) => version.approvedBy !== void 0 && version.approvedOn !== void 0 && byThen(version.approvedOn, asOf));
}

// src/document/_internal/acknowledge.ts
function pathText(path) {
  return path.length === 0 ? "the document root" : formatIssuePath(path);
}
var OWN_CODES = /* @__PURE__ */ new Set([
  "duplicate_acknowledgement_id",
  "acknowledgement_until_before_on",
  "acknowledgement_expired",
  "acknowledgement_not_yet_in_force",
  "cannot_acknowledge_error",
  "unused_acknowledgement"
]);
function standingOn(acknowledgement, asOf) {
  if (compareDates(acknowledgement.on, asOf) > 0) return "not_yet_in_force";
  if (acknowledgement.until !== void 0 && compareDates(acknowledgement.until, asOf) < 0) return "expired";
  return "in_force";
}
function samePath(a, b) {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}
function matches(acknowledgement, found) {
  return found.code === acknowledgement.code && (acknowledgement.path === void 0 || samePath(acknowledgement.path, found.path));
}
function text(value) {
  return value ?? "";
}
function compareCandidates(a, b) {
  const specific = (b.path === void 0 ? 0 : 1) - (a.path === void 0 ? 0 : 1);
  if (specific !== 0) return specific;
  for (const [left, right] of [
    [a.id, b.id],
    [a.on, b.on],
    [text(a.until), text(b.until)],
    [a.reason, b.reason],
    [a.by, b.by]
  ]) {
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}
function describe(acknowledgement) {
  const where = acknowledgement.path === void 0 ? "" : ` at ${pathText(acknowledgement.path)}`;
  return `Acknowledgement ${acknowledgement.id} of ${acknowledgement.code}${where}`;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function applyAcknowledgements(issues, acknowledgements, asOf) {
  if (acknowledgements.length === 0) return [...issues];
  const own = [];
  const firstIndex = /* @__PURE__ */ new Map();
  acknowledgements.forEach((acknowledgement, index) => {
    const first = firstIndex.get(acknowledgement.id);
    if (first === void 0) firstIndex.set(acknowledgement.id, index);
    else own.push(issue("duplicate_acknowledgement_id", `Acknowledgement ${acknowledgement.id} appears more than once (first at index ${first}).`, ["acknowledgements", index, "id"]));
    if (acknowledgement.until !== void 0 && compareDates(acknowledgement.until, acknowledgement.on) < 0) {
      own.push(
        issue(
          "acknowledgement_until_before_on",
          `Acknowledgement ${acknowledgement.id} ends on ${acknowledgement.until}, before it starts on ${acknowledgement.on}, so it is never in force.`,
          ["acknowledgements", index, "until"]
        )
      );
    }
  });
  const standings = acknowledgements.map((acknowledgement) => standingOn(acknowledgement, asOf));
  const warnings = acknowledgements.map(() => 0);
  const errors = acknowledgements.map(() => []);
  const result = issues.map((found) => {
    if (found.severity === "info") return found;
    const candidates = acknowledgements.flatMap((acknowledgement, index) => matches(acknowledgement, found) ? [index] : []);
    if (found.severity === "error") {
      for (const index of candidates) errors[index].push(found.path);
      return found;
    }
    for (const index of candidates) warnings[index] += 1;
    const chosen = candidates.filter((index) => standings[index] === "in_force").map((index) => acknowledgements[index]).sort(compareCandidates)[0];
    if (chosen === void 0) return found;
    return {
      ...found,
      severity: "info",
      acknowledged: { id: chosen.id, reason: chosen.reason, by: chosen.by, ...chosen.until === void 0 ? {} : { until: chosen.until } }
    };
  });
  acknowledgements.forEach((acknowledgement, index) => {
    const path = ["acknowledgements", index];
    const label = describe(acknowledgement);
    const matchedErrors = errors[index];
    const matchedWarnings = warnings[index];
    if (matchedErrors.length > 0) {
      const first = pathText(matchedErrors[0]);
      own.push(
        issue(
          "cannot_acknowledge_error",
          `${label} matches ${plural(matchedErrors.length, "error")} (the first at ${first}); an error must be fixed, it cannot be acknowledged.`,
          path,
          "warning"
        )
      );
    }
    if (matchedWarnings > 0 && standings[index] === "expired") {
      own.push(
        issue(
          "acknowledgement_expired",
          `${label} expired on ${text(acknowledgement.until)}, so it no longer acknowledges its ${plural(matchedWarnings, "matching warning")}; review them and acknowledge again or fix them.`,
          path,
          "info"
        )
      );
    }
    if (matchedWarnings > 0 && standings[index] === "not_yet_in_force") {
      own.push(issue("acknowledgement_not_yet_in_force", `${label} is in force from ${acknowledgement.on}, after ${asOf}; its ${plural(matchedWarnings, "matching warning")} stay warnings until then.`, path, "info"));
    }
    if (matchedWarnings === 0 && matchedErrors.length === 0) {
      const why = OWN_CODES.has(acknowledgement.code) ? "issues about acknowledgements cannot themselves be acknowledged" : "no warning matches it (it may have been fixed); remove it";
      own.push(issue("unused_acknowledgement", `${label} is unused: ${why}.`, path, "warning"));
    }
  });
  return [...result, ...own];
}

// src/document/validateIsms.ts
function resolverOf(document) {
  const known = /* @__PURE__ */ new Set([ANNEX_A, ANNEX_A_2013, ...document.catalogues.map((catalogue) => catalogue.id)]);
  return { isControl: (ref) => resolveControlRef(ref, document.catalogues) !== void 0, isCatalogue: (id) => known.has(id) };
}
function validateIsms(document, options) {
  try {
    const { asOf } = options;
    const catalogueIds = document.cataloguesInScope;
    const soaInput = {
      catalogues: catalogueIds,
      customCatalogues: document.catalogues,
      risks: document.risks,
      plans: document.treatmentPlans,
      obligations: document.obligations,
      decisions: document.soaDecisions,
      asOf
    };
    const registry = ISMS_RECORD_KINDS;
    const resolver = resolverOf(document);
    const issues = [
      ...checkFieldReferences(DOCUMENT_FIELD_REFERENCES, document, resolver),
      // Every collection: its validator, duplicate keys and references to nothing.
      ...checkCollections(registry, document, options, resolver),
      // The document's single records.
      ...prefixIssues(validateAssetSettings(document.assetSettings), ["assetSettings"]),
      ...document.auditProgramme ? prefixIssues(validateAuditProgramme(document.auditProgramme, { nonconformities: document.nonconformities }), ["auditProgramme"]) : [],
      ...prefixIssues(validateCycle(document.cycle), ["cycle"]),
      ...document.certification ? prefixIssues(validateCertification(document.certification), ["certification"]) : []
    ];
    if (!document.scope) issues.push(issue("missing_scope", "The ISMS scope (4.3) is not defined.", ["scope"], "warning"));
    const reported = new Set(issues.map(issueKey));
    const soa = soaIssuesInDocument(
      validateSoa(soaInput, {
        asOf,
        // Undecided controls are errors once an approved SoA is in operation, warnings in a draft.
        hasApprovedVersion: approvedSoaVersions(document, asOf).length > 0,
        ...options.evidenceMaxAgeDays === void 0 ? {} : { evidenceMaxAgeDays: options.evidenceMaxAgeDays }
      })
    );
    issues.push(...soa.filter((found) => !reported.has(issueKey(found))));
    return applyAcknowledgements(issues, document.acknowledgements ?? [], asOf).sort(compareIssues);
  } catch (error) {
    throw argumentError("validateIsms", error);
  }
}
var SOA_INPUT_FIELDS = { plans: "treatmentPlans", catalogues: "cataloguesInScope" };
function issueKey(found) {
  return `${found.code} ${JSON.stringify(found.path)}`;
}
function soaIssuesInDocument(issues) {
  return issues.map((found) => {
    const [head, ...rest] = found.path;
    const field = typeof head === "string" ? SOA_INPUT_FIELDS[head] : void 0;
    return { ...found, path: field === void 0 ? ["soaDecisions", ...found.path] : [field, ...rest] };
  });
}

// src/document/changeLog.ts
import { enablePatches } from "immer";
import * as z6 from "zod";
var RESERVED_SEGMENTS = ["__proto__", "constructor", "prototype"];
var PathSegmentSchema = z6.union([
  z6.string().refine((segment) => !RESERVED_SEGMENTS.includes(segment), { message: "this path segment is reserved and not accepted" }),
  z6.number().int().nonnegative()
]);
var PatchSchema = z6.strictObject({
  op: z6.enum(["add", "remove", "replace"]),
  path: z6.array(PathSegmentSchema),
  value: JsonValueSchema.optional()
});
var ChangeLogEntrySchema = z6.strictObject({
  at: IsoDateTimeSchema,
  by: PartySchema,
  command: z6.string().min(1),
  summary: z6.string().min(1),
  patches: z6.array(PatchSchema),
  inversePatches: z6.array(PatchSchema)
});
function invalid(index, path, reason) {
  return new IsmsError("invalid_change_log", `Change-log entry ${index} cannot be applied: ${reason} (at ${[index, ...path].join(".")}).`, [index, ...path]);
}
function unfit(base, patch) {
  if (patch.op !== "remove" && !Object.hasOwn(patch, "value")) return `the ${patch.op} patch has no value`;
  const { path } = patch;
  if (path.length === 0) return patch.op === "replace" ? void 0 : `a ${patch.op} patch needs a path`;
  let node = base;
  for (let at = 0; at < path.length; at += 1) {
    const key = path[at];
    const where = path.slice(0, at + 1).join("/");
    if (typeof node !== "object" || node === null) return `the path ${where} does not exist`;
    const last = at === path.length - 1;
    if (Array.isArray(node)) {
      const appending = last && patch.op === "add";
      if (appending && key === "-") return void 0;
      if (typeof key !== "number" || !Number.isInteger(key) || key < 0 || key > node.length || key === node.length && !appending) {
        return `the path ${where} does not exist`;
      }
    } else if (!Object.hasOwn(node, key) && !(last && patch.op === "add")) {
      return `the path ${where} does not exist`;
    }
    node = node[key];
  }
  return void 0;
}
function applyEntry(document, entry, index, list) {
  const parsed = ChangeLogEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw invalid(index, first.path, first.message);
  }
  const patches = parsed.data[list];
  let current = document;
  for (const [at, patch] of patches.entries()) {
    const reason = unfit(current, patch);
    if (reason !== void 0) throw invalid(index, [list, at], reason);
    try {
      current = applyPatches(current, [patch]);
    } catch (error) {
      throw invalid(index, [list, at], error instanceof Error ? error.message.replace(/^\[Immer\]\s*/, "") : String(error));
    }
  }
  return current;
}
function replayChangeLog(first, entries) {
  try {
    if (entries.length === 0) return first;
    enablePatches();
    return entries.reduce((document, entry, index) => applyEntry(document, entry, index, "patches"), first);
  } catch (error) {
    throw argumentError("replayChangeLog", error);
  }
}
function undoChangeLog(last, entries) {
  try {
    if (entries.length === 0) return last;
    enablePatches();
    let document = last;
    for (let index = entries.length - 1; index >= 0; index -= 1) document = applyEntry(document, entries[index], index, "inversePatches");
    return document;
  } catch (error) {
    throw argumentError("undoChangeLog", error);
  }
}

// src/document/commandSchema.ts
import * as z8 from "zod";

// src/document/collections.ts
import * as z7 from "zod";
var ISMS_COLLECTIONS = /* @__PURE__ */ Object.freeze([
  "assets",
  "risks",
  "treatmentPlans",
  "decisions",
  "obligations",
  "soaDecisions",
  "objectives",
  "nonconformities",
  "reviews",
  "policies",
  "documents",
  "contextIssues",
  "interestedParties",
  "catalogues",
  "controlDescriptions",
  "methodologies",
  "audits",
  "acknowledgements"
]);
var IsmsCollectionSchema = /* @__PURE__ */ z7.enum(ISMS_COLLECTIONS);

// src/document/commandSchema.ts
var IdSchema = z8.string().min(1).max(256);
var IsmsCommandSchema = z8.discriminatedUnion("type", [
  z8.strictObject({ type: z8.literal("entity.add"), collection: IsmsCollectionSchema, value: z8.unknown() }),
  z8.strictObject({
    type: z8.literal("entity.update"),
    collection: IsmsCollectionSchema,
    id: IdSchema,
    patch: rejectReservedKeys(z8.record(z8.string(), z8.unknown())),
    unset: z8.array(z8.string().min(1)).optional()
  }),
  z8.strictObject({ type: z8.literal("entity.remove"), collection: IsmsCollectionSchema, id: IdSchema }),
  z8.strictObject({ type: z8.literal("organisation.update"), patch: OrganisationSchema.partial() }),
  z8.strictObject({ type: z8.literal("scope.set"), scope: ScopeSchema }),
  z8.strictObject({ type: z8.literal("auditProgramme.set"), programme: AuditProgrammeSchema.omit({ audits: true }) }),
  z8.strictObject({ type: z8.literal("certification.set"), certification: CertificationSchema }),
  z8.strictObject({ type: z8.literal("asset.retire"), id: IdSchema, date: IsoDateSchema }),
  z8.strictObject({ type: z8.literal("asset.dispose"), id: IdSchema, date: IsoDateSchema }),
  z8.strictObject({ type: z8.literal("asset.correctDates"), id: IdSchema, retiredOn: IsoDateSchema.optional(), disposedOn: IsoDateSchema.optional() }),
  z8.strictObject({ type: z8.literal("asset.link"), id: IdSchema, dependsOn: IdSchema }),
  z8.strictObject({ type: z8.literal("asset.unlink"), id: IdSchema, dependsOn: IdSchema }),
  z8.strictObject({ type: z8.literal("asset.reclassify"), id: IdSchema, classification: z8.string().min(1) }),
  z8.strictObject({ type: z8.literal("risk.rate"), id: IdSchema, layer: RatingLayerSchema, rating: RatingSchema.optional() }),
  z8.strictObject({ type: z8.literal("objective.measure"), id: IdSchema, measurement: MeasurementSchema }),
  z8.strictObject({ type: z8.literal("nonconformity.advance"), id: IdSchema, event: NonconformityEventSchema }),
  z8.strictObject({ type: z8.literal("cycle.transition"), event: PdcaEventSchema, date: IsoDateSchema })
]);

// src/document/_internal/commandStep.ts
function schemaIssues(error, path) {
  return error.issues.map(
    (found) => issue(`invalid_${found.code}`, found.message, [...path, ...found.path.filter((key) => typeof key !== "symbol")])
  );
}
function replaceAt(items, index, value) {
  const next = items.slice();
  next[index] = value;
  return next;
}

// src/document/_internal/diff.ts
function isPlainObject(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function diffToPatches(before, after) {
  const patches = [];
  const inverse = [];
  walk2(before, after, [], patches, inverse);
  return { patches, inversePatches: inverse.reverse() };
}
function walk2(before, after, path, patches, inverse) {
  if (Object.is(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    walkArray(before, after, path, patches, inverse);
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) {
        patches.push({ op: "remove", path: [...path, key] });
        inverse.push({ op: "add", path: [...path, key], value: before[key] });
      } else {
        walk2(before[key], after[key], [...path, key], patches, inverse);
      }
    }
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key)) {
        patches.push({ op: "add", path: [...path, key], value: after[key] });
        inverse.push({ op: "remove", path: [...path, key] });
      }
    }
    return;
  }
  patches.push({ op: "replace", path, value: after });
  inverse.push({ op: "replace", path, value: before });
}
function walkArray(before, after, path, patches, inverse) {
  if (before.length === after.length) {
    for (let index = 0; index < before.length; index += 1) walk2(before[index], after[index], [...path, index], patches, inverse);
    return;
  }
  if (after.length > before.length && before.every((item, index) => Object.is(item, after[index]))) {
    for (let index = before.length; index < after.length; index += 1) {
      patches.push({ op: "add", path: [...path, index], value: after[index] });
      inverse.push({ op: "remove", path: [...path, index] });
    }
    return;
  }
  if (after.length === before.length - 1) {
    let removed = 0;
    while (removed < after.length && Object.is(before[removed], after[removed])) removed += 1;
    let rest = true;
    for (let index = removed; index < after.length && rest; index += 1) rest = Object.is(before[index + 1], after[index]);
    if (rest) {
      patches.push({ op: "remove", path: [...path, removed] });
      inverse.push({ op: "add", path: [...path, removed], value: before[removed] });
      return;
    }
  }
  patches.push({ op: "replace", path, value: after });
  inverse.push({ op: "replace", path, value: before });
}

// src/document/pdcaFacts.ts
function pdcaFacts(document, asOf) {
  try {
    const start = cycleStartDate(document.cycle);
    const byThen2 = (date) => byThen(date, asOf);
    const audits = document.auditProgramme?.audits ?? [];
    return {
      hasScope: document.scope !== void 0,
      approvedPolicy: topLevelPolicies(document, asOf).approved.length > 0,
      hasMethodology: document.methodologies.length > 0,
      riskAssessmentComplete: isRiskAssessmentComplete(document.risks, asOf),
      treatmentPlanApproved: document.treatmentPlans.length > 0 && document.treatmentPlans.every((plan) => isPlanApproved(plan, document.decisions, asOf)),
      soaApproved: approvedSoaVersions(document, asOf).length > 0,
      objectivesDefined: document.objectives.length > 0,
      plannedAuditsInCycle: audits.filter((audit) => audit.status !== "cancelled" && audit.plannedDate >= start).length,
      completedAuditsInCycle: audits.filter((audit) => {
        const performed = audit.performedDate ?? audit.plannedDate;
        return audit.status === "completed" && performed >= start && byThen2(performed);
      }).length,
      completedReviewsInCycle: document.reviews.filter((review) => review.status === "held" && review.date >= start && byThen2(review.date)).length,
      majorNonconformitiesWithoutCorrectiveAction: document.nonconformities.filter((nc) => nc.severity === "major" && nc.status !== "closed" && byThen2(nc.raised) && nc.correctiveActions.every((action) => action.status === "cancelled")).map((nc) => nc.id)
    };
  } catch (error) {
    throw argumentError("pdcaFacts", error);
  }
}

// src/document/_internal/domainCommands.ts
function withAssets(result, document, summary) {
  if (!result.ok) return err(result.error);
  return ok({ document: result.value === document.assets ? document : { ...document, assets: [...result.value] }, summary });
}
function updateOne(items, id, label, change) {
  const index = items.findIndex((item2) => item2.id === id);
  const item = items[index];
  if (item === void 0) return err([issue("unknown_entity", `${label} ${id} does not exist.`, ["id"])]);
  const next = change(item);
  if (!next.ok) return next;
  return ok(next.value === item ? [...items] : replaceAt(items, index, next.value));
}
function assetStep(document, asset, command) {
  const { assets } = document;
  switch (command.type) {
    case "asset.retire":
      return withAssets(retireAsset(assets, asset.id, command.date), document, `Asset ${asset.id} retired on ${command.date}`);
    case "asset.dispose":
      return withAssets(disposeAsset(assets, asset.id, command.date), document, `Asset ${asset.id} disposed of on ${command.date}`);
    case "asset.correctDates": {
      const corrected = [
        ...command.retiredOn === void 0 ? [] : [`retired on ${command.retiredOn}`],
        ...command.disposedOn === void 0 ? [] : [`disposed of on ${command.disposedOn}`]
      ];
      const dates = { retiredOn: command.retiredOn, disposedOn: command.disposedOn };
      return withAssets(correctAssetLifecycleDates(assets, asset.id, dates), document, `Asset ${asset.id}: dates corrected (${corrected.join(", ")})`);
    }
    // The target may name no asset: linkDependency and unlinkDependency report it.
    case "asset.link":
      return withAssets(linkDependency(assets, asset.id, command.dependsOn), document, `Asset ${asset.id} now depends on ${command.dependsOn}`);
    case "asset.unlink":
      return withAssets(unlinkDependency(assets, asset.id, command.dependsOn), document, `Asset ${asset.id} no longer depends on ${command.dependsOn}`);
    case "asset.reclassify":
      return withAssets(
        reclassifyAsset(assets, asset.id, command.classification, document.assetSettings),
        document,
        `Asset ${asset.id} reclassified as ${command.classification}`
      );
  }
}
function domainStep(document, command) {
  switch (command.type) {
    case "organisation.update": {
      const organisation = OrganisationSchema.safeParse({ ...document.organisation, ...command.patch });
      if (!organisation.success) return err(schemaIssues(organisation.error, ["patch"]));
      return ok({ document: { ...document, organisation: organisation.data }, summary: "Organisation updated" });
    }
    case "scope.set":
      return ok({ document: { ...document, scope: command.scope }, summary: "ISMS scope set" });
    case "auditProgramme.set":
      return ok({
        document: { ...document, auditProgramme: { ...command.programme, audits: document.auditProgramme?.audits ?? [] } },
        summary: "Audit programme set"
      });
    case "certification.set":
      return ok({ document: { ...document, certification: command.certification }, summary: "Certification record set" });
    case "asset.retire":
    case "asset.dispose":
    case "asset.correctDates":
    case "asset.link":
    case "asset.unlink":
    case "asset.reclassify": {
      const asset = document.assets.find((candidate) => candidate.id === command.id);
      if (asset === void 0) return err([issue("unknown_entity", `Asset ${command.id} does not exist.`, ["id"])]);
      return assetStep(document, asset, command);
    }
    case "risk.rate": {
      const risks = updateOne(document.risks, command.id, "Risk", (risk) => ok(setRating(risk, command.layer, command.rating)));
      if (!risks.ok) return risks;
      return ok({ document: { ...document, risks: risks.value }, summary: `Risk ${command.id}: ${command.layer} rating ${command.rating ? "set" : "cleared"}` });
    }
    case "objective.measure": {
      const objectives = updateOne(document.objectives, command.id, "Objective", (objective) => ok(recordMeasurement(objective, command.measurement)));
      if (!objectives.ok) return objectives;
      return ok({ document: { ...document, objectives: objectives.value }, summary: `Objective ${command.id}: measurement of ${command.measurement.date} recorded` });
    }
    case "nonconformity.advance": {
      const nonconformities = updateOne(document.nonconformities, command.id, "Nonconformity", (nc) => advanceNonconformity(nc, command.event));
      if (!nonconformities.ok) return nonconformities;
      return ok({ document: { ...document, nonconformities: nonconformities.value }, summary: `Nonconformity ${command.id}: ${command.event.kind}` });
    }
    case "cycle.transition": {
      const next = transition(document.cycle, command.event, { date: command.date, guards: pdcaFacts(document, command.date) });
      if (!next.ok) return err(next.error);
      return ok({ document: { ...document, cycle: next.value }, summary: `PDCA: ${command.event} (now ${next.value.phase}, cycle ${next.value.cycle})` });
    }
  }
}

// src/document/_internal/entityCommands.ts
function inUse(label, id, users) {
  const named = `${users.slice(0, 5).join(", ")}${users.length > 5 ? ` and ${users.length - 5} more` : ""}`;
  return issue("entity_in_use", `${label} ${id} cannot be removed while ${named} refer to it.`, ["id"]);
}
function entityStep(registry, fields, document, command) {
  const kind = Object.hasOwn(registry, command.collection) ? registry[command.collection] : void 0;
  if (kind === void 0 || !kind.commands) return err([issue("unknown_collection", `There is no collection "${command.collection}".`, ["collection"])]);
  if (kind.parent !== void 0 && !(isRecord(document) && isRecord(document[kind.parent.field]))) {
    return err([issue(kind.parent.missing.code, kind.parent.missing.message, ["collection"])]);
  }
  const records = recordsOf(document, command.collection, kind);
  const label = kind.label.one;
  const next = (items, summary) => ok({ document: withRecords(document, command.collection, kind, items), summary });
  if (command.type === "entity.add") {
    const parsed2 = kind.schema.safeParse(command.value);
    if (!parsed2.success) return err(schemaIssues(parsed2.error, ["value"]));
    const key = keyOf(kind, parsed2.data);
    if (records.some((record2) => keyOf(kind, record2) === key)) return err([issue("duplicate_id", `${label} ${key} already exists.`, ["value"])]);
    const added = [...records, parsed2.data];
    const refused2 = prefixIssues(kind.hooks?.check?.(added, parsed2.data, void 0) ?? [], ["value"]);
    if (refused2.length > 0) return err(refused2);
    return next(added, `${label} ${key} added`);
  }
  if (kind.appendOnly) return err([issue("append_only", `${label} records are append-only: record a new one instead.`, ["collection", command.collection])]);
  const index = records.findIndex((record2) => keyOf(kind, record2) === command.id);
  const current = records[index];
  if (current === void 0) return err([issue("unknown_entity", `${label} ${command.id} does not exist.`, ["id"])]);
  if (command.type === "entity.remove") {
    const users = referencesTo(registry, fields, document, command.collection, command.id);
    if (users.length > 0) return err([inUse(label, command.id, users)]);
    const removed = kind.hooks?.remove?.(records, current) ?? ok(records.filter((_, at) => at !== index));
    if (!removed.ok) return err(removed.error);
    return next([...removed.value], `${label} ${command.id} removed`);
  }
  const merged = { ...isRecord(current) ? current : {}, ...command.patch };
  for (const field of command.unset ?? []) delete merged[field];
  const parsed = kind.schema.safeParse(merged);
  if (!parsed.success) return err(schemaIssues(parsed.error, ["patch"]));
  if (keyOf(kind, parsed.data) !== command.id) return err([issue("id_change", `The id of ${label.toLowerCase()} ${command.id} cannot change.`, ["patch"])]);
  const updated = replaceAt(records, index, parsed.data);
  const refused = prefixIssues(kind.hooks?.check?.(updated, parsed.data, current) ?? [], ["patch"]);
  if (refused.length > 0) return err(refused);
  const changed = Object.keys(command.patch).concat(command.unset ?? []).join(", ");
  return next(updated, `${label} ${command.id} updated (${changed})`);
}

// src/document/applyIsmsCommand.ts
function applyIsmsCommand(document, command, meta) {
  try {
    if (!IsoDateTimeSchema.safeParse(meta.at).success) {
      throw new IsmsError("invalid_date", `"${meta.at}" is not an ISO 8601 date-time with a time zone`);
    }
    if (!PartySchema.safeParse(meta.by).success) {
      throw new IsmsError("invalid_argument", "meta.by must name who makes the change (a non-blank party)");
    }
    const parsed = IsmsCommandSchema.safeParse(command);
    if (!parsed.success) return err(schemaIssues(parsed.error, ["command"]));
    const { data } = parsed;
    const result = data.type === "entity.add" || data.type === "entity.update" || data.type === "entity.remove" ? entityStep(ISMS_RECORD_KINDS, DOCUMENT_FIELD_REFERENCES, document, data) : domainStep(document, data);
    if (!result.ok) return err([...result.error]);
    const { document: next, summary } = result.value;
    if (next === document) return ok({ document });
    const { patches, inversePatches } = diffToPatches(document, next);
    if (patches.length === 0) return ok({ document });
    const entry = { at: meta.at, by: meta.by, command: command.type, summary, patches, inversePatches };
    return ok({ document: next, entry });
  } catch (error) {
    throw argumentError("applyIsmsCommand", error);
  }
}

// src/document/deriveIsmsSoa.ts
function deriveIsmsSoa(document, asOf) {
  try {
    return deriveSoa({
      catalogues: document.cataloguesInScope,
      customCatalogues: document.catalogues,
      risks: document.risks,
      plans: document.treatmentPlans,
      obligations: document.obligations,
      decisions: document.soaDecisions,
      ...asOf === void 0 ? {} : { asOf }
    });
  } catch (error) {
    throw argumentError("deriveIsmsSoa", error);
  }
}

// src/document/listIsmsDatedItems.ts
function listIsmsDatedItems(document, asOf) {
  try {
    const named = new Set(document.decisions.flatMap((decision) => decision.kind === "revocation" ? [decision.revokes] : []));
    const acceptances = document.decisions.flatMap((decision) => {
      if (decision.kind !== "risk_acceptance" || named.has(decision.id) && isDecisionRevoked(decision, document.decisions, asOf)) return [];
      const due = [decision.reviewBy, decision.expires].filter((date) => date !== void 0).sort()[0];
      return due === void 0 ? [] : [{ id: decision.id, title: `Review acceptance ${decision.id} of risk ${decision.risk}`, due, owner: decision.decidedBy }];
    });
    const fromCycle = listDatedItems({
      audits: document.auditProgramme?.audits ?? [],
      reviews: document.reviews,
      nonconformities: document.nonconformities,
      objectives: document.objectives,
      acceptances,
      ...document.certification === void 0 ? {} : { certification: document.certification }
    });
    const actions = document.treatmentPlans.flatMap(
      (plan) => plan.actions.map((action) => ({
        kind: "other",
        id: action.id,
        title: `Treatment action: ${action.title}`,
        due: action.due,
        done: action.status === "cancelled" || isActionDone(action, asOf),
        owner: action.owner,
        parent: plan.id
      }))
    );
    return [...fromCycle, ...actions].sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  } catch (error) {
    throw argumentError("listIsmsDatedItems", error);
  }
}

// src/document/currentMethodology.ts
function currentMethodology(document) {
  try {
    const votes = /* @__PURE__ */ new Map();
    for (const risk of document.risks) {
      for (const rating of Object.values(risk.ratings)) {
        if (rating) votes.set(rating.methodology.id, (votes.get(rating.methodology.id) ?? 0) + 1);
      }
    }
    const first = document.methodologies[0];
    if (first === void 0) throw new IsmsError("invalid_argument", "currentMethodology cannot work with a document that holds no risk methodology; parse it with parseIsms first.");
    const id = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? first.id;
    let best;
    for (const methodology of document.methodologies) {
      if (methodology.id === id && (best === void 0 || methodology.version > best.version)) best = methodology;
    }
    return best ?? first;
  } catch (error) {
    throw argumentError("currentMethodology", error);
  }
}

// src/document/ismsJsonSchema.ts
import * as z9 from "zod";
var JSON_VALUE_DEF = "IsmsJsonValue";
var JSON_VALUE_REF = `#/$defs/${JSON_VALUE_DEF}`;
var FREE_OBJECT = { type: "object", propertyNames: { not: { const: "__proto__" } }, additionalProperties: { $ref: JSON_VALUE_REF } };
var JSON_VALUE = {
  anyOf: [{ type: ["string", "number", "boolean", "null"] }, { type: "array", items: { $ref: JSON_VALUE_REF } }, FREE_OBJECT]
};
function ismsJsonSchema() {
  const schema = z9.toJSONSchema(IsmsDocumentSchema, {
    target: "draft-2020-12",
    unrepresentable: "any",
    io: "input",
    // Free JSON is checked by a refinement that zod cannot translate; say what shape it has
    // and that __proto__ is refused at every depth (the 64-level limit is not expressed).
    override: (ctx) => {
      if (ctx.zodSchema === CustomFieldsSchema) {
        Object.assign(ctx.jsonSchema, { ...FREE_OBJECT, description: "Free JSON kept untouched by isms." });
      } else if (ctx.zodSchema === JsonValueSchema) {
        Object.assign(ctx.jsonSchema, { $ref: JSON_VALUE_REF, description: "Any JSON value." });
      } else if (rejectsReservedKeys(ctx.zodSchema)) {
        const notReserved = { not: { const: "__proto__" } };
        const names = ctx.jsonSchema.propertyNames;
        Object.assign(ctx.jsonSchema, { propertyNames: names === void 0 ? notReserved : { allOf: [names, notReserved] } });
      }
    }
  });
  return {
    ...schema,
    $defs: { ...schema["$defs"], [JSON_VALUE_DEF]: JSON_VALUE },
    $id: "https://isms.dev/schema/isms-document-1.json",
    title: "ISMS document (isms library, schemaVersion 1)"
  };
}

// src/document/createStarterIsms.ts
function createStarterIsms(options) {
  try {
    return starterOf(ISMS_RECORD_KINDS, options);
  } catch (error) {
    throw argumentError("createStarterIsms", error);
  }
}
function starterOf(registry, options) {
  const methodology = createMethodology({
    id: "risk-method",
    version: 1,
    name: "Risk assessment method",
    matrix: options.matrix ?? product5x5Preset,
    reviewDate: addYears(options.date, 1)
  });
  const frame = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    organisation: { name: options.organisation },
    cataloguesInScope: [CatalogueIdSchema.parse(ANNEX_A)],
    assetSettings: defaultAssetSettings,
    methodologies: [methodology],
    cycle: createCycle(options.date),
    // Every other collection the document requires, empty: the registry says which.
    ...emptyCollectionsOf(ISMS_RECORD_KINDS)
  };
  return inFieldOrder({ ...frame, ...emptyCollectionsOf(registry) }, DOCUMENT_FIELD_ORDER);
}

// src/document/readinessEvidence.ts
var DERIVED_BY = "isms (derived from the document)";
function share(count, total) {
  return count === total ? "all" : count === 0 ? "none" : "some";
}
var STATUS_OF_SHARE = { all: "met", some: "partly_met", none: "not_met" };
function readinessEvidence(document, asOf) {
  try {
    return evidenceFromRows(document, asOf, deriveIsmsSoa(document, asOf));
  } catch (error) {
    throw argumentError("readinessEvidence", error);
  }
}
function evidenceFromRows(document, asOf, rows) {
  const found = [];
  const add = (requirement, status, note, evidence = []) => {
    found.push({
      requirement,
      status,
      note: `Derived from the document: ${note}`,
      ...evidence.length === 0 ? {} : { evidence: [...evidence] },
      assessedBy: DERIVED_BY,
      assessedOn: asOf
    });
  };
  const byThen2 = (date) => byThen(date, asOf);
  const yearAgo = addMonths(asOf, -12);
  const withinYear = (date) => date >= yearAgo && date <= asOf;
  if (document.contextIssues.length > 0) add("4.1", "met", `${document.contextIssues.length} internal and external issues recorded.`);
  if (document.interestedParties.length > 0) add("4.2", "met", `${document.interestedParties.length} interested parties with their requirements.`);
  add("4.3", document.scope === void 0 ? "not_met" : "met", document.scope === void 0 ? "no scope recorded." : "the scope is recorded.");
  const { policies, approved } = topLevelPolicies(document, asOf);
  add(
    "5.2",
    approved.length > 0 ? "met" : policies.length > 0 ? "partly_met" : "not_met",
    approved.length > 0 ? "an approved information security policy." : policies.length > 0 ? "a policy exists but is not approved." : "no policy recorded.",
    approved.map((policy) => policy.id)
  );
  const risks = document.risks;
  const hasMethodology = document.methodologies.length > 0;
  add("6.1.2.a", hasMethodology ? "met" : "not_met", hasMethodology ? "a risk methodology with acceptance criteria." : "no risk methodology.");
  add("6.1.2.b", hasMethodology ? "met" : "not_met", hasMethodology ? "risks are rated through one versioned methodology." : "no risk methodology.");
  add("6.1.2.c", risks.length > 0 ? "met" : "not_met", `${risks.length} risks identified.`);
  const rated = risks.filter((risk) => isRiskAssessed(risk, asOf)).length;
  const ratedShare = risks.length === 0 ? "none" : share(rated, risks.length);
  add("6.1.2.d", STATUS_OF_SHARE[ratedShare], `${rated} of ${risks.length} risks rated.`);
  add("6.1.2.e", STATUS_OF_SHARE[ratedShare], `${rated} of ${risks.length} risks rated, hence evaluated against the acceptance criteria.`);
  const planned = new Set(document.treatmentPlans.flatMap((plan) => plan.risks));
  const covered = risks.filter((risk) => planned.has(risk.id)).length;
  const coverage = STATUS_OF_SHARE[risks.length === 0 ? "none" : share(covered, risks.length)];
  const coverageNote = `${covered} of ${risks.length} risks have a treatment plan.`;
  for (const item of ["6.1.3.a", "6.1.3.b", "6.1.3.e"]) add(item, coverage, coverageNote);
  const decided = new Set(document.soaDecisions.map((decision) => decision.control));
  const annexARows = rows.filter((row) => splitControlRef(row.ref)?.catalogue === ANNEX_A);
  const undecided = annexARows.filter((row) => !decided.has(row.ref) && !row.applicable).length;
  add(
    "6.1.3.c",
    annexARows.length === 0 ? "not_met" : undecided === 0 ? "met" : undecided === annexARows.length ? "not_met" : "partly_met",
    annexARows.length === 0 ? "Annex A is not among the catalogues in scope, so no control has been compared with it." : undecided === 0 ? "every Annex A control has been compared and decided." : `${undecided} of ${annexARows.length} Annex A controls are undecided.`
  );
  const soaApproved = approvedSoaVersions(document, asOf);
  add(
    "6.1.3.d",
    soaApproved.length > 0 ? "met" : document.soaVersions.length > 0 ? "partly_met" : "not_met",
    soaApproved.length > 0 ? "an approved SoA version." : document.soaVersions.length > 0 ? "SoA versions exist, none approved." : "no SoA version recorded.",
    soaApproved.map((version) => `SoA v${version.version}`)
  );
  const plans = document.treatmentPlans;
  const approvedPlans = plans.filter((plan) => isPlanApproved(plan, document.decisions, asOf)).length;
  add("6.1.3.f", STATUS_OF_SHARE[plans.length === 0 ? "none" : share(approvedPlans, plans.length)], `${approvedPlans} of ${plans.length} treatment plans approved by their risk owners.`);
  if (document.objectives.length > 0) add("6.2", "met", `${document.objectives.length} information security objectives.`);
  if (document.documents.length > 0) {
    const overdue = document.documents.filter((entry) => entry.reviewDate !== void 0 && entry.reviewDate < asOf).length;
    add("7.5.1", "met", `${document.documents.length} entries in the documented-information register.`);
    add("7.5.3", overdue === 0 ? "met" : "partly_met", overdue === 0 ? "no document is past its review date." : `${overdue} documents are past their review date.`);
  }
  const ratingDates = risks.flatMap((risk) => [risk.ratings.current?.date, risk.ratings.inherent?.date]).filter((date) => date !== void 0 && byThen2(date));
  const latestRating = ratingDates.sort().at(-1);
  if (risks.length > 0) {
    add(
      "8.2",
      latestRating !== void 0 && withinYear(latestRating) ? "met" : "not_met",
      latestRating === void 0 ? "no dated rating." : `latest risk rating on ${latestRating}.`
    );
  }
  const actions = plans.flatMap((plan) => plan.actions).filter((action) => action.status !== "cancelled");
  if (actions.length > 0) {
    const done = actions.filter((action) => isActionDone(action, asOf)).length;
    add("8.3", done === actions.length ? "met" : "partly_met", `${done} of ${actions.length} treatment actions done.`);
  }
  const objectives = document.objectives;
  if (objectives.length > 0) {
    const measured = objectives.filter((objective) => objective.measurements.some((measurement) => byThen2(measurement.date))).length;
    add("9.1", STATUS_OF_SHARE[share(measured, objectives.length)], `${measured} of ${objectives.length} objectives measured.`);
  }
  const audits = document.auditProgramme?.audits ?? [];
  if (document.auditProgramme !== void 0) {
    add("9.2.2", audits.length > 0 ? "met" : "partly_met", audits.length > 0 ? `an audit programme with ${audits.length} audits.` : "an audit programme with no audit planned.");
  }
  const recentAudits = audits.filter((audit) => audit.status === "completed" && withinYear(audit.performedDate ?? audit.plannedDate));
  add(
    "9.2.1",
    recentAudits.length > 0 ? "met" : "not_met",
    recentAudits.length > 0 ? "an internal audit completed in the last 12 months." : "no internal audit completed in the last 12 months.",
    recentAudits.map((audit) => audit.id)
  );
  const recentReviews = document.reviews.filter((review) => review.status === "held" && withinYear(review.date));
  const latestReview = recentReviews.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0).at(-1);
  add(
    "9.3.1",
    latestReview === void 0 ? "not_met" : "met",
    latestReview === void 0 ? "no management review held in the last 12 months." : `management review held on ${latestReview.date}.`,
    latestReview === void 0 ? [] : [latestReview.id]
  );
  if (latestReview !== void 0) {
    const missing = missingReviewInputs(latestReview);
    add("9.3.2", missing.length === 0 ? "met" : "partly_met", missing.length === 0 ? "the review covered every input." : `the review lacks ${missing.join(", ")}.`, [latestReview.id]);
    add("9.3.3", latestReview.decisions.length > 0 ? "met" : "partly_met", `${latestReview.decisions.length} decisions recorded.`, [latestReview.id]);
  }
  const open = document.nonconformities.filter((nc) => nc.status !== "closed" && byThen2(nc.raised));
  if (document.nonconformities.length > 0) {
    const unanswered = open.filter((nc) => nc.correction === void 0 || nc.correctiveActions.every((action) => action.status === "cancelled"));
    const majorUnanswered = unanswered.some((nc) => nc.severity === "major");
    add(
      "10.2",
      majorUnanswered ? "not_met" : unanswered.length > 0 ? "partly_met" : "met",
      unanswered.length === 0 ? "every open nonconformity has a correction and a corrective action." : `${unanswered.length} open nonconformities lack a correction or a corrective action.`,
      unanswered.map((nc) => nc.id)
    );
  }
  for (const row of rows) {
    if (splitControlRef(row.ref)?.catalogue !== ANNEX_A || !row.applicable) continue;
    const status = row.status === "implemented" ? "met" : row.status === "partially_implemented" ? "partly_met" : "not_met";
    add(row.ref, status, `the SoA says ${row.status.replace(/_/g, " ")}.`, row.evidence.map((item) => item.ref));
  }
  return found;
}
function assessIsmsReadiness(document, asOf) {
  try {
    const excludedByDecision = new Set(document.soaDecisions.filter((decision) => !decision.applicable).map((decision) => decision.control));
    const rows = deriveIsmsSoa(document, asOf);
    const excluded = rows.filter((row) => !row.applicable && excludedByDecision.has(row.ref) && splitControlRef(row.ref)?.catalogue === ANNEX_A).map((row) => row.ref);
    return assessReadiness(document.readiness ?? [], { evidence: evidenceFromRows(document, asOf, rows), notApplicable: excluded });
  } catch (error) {
    throw argumentError("assessIsmsReadiness", error);
  }
}

export {
  OrganisationSchema,
  ScopeSchema,
  ContextIssueSchema,
  InterestedPartySchema,
  PolicySchema,
  DocumentedInformationSchema,
  AcknowledgementSchema,
  ISMS_RECORD_KINDS,
  CURRENT_SCHEMA_VERSION,
  IsmsDocumentSchema,
  DEFAULT_ISMS_LIMITS,
  migrateIsms,
  parseIsms,
  safeParseIsms,
  validateIsms,
  PatchSchema,
  ChangeLogEntrySchema,
  replayChangeLog,
  undoChangeLog,
  ISMS_COLLECTIONS,
  IsmsCollectionSchema,
  IsmsCommandSchema,
  pdcaFacts,
  applyIsmsCommand,
  deriveIsmsSoa,
  listIsmsDatedItems,
  currentMethodology,
  ismsJsonSchema,
  createStarterIsms,
  readinessEvidence,
  assessIsmsReadiness
};
