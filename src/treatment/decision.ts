import * as z from "zod";
import {
  CustomFieldsSchema,
  DecisionIdSchema,
  IsoDateSchema,
  NonBlankStringSchema,
  PartySchema,
  RiskIdSchema,
  TreatmentPlanIdSchema,
} from "../core/index.js";
import { ControlRefSchema } from "../catalogue/index.js";
import { RatingSchema, RiskLevelSchema } from "../risk/index.js";

/**
 * The kinds of risk-owner decision: approval of a treatment plan, acceptance of a residual
 * risk (the two decisions of 6.1.3 f), and the revocation of an earlier decision.
 *
 * @category Treatment
 * @example
 * ```ts
 * DecisionKindSchema.options; // ["plan_approval", "risk_acceptance", "revocation"]
 * ```
 */
export const DecisionKindSchema = z.enum(["plan_approval", "risk_acceptance", "revocation"]);

/**
 * A decision kind.
 *
 * @category Treatment
 * @example
 * ```ts
 * const kind: DecisionKind = "risk_acceptance";
 * ```
 */
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

/**
 * A further person who signs a decision in a role, when the acceptance criteria require
 * several roles (e.g. a High risk needs the CISO and a business owner).
 *
 * @category Treatment
 * @example
 * ```ts
 * CosignerSchema.parse({ decidedBy: "Dana Berg", role: "CISO", date: "2026-03-02" });
 * ```
 */
export const CosignerSchema = z.strictObject({
  /** The person. */
  decidedBy: PartySchema,
  /** The role they sign in. */
  role: PartySchema,
  /** When they signed, if not on the decision's date. */
  date: IsoDateSchema.optional(),
});

/**
 * A co-signer of a decision.
 *
 * @category Treatment
 * @example
 * ```ts
 * const cosigner: Cosigner = { decidedBy: "Dana Berg", role: "CISO" };
 * ```
 */
export type Cosigner = z.infer<typeof CosignerSchema>;

/**
 * The rating a decision was decided on, frozen in the record: likelihood, consequence and
 * methodology version. When the risk's residual rating later differs, an acceptance is stale;
 * a plan approval freezes each risk's current rating (see {@link ApprovedRating}).
 *
 * @category Treatment
 * @example
 * ```ts
 * FrozenRatingSchema.parse({ likelihood: "possible", consequence: "moderate", methodology: { id: "acme", version: 1 } });
 * ```
 */
export const FrozenRatingSchema = z.strictObject({
  /** Likelihood level key. */
  likelihood: RatingSchema.shape.likelihood,
  /** Consequence level key. */
  consequence: RatingSchema.shape.consequence,
  /** Methodology id and version. */
  methodology: RatingSchema.shape.methodology,
});

/**
 * A frozen rating.
 *
 * @category Treatment
 * @example
 * ```ts
 * const rating: FrozenRating = { likelihood: "possible", consequence: "moderate", methodology: { id, version: 1 } };
 * ```
 */
export type FrozenRating = z.infer<typeof FrozenRatingSchema>;

/**
 * The rating of one risk that a plan approval was decided on, frozen in the record: the
 * risk's current rating on the day the owner approved the plan (see
 * {@link planApprovalRatings}). When the risk's current rating later differs,
 * {@link validateDecisions} warns `approval_rating_stale`.
 *
 * @category Treatment
 * @example
 * ```ts
 * ApprovedRatingSchema.parse({ risk: "R-1", rating: { likelihood: "likely", consequence: "major", methodology: { id: "acme", version: 1 } } });
 * ```
 */
export const ApprovedRatingSchema = z.strictObject({
  /** The risk, one of the plan's risks. */
  risk: RiskIdSchema,
  /** Its current rating when the plan was approved, frozen. */
  rating: FrozenRatingSchema,
});

/**
 * A risk's rating frozen in a plan approval.
 *
 * @category Treatment
 * @example
 * ```ts
 * const approved: ApprovedRating = { risk: riskId, rating: { likelihood: "likely", consequence: "major", methodology: { id, version: 1 } } };
 * ```
 */
export type ApprovedRating = z.infer<typeof ApprovedRatingSchema>;

const signed = {
  /** Decision id, unique among all decisions. */
  id: DecisionIdSchema,
  /** The person who decided. */
  decidedBy: PartySchema,
  /** The role they decided in, e.g. `"Risk owner"` or `"CISO"`. */
  role: PartySchema,
  /** Further signatures, when the criteria require several roles. */
  cosigners: z.array(CosignerSchema).optional(),
  /** When it was decided. */
  date: IsoDateSchema,
  /** Who asked for the decision; must not be the decider. */
  requestedBy: PartySchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
};

const standing = {
  /** Why. */
  rationale: NonBlankStringSchema,
  /** Conditions attached to the decision. */
  conditions: z.array(NonBlankStringSchema).optional(),
  /** After this date the decision no longer holds. */
  expires: IsoDateSchema.optional(),
  /** By this date the decision is to be reviewed (by default the review interval of the criteria). */
  reviewBy: IsoDateSchema.optional(),
};

