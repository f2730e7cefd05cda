/**
 * OSCAL 1.2: export the ISMS in the formats GRC tools exchange — Annex A, clauses 4–10 and
 * custom catalogues as `catalog`, the controls of the Statement of Applicability as
 * `profile` and the Statement of Applicability (6.1.3 d) itself as `system-security-plan`
 * (the two a pair), the risk register (6.1.2, 8.2), audit
 * findings (9.2) and nonconformities (10.2) as `assessment-results`, the risk treatment plan
 * (6.1.3 e, 8.3) as `plan-of-action-and-milestones`, the 2013 → 2022 correspondence as
 * `mapping-collection` — and import real OSCAL catalogs, profiles (baselines) as custom
 * catalogues and mapping collections as control mappings. Every export
 * is a pure function of its input: version 5 UUIDs from stable names, timestamps from
 * `asOf`, byte-identical JSON for the same input.
 *
 * @module oscal
 */
export { ISMS_OSCAL_NS, OSCAL_VERSION, IsmsOscalPropNameSchema, OscalModelSchema, OSCAL_MODELS } from "./namespace.js";
export type { IsmsOscalPropName, OscalModel } from "./namespace.js";
export type {
  OscalProp,
  OscalLink,
  OscalPart,
  OscalControl,
  OscalGroup,
  OscalRole,
  OscalParty,
  OscalResponsibleParty,
  OscalResponsibleRole,
  OscalMetadata,
  OscalResource,
  OscalBackMatter,
  OscalCatalog,
  OscalCatalogDocument,
  OscalProfileImport,
  OscalProfileDocument,
  OscalMap,
  OscalMappingDocument,
  OscalJsonObject,
  OscalByComponent,
  OscalImplementedRequirement,
  OscalSspDocument,
  OscalRisk,
  OscalAssessmentResultsDocument,
  OscalPoamDocument,
} from "./model.js";
export { oscalControlId } from "./oscalControlId.js";
export { exportCatalog } from "./exportCatalog.js";
export type { CatalogSource, ExportCatalogOptions } from "./exportCatalog.js";
export { exportProfile } from "./exportProfile.js";
export type { ExportProfileOptions } from "./exportProfile.js";
export { exportMappingCollection } from "./exportMappingCollection.js";
export type { ExportMappingCollectionOptions } from "./exportMappingCollection.js";
export { importCatalog } from "./importCatalog.js";
export type { ImportCatalogOptions, ImportCatalogResult } from "./importCatalog.js";
export { resolveProfile } from "./resolveProfile.js";
export type {
  ResolveProfileOptions,
  ResolveProfileResult,
  ResolvedProfile,
  ResolvedProfileControl,
  ProfileParameterSetting,
  UnresolvedProfileId,
} from "./resolveProfile.js";
export { importProfile } from "./importProfile.js";
export type { ImportProfileOptions } from "./importProfile.js";
export { importMappingCollection } from "./importMappingCollection.js";
export type { ImportMappingCollectionOptions, ImportMappingCollectionResult } from "./importMappingCollection.js";
export { exportSsp } from "./exportSsp.js";
export type { SspInput } from "./exportSsp.js";
export { exportAssessmentResults } from "./exportAssessmentResults.js";
export type { AssessmentResultsInput } from "./exportAssessmentResults.js";
export { exportPoam } from "./exportPoam.js";
export type { PoamInput } from "./exportPoam.js";
export { exportOscal, safeExportOscal } from "./exportOscal.js";
export type { ExportOscalOptions, OscalDocument } from "./exportOscal.js";
export { checkOscal } from "./checkOscal.js";
