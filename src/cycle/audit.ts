import * as z from "zod";
import { ClauseIdSchema, ControlRefSchema } from "../catalogue/index.js";
import {
  AuditIdSchema,
  CustomFieldsSchema,
  FindingIdSchema,
  IsoDateSchema,
  NonBlankStringSchema,
  PartySchema,
} from "../core/index.js";

/**
 * The grades of an audit finding, most serious first: major nonconformity, minor
 * nonconformity, observation, opportunity for improvement.
 *
 * @category Cycle
 * @example
 * ```ts
 * FindingGradeSchema.options[0]; // "major_nonconformity"
 * ```
 */
export const FindingGradeSchema = z.enum(["major_nonconformity", "minor_nonconformity", "observation", "opportunity_for_improvement"]);

/**
 * A finding grade.
 *
 * @category Cycle
 * @example
 * ```ts
 * const grade: FindingGrade = "observation";
 * ```
 */
export type FindingGrade = z.infer<typeof FindingGradeSchema>;

/**
 * An audit finding (9.2): its grade, what was found, and the clauses and controls it
 * concerns. A nonconformity finding is followed up by a {@link Nonconformity} whose source
 * names this finding.
 *
 * @category Cycle
 * @example
 * ```ts
 * FindingSchema.parse({
 *   id: "F-1", grade: "minor_nonconformity", description: "Two leavers kept VPN access",
 *   controls: ["annex-a:5.18"],
 * });
 * ```
 */
export const FindingSchema = z.strictObject({
  id: FindingIdSchema,
  grade: FindingGradeSchema,
  description: NonBlankStringSchema,
  clauses: z.array(ClauseIdSchema).optional(),
  controls: z.array(ControlRefSchema).optional(),
  custom: CustomFieldsSchema.optional(),
});

/**
 * An audit finding.
 *
 * @category Cycle
 * @example
 * ```ts
 * const finding: Finding = FindingSchema.parse({ id: "F-1", grade: "observation", description: "x", clauses: ["7.2"] });
 * ```
 */
export type Finding = z.infer<typeof FindingSchema>;

/**
 * The status of an internal audit.
 *
 * @category Cycle
 * @example
 * ```ts
 * AuditStatusSchema.options; // ["planned", "in_progress", "completed", "cancelled"]
 * ```
 */
export const AuditStatusSchema = z.enum(["planned", "in_progress", "completed", "cancelled"]);

/**
 * An audit status.
 *
 * @category Cycle
 * @example
 * ```ts
 * const status: AuditStatus = "completed";
 * ```
 */
export type AuditStatus = z.infer<typeof AuditStatusSchema>;

/**
 * An internal audit (9.2): scope, criteria, the clauses and controls it covers, the planned
 * date (and the date performed), the auditors, the auditees (the people whose work or area
 * is audited, owners included: the independence rule checks that no auditor is among them)
 * and the findings.
 *
 * @category Cycle
 * @example
 * ```ts
 * AuditSchema.parse({
 *   id: "AUD-2026-1", title: "Access management", scope: "Joiner-mover-leaver process",
 *   criteria: ["ISO/IEC 27001:2022", "Access control policy"], clauses: ["9.1"],
 *   controls: ["annex-a:5.15", "annex-a:5.18"], plannedDate: "2026-05-12", status: "planned",
 *   auditors: ["Internal Audit"], auditees: ["Head of IT"], findings: [],
 * });
 * ```
 */
export const AuditSchema = z.strictObject({
  id: AuditIdSchema,
  title: NonBlankStringSchema,
  scope: NonBlankStringSchema,
  criteria: z.array(NonBlankStringSchema),
  clauses: z.array(ClauseIdSchema),
  controls: z.array(ControlRefSchema),
  plannedDate: IsoDateSchema,
  performedDate: IsoDateSchema.optional(),
  status: AuditStatusSchema,
  auditors: z.array(PartySchema).min(1),
  auditees: z.array(PartySchema),
  findings: z.array(FindingSchema),
  reportReference: z.string().min(1).optional(),
  custom: CustomFieldsSchema.optional(),
});

/**
 * An internal audit.
 *
 * @category Cycle
 * @example
 * ```ts
 * const audit: Audit = AuditSchema.parse(JSON.parse(text));
 * validateAudits([...(doc.auditProgramme?.audits ?? []), audit]);
 * ```
 */
export type Audit = z.infer<typeof AuditSchema>;

/**
 * The internal audit programme (9.2.2): who owns it, the period it covers and the audits
 * planned in it.
 *
 * @category Cycle
 * @example
 * ```ts
 * AuditProgrammeSchema.parse({ owner: "CISO", period: { start: "2026-01-01", end: "2026-12-31" }, audits: [] });
 * ```
 */
export const AuditProgrammeSchema = z.strictObject({
  owner: PartySchema,
  period: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }),
  audits: z.array(AuditSchema),
  custom: CustomFieldsSchema.optional(),
});

/**
 * An internal audit programme.
 *
 * @category Cycle
 * @example
 * ```ts
 * const programme: AuditProgramme = AuditProgrammeSchema.parse(JSON.parse(text));
 * auditCoverage(programme.audits).uncoveredClauses;
 * ```
 */
export type AuditProgramme = z.infer<typeof AuditProgrammeSchema>;