/**
 * A risk owner's approval of a treatment plan (6.1.3 f, first decision). It may record the
 * plan's fingerprint ({@link planFingerprint}) so that a later change of the plan's
 * substance makes the approval stale, and the current rating of each of the plan's risks it
 * was decided on (`ratings`, frozen; build them with {@link planApprovalRatings}) so that a
 * re-rated risk is noticed. Both are optional: older records without them stay valid.
 *
 * @category Treatment
 * @example
 * ```ts
 * PlanApprovalSchema.parse({
 *   kind: "plan_approval", id: "D-1", plan: "TP-1", decidedBy: "Jo Smith", role: "Risk owner",
 *   date: "2026-03-01", rationale: "Cost in line with the risk",
 * });
 * ```
 */
export const PlanApprovalSchema = z.strictObject({
  /** Discriminator. */
  kind: z.literal("plan_approval"),
  ...signed,
  ...standing,
  /** The approved plan. */
  plan: TreatmentPlanIdSchema,
  /** The plan's fingerprint when approved. */
  planFingerprint: z.string().regex(/^[0-9a-f]{16}$/, { message: "a fingerprint is 16 lower-case hex digits" }).optional(),
  /** The current rating of each of the plan's risks that the approval was decided on, frozen. */
  ratings: z.array(ApprovedRatingSchema).optional(),
});

/**
 * A plan approval.
 *
 * @category Treatment
 * @example
 * ```ts
 * const approval: PlanApproval = { kind: "plan_approval", id, plan, decidedBy: "Jo", role: "Risk owner", date: "2026-03-01", rationale: "OK" };
 * ```
 */
export type PlanApproval = z.infer<typeof PlanApprovalSchema>;

/**
 * A risk owner's acceptance of a residual risk (6.1.3 f, second decision): the rating and
 * level it was decided on are frozen in the record, with conditions, an expiry or review
 * date, and the compensating controls when the criteria require them.
 *
 * @category Treatment
 * @example
 * ```ts
 * RiskAcceptanceSchema.parse({
 *   kind: "risk_acceptance", id: "D-2", risk: "R-1", decidedBy: "Jo Smith", role: "Risk owner",
 *   date: "2026-03-01", rationale: "Within appetite after encryption",
 *   rating: { likelihood: "unlikely", consequence: "moderate", methodology: { id: "acme", version: 1 } },
 *   level: "low", expires: "2027-03-01",
 * });
 * ```
 */
export const RiskAcceptanceSchema = z.strictObject({
  /** Discriminator. */
  kind: z.literal("risk_acceptance"),
  ...signed,
  ...standing,
  /** The accepted risk. */
  risk: RiskIdSchema,
  /** The residual rating accepted, frozen. */
  rating: FrozenRatingSchema,
  /** The level of risk of that rating, frozen. */
  level: RiskLevelSchema.shape.key,
  /** The plan whose outcome is accepted, if any. */
  plan: TreatmentPlanIdSchema.optional(),
  /** Compensating controls the acceptance relies on. */
  compensatingControls: z.array(ControlRefSchema).optional(),
});

/**
 * A residual-risk acceptance.
 *
 * @category Treatment
 * @example
 * ```ts
 * const acceptances = decisions.filter((d): d is RiskAcceptance => d.kind === "risk_acceptance");
 * ```
 */
export type RiskAcceptance = z.infer<typeof RiskAcceptanceSchema>;

/**
 * The revocation of an earlier approval or acceptance. Decisions are never edited or
 * removed; a revocation is appended instead.
 *
 * @category Treatment
 * @example
 * ```ts
 * RevocationSchema.parse({
 *   kind: "revocation", id: "D-3", revokes: "D-2", decidedBy: "Jo Smith", role: "Risk owner",
 *   date: "2026-05-01", reason: "Supplier breach changed the picture",
 * });
 * ```
 */
export const RevocationSchema = z.strictObject({
  /** Discriminator. */
  kind: z.literal("revocation"),
  ...signed,
  /** The decision revoked. */
  revokes: DecisionIdSchema,
  /** Why. */
  reason: NonBlankStringSchema,
});

/**
 * A revocation.
 *
 * @category Treatment
 * @example
 * ```ts
 * const revocation: Revocation = { kind: "revocation", id, revokes, decidedBy: "Jo", role: "Risk owner", date: "2026-05-01", reason: "Changed" };
 * ```
 */
export type Revocation = z.infer<typeof RevocationSchema>;

/**
 * A risk owner's decision record: a plan approval, a risk acceptance or a revocation.
 * Records are append-only: commands add records and never edit or remove one.
 *
 * @category Treatment
 * @example
 * ```ts
 * const decisions = z.array(DecisionSchema).parse(doc.decisions);
 * ```
 */
export const DecisionSchema = z.discriminatedUnion("kind", [PlanApprovalSchema, RiskAcceptanceSchema, RevocationSchema]);

/**
 * A decision record.
 *
 * @category Treatment
 * @example
 * ```ts
 * function who(decision: Decision) {
 *   return `${decision.decidedBy} (${decision.role})`;
 * }
 * ```
 */
export type Decision = z.infer<typeof DecisionSchema>;
