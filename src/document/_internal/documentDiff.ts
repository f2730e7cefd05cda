import { IsmsError, type JsonValue } from "../../core/index.js";
import { compareNatural, deepEqual } from "../../core/_internal/index.js";
import { keepsOrder } from "../canonicalIsms.js";
import type { IsmsDiff, IsmsDiffCollection, IsmsEntityChange, IsmsFieldChange } from "../diffIsms.js";
import type { RecordKind } from "../recordKind.js";
import { ISMS_RECORD_KINDS } from "../recordKinds.js";
import { DOCUMENT_FIELD_ORDER, DOCUMENT_FRAME_FIELDS, type IsmsDocument } from "../schema.js";
import { collectionPath, isRecord, keyOf, recordsOf, withRecords } from "./registry.js";
import { applyValueChange, diffValues, valueChange, type PathSegment, type ValueChange } from "./valueDiff.js";

type Kind = Pick<RecordKind, "schema" | "key" | "parent" | "appendOnly" | "commands" | "presence">;

/** The registry's collections in the document's field order (a nested one at its parent's place). */
function kindsInOrder(): [string, Kind][] {
  const kinds: [string, Kind][] = Object.entries(ISMS_RECORD_KINDS);
  const rank = (name: string, kind: Kind): number => {
    const index = DOCUMENT_FIELD_ORDER.indexOf(kind.parent?.field ?? name);
    return index === -1 ? DOCUMENT_FIELD_ORDER.length : index;
  };
  return kinds.map((entry, index) => ({ entry, index })).sort((a, b) => rank(...a.entry) - rank(...b.entry) || a.index - b.index).map(({ entry }) => entry);
}

/** The frame fields in the document's field order. */
function frameFields(): string[] {
  const rank = (field: string): number => (DOCUMENT_FIELD_ORDER.includes(field) ? DOCUMENT_FIELD_ORDER.indexOf(field) : DOCUMENT_FIELD_ORDER.length);
  return [...DOCUMENT_FRAME_FIELDS].sort((a, b) => rank(a) - rank(b));
}

/** The collections nested in a frame field (the audit programme's audits). */
function nestedIn(field: string): string[] {
  return Object.entries(ISMS_RECORD_KINDS)
    .filter(([, kind]) => "parent" in kind && kind.parent.field === field)
    .map(([name]) => name);
}

/** A frame field's value without the collections nested in it. */
function frameValue(field: string, value: unknown): unknown {
  const nested = nestedIn(field);
  if (nested.length === 0 || !isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !nested.includes(key)));
}

function titleOf(record: unknown): string | undefined {
  if (!isRecord(record)) return undefined;
  const title = record["title"] ?? record["name"];
  return typeof title === "string" ? title : undefined;
}

interface Keyed {
  readonly key: string;
  readonly occurrence: number;
  readonly record: unknown;
}

/** Each record with its key and which appearance of that key it is (0 for the first). */
function keyed(kind: Kind, records: readonly unknown[]): Keyed[] {
  const seen = new Map<string, number>();
  return records.map((record) => {
    const key = keyOf(kind, record);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return { key, occurrence, record };
  });
}

const identity = (item: { readonly key: string; readonly occurrence: number }): string => `${item.occurrence}\u0000${item.key}`;

function hasField(document: object, name: string, kind: Kind): boolean {
  return kind.parent === undefined && Array.isArray(Reflect.get(document, name));
}

/** Changes of the frame, paths from the document. */
export function diffFrame(before: IsmsDocument, after: IsmsDocument): IsmsFieldChange[] {
  const out: ValueChange[] = [];
  for (const field of frameFields()) diffValues(frameValue(field, Reflect.get(before, field)), frameValue(field, Reflect.get(after, field)), [field], out);
  return out;
}

/** The entity changes of every collection (with their collection's rank, for sorting) and each collection's counts. */
export function diffCollections(before: IsmsDocument, after: IsmsDocument): { collections: IsmsDiffCollection[]; entities: { rank: number; change: IsmsEntityChange }[] } {
  const collections: IsmsDiffCollection[] = [];
  const entities: { rank: number; change: IsmsEntityChange }[] = [];
  kindsInOrder().forEach(([name, kind], rank) => {
    const left = keyed(kind, recordsOf(before, name, kind));
    const right = keyed(kind, recordsOf(after, name, kind));
    const rightById = new Map(right.map((item) => [identity(item), item]));
    const leftIds = new Set(left.map(identity));
    const counts = { added: 0, changed: 0, removed: 0 };
    const push = (item: Keyed, change: IsmsEntityChange["change"], extra: Partial<IsmsEntityChange>, title: string | undefined): void => {
      entities.push({
        rank,
        change: { collection: name, key: item.key, ...(item.occurrence === 0 ? {} : { occurrence: item.occurrence }), ...(title === undefined ? {} : { title }), change, ...extra, fields: extra.fields ?? [] },
      });
      counts[change] += 1;
    };
    const simulated: string[] = [];
    for (const item of left) {
      const other = rightById.get(identity(item));
      if (other === undefined) {
        push(item, "removed", { before: item.record as JsonValue }, titleOf(item.record));
        continue;
      }
      simulated.push(identity(item));
      if (deepEqual(item.record, other.record)) continue;
      const fields: ValueChange[] = [];
      diffValues(item.record, other.record, [], fields);
      push(item, "changed", { fields }, titleOf(other.record) ?? titleOf(item.record));
    }
    // applyIsmsDiff appends added entities in the diff's order: by key.
    const added = right.filter((item) => !leftIds.has(identity(item))).sort((x, y) => compareNatural(x.key, y.key) || x.occurrence - y.occurrence);
    for (const item of added) {
      simulated.push(identity(item));
      push(item, "added", { after: item.record as JsonValue }, titleOf(item.record));
    }
    const hadField = hasField(before, name, kind);
    const hasNow = hasField(after, name, kind);
    const field = kind.parent !== undefined || hadField === hasNow ? {} : { field: hasNow ? ("added" as const) : ("removed" as const) };
    const reordered = keepsOrder(kind) && !deepEqual(simulated, right.map(identity));
    if (counts.added + counts.changed + counts.removed === 0 && field.field === undefined && !reordered) return;
    collections.push({ collection: name, path: collectionPath(name, kind), ...counts, ...field, ...(reordered ? { order: right.map((item) => item.key) } : {}) });
  });
  return { collections, entities };
}

