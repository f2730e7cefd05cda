import { enablePatches, type Patch } from "immer";
import { applyPatches } from "../core/immer.js";
import * as z from "zod";
import { IsoDateTimeSchema, JsonValueSchema, PartySchema } from "../core/index.js";
import type { IsmsDocument } from "./schema.js";

/**
 * One immer patch, as stored in a change log: an operation, a path and, for `add` and
 * `replace`, the new value.
 *
 * @category Document
 * @example
 * ```ts
 * PatchSchema.parse({ op: "replace", path: ["risks", 3, "owner"], value: "CFO" });
 * ```
 */
export const PatchSchema = z.strictObject({
  op: z.enum(["add", "remove", "replace"]),
  path: z.array(z.union([z.string(), z.number().int().nonnegative()])),
  value: JsonValueSchema.optional(),
});

/**
 * A record of one change to the document (clause 7.5.3, control of documented information):
 * who, when, which command, a summary for people, and the immer patches with their inverses.
 * Applying the patches to the document before the change gives the document after it;
 * applying the inverse patches to the document after gives the one before.
 *
 * @category Document
 * @example
 * ```ts
 * const result = applyIsmsCommand(doc, { type: "entity.update", collection: "risks", id: "R-01", patch: { owner: "CFO" } }, { by: "CISO", at: "2026-11-27T10:00:00Z" });
 * if (result.ok) result.value.entry?.summary; // "Risk R-01 updated (owner)"
 * ```
 */
export const ChangeLogEntrySchema = z.strictObject({
  at: IsoDateTimeSchema,
  by: PartySchema,
  command: z.string().min(1),
  summary: z.string().min(1),
  patches: z.array(PatchSchema),
  inversePatches: z.array(PatchSchema),
});

/**
 * A change-log entry.
 *
 * @category Document
 * @example
 * ```ts
 * const log: ChangeLogEntry[] = [];
 * const result = applyIsmsCommand(doc, { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" }, { by: "IT Manager", at: "2026-11-30T09:00:00Z" });
 * if (result.ok && result.value.entry) log.push(result.value.entry);
 * JSON.stringify(log); // the log is JSON, like the document: keep it beside it
 * ```
 */
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;

/**
 * Replays change-log entries, in order, on the document they started from.
 *
 * @param first - the document before the first entry
 * @param entries - the entries in the order they were made
 * @returns the document after the last entry (the same reference when there are none)
 * @category Document
 * @example
 * ```ts
 * const meta = { by: "IT Manager", at: "2026-11-30T09:00:00Z" };
 * const step = applyIsmsCommand(doc, { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" }, meta);
 * const log = step.ok && step.value.entry ? [step.value.entry] : [];
 * const last = replayChangeLog(doc, log);
 * findAsset(last.assets, "A-HW-PRINTER")?.status; // "retired"
 * ```
 */
export function replayChangeLog(first: IsmsDocument, entries: readonly ChangeLogEntry[]): IsmsDocument {
  if (entries.length === 0) return first;
  enablePatches();
  return entries.reduce<IsmsDocument>((document, entry) => applyPatches(document, entry.patches as Patch[]), first);
}

/**
 * Undoes change-log entries, newest first, by applying their inverse patches.
 *
 * @param last - the document after the last entry
 * @param entries - the entries in the order they were made
 * @returns the document before the first entry
 * @category Document
 * @example
 * ```ts
 * const meta = { by: "IT Manager", at: "2026-11-30T09:00:00Z" };
 * const step = applyIsmsCommand(doc, { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" }, meta);
 * if (step.ok && step.value.entry) {
 *   const first = undoChangeLog(step.value.document, [step.value.entry]);
 *   findAsset(first.assets, "A-HW-PRINTER")?.status; // "in_use" again
 * }
 * ```
 */
export function undoChangeLog(last: IsmsDocument, entries: readonly ChangeLogEntry[]): IsmsDocument {
  if (entries.length === 0) return last;
  enablePatches();
  return [...entries]
    .reverse()
    .reduce<IsmsDocument>((document, entry) => applyPatches(document, entry.inversePatches as Patch[]), last);
}
