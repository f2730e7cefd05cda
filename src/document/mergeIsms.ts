import { argumentError, deepEqual, zodIssues } from "../core/_internal/index.js";
import type { IsmsIssue, IsoDate } from "../core/index.js";
import type { RecordKind } from "./recordKind.js";
import { ISMS_RECORD_KINDS } from "./recordKinds.js";
import { IsmsDocumentSchema, type IsmsDocument } from "./schema.js";
import { validateIsms } from "./validateIsms.js";
import { collectionPath, isRecord, keyOf, recordsOf } from "./_internal/registry.js";
import { conflictAt, mergeObject, mergeValue, uniteByValue, type MergeScope } from "./_internal/merge.js";

/**
 * Options of {@link mergeIsms}.
 *
 * @category Document
 * @example
 * ```ts
 * const options: MergeIsmsOptions = { asOf: "2026-11-27" };
 * ```
 */
export interface MergeIsmsOptions {
  /** The date the merged document is validated on (see {@link validateIsms}). */
  readonly asOf: IsoDate;
}

/**
 * One place of the document that the two sides changed in ways that do not fit together.
 * `kind` says how: `both_changed` (one field given two different values),
 * `removed_and_changed` (removed on one side, changed on the other) or `both_added` (the
 * same new key, or the same new field, added on both sides with different content). `path`
 * leads from the document's root to the place, naming records by their key, never by their
 * index (`["risks", "R-12", "ratings", "residual"]`, `["treatmentPlans", "TP-01", "actions",
 * "TP-01-A2", "status"]`); `collection` and `key` name the record when the place is inside
 * one. `base`, `ours` and `theirs` are the three values, each left out where it is absent.
 * The merged document holds `ours` there.
 *
 * @category Document
 * @example
 * ```ts
 * const conflict: IsmsMergeConflict = {
 *   kind: "both_changed",
 *   collection: "risks",
 *   key: "R-01",
 *   path: ["risks", "R-01", "owner"],
 *   base: "CTO",
 *   ours: "CISO",
 *   theirs: "CFO",
 * };
 * ```
 */
export interface IsmsMergeConflict {
  /** How the two sides disagree. */
  readonly kind: "both_changed" | "removed_and_changed" | "both_added";
  /** The collection of the record the place is in (`risks`, `audits`); absent in the document's frame. */
  readonly collection?: string;
  /** The key of that record (`R-12`; a methodology's `id@version`). */
  readonly key?: string;
  /** From the document's root to the place, records named by key. */
  readonly path: readonly string[];
  /** The value in the base; absent when the base has none. */
  readonly base?: unknown;
  /** Our value, which the merged document holds; absent when ours has none. */
  readonly ours?: unknown;
  /** Their value; absent when theirs has none. */
  readonly theirs?: unknown;
}

/**
 * What {@link mergeIsms} gives: the merged document, its conflicts, the issues of the merged
 * document, and whether it merged without conflict.
 *
 * @category Document
 * @example
 * ```ts
 * const result: IsmsMergeResult = mergeIsms(doc, doc, doc, { asOf: "2026-11-27" });
 * result.clean; // true
 * ```
 */
export interface IsmsMergeResult {
  /** Every change of both sides that does not conflict, and ours at each conflict. */
  readonly document: IsmsDocument;
  /** The places changed two ways: the collections' in the registry's order, then the frame's; empty when the merge is clean. */
  readonly conflicts: IsmsMergeConflict[];
  /**
   * The merged document's issues from {@link validateIsms}: changes that are fine apart can
   * break a rule together (one side removes an asset a risk of the other side names). In the
   * rare case that they break the document's schema, these are the schema's issues instead
   * and `document` is the merged value as it is, which does not parse.
   */
  readonly issues: IsmsIssue[];
  /** `true` when there is no conflict (`conflicts.length === 0`); the issues do not count. */
  readonly clean: boolean;
}

/** Fields of records that are only ever appended to, and so are united rather than merged. */
const APPEND_ONLY_FIELDS: Readonly<Record<string, readonly string[]>> = { objectives: ["measurements"] };

