import type * as z from "zod";
import { idSchema } from "../core/index.js";

/**
 * Id of a person: pseudonymous (an HR number, not a name), so that the document needs no
 * personal data beyond it. @category People
 * @example
 * ```ts
 * const id = PersonIdSchema.parse("P-003");
 * ```
 */
export const PersonIdSchema = /* @__PURE__ */ idSchema("PersonId");
/** Branded person id. @category People @example `const id: PersonId = PersonIdSchema.parse("P-003");` */
export type PersonId = z.infer<typeof PersonIdSchema>;

/**
 * Id of a role (5.3, Annex A 5.2). @category People
 * @example
 * ```ts
 * const id = RoleIdSchema.parse("ROLE-CISO");
 * ```
 */
export const RoleIdSchema = /* @__PURE__ */ idSchema("RoleId");
/** Branded role id. @category People @example `const id: RoleId = RoleIdSchema.parse("ROLE-CISO");` */
export type RoleId = z.infer<typeof RoleIdSchema>;

/**
 * Id of a training or awareness campaign (7.2, 7.3). @category People
 * @example
 * ```ts
 * const id = TrainingIdSchema.parse("TR-AWARENESS");
 * ```
 */
export const TrainingIdSchema = /* @__PURE__ */ idSchema("TrainingId");
/** Branded training id. @category People @example `const id: TrainingId = TrainingIdSchema.parse("TR-AWARENESS");` */
export type TrainingId = z.infer<typeof TrainingIdSchema>;

/**
 * Id of a competence (7.2), which roles require, trainings give and people show.
 * @category People
 * @example
 * ```ts
 * const id = CompetenceIdSchema.parse("secure-coding");
 * ```
 */
export const CompetenceIdSchema = /* @__PURE__ */ idSchema("CompetenceId");
/** Branded competence id. @category People @example `const id: CompetenceId = CompetenceIdSchema.parse("secure-coding");` */
export type CompetenceId = z.infer<typeof CompetenceIdSchema>;
