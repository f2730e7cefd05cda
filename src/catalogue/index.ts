/**
 * The catalogue: ISO/IEC 27001:2022 Annex A (93 controls with their ISO/IEC 27002:2022
 * attributes), clauses 4–10, ISO/IEC 27001:2013 Annex A and its correspondence to 2022,
 * custom catalogues and control mappings between catalogues. Ids, titles and attribute values only: no text of the standards.
 *
 * @module catalogue
 */
export {
  ThemeSchema,
  ControlTypeSchema,
  InformationSecurityPropertySchema,
  CybersecurityConceptSchema,
  OperationalCapabilitySchema,
  SecurityDomainSchema,
  ControlAttributesSchema,
  AttributeKindSchema,
  attributeVocabulary,
  toHashtag,
  fromHashtag,
} from "./vocabulary.js";
export type {
  Theme,
  ControlType,
  InformationSecurityProperty,
  CybersecurityConcept,
  OperationalCapability,
  SecurityDomain,
  ControlAttributes,
  AttributeKind,
  AttributeValue,
} from "./vocabulary.js";
export { annexA, ANNEX_A_IDS, AnnexAIdSchema, NEW_IN_2022 } from "./annexA.js";
export type { AnnexAId, AnnexAControl } from "./annexA.js";
export { annexA2013, AnnexA2013IdSchema } from "./annexA2013.js";
export type { AnnexA2013Id, AnnexA2013Control } from "./annexA2013.js";
export { correspondence, successorsOf, predecessorsOf, isNewIn2022 } from "./correspondence.js";
export type { CorrespondenceEdge } from "./correspondence.js";
export { clauses, ClauseIdSchema, findClause, listDocumentedInformation } from "./clauses.js";
export type { Clause, ClauseId } from "./clauses.js";
export { ANNEX_A, ANNEX_A_2013, ControlRefSchema, controlRef, annexARef, annexA2013Ref, splitControlRef } from "./refs.js";
export type { ControlRef } from "./refs.js";
export { findControl, getControl, listControlsByTheme, filterControls } from "./queries.js";
export type { ControlFilter } from "./queries.js";
export {
  CustomControlPropSchema,
  CustomGroupSchema,
  CustomControlSchema,
  CustomCatalogueSchema,
  validateCustomCatalogue,
} from "./custom.js";
export type { CustomControl, CustomCatalogue, ValidateCustomCatalogueOptions } from "./custom.js";
export { listCatalogueControls, resolveControlRef, ControlDescriptionSchema } from "./catalogueControls.js";
export type { CatalogueControl, ControlDescription } from "./catalogueControls.js";
export {
  MappingRelationshipSchema,
  ControlMappingEntrySchema,
  ControlMappingSchema,
  correspondenceMapping,
  invertRelationship,
} from "./mapping.js";
export type { MappingRelationship, ControlMappingEntry, ControlMapping } from "./mapping.js";
