import * as z from "zod";
import { rejectReservedKeys } from "../core/_internal/index.js";
import { CustomFieldsSchema, IsoDateSchema, MethodologyIdSchema, NonBlankStringSchema, PartySchema } from "../core/index.js";
import { RiskMatrixSchema } from "./matrix.js";
import { ScaleKeySchema } from "./scale.js";

/**
 * A review interval: a number of days or months.
 *
 * @category Risk
 * @example
 * ```ts
 * ReviewIntervalSchema.parse({ every: 6, unit: "months" });
 * ```
 */
export const ReviewIntervalSchema = /* @__PURE__ */ z.strictObject({
  /** How many units. */
  every: z.number().int().positive(),
  /** Days or calendar months. */
  unit: z.enum(["days", "months"]),
});

/**
 * A review interval.
 *
 * @category Risk
 * @example
 * ```ts
 * const interval: ReviewInterval = { every: 90, unit: "days" };
 * ```
 */
export type ReviewInterval = z.infer<typeof ReviewIntervalSchema>;

/**
 * What the acceptance criteria say about one risk level: who may accept a risk at that
 * level, how often the acceptance is reviewed, and whether compensating controls are required.
 *
 * @category Risk
 * @example
 * ```ts
 * LevelAcceptanceSchema.parse({
 *   level: "high",
 *   authority: ["CISO", "Business owner"],
 *   review: { every: 3, unit: "months" },
 *   compensatingControlsRequired: true,
 * });
 * ```
 */
export const LevelAcceptanceSchema = /* @__PURE__ */ z.strictObject({
  /** Key of the risk level. */
  level: ScaleKeySchema,
  /** Roles that must all approve an acceptance at this level. */
  authority: z.array(PartySchema).min(1),
  /** How often ratings and acceptances at this level are reviewed. */
  review: ReviewIntervalSchema,
  /** Whether accepting a risk at this level requires compensating controls. */
  compensatingControlsRequired: z.boolean(),
  /** A remark for people. */
  note: z.string().optional(),
});

/**
 * Acceptance rules of one risk level.
 *
 * @category Risk
 * @example
 * ```ts
 * const rule: LevelAcceptance = {
 *   level: "low",
 *   authority: ["Risk owner"],
 *   review: { every: 12, unit: "months" },
 *   compensatingControlsRequired: false,
 * };
 * ```
 */
export type LevelAcceptance = z.infer<typeof LevelAcceptanceSchema>;

/**
 * Risk acceptance criteria (6.1.2 a): levels up to `appetite` are within appetite, levels
 * above it up to `tolerance` are within tolerance, higher levels are above tolerance; plus
 * one {@link LevelAcceptance} per risk level.
 *
 * @category Risk
 * @example
 * ```ts
 * const criteria = AcceptanceCriteriaSchema.parse({ appetite: "low", tolerance: "medium", levels: [] });
 * ```
 */
export const AcceptanceCriteriaSchema = /* @__PURE__ */ z.strictObject({
  /** Highest risk level within the risk appetite. */
  appetite: ScaleKeySchema,
  /** Highest risk level that is tolerated; at or above `appetite`. */
  tolerance: ScaleKeySchema,
  /** One entry per risk level. */
  levels: z.array(LevelAcceptanceSchema),
});

/**
 * Risk acceptance criteria.
 *
 * @category Risk
 * @example
 * ```ts
 * const criteria: AcceptanceCriteria = { ...defaultAcceptance(cox3x3Preset.levels), appetite: "medium", tolerance: "high" };
 * const methodology = createMethodology({ id: "acme", name: "Acme", reviewDate: "2027-01-31", matrix: cox3x3Preset, acceptance: criteria });
 * evaluateLevel(methodology, "medium")?.appetite; // "within_appetite"
 * ```
 */
export type AcceptanceCriteria = z.infer<typeof AcceptanceCriteriaSchema>;

/**
 * How the consequences for several security properties (or several assets) are combined
 * into one consequence level: `maximum` (the high-water mark, the default), `mean` (the mean
 * of the level indexes, rounded up), or `cumulative` (the maximum, raised one level when at
 * least `threshold` contributions sit at the maximum, for accumulation effects).
 *
 * @category Risk
 * @example
 * ```ts
 * AggregationSchema.parse({ kind: "cumulative", threshold: 3 });
 * ```
 */
export const AggregationSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("maximum") }),
  z.strictObject({ kind: z.literal("mean") }),
  z.strictObject({
    kind: z.literal("cumulative"),
    /** How many contributions at the maximum raise the result one level. */
    threshold: z.number().int().min(2),
  }),
]);

