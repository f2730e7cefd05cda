import * as z from "zod";
import { CustomFieldsSchema, NonBlankStringSchema } from "../core/index.js";
import { rejectReservedKeys } from "../core/_internal/index.js";

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Key of a level on a scale (a requirement scale or the classification scheme): letters,
 * digits, `_` and `-`, starting with a letter or digit, e.g. `"very_high"`.
 *
 * @category Assets
 * @example
 * ```ts
 * LevelKeySchema.parse("very_high");
 * ```
 */
export const LevelKeySchema = z
  .string()
  .min(1)
  .max(64)
  .regex(KEY_PATTERN, { message: "must use letters, digits, _ and -, starting with a letter or digit" });

/**
 * Key of a security property such as `confidentiality` or an organisation's own
 * `privacy`: a letter, then letters, digits and `_`.
 *
 * @category Assets
 * @example
 * ```ts
 * RequirementPropertyKeySchema.parse("authenticity");
 * ```
 */
export const RequirementPropertyKeySchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, { message: "must be a letter followed by letters, digits or _" });

/**
 * One level of a security-requirement scale: a key, a label and an optional description.
 *
 * @category Assets
 * @example
 * ```ts
 * RequirementLevelSchema.parse({ key: "high", label: "High" });
 * ```
 */
export const RequirementLevelSchema = z.strictObject({
  key: LevelKeySchema,
  label: NonBlankStringSchema,
  description: z.string().optional(),
});

/**
 * One level of a security-requirement scale.
 *
 * @category Assets
 * @example
 * ```ts
 * const level: RequirementLevel = { key: "high", label: "High" };
 * ```
 */
export type RequirementLevel = z.infer<typeof RequirementLevelSchema>;

function uniqueKeys(levels: readonly { readonly key: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  levels.forEach((level, index) => {
    if (seen.has(level.key)) {
      ctx.addIssue({ code: "custom", message: `level key "${level.key}" is used twice`, path: ["levels", index, "key"] });
    }
    seen.add(level.key);
  });
}

/**
 * The ordered scale of one security property, lowest level first. Level keys are unique.
 *
 * @category Assets
 * @example
 * ```ts
 * RequirementScaleSchema.parse({
 *   label: "Privacy",
 *   levels: [{ key: "low", label: "Low" }, { key: "high", label: "High" }],
 * });
 * ```
 */
export const RequirementScaleSchema = z
  .strictObject({
    label: NonBlankStringSchema,
    description: z.string().optional(),
    levels: z.array(RequirementLevelSchema).min(1),
    custom: CustomFieldsSchema.optional(),
  })
  .superRefine((scale, ctx) => uniqueKeys(scale.levels, ctx));

/**
 * The ordered scale of one security property.
 *
 * @category Assets
 * @example
 * ```ts
 * const scale: RequirementScale = { label: "Safety", levels: [{ key: "low", label: "Low" }] };
 * ```
 */
export type RequirementScale = z.infer<typeof RequirementScaleSchema>;

/**
 * The organisation's security properties and their scales, keyed by property:
 * `confidentiality`, `integrity` and `availability` are always present; further
 * properties (`authenticity`, `privacy`, `safety`, …) may be added. Property keys follow
 * {@link RequirementPropertyKeySchema}; object order is the order reports use.
 *
 * @category Assets
 * @example
 * ```ts
 * RequirementScalesSchema.parse({ ...defaultRequirementScales, privacy: defaultRequirementScales.confidentiality });
 * ```
 */
export const RequirementScalesSchema = rejectReservedKeys(
  z
  .object({
    confidentiality: RequirementScaleSchema,
    integrity: RequirementScaleSchema,
    availability: RequirementScaleSchema,
  })
  .catchall(RequirementScaleSchema)
  .superRefine((scales, ctx) => {
    for (const key of Object.keys(scales)) {
      if (!RequirementPropertyKeySchema.safeParse(key).success) {
        ctx.addIssue({ code: "custom", message: `"${key}" is not a valid property key`, path: [key] });
      }
    }
  }),
);

/**
 * The scales of every security property the organisation rates.
 *
 * @category Assets
 * @example
 * ```ts
 * const scales: RequirementScales = {
 *   ...defaultRequirementScales,
 *   safety: { label: "Safety", levels: [{ key: "none", label: "None" }, { key: "injury", label: "Injury" }] },
 * };
 * validateAssetSettings({ ...defaultAssetSettings, requirementScales: scales }); // []
 * ```
 */
export type RequirementScales = z.infer<typeof RequirementScalesSchema>;

function fourLevels(label: string, description: string): RequirementScale {
  return {
    label,
    description,
    levels: [
      { key: "low", label: "Low", description: "A failure would be a nuisance with little lasting effect." },
      { key: "medium", label: "Medium", description: "A failure would hurt one team or a few customers." },
      { key: "high", label: "High", description: "A failure would hurt the organisation or many customers." },
      { key: "very_high", label: "Very high", description: "A failure would threaten the organisation or people's safety." },
    ],
  };
}

/**
 * The default scales: confidentiality, integrity and availability, each rated low, medium,
 * high or very high (keys `low`, `medium`, `high`, `very_high`).
 *
 * @category Assets
 * @example
 * ```ts
 * defaultRequirementScales.availability.levels.map((level) => level.key);
 * // ["low", "medium", "high", "very_high"]
 * ```
 */
export const defaultRequirementScales: RequirementScales = {
  confidentiality: fourLevels("Confidentiality", "How much harm disclosure to the wrong people would do."),
  integrity: fourLevels("Integrity", "How much harm wrong or altered content would do."),
  availability: fourLevels("Availability", "How much harm not having it when needed would do."),
};
