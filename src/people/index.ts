/**
 * People (ISO/IEC 27001:2022 clauses 5.3, 7.2 and 7.3; Annex A 5.2, 5.3, 5.11, 5.18 and
 * 6.1–6.5): roles with their responsibilities, required competences and holders, the people
 * who hold them (under pseudonymous ids), trainings and awareness campaigns, and the derived
 * queries over them: who holds what on a day, segregation-of-duties conflicts, overdue
 * trainings and coverage, competence gaps and open offboarding.
 *
 * @module people
 */
export { PersonIdSchema, RoleIdSchema, TrainingIdSchema, CompetenceIdSchema } from "./ids.js";
export type { PersonId, RoleId, TrainingId, CompetenceId } from "./ids.js";
export { IsmsRoleSchema, CompetenceSchema, RoleHolderSchema, RoleSchema } from "./role.js";
export type { IsmsRole, Competence, RoleHolder, Role } from "./role.js";
export { PersonKindSchema, DatedRecordSchema, TrainingCompletionSchema, PersonCompetenceSchema, OffboardingSchema, PersonSchema } from "./person.js";
export type { PersonKind, DatedRecord, TrainingCompletion, PersonCompetence, Offboarding, Person } from "./person.js";
export { TrainingKindSchema, TrainingAudienceSchema, TrainingSchema } from "./training.js";
export type { TrainingKind, TrainingAudience, Training } from "./training.js";
export { roleHoldersOn } from "./roleHoldersOn.js";
export { rolesHeldBy } from "./rolesHeldBy.js";
export { listSegregationConflicts } from "./listSegregationConflicts.js";
export type { SegregationConflict } from "./listSegregationConflicts.js";
export { listTrainingDue } from "./listTrainingDue.js";
export type { TrainingDue } from "./listTrainingDue.js";
export { listLeaversWithOpenOffboarding } from "./listLeaversWithOpenOffboarding.js";
export { trainingCoverage, trainingMeasurement } from "./trainingCoverage.js";
export type { TrainingCoverage } from "./trainingCoverage.js";
export { listCompetenceGaps } from "./listCompetenceGaps.js";
export type { CompetenceGap } from "./listCompetenceGaps.js";
export { validateRoles } from "./validateRoles.js";
export type { ValidateRolesContext } from "./validateRoles.js";
export { validatePeople } from "./validatePeople.js";
export type { ValidatePeopleContext } from "./validatePeople.js";
export { validateTrainings } from "./validateTrainings.js";
