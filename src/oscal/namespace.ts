import * as z from "zod";

/**
 * The namespace URI of every ISMS-specific OSCAL `prop` this library writes (ISO/IEC 27002
 * attributes, the new-in-2022 flag, SoA reasons, …). It is stable: tools may key on it.
 * See docs/oscal.md for the vocabulary.
 *
 * @category OSCAL
 * @example
 * ```ts
 * ISMS_OSCAL_NS; // "https://isms.dev/ns/oscal"
 * ```
 */
export const ISMS_OSCAL_NS = "https://isms.dev/ns/oscal";

/**
 * The OSCAL version every export declares in `metadata.oscal-version`.
 *
 * @category OSCAL
 * @example
 * ```ts
 * OSCAL_VERSION; // "1.2.1"
 * ```
 */
export const OSCAL_VERSION = "1.2.1";

/**
 * The names of the props in {@link ISMS_OSCAL_NS}. Catalog: `theme`, the five ISO/IEC 27002
 * attribute sets (`control-type`, `security-property`, `cybersecurity-concept`,
 * `operational-capability`, `security-domain`, one prop per value, ISO's spelling),
 * `new-in-2022`, `iso27002-title`, `documented-information`, `control-id` and `group-id`
 * (the original id when it is not an OSCAL token, or when it is qualified by its catalogue),
 * `catalogue-id`. SSP: `applicability` (`applicable`, `excluded`, `undecided`), `withdrawn`,
 * `inclusion-reason`, `implementation-status`, `control-ref`, `obligation-id`, `risk-id`,
 * `last-reviewed`, `evidence-date`, `evidence-ref`. Assessment results and POA&M: `risk-id`, `risk-status`,
 * `methodology`, `category`, `asset-id`, `affected-property`, `rating-layer`,
 * `treatment-option`, `plan-id`, `priority`, `action-id`, `action-status`, `decision-id`,
 * `audit-id`, `finding-id`, `finding-grade`, `nonconformity-id`, `nonconformity-severity`,
 * `nonconformity-status`. See docs/oscal.md for the values.
 *
 * @category OSCAL
 * @example
 * ```ts
 * IsmsOscalPropNameSchema.options.includes("new-in-2022"); // true
 * ```
 */
export const IsmsOscalPropNameSchema = z.enum([
  "theme",
  "control-type",
  "security-property",
  "cybersecurity-concept",
  "operational-capability",
  "security-domain",
  "new-in-2022",
  "iso27002-title",
  "documented-information",
  "control-id",
  "group-id",
  "catalogue-id",
  "selected-by",
  "applicability",
  "withdrawn",
  "inclusion-reason",
  "implementation-status",
  "control-ref",
  "obligation-id",
  "last-reviewed",
  "evidence-date",
  "evidence-ref",
  "risk-id",
  "risk-status",
  "methodology",
  "category",
  "asset-id",
  "affected-property",
  "rating-layer",
  "treatment-option",
  "plan-id",
  "priority",
  "action-id",
  "action-status",
  "decision-id",
  "audit-id",
  "finding-id",
  "finding-grade",
  "nonconformity-id",
  "nonconformity-severity",
  "nonconformity-status",
]);

/**
 * A prop name of the ISMS vocabulary.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const name: IsmsOscalPropName = "security-domain";
 * ```
 */
export type IsmsOscalPropName = z.infer<typeof IsmsOscalPropNameSchema>;

/**
 * The OSCAL models this library exports, as the `isms oscal --model` option spells them.
 *
 * @category OSCAL
 * @example
 * ```ts
 * OscalModelSchema.parse("ssp");
 * ```
 */
export const OscalModelSchema = z.enum(["catalog", "profile", "ssp", "assessment-results", "poam", "mapping"]);

/**
 * One of the OSCAL models this library exports.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const model: OscalModel = "poam";
 * Object.keys(exportOscal(doc, model, { asOf: "2026-11-27" })); // ["plan-of-action-and-milestones"]
 * ```
 */
export type OscalModel = z.infer<typeof OscalModelSchema>;

/**
 * The OSCAL models this library exports, in the order of {@link OscalModelSchema}: the
 * values of the `isms oscal --model` option.
 *
 * @category OSCAL
 * @example
 * ```ts
 * OSCAL_MODELS.includes("mapping"); // true
 * ```
 */
export const OSCAL_MODELS: readonly OscalModel[] = OscalModelSchema.options;
