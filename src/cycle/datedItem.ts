import * as z from "zod";
import { IsoDateSchema, NonBlankStringSchema, PartySchema } from "../core/index.js";

/**
 * The kinds of dated item the calendar lists.
 *
 * @category Cycle
 * @example
 * ```ts
 * DatedItemKindSchema.parse("corrective_action");
 * ```
 */
export const DatedItemKindSchema = z.enum([
  "audit",
  "management_review",
  "corrective_action",
  "review_action",
  "objective",
  "acceptance",
  "surveillance_audit",
  "recertification_audit",
  "certificate_expiry",
  "other",
]);

/**
 * A dated item kind.
 *
 * @category Cycle
 * @example
 * ```ts
 * const kind: DatedItemKind = "audit";
 * ```
 */
export type DatedItemKind = z.infer<typeof DatedItemKindSchema>;

/**
 * Anything with a due date that the calendar tracks: kind, id, title, due date, whether it
 * is done, the owner and the id of the record it belongs to (e.g. the nonconformity of a
 * corrective action).
 *
 * @category Cycle
 * @example
 * ```ts
 * DatedItemSchema.parse({ kind: "audit", id: "AUD-1", title: "Access management", due: "2026-05-12", done: false });
 * ```
 */
export const DatedItemSchema = z.strictObject({
  kind: DatedItemKindSchema,
  id: z.string().min(1),
  title: NonBlankStringSchema,
  due: IsoDateSchema,
  done: z.boolean(),
  owner: PartySchema.optional(),
  parent: z.string().min(1).optional(),
});

/**
 * A dated item.
 *
 * @category Cycle
 * @example
 * ```ts
 * const item: DatedItem = { kind: "objective", id: "OBJ-1", title: "Patch fast", due: "2026-12-31", done: false };
 * listOverdue([item], "2027-01-05").length; // 1
 * ```
 */
export type DatedItem = z.infer<typeof DatedItemSchema>;
