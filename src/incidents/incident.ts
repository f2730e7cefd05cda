import * as z from "zod";
import {
  AssetIdSchema,
  CustomFieldsSchema,
  idSchema,
  IsoDateSchema,
  NonBlankStringSchema,
  NonconformityIdSchema,
  PartySchema,
  RiskIdSchema,
} from "../core/index.js";

/**
 * Id of an information security event or incident (5.24–5.28, 6.8).
 *
 * @category Incidents
 * @example
 * ```ts
 * const id = IncidentIdSchema.parse("INC-2026-003");
 * ```
 */
export const IncidentIdSchema = /* @__PURE__ */ idSchema("IncidentId");

/**
 * A branded incident id.
 *
 * @category Incidents
 * @example
 * ```ts
 * const id: IncidentId = IncidentIdSchema.parse("INC-2026-003");
 * ```
 */
export type IncidentId = z.infer<typeof IncidentIdSchema>;

/**
 * Id of a lesson learned from an incident (5.27), unique within its incident.
 *
 * @category Incidents
 * @example
 * ```ts
 * const id = LessonIdSchema.parse("L-1");
 * ```
 */
export const LessonIdSchema = /* @__PURE__ */ idSchema("LessonId");

/**
 * A branded lesson id.
 *
 * @category Incidents
 * @example
 * ```ts
 * const id: LessonId = LessonIdSchema.parse("L-1");
 * ```
 */
export type LessonId = z.infer<typeof LessonIdSchema>;

/**
 * What a record is: an information security `event` that was reported (6.8), or an
 * `incident` once the assessment (5.25) decided it is one. An event assessed as not an
 * incident stays an event.
 *
 * @category Incidents
 * @example
 * ```ts
 * IncidentKindSchema.options; // ["event", "incident"]
 * ```
 */
export const IncidentKindSchema = /* @__PURE__ */ z.enum(["event", "incident"]);

/**
 * The kind of an incident record.
 *
 * @category Incidents
 * @example
 * ```ts
 * const kind: IncidentKind = "event";
 * ```
 */
export type IncidentKind = z.infer<typeof IncidentKindSchema>;

/**
 * The severity an assessment (5.25) gives an incident, lowest first.
 *
 * @category Incidents
 * @example
 * ```ts
 * IncidentSeveritySchema.options.at(-1); // "critical"
 * ```
 */
export const IncidentSeveritySchema = /* @__PURE__ */ z.enum(["low", "medium", "high", "critical"]);

/**
 * An incident severity.
 *
 * @category Incidents
 * @example
 * ```ts
 * const severity: IncidentSeverity = "high";
 * ```
 */
export type IncidentSeverity = z.infer<typeof IncidentSeveritySchema>;

/**
 * The property of information an incident affected: confidentiality, integrity or
 * availability.
 *
 * @category Incidents
 * @example
 * ```ts
 * IncidentPropertySchema.parse("availability");
 * ```
 */
export const IncidentPropertySchema = /* @__PURE__ */ z.enum(["confidentiality", "integrity", "availability"]);

/**
 * A property of information an incident affected.
 *
 * @category Incidents
 * @example
 * ```ts
 * const affected: IncidentProperty[] = ["confidentiality"];
 * ```
 */
export type IncidentProperty = z.infer<typeof IncidentPropertySchema>;

/**
 * The classification of an assessed event (5.25): its severity and an optional category of
 * the organisation's own (e.g. "phishing", "loss of equipment").
 *
 * @category Incidents
 * @example
 * ```ts
 * IncidentClassificationSchema.parse({ severity: "medium", category: "phishing" });
 * ```
 */
export const IncidentClassificationSchema = /* @__PURE__ */ z.strictObject({
  severity: IncidentSeveritySchema,
  category: NonBlankStringSchema.optional(),
});

/**
 * An incident classification.
 *
 * @category Incidents
 * @example
 * ```ts
 * const classification: IncidentClassification = { severity: "low" };
 * ```
 */
export type IncidentClassification = z.infer<typeof IncidentClassificationSchema>;

/**
 * One piece of evidence collected about an incident (5.28): a reference to where it is
 * kept, when it was collected, by whom and what it is.
 *
 * @category Incidents
 * @example
 * ```ts
 * IncidentEvidenceSchema.parse({ ref: "EV-INC-1", date: "2026-02-11", collectedBy: "CISO", description: "Mailbox audit log export" });
 * ```
 */
