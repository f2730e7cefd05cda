import * as z from "zod";
import { AssetIdSchema, CustomFieldsSchema, IsoDateSchema, NonBlankStringSchema, PartySchema, RiskIdSchema } from "../core/index.js";
import { MethodologyRefSchema } from "./methodology.js";
import { ScaleKeySchema } from "./scale.js";

/**
 * The rating layers of a risk: `inherent` (no controls), `current` (existing controls),
 * `target` (what the treatment plan aims for) and `residual` (after implemented treatment;
 * what the risk owner accepts under 6.1.3 f). Only "residual" is a term of the standard.
 *
 * @category Risk
 * @example
 * ```ts
 * RatingLayerSchema.options; // ["inherent", "current", "target", "residual"]
 * ```
 */
export const RatingLayerSchema = /* @__PURE__ */ z.enum(["inherent", "current", "target", "residual"]);

/**
 * A rating layer.
 *
 * @category Risk
 * @example
 * ```ts
 * const layer: RatingLayer = "residual";
 * doc.risks.slice(0, 2).map((risk) => rateRisk(doc.methodologies, risk, layer)?.level.key); // [undefined, "low"]
 * ```
 */
export type RatingLayer = z.infer<typeof RatingLayerSchema>;

/**
 * A security property key: `confidentiality`, `integrity`, `availability` or an extra one
 * such as `authenticity` (lower-case letters, digits and `_`).
 *
 * @category Risk
 * @example
 * ```ts
 * SecurityPropertyKeySchema.parse("availability");
 * ```
 */
export const SecurityPropertyKeySchema = /* @__PURE__ */ z.string().min(1).max(64).regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, { message: "property keys are a letter followed by letters, digits or _" });

/**
 * A security property key.
 *
 * @category Risk
 * @example
 * ```ts
 * const property: SecurityPropertyKey = "confidentiality";
 * ```
 */
export type SecurityPropertyKey = z.infer<typeof SecurityPropertyKeySchema>;

/**
 * Where a rating's consequence came from: `suggested` from an affected asset's effective
 * requirement (asset and property recorded, see {@link suggestConsequence}), or `override`
 * when a person chose another level (the suggestion is kept for the record).
 *
 * @category Risk
 * @example
 * ```ts
 * ConsequenceSourceSchema.parse({ kind: "override", suggested: "moderate", reason: "Data is pseudonymised" });
 * ```
 */
export const ConsequenceSourceSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("suggested"),
    /** The asset whose requirement decided the consequence. */
    asset: AssetIdSchema,
    /** The deciding property. */
    property: SecurityPropertyKeySchema,
    /** The requirement level key of that property. */
    requirementLevel: z.string().min(1),
    /** The requirement's 0-based rank. */
    rank: z.number().int().nonnegative(),
  }),
  z.strictObject({
    kind: z.literal("override"),
    /** The suggested consequence that was overridden, if there was one. */
    suggested: ScaleKeySchema.optional(),
    /** Why the person chose another level. */
    reason: z.string().optional(),
  }),
]);

/**
 * The origin of a consequence rating.
 *
 * @category Risk
 * @example
 * ```ts
 * const source: ConsequenceSource = { kind: "override" };
 * ```
 */
export type ConsequenceSource = z.infer<typeof ConsequenceSourceSchema>;

/**
 * One rating of a risk: a likelihood and a consequence level key, the methodology version it
 * was made under, the date and the rationale. The level of risk is never stored; it is
 * derived by {@link scoreRating}.
 *
 * @category Risk
 * @example
 * ```ts
 * RatingSchema.parse({
 *   likelihood: "likely",
 *   consequence: "major",
 *   methodology: { id: "acme", version: 1 },
 *   date: "2026-03-01",
 *   rationale: "Phishing attempts seen weekly",
 * });
 * ```
 */
