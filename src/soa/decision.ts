import * as z from "zod";
import { CustomFieldsSchema, IsoDateSchema, NonBlankStringSchema, PartySchema } from "../core/index.js";
import { ControlRefSchema } from "../catalogue/index.js";

/**
 * How far a control is implemented: not started, planned, partially implemented,
 * implemented, or knowingly not implemented (an applicable control the organisation has
 * decided not to implement for now, which an auditor will ask about).
 *
 * @category SoA
 * @example
 * ```ts
 * ImplementationStatusSchema.options.length; // 5
 * ```
 */
export const ImplementationStatusSchema = z.enum(["not_started", "planned", "partially_implemented", "implemented", "not_implemented"]);

/**
 * The implementation status of a control.
 *
 * @category SoA
 * @example
 * ```ts
 * const status: ImplementationStatus = "partially_implemented";
 * soaStatusLabel(status); // "Partially implemented"
 * ```
 */
export type ImplementationStatus = z.infer<typeof ImplementationStatusSchema>;

/**
 * Why a control is in the Statement of Applicability (6.1.3 d): it treats a risk, a law,
 * statute, regulation or contract requires it, or the business or best practice calls for it.
 *
 * @category SoA
 * @example
 * ```ts
 * SoaReasonKindSchema.parse("risk_treatment");
 * ```
 */
export const SoaReasonKindSchema = z.enum(["risk_treatment", "legal", "statutory", "regulatory", "contractual", "business", "best_practice"]);

/**
 * A kind of reason for including a control.
 *
 * @category SoA
 * @example
 * ```ts
 * const kind: SoaReasonKind = "contractual";
 * ```
 */
export type SoaReasonKind = z.infer<typeof SoaReasonKindSchema>;

/**
 * A reason for inclusion given in an applicability decision, with an optional note. Reasons
 * that come from treatment plans and obligations are derived and need not be repeated.
 *
 * @category SoA
 * @example
 * ```ts
 * DecisionReasonSchema.parse({ kind: "business", note: "Customers ask for it in every tender" });
 * ```
 */
export const DecisionReasonSchema = z.strictObject({
  /** The kind of reason. */
  kind: SoaReasonKindSchema,
  /** The organisation's words. */
  note: z.string().optional(),
});

/**
 * A reason given in a decision.
 *
 * @category SoA
 * @example
 * ```ts
 * const reason: DecisionReason = { kind: "best_practice" };
 * ```
 */
export type DecisionReason = z.infer<typeof DecisionReasonSchema>;

/**
 * A reference to evidence that a control is implemented: a document, ticket, record or
 * link, and the date the evidence was produced or last checked.
 *
 * @category SoA
 * @example
 * ```ts
 * EvidenceSchema.parse({ ref: "DMS-114", title: "Access review Q1", date: "2026-03-31" });
 * ```
 */
export const EvidenceSchema = z.strictObject({
  /** Where the evidence is: a document id, ticket or URL. */
  ref: NonBlankStringSchema,
  /** What it is. */
  title: z.string().optional(),
  /** When it was produced or last checked. */
  date: IsoDateSchema,
});

/**
 * A piece of evidence.
 *
 * @category SoA
 * @example
 * ```ts
 * const evidence: Evidence = { ref: "https://wiki.example/backup-test", date: "2026-02-01" };
 * ```
 */
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * The organisation's applicability decision for one control (6.1.3 d): included or
 * excluded, the justification of an exclusion, its own reasons for inclusion, the provider
 * that operates the control (still applicable), implementation status, owner, evidence,
 * last review and notes. The SoA's rows are derived from these decisions together with the
 * treatment plans and obligations.
 *
 * @category SoA
 * @example
 * ```ts
 * ApplicabilityDecisionSchema.parse({
 *   control: "annex-a:7.5",
 *   applicable: false,
 *   justification: "No premises of our own: all staff work remotely and we host nothing on site.",
 * });
 * ```
 */
export const ApplicabilityDecisionSchema = z.strictObject({
  /** The control decided on (catalogue-qualified). */
  control: ControlRefSchema,
  /** Included (`true`) or excluded (`false`). */
  applicable: z.boolean(),
  /**
   * Why the control is excluded. Required for an exclusion: {@link validateSoa} reports a
   * missing or blank one, so that drafts can still be stored.
   */
  justification: z.string().optional(),
  /** Reasons for inclusion beyond those derived from plans and obligations. */
  reasons: z.array(DecisionReasonSchema).optional(),
  /** The supplier or cloud provider that operates the control; the control stays applicable. */
  provider: PartySchema.optional(),
  /** Implementation status; derived from the treatment plans when absent. */
  status: ImplementationStatusSchema.optional(),
  /** Who is responsible for the control. */
  owner: PartySchema.optional(),
  /** Evidence of implementation. */
  evidence: z.array(EvidenceSchema).optional(),
  /** When the decision was last reviewed. */
  lastReviewed: IsoDateSchema.optional(),
  /** Free remarks. */
  notes: z.string().optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * An applicability decision.
 *
 * @category SoA
 * @example
 * ```ts
 * const decision: ApplicabilityDecision = { control: "annex-a:7.5", applicable: false, justification: "N/A" };
 * validateSoa({ catalogues: ["annex-a"], decisions: [decision] }, { asOf: "2026-11-27" })
 *   .find((found) => found.path[0] === 0)?.code; // "generic_justification"
 * ```
 */
export type ApplicabilityDecision = z.infer<typeof ApplicabilityDecisionSchema>;

