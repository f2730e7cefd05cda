import { argumentError, compareNatural, sha256Hex } from "../core/_internal/index.js";
import type { RecordKind } from "./recordKind.js";
import { ISMS_RECORD_KINDS } from "./recordKinds.js";
import { IsmsDocumentSchema, type IsmsDocument } from "./schema.js";
import { isRecord, keyOf, recordsOf, withRecords } from "./_internal/registry.js";

/**
 * Whether a collection's order is part of its content: append-only records (the risk owners'
 * decisions, the methodology versions) and the collections written by their own functions
 * rather than the entity commands (SoA versions, readiness assessments) are histories and
 * keep the order they were made in. The others mean the same in any order.
 */
export function keepsOrder(kind: { readonly appendOnly: boolean; readonly commands: boolean }): boolean {
  return kind.appendOnly || !kind.commands;
}

/** The document with every collection whose order means nothing sorted by key (a stable sort: records with the same key keep their order). */
export function sortCollections(document: IsmsDocument): IsmsDocument {
  let sorted = document;
  const kinds: [string, Pick<RecordKind, "schema" | "key" | "parent" | "appendOnly" | "commands">][] = Object.entries(ISMS_RECORD_KINDS);
  for (const [name, kind] of kinds) {
    if (keepsOrder(kind)) continue;
    if (kind.parent !== undefined && !isRecord(Reflect.get(sorted, kind.parent.field))) continue;
    if (kind.parent === undefined && !Array.isArray(Reflect.get(sorted, name))) continue;
    const records = recordsOf(sorted, name, kind);
    const keyed = records.map((record, index) => ({ record, index, key: keyOf(kind, record) }));
    keyed.sort((a, b) => compareNatural(a.key, b.key) || a.index - b.index);
    if (keyed.every((item, index) => item.index === index)) continue;
    sorted = withRecords(sorted, name, kind, keyed.map((item) => item.record));
  }
  return sorted;
}

/** A copy of a JSON value with every object's keys in code-unit order. */
function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (!isRecord(value)) return value;
  // fromEntries defines own keys, so that a `__proto__` key stays data for the schema to refuse.
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, withSortedKeys(value[key])]));
}

/**
 * The document in its canonical form: every collection whose order means nothing sorted by
 * its key in natural order (`R-2` before `R-10`, `annex-a:5.9` before `annex-a:5.10`), and
 * every object's keys in the order of the schema (the keys of maps, such as an asset's
 * requirements and `custom` fields, in code-unit order). Append-only records (the risk owners'
 * decisions, methodology versions) and histories written by their own functions (SoA
 * versions, readiness assessments) keep the order they were made in. The canonical form
 * holds the same ISMS: every function of the library gives the same answers for it, apart
 * from the order in which reports list the sorted records.
 *
 * @param document - a valid document
 * @returns the canonical document (the same values, maybe in another order)
 * @throws ZodError when the argument is not a valid document
 * @category Document
 * @example
 * ```ts
 * const canonical = canonicalIsms(doc);
 * canonical.risks.map((risk) => risk.id); // sorted: R-01, R-02, …
 * ```
 */
export function canonicalIsms(document: IsmsDocument): IsmsDocument {
  try {
    // Parsing writes the keys of the schema's objects in the schema's order, and those of
    // maps (requirements by property, custom fields) in the order it gets them: sorted here.
    return IsmsDocumentSchema.parse(withSortedKeys(sortCollections(document)));
  } catch (error) {
    throw argumentError("canonicalIsms", error);
  }
}

/**
 * The text `isms fmt` writes: the {@link canonicalIsms | canonical form} as JSON indented by
 * two spaces, one line per scalar field, so that each record is its own group of lines and a
 * change to one record changes only its lines; ends with a newline. Formatting a formatted
 * text gives the same text.
 *
 * @param document - a valid document
 * @returns the canonical JSON text
 * @throws ZodError when the argument is not a valid document
 * @category Document
 * @example
 * ```ts
 * const text = formatIsms(doc);
 * formatIsms(parseIsms(JSON.parse(text))) === text; // true
 * ```
 */
export function formatIsms(document: IsmsDocument): string {
  try {
    return `${JSON.stringify(canonicalIsms(document), null, 2)}\n`;
  } catch (error) {
    throw argumentError("formatIsms", error);
  }
}

/**
 * A replacer for JSON.stringify that writes every object's keys in code-unit order: an object
 * whose keys are in order already is written as it is, another is copied into a
 * prototype-free object (where `__proto__` is an ordinary key) with its keys in order. Native
 * JSON.stringify does the rest, faster than building the text by hand.
 */
function sortKeys(_key: string, value: unknown): unknown {
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  let ordered = true;
  for (let at = 1; at < keys.length && ordered; at += 1) ordered = keys[at - 1]! < keys[at]!;
  if (ordered) return value;
  const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys.sort()) sorted[key] = value[key];
  return sorted;
}

/**
 * The document's revision: the SHA-256 of its canonical content, as 64 hexadecimal digits.
 * Two documents have the same revision exactly when they hold the same ISMS: the order of
 * keys and of the records in collections whose order means nothing (see
 * {@link canonicalIsms}) does not count, every value does. Use it as an HTTP `ETag` and as
 * the revision a writer expects ({@link CommandMeta.expectedRevision}). What is hashed: the
 * document with those collections sorted, as JSON with every object's keys in code-unit order
 * and no white space, in UTF-8. Costs one pass over the document (no schema).
 *
 * @param document - a document
 * @returns 64 lower-case hexadecimal digits
 * @category Document
 * @example
 * ```ts
 * const etag = `"${revisionOf(doc)}"`;
 * revisionOf(canonicalIsms(doc)) === revisionOf(doc); // true
 * ```
 */
export function revisionOf(document: IsmsDocument): string {
  try {
    return sha256Hex(JSON.stringify(sortCollections(document), sortKeys));
  } catch (error) {
    throw argumentError("revisionOf", error);
  }
}
