import * as z from "zod";
import { CustomFieldsSchema, NonBlankStringSchema } from "../core/index.js";

/**
 * The key of a level on a scale or of a risk level: 1–64 letters, digits and `_ . -`,
 * starting with a letter, digit or `_`. Ratings store keys, never labels, so relabelling a
 * level never changes a rating.
 *
 * @category Risk
 * @example
 * ```ts
 * ScaleKeySchema.parse("likely");
 * ```
 */
export const ScaleKeySchema = /* @__PURE__ */ z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, { message: "level keys use letters, digits and _ . -, starting with a letter, digit or _" });

/**
 * A level key such as `"likely"` or `"high"`.
 *
 * @category Risk
 * @example
 * ```ts
 * const key: ScaleKey = "rare";
 * levelOf(currentMethodology(doc).matrix, key, "severe").key; // "medium"
 * ```
 */
export type ScaleKey = z.infer<typeof ScaleKeySchema>;

/**
 * A colour as a CSS hex triplet, `#rrggbb`.
 *
 * @category Risk
 * @example
 * ```ts
 * ColourSchema.parse("#2e7d32");
 * ```
 */
export const ColourSchema = /* @__PURE__ */ z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: "colours are #rrggbb" });

/**
 * A numeric anchor that gives an ordinal level a quantitative meaning: a probability range,
 * a frequency range (events per year) or a money range. The matrix checks can use anchors
 * as the intervals of their quantitative model (see {@link CheckMatrixOptions}).
 *
 * @category Risk
 * @example
 * ```ts
 * LevelAnchorSchema.parse({ kind: "probability", min: 0.1, max: 0.3 });
 * ```
 */
export const LevelAnchorSchema = /* @__PURE__ */ z.strictObject({
  /** What the numbers measure. */
  kind: z.enum(["probability", "frequency", "money", "other"]),
  /** Lower bound of the range (inclusive). */
  min: z.number().finite().nonnegative(),
  /** Upper bound of the range. */
  max: z.number().finite().nonnegative(),
  /** Unit of the numbers, e.g. `"EUR"` or `"per year"`. */
  unit: NonBlankStringSchema.optional(),
});

/**
 * A numeric anchor of a scale level.
 *
 * @category Risk
 * @example
 * ```ts
 * const anchor: LevelAnchor = { kind: "money", min: 10_000, max: 100_000, unit: "EUR" };
 * ```
 */
export type LevelAnchor = z.infer<typeof LevelAnchorSchema>;

/**
 * One level of a likelihood or consequence scale.
 *
 * @category Risk
 * @example
 * ```ts
 * ScaleLevelSchema.parse({ key: "likely", label: "Likely", description: "Expected within a year" });
 * ```
 */
export const ScaleLevelSchema = /* @__PURE__ */ z.strictObject({
  /** Stable key stored in ratings. */
  key: ScaleKeySchema,
  /** Label shown to people. */
  label: NonBlankStringSchema,
  /** What the level means, in the organisation's words. */
  description: z.string().optional(),
  /** Display colour. */
  colour: ColourSchema.optional(),
  /** Score used by formula matrices; defaults to the 1-based position on the scale. */
  value: z.number().finite().optional(),
  /** Quantitative meaning of the level. */
  anchor: LevelAnchorSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * A level of a scale.
 *
 * @category Risk
 * @example
 * ```ts
 * const level: ScaleLevel = { key: "rare", label: "Rare" };
 * ```
 */
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;

/**
 * An ordered scale (likelihood or consequence) of 2 to 12 levels, lowest first. Keys must be
 * unique ({@link validateMethodology} reports duplicates).
 *
 * @category Risk
 * @example
 * ```ts
 * ScaleSchema.parse({
 *   name: "Likelihood",
 *   levels: [
 *     { key: "rare", label: "Rare" },
 *     { key: "possible", label: "Possible" },
 *     { key: "likely", label: "Likely" },
 *   ],
 * });
 * ```
 */
export const ScaleSchema = /* @__PURE__ */ z.strictObject({
  /** Name of the scale, e.g. `"Likelihood"`. */
  name: NonBlankStringSchema.optional(),
  /** Levels, lowest first. */
  levels: z.array(ScaleLevelSchema).min(2).max(12),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * An ordered scale of levels, lowest first.
 *
 * @category Risk
 * @example
 * ```ts
 * const scale: Scale = { levels: [{ key: "low", label: "Low" }, { key: "high", label: "High" }] };
 * ```
 */
export type Scale = z.infer<typeof ScaleSchema>;