function misfit(message: string, path: readonly (string | number)[]): IsmsError {
  return new IsmsError("invalid_argument", `The diff does not fit the document: ${message}`, path);
}

/** The document with a diff's collection changes applied; the document is a copy the caller owns. */
function applyCollections(document: Record<string, unknown>, diff: IsmsDiff): Record<string, unknown> {
  let result = document;
  const kinds = new Map<string, Kind>(Object.entries(ISMS_RECORD_KINDS));
  const touched = new Set([...diff.collections.map((item) => item.collection), ...diff.entities.map((item) => item.collection)]);
  for (const name of touched) {
    const kind = kinds.get(name);
    if (kind === undefined) throw misfit(`the document has no collection "${name}".`, ["collections"]);
    const summary = diff.collections.find((item) => item.collection === name);
    const path = collectionPath(name, kind);
    if (kind.parent !== undefined && !isRecord(result[kind.parent.field])) throw misfit(`the document has no ${kind.parent.field} to hold ${name}.`, path);
    if (summary?.field === "added") {
      if (hasField(result, name, kind)) throw misfit(`${name} is already there.`, path);
    } else if (kind.parent === undefined && !hasField(result, name, kind)) {
      throw misfit(`the document has no ${name}.`, path);
    }
    // Found by key and appearance through a map, so that a diff of many entities costs one pass.
    const items: { key: string; occurrence: number; record: unknown; removed?: true }[] = keyed(kind, recordsOf(result, name, kind));
    const byIdentity = new Map(items.map((item) => [identity(item), item]));
    for (const change of diff.entities.filter((item) => item.collection === name)) {
      const where = [...path, change.key];
      const wanted = identity({ key: change.key, occurrence: change.occurrence ?? 0 });
      const found = byIdentity.get(wanted);
      if (change.change === "added") {
        if (found !== undefined) throw misfit(`${name} already holds ${change.key}.`, where);
        const item = { key: change.key, occurrence: change.occurrence ?? 0, record: structuredClone(change.after) };
        items.push(item);
        byIdentity.set(wanted, item);
        continue;
      }
      if (found === undefined) throw misfit(`${name} holds no ${change.key}.`, where);
      if (change.change === "removed") {
        if (!deepEqual(found.record, change.before)) throw misfit(`${change.key} is not the record the diff removes.`, where);
        found.removed = true;
        byIdentity.delete(wanted);
        continue;
      }
      const record = structuredClone(found.record);
      if (!isRecord(record)) throw misfit(`${change.key} is not an object.`, where);
      // structuredClone gave a mutable copy.
      for (const field of change.fields) applyValueChange(record as Record<string, unknown>, field, where);
      found.record = record;
    }
    const kept = items.filter((item) => item.removed !== true);
    if (summary?.order !== undefined) {
      const ordered: unknown[] = [];
      const counts = new Map<string, number>();
      for (const key of summary.order) {
        const occurrence = counts.get(key) ?? 0;
        counts.set(key, occurrence + 1);
        const item = byIdentity.get(identity({ key, occurrence }));
        if (item === undefined) throw misfit(`the new order of ${name} names ${key}, which it does not hold.`, path);
        ordered.push(item.record);
      }
      if (ordered.length !== kept.length) throw misfit(`the new order of ${name} leaves records out.`, path);
      result = withRecords(result, name, kind, ordered);
    } else {
      result = withRecords(result, name, kind, kept.map((item) => item.record));
    }
    if (summary?.field === "removed") {
      if (recordsOf(result, name, kind).length > 0) throw misfit(`${name} still holds records the diff does not remove.`, path);
      result = { ...result };
      Reflect.deleteProperty(result, name);
    }
  }
  return result;
}

/** The document with a diff applied (see applyIsmsDiff). */
export function applyDiff(document: IsmsDocument, diff: IsmsDiff): IsmsDocument {
  let result: Record<string, unknown> = structuredClone(document);
  const compare = (path: readonly PathSegment[], value: unknown): unknown => (path.length === 1 && typeof path[0] === "string" ? frameValue(path[0], value) : value);
  const frame = diff.frame.map((change) => valueChange(change.path, change.before, change.after));
  // Values set first (a new audit programme must exist before audits are added to it),
  // values removed last (an audit programme loses its audits before it goes).
  for (const change of frame) if (change.after !== undefined) applyValueChange(result, change, [], compare);
  // A frame value set whole (a new audit programme) comes without its collections: empty until the entities fill them.
  for (const [name, kind] of kindsInOrder()) {
    const holder = kind.parent === undefined ? undefined : result[kind.parent.field];
    if (isRecord(holder) && !Array.isArray(holder[name])) (holder as Record<string, unknown>)[name] = [];
  }
  result = applyCollections(result, diff);
  for (const change of frame) if (change.after === undefined) applyValueChange(result, change, [], compare);
  // Records from a diff are JSON the earlier document held or the later one; the result is
  // the later document when the diff fits.
  return result as IsmsDocument;
}
