import * as z from "zod";
import { CustomFieldsSchema, IsoDateSchema, NonBlankStringSchema } from "../core/index.js";
import { CompetenceIdSchema, PersonIdSchema, RoleIdSchema } from "./ids.js";


/**
 * Which part a role plays in the ISMS, when it plays one: `top_management` (clause 5),
 * `isms_manager` (responsible for the ISMS's conformity and for reporting on its performance,
 * 5.3 a and b), `risk_owner` (6.1.2 c), `control_owner`, `asset_owner` (Annex A 5.9),
 * `internal_auditor` (9.2), `incident_manager` (Annex A 5.24), `supplier_manager` (Annex A
 * 5.19), `data_protection_officer` (Annex A 5.34), or `other`.
 *
 * @category People
 * @example
 * ```ts
 * IsmsRoleSchema.options.includes("isms_manager"); // true
 * ```
 */
export const IsmsRoleSchema = z.enum([
  "top_management",
  "isms_manager",
  "risk_owner",
  "control_owner",
  "asset_owner",
  "internal_auditor",
  "incident_manager",
  "supplier_manager",
  "data_protection_officer",
  "other",
]);

/** The ISMS part of a role. @category People @example `const part: IsmsRole = "internal_auditor";` */
export type IsmsRole = z.infer<typeof IsmsRoleSchema>;

/**
 * A competence (7.2): an id that people's records and trainings name, and its name.
 *
 * @category People
 * @example
 * ```ts
 * CompetenceSchema.parse({ id: "secure-coding", name: "Secure coding (OWASP Top 10)" });
 * ```
 */
export const CompetenceSchema = z.strictObject({
  id: CompetenceIdSchema,
  name: NonBlankStringSchema,
});

/** A competence. @category People @example `const competence: Competence = CompetenceSchema.parse({ id: "iso-27001-audit", name: "ISO/IEC 27001 internal auditing" });` */
export type Competence = z.infer<typeof CompetenceSchema>;

/**
 * Who holds a role and since when: the person, the first day (`from`) and, when they no
 * longer hold it, the last day (`until`, inclusive).
 *
 * @category People
 * @example
 * ```ts
 * RoleHolderSchema.parse({ person: "P-003", from: "2024-02-01" });
 * ```
 */
export const RoleHolderSchema = z.strictObject({
  person: PersonIdSchema,
  from: IsoDateSchema,
  until: IsoDateSchema.optional(),
});

/** A role holder. @category People @example `const holder: RoleHolder = RoleHolderSchema.parse({ person: "P-003", from: "2024-02-01", until: "2025-12-31" });` */
export type RoleHolder = z.infer<typeof RoleHolderSchema>;

/**
 * A role with its responsibilities and authorities (5.3, Annex A 5.2): its name (the name
 * the document's owner fields use, e.g. `"CISO"`), the ISMS part it plays, what it is
 * responsible for, the competences it requires (7.2), who holds it and since when (the
 * assignments live on the role), and the roles it must not be combined with in one person
 * (segregation of duties, Annex A 5.3).
 *
 * @category People
 * @example
 * ```ts
 * RoleSchema.parse({
 *   id: "ROLE-CISO", name: "CISO", isms: "isms_manager",
 *   responsibilities: ["Runs the ISMS and reports on its performance to top management"],
 *   competences: [{ id: "iso-27001", name: "ISO/IEC 27001 lead implementer" }],
 *   holders: [{ person: "P-003", from: "2023-09-01" }],
 *   conflictsWith: ["ROLE-AUDITOR"],
 * });
 * ```
 */
export const RoleSchema = z.strictObject({
  id: RoleIdSchema,
  /** The role's name, as owner and approver fields of the document name it. */
  name: NonBlankStringSchema,
  /** The part the role plays in the ISMS, if any. */
  isms: IsmsRoleSchema.optional(),
  /** What the role is responsible for. */
  responsibilities: z.array(NonBlankStringSchema),
  /** The competences a holder needs (7.2). */
  competences: z.array(CompetenceSchema),
  /** Who holds the role, and when. */
  holders: z.array(RoleHolderSchema),
  /** Roles one person must not hold at the same time (Annex A 5.3); the relation is symmetric. */
  conflictsWith: z.array(RoleIdSchema).optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A role.
 *
 * @category People
 * @example
 * ```ts
 * const roles: readonly Role[] = doc.roles ?? [];
 * roles.filter((role) => role.isms === "top_management").map((role) => role.name); // ["CEO"]
 * ```
 */
export type Role = z.infer<typeof RoleSchema>;