/**
 * An impact aggregation rule.
 *
 * @category Risk
 * @example
 * ```ts
 * const rule: Aggregation = { kind: "cumulative", threshold: 2 };
 * createMethodology({ id: "acme", name: "Acme", reviewDate: "2027-01-31", matrix: cox3x3Preset, aggregation: rule }).aggregation;
 * ```
 */
export type Aggregation = z.infer<typeof AggregationSchema>;

/**
 * How an asset's security requirement (its 0-based rank on the property's requirement scale)
 * becomes a consequence level: `byProperty[property][rank]` or `default[rank]` is a
 * consequence level key. Without a mapping, ranks are mapped proportionally (see
 * {@link suggestConsequence}).
 *
 * @category Risk
 * @example
 * ```ts
 * ConsequenceMappingSchema.parse({ default: ["minor", "moderate", "major"] });
 * ```
 */
export const ConsequenceMappingSchema = /* @__PURE__ */ z.strictObject({
  /** Mapping per property key, e.g. `confidentiality`. */
  byProperty: rejectReservedKeys(z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/), z.array(ScaleKeySchema).min(1))).optional(),
  /** Mapping for properties without their own. */
  default: z.array(ScaleKeySchema).min(1).optional(),
});

/**
 * A requirement-rank to consequence-level mapping.
 *
 * @category Risk
 * @example
 * ```ts
 * const mapping: ConsequenceMapping = { default: ["minor", "minor", "moderate", "major"] }; // one per requirement level
 * createMethodology({ id: "acme", name: "Acme", reviewDate: "2027-01-31", matrix: cox3x3Preset, consequenceMapping: mapping });
 * ```
 */
export type ConsequenceMapping = z.infer<typeof ConsequenceMappingSchema>;

/**
 * A versioned risk assessment methodology (6.1.2): the scales and matrix, the impact
 * aggregation rule, the acceptance criteria and the date it is next reviewed. Every rating
 * names the `id` and `version` it was made under; a changed method is a new version, so
 * history is never silently restated.
 *
 * @category Risk
 * @example
 * ```ts
 * const methodology = MethodologySchema.parse(JSON.parse(text));
 * ```
 */
export const MethodologySchema = /* @__PURE__ */ z.strictObject({
  /** Id shared by all versions. */
  id: MethodologyIdSchema,
  /** Version number, 1, 2, … */
  version: z.number().int().positive(),
  /** Name for people. */
  name: NonBlankStringSchema,
  /** What the method is for and how to use it. */
  description: z.string().optional(),
  /** Who approved this version. */
  approvedBy: PartySchema.optional(),
  /** When this version takes effect. */
  effectiveFrom: IsoDateSchema.optional(),
  /** When the method itself is next reviewed. */
  reviewDate: IsoDateSchema,
  /** The matrix with its scales and risk levels. */
  matrix: RiskMatrixSchema,
  /** Impact aggregation; `maximum` when absent. */
  aggregation: AggregationSchema.optional(),
  /** Requirement-rank to consequence mapping for suggestions. */
  consequenceMapping: ConsequenceMappingSchema.optional(),
  /** Acceptance criteria. */
  acceptance: AcceptanceCriteriaSchema,
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A versioned risk assessment methodology.
 *
 * @category Risk
 * @example
 * ```ts
 * const methodology: Methodology = createMethodology({
 *   id: MethodologyIdSchema.parse("acme"), name: "Acme", reviewDate: "2027-01-01", matrix: cox3x3Preset,
 * });
 * validateMethodology(methodology); // []
 * ```
 */
export type Methodology = z.infer<typeof MethodologySchema>;

/**
 * The reference to a methodology version that every rating carries.
 *
 * @category Risk
 * @example
 * ```ts
 * MethodologyRefSchema.parse({ id: "acme", version: 2 });
 * ```
 */
export const MethodologyRefSchema = /* @__PURE__ */ z.strictObject({
  /** Methodology id. */
  id: MethodologyIdSchema,
  /** Methodology version. */
  version: z.number().int().positive(),
});

/**
 * A methodology id and version.
 *
 * @category Risk
 * @example
 * ```ts
 * const ref: MethodologyRef | undefined = doc.risks[0]?.ratings.current?.methodology;
 * ref; // { id: "northwind-risk-method", version: 1 }
 * ```
 */
export type MethodologyRef = z.infer<typeof MethodologyRefSchema>;

/**
 * One methodology or several versions (of one or more methodologies), as taken by queries
 * that look up the version each rating names.
 *
 * @category Risk
 * @example
 * ```ts
 * const held: Methodologies = doc.methodologies; // versions 1 and 2
 * prioritiseRisks(held, doc.risks)[0]?.riskId; // "R-01": each rating is scored under the version it names
 * ```
 */
export type Methodologies = Methodology | readonly Methodology[];