type Kind = Pick<RecordKind, "schema" | "key" | "parent" | "appendOnly">;

/** A collection's records by key, or `undefined` when two records share a key (then the collection is merged whole). */
function byKey(kind: Kind, records: readonly unknown[]): Map<string, unknown> | undefined {
  const map = new Map<string, unknown>();
  for (const record of records) {
    const key = keyOf(kind, record);
    if (map.has(key)) return undefined;
    map.set(key, record);
  }
  return map;
}

/** Merges one record of a collection that is not append-only, field by field. */
function mergeRecord(name: string, base: unknown, ours: unknown, theirs: unknown, path: readonly string[], scope: MergeScope): unknown {
  const united = APPEND_ONLY_FIELDS[name] ?? [];
  if (united.length === 0 || !isRecord(base) || !isRecord(ours) || !isRecord(theirs) || deepEqual(ours, theirs)) return mergeValue(base, ours, theirs, path, scope);
  return mergeObject(base, ours, theirs, path, scope, (field, b, o, t) => (united.includes(field) ? uniteByValue(o, t) : mergeValue(b, o, t, [...path, field], scope)));
}

/** Merges one append-only record: kept from whichever side has it, never removed; a changed one is a conflict. */
function uniteRecord(base: unknown, ours: unknown, theirs: unknown, path: readonly string[], scope: MergeScope): unknown {
  if (ours === undefined || theirs === undefined || deepEqual(ours, theirs)) return ours ?? theirs;
  if (deepEqual(base, ours)) return theirs;
  if (deepEqual(base, theirs)) return ours;
  conflictAt(scope, base === undefined ? "both_added" : "both_changed", path, base, ours, theirs);
  return ours;
}

/** The merged records of one collection, ours' order then theirs' additions; `undefined` when the collection is absent from the result. */
function mergeCollection(name: string, kind: Kind, documents: readonly [IsmsDocument, IsmsDocument, IsmsDocument], conflicts: IsmsMergeConflict[]): unknown[] | undefined {
  const path = collectionPath(name, kind);
  const [base, ours, theirs] = [recordsOf(documents[0], name, kind), recordsOf(documents[1], name, kind), recordsOf(documents[2], name, kind)];
  const [b, o, t] = [byKey(kind, base), byKey(kind, ours), byKey(kind, theirs)];
  let merged: unknown[];
  if (b === undefined || o === undefined || t === undefined) {
    // Two records with one key (a repeated readiness assessment): the records cannot be told apart, so the collection is merged whole.
    const whole = mergeValue(base, ours, theirs, path, { conflicts, collection: name });
    merged = Array.isArray(whole) ? whole : [];
  } else {
    merged = [];
    for (const key of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
      const scope: MergeScope = { conflicts, collection: name, key };
      const at = [...path, key];
      const value = kind.appendOnly ? uniteRecord(b.get(key), o.get(key), t.get(key), at, scope) : mergeRecord(name, b.get(key), o.get(key), t.get(key), at, scope);
      if (value !== undefined) merged.push(value);
    }
  }
  // An optional collection is present when a side added the field or kept it, as for any field.
  const has = documents.map((document) => {
    const holder: unknown = kind.parent === undefined ? document : Reflect.get(document, kind.parent.field);
    return isRecord(holder) && Array.isArray(holder[name]);
  });
  const present = has[1] === has[2] ? has[1] : has[0] === has[1] ? has[2] : has[1];
  return present || merged.length > 0 ? merged : undefined;
}

