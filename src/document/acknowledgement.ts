import * as z from "zod";
import { CustomFieldsSchema, idSchema, IsoDateSchema, NonBlankStringSchema, PartySchema } from "../core/index.js";

/**
 * A person's acknowledgement of a known warning: the issue code, optionally the path of one
 * issue, why the warning is accepted, who accepted it, from when and optionally until when.
 * While it is in force (`on` ≤ asOf ≤ `until`), {@link validateIsms} returns the warnings it
 * matches as `info` issues that carry the acknowledgement; it never changes an error. Without
 * `path` it matches every issue of the code.
 *
 * @category Document
 * @example
 * ```ts
 * AcknowledgementSchema.parse({
 *   id: "ACK-1",
 *   code: "review_overdue",
 *   path: ["soaDecisions", 12, "lastReviewed"],
 *   reason: "Reviewed with the supplier contract renewal in January.",
 *   by: "CISO",
 *   on: "2026-11-20",
 *   until: "2027-01-31",
 * });
 * ```
 */
export const AcknowledgementSchema = z.strictObject({
  /** Unique among the document's acknowledgements. */
  id: idSchema("AcknowledgementId"),
  /** The code of the issue acknowledged, e.g. `review_overdue`. */
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, { message: "must be an issue code: lower-case letters, digits and _" }),
  /** The path of the one issue acknowledged, from the document root; omitted, every issue of the code. */
  path: z.array(z.union([z.string(), z.int().nonnegative()])).optional(),
  /** Why the warning is accepted. */
  reason: NonBlankStringSchema,
  /** Who acknowledged it. */
  by: PartySchema,
  /** When it was acknowledged; in force from this day. */
  on: IsoDateSchema,
  /** The last day it is in force; omitted, it does not expire. */
  until: IsoDateSchema.optional(),
  /** Free JSON kept untouched. */
  custom: CustomFieldsSchema.optional(),
});

/**
 * An acknowledgement of a known warning.
 *
 * @category Document
 * @example
 * ```ts
 * const ack: Acknowledgement = AcknowledgementSchema.parse({ id: "ACK-1", code: "missing_scope", reason: "Scope workshop on 3 March.", by: "CISO", on: "2026-02-01" });
 * ```
 */
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;
