import { enablePatches, type Patch } from "immer";
import { applyPatches, argumentError } from "../core/_internal/index.js";
import * as z from "zod";
import { IsmsError, IsoDateTimeSchema, JsonValueSchema, PartySchema, type IssuePath } from "../core/index.js";
import type { IsmsDocument } from "./schema.js";

// Segments that would reach an object's prototype: immer refuses to patch them, and a
// change log is untrusted input like any other.
const RESERVED_SEGMENTS: readonly string[] = ["__proto__", "constructor", "prototype"];

const PathSegmentSchema = z.union([
  z.string().refine((segment) => !RESERVED_SEGMENTS.includes(segment), { message: "this path segment is reserved and not accepted" }),
  z.number().int().nonnegative(),
]);

/**
 * One immer patch, as stored in a change log: an operation, a path and, for `add` and
 * `replace`, the new value. A path segment `__proto__`, `constructor` or `prototype` is
 * refused.
 *
 * @category Document
 * @example
 * ```ts
 * PatchSchema.parse({ op: "replace", path: ["risks", 3, "owner"], value: "CFO" });
 * ```
 */
export const PatchSchema = z.strictObject({
  op: z.enum(["add", "remove", "replace"]),
  path: z.array(PathSegmentSchema),
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

type PatchList = "patches" | "inversePatches";

function invalid(index: number, path: IssuePath, reason: string): IsmsError {
  return new IsmsError("invalid_change_log", `Change-log entry ${index} cannot be applied: ${reason} (at ${[index, ...path].join(".")}).`, [index, ...path]);
}

// Why a patch cannot apply to `base` as it stands, or undefined when it can. immer resolves
// only the parent of a patch's target and would quietly create a key that a `replace` names,
// or skip a `remove` of an element that is not there: a log that does not fit the document
// it is replayed on must say so instead.
function unfit(base: unknown, patch: Patch): string | undefined {
  if (patch.op !== "remove" && !Object.hasOwn(patch, "value")) return `the ${patch.op} patch has no value`;
  const { path } = patch;
  if (path.length === 0) return patch.op === "replace" ? undefined : `a ${patch.op} patch needs a path`;
  let node = base;
  for (let at = 0; at < path.length; at += 1) {
    const key = path[at]!;
    const where = path.slice(0, at + 1).join("/");
    if (typeof node !== "object" || node === null) return `the path ${where} does not exist`;
    const last = at === path.length - 1;
    if (Array.isArray(node)) {
      const appending = last && patch.op === "add";
      if (appending && key === "-") return undefined;
      if (typeof key !== "number" || !Number.isInteger(key) || key < 0 || key > node.length || (key === node.length && !appending)) {
        return `the path ${where} does not exist`;
      }
    } else if (!Object.hasOwn(node, key) && !(last && patch.op === "add")) {
      return `the path ${where} does not exist`;
    }
    node = (node as Record<string | number, unknown>)[key];
  }
  return undefined;
}

// Applies one entry's patches, or throws an IsmsError that names the entry (by its index in
// the log) and the patch: the entry is checked against its schema, each patch against the
// document it applies to, and anything immer still refuses is reported instead of immer's
// own Error.
function applyEntry(document: IsmsDocument, entry: unknown, index: number, list: PatchList): IsmsDocument {
  const parsed = ChangeLogEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw invalid(index, first.path as (string | number)[], first.message);
  }
  const patches = parsed.data[list] as Patch[];
  let current = document;
  for (const [at, patch] of patches.entries()) {
    const reason = unfit(current, patch);
    if (reason !== undefined) throw invalid(index, [list, at], reason);
    try {
      current = applyPatches(current, [patch]);
    } catch (error) {
      throw invalid(index, [list, at], error instanceof Error ? error.message.replace(/^\[Immer\]\s*/, "") : String(error));
    }
  }
  return current;
}

/**
 * Replays change-log entries, in order, on the document they started from.
 *
 * @param first - the document before the first entry
 * @param entries - the entries in the order they were made
 * @returns the document after the last entry (the same reference when there are none)
 * @throws {@link IsmsError} `invalid_change_log` when an entry is not a valid
 *   {@link ChangeLogEntry} or a patch does not apply (its path does not exist in the
 *   document); `path` starts with the entry's index in `entries`
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
  try {
    if (entries.length === 0) return first;
    enablePatches();
    return entries.reduce<IsmsDocument>((document, entry, index) => applyEntry(document, entry, index, "patches"), first);
  } catch (error) {
    throw argumentError("replayChangeLog", error);
  }
}

/**
 * Undoes change-log entries, newest first, by applying their inverse patches.
 *
 * @param last - the document after the last entry
 * @param entries - the entries in the order they were made
 * @returns the document before the first entry
 * @throws {@link IsmsError} `invalid_change_log` when an entry is not a valid
 *   {@link ChangeLogEntry} or an inverse patch does not apply; `path` starts with the
 *   entry's index in `entries` (the order they were made, not the order they are undone)
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
  try {
    if (entries.length === 0) return last;
    enablePatches();
    let document = last;
    for (let index = entries.length - 1; index >= 0; index -= 1) document = applyEntry(document, entries[index], index, "inversePatches");
    return document;
  } catch (error) {
    throw argumentError("undoChangeLog", error);
  }
}
