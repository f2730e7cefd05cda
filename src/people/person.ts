import * as z from "zod";
import { CustomFieldsSchema, IsoDateSchema, NonBlankStringSchema, PartySchema } from "../core/index.js";
import { CompetenceIdSchema, PersonIdSchema, TrainingIdSchema } from "./ids.js";


/**
 * How a person works for the organisation.
 *
 * @category People
 * @example
 * ```ts
 * PersonKindSchema.options; // ["employee", "contractor", "temporary", "intern", "other"]
 * ```
 */
export const PersonKindSchema = z.enum(["employee", "contractor", "temporary", "intern", "other"]);

/** A person's kind. @category People @example `const kind: PersonKind = "contractor";` */
export type PersonKind = z.infer<typeof PersonKindSchema>;

/**
 * A dated record with an optional reference to where it is kept (an HR file, a ticket, a
 * signed document), e.g. a screening (Annex A 6.1) or signed terms (6.2).
 *
 * @category People
 * @example
 * ```ts
 * DatedRecordSchema.parse({ date: "2024-01-15", ref: "HR-SCR-0042" });
 * ```
 */
export const DatedRecordSchema = z.strictObject({
  date: IsoDateSchema,
  ref: NonBlankStringSchema.optional(),
});

/** A dated record. @category People @example `const screening: DatedRecord = { date: "2024-01-15" };` */
export type DatedRecord = z.infer<typeof DatedRecordSchema>;

/**
 * A person's completion of a training (7.2, 7.3, Annex A 6.3).
 *
 * @category People
 * @example
 * ```ts
 * TrainingCompletionSchema.parse({ training: "TR-AWARENESS", date: "2026-02-10" });
 * ```
 */
export const TrainingCompletionSchema = z.strictObject({
  training: TrainingIdSchema,
  date: IsoDateSchema,
});

/** A training completion. @category People @example `const done: TrainingCompletion = TrainingCompletionSchema.parse({ training: "TR-AWARENESS", date: "2026-02-10" });` */
export type TrainingCompletion = z.infer<typeof TrainingCompletionSchema>;

/**
 * A competence a person has shown (7.2): the competence's id, since when, and the evidence
 * (a certificate number, an assessment).
 *
 * @category People
 * @example
 * ```ts
 * PersonCompetenceSchema.parse({ competence: "iso-27001-audit", date: "2025-05-20", evidence: "Certificate LA-2025-118" });
 * ```
 */
export const PersonCompetenceSchema = z.strictObject({
  competence: CompetenceIdSchema,
  date: IsoDateSchema,
  evidence: NonBlankStringSchema.optional(),
});

/** A competence a person has shown. @category People @example `const shown: PersonCompetence = PersonCompetenceSchema.parse({ competence: "secure-coding", date: "2025-03-01" });` */
export type PersonCompetence = z.infer<typeof PersonCompetenceSchema>;

/**
 * What was done when a person left (Annex A 5.11, 5.18, 6.5): the day their access was
 * reviewed and removed, the day their assets were returned.
 *
 * @category People
 * @example
 * ```ts
 * OffboardingSchema.parse({ accessReviewed: "2026-10-01", assetsReturned: "2026-09-30" });
 * ```
 */
export const OffboardingSchema = z.strictObject({
  accessReviewed: IsoDateSchema.optional(),
  assetsReturned: IsoDateSchema.optional(),
});

/** Offboarding records. @category People @example `const done: Offboarding = { accessReviewed: "2026-10-01" };` */
export type Offboarding = z.infer<typeof OffboardingSchema>;

/**
 * A person who works for the organisation, under a pseudonymous id: an optional display
 * name (the name owner fields may use), how they work for it, when they started and left,
 * their screening (Annex A 6.1) and signed terms (6.2), the trainings they completed (7.2,
 * 7.3, 6.3), the competences they have shown (7.2) and their offboarding (5.11, 5.18, 6.5).
 *
 * @category People
 * @example
 * ```ts
 * PersonSchema.parse({
 *   id: "P-003", name: "Priya Nair", kind: "employee", started: "2023-09-01",
 *   screening: { date: "2023-08-20" }, termsSigned: { date: "2023-08-25", ref: "HR-CONTRACT-003" },
 *   completions: [{ training: "TR-AWARENESS", date: "2026-02-10" }],
 * });
 * ```
 */
export const PersonSchema = z.strictObject({
  id: PersonIdSchema,
  /** A display name; optional, so that the document can stay pseudonymous. */
  name: PartySchema.optional(),
  kind: PersonKindSchema,
  /** The first day of work. */
  started: IsoDateSchema,
  /** The day they left: from this day on they no longer work for the organisation. */
  left: IsoDateSchema.optional(),
  /** Background verification (Annex A 6.1). */
  screening: DatedRecordSchema.optional(),
  /** Terms and conditions of employment signed (Annex A 6.2). */
  termsSigned: DatedRecordSchema.optional(),
  /** Trainings completed. */
  completions: z.array(TrainingCompletionSchema),
  /** Competences shown. */
  competences: z.array(PersonCompetenceSchema).optional(),
  /** What was done when they left. */
  offboarding: OffboardingSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A person.
 *
 * @category People
 * @example
 * ```ts
 * const people: readonly Person[] = doc.people ?? [];
 * people.filter((person) => person.left !== undefined).length; // 1
 * ```
 */
export type Person = z.infer<typeof PersonSchema>;