/**
 * Merges two versions of a document that were changed apart from a common base (two branches
 * of a file in git), by record key and by field rather than by line: every change that does
 * not overlap another is kept, the same change made on both sides is kept once, and the
 * places changed two ways are returned as conflicts, with the merged document holding ours
 * there (so that it still parses).
 *
 * - Collections (every kind of {@link ISMS_RECORD_KINDS}, the audits in the audit programme
 *   too) are merged by key. A record removed on one side and unchanged on the other is
 *   removed; removed on one side and changed on the other is a conflict; the same key added
 *   on both sides with different content is a conflict.
 * - Inside a record and in the document's frame (organisation, scope, cycle, …), objects are
 *   merged field by field; arrays of objects that each carry a unique `id` (a plan's actions)
 *   by id; arrays of strings or numbers (references such as a risk's `assets`, an asset's
 *   `dependsOn`) as sets (an element added on either side is kept, one removed on either
 *   side is removed); other arrays whole.
 * - Append-only records are united and never removed: the risk owners' decisions and the
 *   methodology versions by key, an objective's measurements by value. The same key with
 *   different content on the two sides is a conflict.
 * - Merged collections keep ours' order with theirs' additions after it; {@link formatIsms}
 *   sorts them.
 *
 * The merged document is validated ({@link validateIsms} on `asOf`): changes that are fine
 * apart can break a rule together.
 *
 * @param base - the version both sides started from
 * @param ours - our version (git's `%A`), which a conflict keeps
 * @param theirs - their version (git's `%B`)
 * @param options - the `asOf` date the merged document is validated on
 * @returns the merged document, the conflicts, the merged document's issues and `clean`
 * @category Document
 * @example
 * ```ts
 * const ours = applyIsmsCommand(doc, { type: "entity.update", collection: "risks", id: "R-01", patch: { owner: "CISO" } }, { by: "CISO", at: "2026-11-27T10:00:00Z" });
 * const theirs = applyIsmsCommand(doc, { type: "entity.update", collection: "risks", id: "R-02", patch: { owner: "CFO" } }, { by: "CFO", at: "2026-11-27T11:00:00Z" });
 * if (ours.ok && theirs.ok) {
 *   const merged = mergeIsms(doc, ours.value.document, theirs.value.document, { asOf: "2026-11-27" });
 *   merged.clean; // true: both owners changed
 *   merged.conflicts.map((conflict) => conflict.path.join("/")); // []
 * }
 * ```
 */
export function mergeIsms(base: IsmsDocument, ours: IsmsDocument, theirs: IsmsDocument, options: MergeIsmsOptions): IsmsMergeResult {
  try {
    const conflicts: IsmsMergeConflict[] = [];
    const documents = [base, ours, theirs] as const;
    const collections = new Map<string, unknown[] | undefined>();
    const kinds: [string, Kind][] = Object.entries(ISMS_RECORD_KINDS);
    for (const [name, kind] of kinds) collections.set(name, mergeCollection(name, kind, documents, conflicts));
    const nested = new Map(kinds.filter(([, kind]) => kind.parent !== undefined).map(([name, kind]) => [kind.parent!.field, name]));
    const frameScope: MergeScope = { conflicts };
    const merged = mergeObject(base, ours, theirs, [], frameScope, (field, b, o, t) => {
      if (kinds.some(([name, kind]) => name === field && kind.parent === undefined)) return collections.get(field);
      const inside = nested.get(field);
      if (inside === undefined) return mergeValue(b, o, t, [field], frameScope);
      // The object holding a nested collection (the audit programme): its own fields here, its records above.
      const without = (value: unknown): unknown => (isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== inside)) : value);
      const holder = mergeValue(without(b), without(o), without(t), [field], frameScope);
      const records = collections.get(inside);
      return isRecord(holder) && records !== undefined ? { ...holder, [inside]: records } : holder;
    });
    const parsed = IsmsDocumentSchema.safeParse(merged);
    if (!parsed.success) {
      // Every value came from a valid document, so this needs two changes that the schema refuses together.
      return { document: merged as IsmsDocument, conflicts, issues: zodIssues(parsed.error), clean: conflicts.length === 0 };
    }
    return { document: parsed.data, conflicts, issues: validateIsms(parsed.data, { asOf: options.asOf }), clean: conflicts.length === 0 };
  } catch (error) {
    throw argumentError("mergeIsms", error);
  }
}
