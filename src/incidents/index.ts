/**
 * Information security events and incidents (ISO/IEC 27001:2022 Annex A 5.24–5.28 and
 * 6.8): the record of each event and incident with its dates, classification, affected
 * assets and properties, linked risks, evidence and lessons learned; validation; and the
 * derived queries (open incidents, mean time to close, closed incidents without lessons,
 * risks whose likelihood the incidents contradict).
 *
 * @module incidents
 */
export {
  IncidentIdSchema,
  LessonIdSchema,
  IncidentKindSchema,
  IncidentSeveritySchema,
  IncidentPropertySchema,
  IncidentClassificationSchema,
  IncidentEvidenceSchema,
  LessonOutcomeSchema,
  LessonLearnedSchema,
  IncidentSchema,
} from "./incident.js";
export type {
  IncidentId,
  LessonId,
  IncidentKind,
  IncidentSeverity,
  IncidentProperty,
  IncidentClassification,
  IncidentEvidence,
  LessonOutcome,
  LessonLearned,
  Incident,
} from "./incident.js";
export { validateIncidents } from "./validateIncidents.js";
export { listOpenIncidents } from "./listOpenIncidents.js";
export { listIncidentsWithoutLessons } from "./listIncidentsWithoutLessons.js";
export { meanTimeToClose } from "./meanTimeToClose.js";
export type { MeanTimeToCloseOptions } from "./meanTimeToClose.js";
export { listRisksContradictedByIncidents } from "./listRisksContradictedByIncidents.js";
export type { ListRisksContradictedByIncidentsOptions, ContradictedRisk } from "./listRisksContradictedByIncidents.js";