export const IncidentEvidenceSchema = /* @__PURE__ */ z.strictObject({
  ref: NonBlankStringSchema,
  date: IsoDateSchema,
  collectedBy: PartySchema.optional(),
  description: z.string().optional(),
});

/**
 * A piece of incident evidence.
 *
 * @category Incidents
 * @example
 * ```ts
 * const evidence: IncidentEvidence = { ref: "EV-INC-1", date: "2026-02-11" };
 * ```
 */
export type IncidentEvidence = z.infer<typeof IncidentEvidenceSchema>;

/**
 * What a lesson learned led to: a nonconformity raised (10.2), a risk added or re-rated
 * (6.1.2), or a change described in words.
 *
 * @category Incidents
 * @example
 * ```ts
 * LessonOutcomeSchema.parse({ nonconformity: "NC-2026-03", change: "Forwarding rules are alerted on" });
 * ```
 */
export const LessonOutcomeSchema = /* @__PURE__ */ z.strictObject({
  nonconformity: NonconformityIdSchema.optional(),
  risk: RiskIdSchema.optional(),
  change: NonBlankStringSchema.optional(),
});

/**
 * What a lesson learned led to.
 *
 * @category Incidents
 * @example
 * ```ts
 * const raised: LessonOutcome = { change: "Laptop handover checklist" };
 * ```
 */
export type LessonOutcome = z.infer<typeof LessonOutcomeSchema>;

/**
 * A lesson learned from an incident (5.27): when, what, and what it raised.
 *
 * @category Incidents
 * @example
 * ```ts
 * LessonLearnedSchema.parse({ id: "L-1", date: "2026-02-20", text: "Forwarding rules were not monitored." });
 * ```
 */
export const LessonLearnedSchema = /* @__PURE__ */ z.strictObject({
  id: LessonIdSchema,
  date: IsoDateSchema,
  text: NonBlankStringSchema,
  raised: LessonOutcomeSchema.optional(),
});

/**
 * A lesson learned.
 *
 * @category Incidents
 * @example
 * ```ts
 * const lesson: LessonLearned = LessonLearnedSchema.parse({ id: "L-1", date: "2026-02-20", text: "Forwarding rules were not monitored." });
 * ```
 */
export type LessonLearned = z.infer<typeof LessonLearnedSchema>;

/**
 * An information security event or incident (5.24–5.28, 6.8): when it occurred, was
 * reported, assessed, responded to and closed; who reported and who handles it; its
 * classification, the assets and properties it affected, the risks it relates to, the
 * evidence collected and the lessons learned.
 *
 * @category Incidents
 * @example
 * ```ts
 * IncidentSchema.parse({
 *   id: "INC-2026-001", title: "Lost phone", kind: "incident", reported: "2026-03-02", handler: "IT Manager",
 *   affectedAssets: [], affected: ["confidentiality"], risks: [], evidence: [], lessons: [],
 * });
 * ```
 */
export const IncidentSchema = /* @__PURE__ */ z.strictObject({
  id: IncidentIdSchema,
  title: NonBlankStringSchema,
  kind: IncidentKindSchema,
  /** When it happened, when known. */
  occurred: IsoDateSchema.optional(),
  /** When it was reported (6.8). */
  reported: IsoDateSchema,
  /** When it was assessed and decided on (5.25). */
  assessed: IsoDateSchema.optional(),
  /** When the response was carried out (5.26). */
  responded: IsoDateSchema.optional(),
  /** When it was closed. */
  closed: IsoDateSchema.optional(),
  reportedBy: PartySchema.optional(),
  handler: PartySchema,
  classification: IncidentClassificationSchema.optional(),
  affectedAssets: z.array(AssetIdSchema),
  affected: z.array(IncidentPropertySchema),
  risks: z.array(RiskIdSchema),
  evidence: z.array(IncidentEvidenceSchema),
  lessons: z.array(LessonLearnedSchema),
  description: z.string().optional(),
  custom: CustomFieldsSchema.optional(),
});

/**
 * An information security event or incident.
 *
 * @category Incidents
 * @example
 * ```ts
 * const incident: Incident | undefined = doc.incidents?.find((candidate) => candidate.id === "INC-2026-003");
 * incident?.kind; // "incident"
 * ```
 */
export type Incident = z.infer<typeof IncidentSchema>;
