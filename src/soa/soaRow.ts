import * as z from "zod";
import { IsoDateSchema, ObligationIdSchema, PartySchema, RiskIdSchema } from "../core/index.js";
import { ControlRefSchema, MappingRelationshipSchema } from "../catalogue/index.js";
import { EvidenceSchema, ImplementationStatusSchema, SoaReasonKindSchema } from "./decision.js";

/**
 * One reason for a control in a derived SoA row: its kind, the risks (for risk treatment)
 * or obligations (for legal, statutory, regulatory, contractual, business and best-practice
 * obligations) it comes from, and the decision's note for that kind.
 *
 * @category SoA
 * @example
 * ```ts
 * SoaReasonSchema.parse({ kind: "risk_treatment", risks: ["R-1", "R-7"] });
 * ```
 */
export const SoaReasonSchema = z.strictObject({
  /** The kind of reason. */
  kind: SoaReasonKindSchema,
  /** The risks treated by the control (risk treatment). */
  risks: z.array(RiskIdSchema).optional(),
  /** The obligations that require the control. */
  obligations: z.array(ObligationIdSchema).optional(),
  /** The decision's note for this kind of reason. */
  note: z.string().optional(),
});

/**
 * A reason in an SoA row.
 *
 * @category SoA
 * @example
 * ```ts
 * const reason: SoaReason = { kind: "business", note: "Tender requirement" };
 * soaReasonLabel(reason); // "Business: Tender requirement"
 * ```
 */
export type SoaReason = z.infer<typeof SoaReasonSchema>;

/**
 * One requirement of another framework that a control of the SoA relates to: the other
 * control, the mapping that says so and the relationship read from the SoA row's control
 * (`superset`: the row's control asks for more than the requirement).
 *
 * @category SoA
 * @example
 * ```ts
 * SoaCrosswalkEntrySchema.parse({ ref: "sp800-53-low:ac-2", mapping: "annex-a-to-sp800-53", relationship: "intersects" });
 * ```
 */
export const SoaCrosswalkEntrySchema = /* @__PURE__ */ z.strictObject({
  /** The requirement of the other catalogue. */
  ref: ControlRefSchema,
  /** The id of the mapping that relates them. */
  mapping: z.string().min(1),
  /** "The row's control is <relationship> of `ref`". */
  relationship: MappingRelationshipSchema,
});

/**
 * An entry of an SoA row's crosswalk.
 *
 * @category SoA
 * @example
 * ```ts
 * const entry: SoaCrosswalkEntry = { ref: "sp800-53-low:ac-2", mapping: "annex-a-to-sp800-53", relationship: "superset" };
 * ```
 */
export type SoaCrosswalkEntry = z.infer<typeof SoaCrosswalkEntrySchema>;

/**
 * One row of the Statement of Applicability: a control of a catalogue in scope, whether it
 * is applicable (or still undecided) and why (reasons with the risks and obligations behind them), the
 * justification of an exclusion, the implementation status (with the status the treatment
 * plans imply and whether the two disagree), provider, owner and evidence. Rows are derived
 * by {@link deriveSoa}, never edited by hand; the schema exists so that SoA versions can be
 * stored and parsed.
 *
 * @category SoA
 * @example
 * ```ts
 * const rows = SoaRowSchema.array().parse(JSON.parse(text)); // rows kept by another tool
 * summariseSoa(rows).applicable;
 * ```
 */
export const SoaRowSchema = z.strictObject({
  /** Catalogue-qualified reference. */
  ref: ControlRefSchema,
  /** Catalogue id. */
  catalogue: z.string().min(1),
  /** Control id in its catalogue. */
  id: z.string().min(1),
  /** Control title. */
  title: z.string(),
  /** Theme (Annex A) or group. */
  group: z.string().optional(),
  /** Included (`true`) or excluded (`false`); an undecided control is `false`. */
  applicable: z.boolean(),
  /**
   * `true` when nothing decides the control yet: no applicability decision, no treatment plan
   * that selects it and no obligation that requires it. Such a row is not applicable but not
   * excluded either: nobody has decided to leave it out. Absent on decided rows (and on rows
   * stored before this field existed).
   */
  undecided: z.literal(true).optional(),
  /** Reasons, in the order risk treatment, legal, statutory, regulatory, contractual, business, best practice. */
  reasons: z.array(SoaReasonSchema),
  /** Every risk whose treatment plan selects the control, sorted. */
  risks: z.array(RiskIdSchema),
  /** Every obligation that requires the control, sorted. */
  obligations: z.array(ObligationIdSchema),
  /** Justification of an exclusion, as decided. */
  justification: z.string().optional(),
  /** Implementation status: the decision's, else the one the plans imply, else a default. */
  status: ImplementationStatusSchema,
  /** The status the treatment plans imply, when a plan selects the control. */
  statusFromPlans: ImplementationStatusSchema.optional(),
  /** `true` when the decision's status differs from the status the plans imply. */
  statusMismatch: z.literal(true).optional(),
  /** The supplier or cloud provider that operates the control. */
  provider: PartySchema.optional(),
  /** Who is responsible for the control. */
  owner: PartySchema.optional(),
  /** Evidence, newest first. */
  evidence: z.array(EvidenceSchema),
  /** Date of the newest evidence. */
  lastEvidenceDate: IsoDateSchema.optional(),
  /** When the decision was last reviewed. */
  lastReviewed: IsoDateSchema.optional(),
  /** The decision's notes. */
  notes: z.string().optional(),
  /**
   * The requirements of the other catalogues in scope that the document's control mappings
   * relate to this control, in either direction. Absent when there are none (and on every
   * row of an SoA derived without mappings).
   */
  crosswalk: z.array(SoaCrosswalkEntrySchema).optional(),
});


/**
 * A row of the Statement of Applicability.
 *
 * @category SoA
 * @example
 * ```ts
 * const rows: SoaRow[] = deriveIsmsSoa(doc);
 * rows.filter((row) => !row.applicable).map((row) => row.id); // ["7.6", "7.12", "8.30"]
 * ```
 */
export type SoaRow = z.infer<typeof SoaRowSchema>;
