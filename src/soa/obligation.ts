import * as z from "zod";
import { CustomFieldsSchema, NonBlankStringSchema, ObligationIdSchema, PartySchema } from "../core/index.js";
import { ControlRefSchema } from "../catalogue/index.js";

/**
 * Where an obligation comes from: a law, a statute, a regulator, a contract, the business
 * itself or a best practice the organisation chose to follow (5.31, 6.1.3 d).
 *
 * @category SoA
 * @example
 * ```ts
 * ObligationKindSchema.options; // ["legal", "statutory", "regulatory", "contractual", "business", "best_practice"]
 * ```
 */
export const ObligationKindSchema = z.enum(["legal", "statutory", "regulatory", "contractual", "business", "best_practice"]);

/**
 * The kind of an {@link Obligation}.
 *
 * @category SoA
 * @example
 * ```ts
 * const kind: ObligationKind = "contractual";
 * ```
 */
export type ObligationKind = z.infer<typeof ObligationKindSchema>;

/**
 * A legal, statutory, regulatory or contractual requirement (5.31), or a business
 * requirement or best-practice choice, with the controls it requires. Obligations are one of
 * the sources of the reasons in the Statement of Applicability.
 *
 * @category SoA
 * @example
 * ```ts
 * ObligationSchema.parse({
 *   id: "OB-GDPR",
 *   kind: "legal",
 *   title: "EU General Data Protection Regulation",
 *   source: "Regulation (EU) 2016/679",
 *   controls: ["annex-a:5.34"],
 * });
 * ```
 */
export const ObligationSchema = z.strictObject({
  /** Unique id. */
  id: ObligationIdSchema,
  /** Where the obligation comes from. */
  kind: ObligationKindSchema,
  /** Short title. */
  title: NonBlankStringSchema,
  /** The law, contract or document, e.g. a citation or contract number. */
  source: z.string().optional(),
  /** What it asks, in the organisation's words. */
  description: z.string().optional(),
  /** The controls it requires (catalogue-qualified). */
  controls: z.array(ControlRefSchema),
  /** Who keeps track of it. */
  owner: PartySchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * An obligation: legal, statutory, regulatory, contractual, business or best practice.
 *
 * @category SoA
 * @example
 * ```ts
 * const obligation: Obligation = ObligationSchema.parse(JSON.parse(text));
 * validateObligations([...doc.obligations, obligation], { catalogues: doc.cataloguesInScope, customCatalogues: doc.catalogues });
 * ```
 */
export type Obligation = z.infer<typeof ObligationSchema>;
