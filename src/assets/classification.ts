import * as z from "zod";
import { CustomFieldsSchema, NonBlankStringSchema } from "../core/index.js";
import { LevelKeySchema } from "./requirementScales.js";

/**
 * One level of the classification scheme (5.12): a key, a label, what it means, how
 * information at that level is handled (5.13), and optionally the range of confidentiality
 * requirement levels it is consistent with (keys on the confidentiality scale), which
 * {@link validateAssets} checks.
 *
 * @category Assets
 * @example
 * ```ts
 * ClassificationLevelSchema.parse({
 *   key: "public",
 *   label: "Public",
 *   handling: "No restrictions.",
 *   expectedConfidentiality: { max: "low" },
 * });
 * ```
 */
export const ClassificationLevelSchema = z.strictObject({
  key: LevelKeySchema,
  label: NonBlankStringSchema,
  description: z.string().optional(),
  handling: z.string().optional(),
  expectedConfidentiality: z
    .strictObject({
      /** Lowest consistent confidentiality level key. */
      min: LevelKeySchema.optional(),
      /** Highest consistent confidentiality level key. */
      max: LevelKeySchema.optional(),
    })
    .optional(),
});

/**
 * One level of the classification scheme.
 *
 * @category Assets
 * @example
 * ```ts
 * const level: ClassificationLevel = { key: "internal", label: "Internal" };
 * ```
 */
export type ClassificationLevel = z.infer<typeof ClassificationLevelSchema>;

/**
 * The organisation's classification scheme (5.12): its levels ordered from least to most
 * sensitive, with unique keys.
 *
 * @category Assets
 * @example
 * ```ts
 * ClassificationSchemeSchema.parse({
 *   levels: [{ key: "open", label: "Open" }, { key: "closed", label: "Closed" }],
 * });
 * ```
 */
export const ClassificationSchemeSchema = z
  .strictObject({
    levels: z.array(ClassificationLevelSchema).min(1),
    custom: CustomFieldsSchema.optional(),
  })
  .superRefine((scheme, ctx) => {
    const seen = new Set<string>();
    scheme.levels.forEach((level, index) => {
      if (seen.has(level.key)) {
        ctx.addIssue({ code: "custom", message: `level key "${level.key}" is used twice`, path: ["levels", index, "key"] });
      }
      seen.add(level.key);
    });
  });

/**
 * An ordered classification scheme.
 *
 * @category Assets
 * @example
 * ```ts
 * const scheme: ClassificationScheme = {
 *   levels: [{ key: "open", label: "Open" }, { key: "closed", label: "Closed" }],
 * };
 * validateAssetSettings({ ...defaultAssetSettings, classification: scheme }); // []
 * ```
 */
export type ClassificationScheme = z.infer<typeof ClassificationSchemeSchema>;

/**
 * The default scheme: Public, Internal, Confidential, Restricted (keys `public`,
 * `internal`, `confidential`, `restricted`), each with a description, handling notes and
 * the confidentiality levels of {@link defaultRequirementScales} it is consistent with.
 *
 * @category Assets
 * @example
 * ```ts
 * defaultClassificationScheme.levels.map((level) => level.label);
 * // ["Public", "Internal", "Confidential", "Restricted"]
 * ```
 */
export const defaultClassificationScheme: ClassificationScheme = {
  levels: [
    {
      key: "public",
      label: "Public",
      description: "Meant for anyone; disclosure does no harm.",
      handling: "May be published. Keep integrity: publish only approved versions.",
      expectedConfidentiality: { max: "low" },
    },
    {
      key: "internal",
      label: "Internal",
      description: "For staff and contractors under agreement; disclosure would be awkward rather than harmful.",
      handling: "Share inside the organisation only. No special storage rules.",
      expectedConfidentiality: { max: "medium" },
    },
    {
      key: "confidential",
      label: "Confidential",
      description: "For named groups with a need to know; disclosure would cause real harm.",
      handling: "Share with named recipients; encrypt in transit and on removable media; label documents.",
      expectedConfidentiality: { min: "medium" },
    },
    {
      key: "restricted",
      label: "Restricted",
      description: "For a few named people; disclosure could cause severe or lasting harm.",
      handling: "Named individuals only; encrypt at rest and in transit; log access; no printing without approval.",
      expectedConfidentiality: { min: "high" },
    },
  ],
};
