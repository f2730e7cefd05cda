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
 * const acceptance = doc.decisions.find((decision) => decision.id === "D-105");
 * const rating: FrozenRating | undefined = acceptance?.kind === "risk_acceptance" ? acceptance.rating : undefined;
 * sameRating(rating ?? FrozenRatingSchema.parse({ likelihood: "rare", consequence: "minor", methodology: { id: "x", version: 1 } }),
 *   doc.risks.find((risk) => risk.id === "R-02")?.ratings.residual); // true: the residual rating is still the one accepted
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
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-01");
 * const approved: ApprovedRating[] = plan ? planApprovalRatings(plan, doc.risks) : [];
 * approved; // [{ risk: "R-01", rating: { likelihood: "possible", consequence: "severe", methodology: { id: "northwind-risk-method", version: 1 } } }]
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
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-01");
 * const approval = doc.decisions.find((decision) => decision.id === "D-001");
 * if (plan && approval?.kind === "plan_approval") planApprovalStatus(approval, plan, doc.decisions, "2026-11-27").valid; // true
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
 * const acceptances = doc.decisions.filter((d): d is RiskAcceptance => d.kind === "risk_acceptance");
 * acceptances.map((acceptance) => `${acceptance.risk}: ${acceptance.level}`); // ["R-13: low", "R-14: low", …]
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
 * const revocation = doc.decisions.find((decision): decision is Revocation => decision.kind === "revocation");
 * revocation?.revokes; // "D-090"
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
 * const decisions = DecisionSchema.array().parse(JSON.parse(text));
 * validateDecisions(decisions, { risks: doc.risks, plans: doc.treatmentPlans, methodologies: doc.methodologies });
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