export const RatingSchema = /* @__PURE__ */ z.strictObject({
  /** Likelihood level key. */
  likelihood: ScaleKeySchema,
  /** Consequence level key. */
  consequence: ScaleKeySchema,
  /** Methodology id and version the rating was made under. */
  methodology: MethodologyRefSchema,
  /** When the rating was made. */
  date: IsoDateSchema,
  /** Why. */
  rationale: NonBlankStringSchema.optional(),
  /** Who rated. */
  ratedBy: PartySchema.optional(),
  /** Where the consequence came from. */
  consequenceSource: ConsequenceSourceSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A rating of a risk.
 *
 * @category Risk
 * @example
 * ```ts
 * const rating: Rating = { ...RatingSchema.parse({
 *   likelihood: "possible", consequence: "major", methodology: { id: "northwind-risk-method", version: 2 }, date: "2026-11-27",
 * }), ratedBy: "CISO" };
 * scoreRating(currentMethodology(doc), rating).level.key; // "high": 3 × 4 = 12
 * ```
 */
export type Rating = z.infer<typeof RatingSchema>;

/**
 * The ratings of a risk, one optional rating per layer.
 *
 * @category Risk
 * @example
 * ```ts
 * RiskRatingsSchema.parse({});
 * ```
 */
export const RiskRatingsSchema = /* @__PURE__ */ z.strictObject({
  /** Without controls. */
  inherent: RatingSchema.optional(),
  /** With existing controls. */
  current: RatingSchema.optional(),
  /** What the treatment plan aims for. */
  target: RatingSchema.optional(),
  /** After implemented treatment. */
  residual: RatingSchema.optional(),
});

/**
 * The ratings of a risk by layer.
 *
 * @category Risk
 * @example
 * ```ts
 * const ratings: RiskRatings | undefined = doc.risks.find((risk) => risk.id === "R-01")?.ratings;
 * Object.keys(ratings ?? {}); // ["inherent", "current", "target"]
 * ```
 */
export type RiskRatings = z.infer<typeof RiskRatingsSchema>;

/**
 * Where a risk is in its life: identified, analysed, evaluated, treatment planned, treated,
 * accepted or closed.
 *
 * @category Risk
 * @example
 * ```ts
 * RiskStatusSchema.parse("evaluated");
 * ```
 */
export const RiskStatusSchema = /* @__PURE__ */ z.enum(["identified", "analysed", "evaluated", "treatment_planned", "treated", "accepted", "closed"]);

/**
 * The status of a risk.
 *
 * @category Risk
 * @example
 * ```ts
 * const status: RiskStatus = "identified";
 * ```
 */
export type RiskStatus = z.infer<typeof RiskStatusSchema>;

const common = {
  /** Register id. */
  id: RiskIdSchema,
  /** Short title. */
  title: NonBlankStringSchema,
  /** Longer description. */
  description: z.string().optional(),
  /**
   * The risk owner (6.1.2 c). Optional in the schema so that a draft can be stored;
   * {@link validateRisks} reports `missing_owner` as an error.
   */
  owner: PartySchema.optional(),
  /** Free category, e.g. `"Supplier"`. */
  category: NonBlankStringSchema.optional(),
  /** Life-cycle status. */
  status: RiskStatusSchema,
  /** Security properties the risk affects. */
  affectedProperties: z.array(SecurityPropertyKeySchema),
  /** Ratings by layer. */
  ratings: RiskRatingsSchema,
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
};

/**
 * An asset-based risk (ISO/IEC 27005): a threat exploiting a vulnerability of one or more assets.
 *
 * @category Risk
 * @example
 * ```ts
 * AssetBasedRiskSchema.parse({
 *   kind: "asset_based", id: "R-1", title: "Laptop theft", owner: "Head of IT", status: "identified",
 *   affectedProperties: ["confidentiality"], ratings: {},
 *   assets: ["A-laptops"], threat: "Theft", vulnerability: "Unencrypted disks",
 * });
 * ```
 */
export const AssetBasedRiskSchema = /* @__PURE__ */ z.strictObject({
  /** Discriminator. */
  kind: z.literal("asset_based"),
  ...common,
  /** Affected assets. */
  assets: z.array(AssetIdSchema).min(1),
  /** The threat. */
  threat: NonBlankStringSchema,
  /** The vulnerability it exploits. */
  vulnerability: NonBlankStringSchema,
});

/**
 * An asset-based risk.
 *
 * @category Risk
 * @example
 * ```ts
 * const risk: AssetBasedRisk = AssetBasedRiskSchema.parse(JSON.parse(text));
 * risk.assets; // the assets it threatens
 * ```
 */
export type AssetBasedRisk = z.infer<typeof AssetBasedRiskSchema>;

/**
 * An event-based risk (ISO/IEC 27005): a risk source, an event and its consequence for an
 * objective; assets are optional.
 *
 * @category Risk
 * @example
 * ```ts
 * EventBasedRiskSchema.parse({
 *   kind: "event_based", id: "R-2", title: "Ransomware", owner: "CISO", status: "identified",
 *   affectedProperties: ["availability"], ratings: {},
 *   riskSource: "Criminal group", event: "Encryption of file servers",
 *   consequenceDescription: "Production stops for days", objective: "Deliver orders on time",
 * });
 * ```
 */
export const EventBasedRiskSchema = /* @__PURE__ */ z.strictObject({
  /** Discriminator. */
  kind: z.literal("event_based"),
  ...common,
  /** Who or what could cause the event. */
  riskSource: NonBlankStringSchema,
  /** The event. */
  event: NonBlankStringSchema,
  /** The consequence for the objective. */
  consequenceDescription: NonBlankStringSchema,
  /** The objective concerned. */
  objective: NonBlankStringSchema.optional(),
  /** Assets involved, if known. */
  assets: z.array(AssetIdSchema).optional(),
});

/**
 * An event-based risk.
 *
 * @category Risk
 * @example
 * ```ts
 * const risk: EventBasedRisk = EventBasedRiskSchema.parse(JSON.parse(text));
 * risk.riskSource; // who or what could cause the event
 * ```
 */
export type EventBasedRisk = z.infer<typeof EventBasedRiskSchema>;

/**
 * A risk in the risk register (6.1.2, 8.2): asset-based or event-based, with its owner,
 * affected properties and ratings.
 *
 * @category Risk
 * @example
 * ```ts
 * const risks = RiskSchema.array().parse(JSON.parse(text));
 * validateRisks(risks, { methodologies: doc.methodologies });
 * ```
 */
export const RiskSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [AssetBasedRiskSchema, EventBasedRiskSchema]);

/**
 * A risk in the register.
 *
 * @category Risk
 * @example
 * ```ts
 * function label(risk: Risk) {
 *   return risk.kind === "asset_based" ? risk.threat : risk.event;
 * }
 * ```
 */
export type Risk = z.infer<typeof RiskSchema>;
