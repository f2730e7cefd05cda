import * as z from "zod";
import { issue, prefixIssues, type IsmsIssue, type IssuePath } from "../../core/index.js";
import type { RecordCheckOptions, RecordKind, RecordKinds, RecordReference, ReferenceTarget } from "../recordKind.js";

// What the document's schema, its starter, the entity commands and validateIsms know about
// collections, derived from a registry of record kinds. Every function takes the registry as
// an argument: the public code binds ISMS_RECORD_KINDS, the tests bind registries of their own.

/** A registry's collections that sit at the top of the document. */
type TopLevel<R> = { [K in keyof R]: R[K] extends { readonly parent: object } ? never : K }[keyof R];

/** A collection's field of the document's schema: an array of the kind's schema, at least one long or optional as declared. */
type FieldSchema<E> = E extends { readonly schema: infer S extends z.ZodType; readonly presence: infer P }
  ? P extends "optional"
    ? z.ZodOptional<z.ZodArray<S>>
    : z.ZodArray<S>
  : never;

/** The part of the document's schema shape that holds a registry's top-level collections. */
export type CollectionShape<R> = { [K in TopLevel<R> & string]: FieldSchema<R[K]> };

/** The names of a registry's collections that the entity commands reach. */
export type CommandCollection<R> = { [K in keyof R]: R[K] extends { readonly commands: true } ? K : never }[keyof R] & string;

/** The empty arrays of a registry's required top-level collections, as a new document holds them. */
export type EmptyCollections<R> = { -readonly [K in TopLevel<R> & string as R[K] extends { readonly presence: "required" } ? K : never]: never[] };

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function entriesOf<D>(registry: RecordKinds<D>): [string, RecordKind<z.ZodType, D>][] {
  return Object.entries(registry);
}

/**
 * What the document's schema needs of each kind. Only this, not the whole kind: the kinds'
 * validators read the document whose schema this builds, so comparing them here would be
 * circular.
 */
export type ShapeKinds = Readonly<Record<string, Pick<RecordKind, "schema" | "presence" | "parent">>>;

/** The schema of every top-level collection of a registry, for the document's schema. */
export function collectionShapeOf<const R extends ShapeKinds>(registry: R): CollectionShape<R> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, kind] of Object.entries(registry)) {
    if (kind.parent !== undefined) continue;
    const items = kind.presence === "nonEmpty" ? z.array(kind.schema).min(1) : z.array(kind.schema);
    shape[name] = kind.presence === "optional" ? items.optional() : items;
  }
  // The loop builds exactly the mapped type: one field per top-level kind, as its presence says.
  return shape as CollectionShape<R>;
}

/** The collections of a registry the entity commands reach, in the registry's order. */
export function commandCollectionsOf<const R extends RecordKinds>(registry: R): CommandCollection<R>[] {
  return entriesOf(registry)
    .filter(([, kind]) => kind.commands)
    .map(([name]) => name)
    .filter((name): name is CommandCollection<R> => name in registry);
}

/** The empty required top-level collections of a registry, for a new document. */
export function emptyCollectionsOf<const R extends RecordKinds>(registry: R): EmptyCollections<R> {
  const empty: Record<string, never[]> = {};
  for (const [name, kind] of entriesOf(registry)) if (kind.parent === undefined && kind.presence === "required") empty[name] = [];
  // The loop builds exactly the mapped type: one empty array per required top-level kind.
  return empty as EmptyCollections<R>;
}

/** Where a collection sits in the document, e.g. `["auditProgramme", "audits"]`. */
export function collectionPath(name: string, kind: Pick<RecordKind, "schema" | "parent">): string[] {
  return kind.parent === undefined ? [name] : [kind.parent.field, name];
}

/** The records of a collection (none when the field, or the object holding it, is absent). */
export function recordsOf(document: object, name: string, kind: Pick<RecordKind, "schema" | "parent">): readonly unknown[] {
  let holder: unknown = document;
  if (kind.parent !== undefined) holder = isRecord(document) ? document[kind.parent.field] : undefined;
  const records = isRecord(holder) ? holder[name] : undefined;
  return Array.isArray(records) ? records : [];
}

/** The document with a collection's records replaced (the object holding it must exist; commands check). */
export function withRecords<D extends object>(document: D, name: string, kind: Pick<RecordKind, "schema" | "parent">, records: readonly unknown[]): D {
  if (kind.parent === undefined) return { ...document, [name]: records };
  const holder = isRecord(document) ? document[kind.parent.field] : undefined;
  return { ...document, [kind.parent.field]: { ...(isRecord(holder) ? holder : {}), [name]: records } };
}

/** A record's key: its key fields, joined with `@`. */
export function keyOf(kind: Pick<RecordKind, "schema" | "key">, record: unknown): string {
  return kind.key.map((field) => String(isRecord(record) ? record[field] : undefined)).join("@");
}

interface Found {
  readonly value: unknown;
  readonly at: (string | number)[];
}

function walk(value: unknown, path: readonly string[], at: (string | number)[], found: Found[]): void {
  const [head, ...rest] = path;
  if (head === undefined) {
    if (value !== undefined) found.push({ value, at });
  } else if (head === "*" && Array.isArray(value)) {
    value.forEach((item: unknown, index) => walk(item, rest, [...at, index], found));
  } else if (head === "*" && isRecord(value)) {
    for (const [key, item] of Object.entries(value)) walk(item, rest, [...at, key], found);
  } else if (isRecord(value) && Object.hasOwn(value, head)) {
    walk(value[head], rest, [...at, head], found);
  }
}

/** The values at a path inside a value (`"*"`: every element or field), each with its path. */
export function valuesAt(value: unknown, path: readonly string[]): readonly Found[] {
  const found: Found[] = [];
  walk(value, path, [], found);
  return found;
}

/** The keys one reference of a record names, each with its path inside the record. */
export function referencesIn<D>(registry: RecordKinds<D>, reference: RecordReference<unknown>, record: unknown): { key: string; at: (string | number)[] }[] {
  if (reference.when !== undefined && !reference.when(record)) return [];
  const found: Found[] = [];
  walk(record, reference.path, [], found);
  const target = typeof reference.target === "object" ? registry[reference.target.collection] : undefined;
  return found.map(({ value, at }) => ({ key: isRecord(value) && target !== undefined ? keyOf(target, value) : String(value), at }));
}

/** A field of the document's frame (outside any collection) whose array holds references: `cataloguesInScope`. */
export interface FieldReference {
  readonly field: string;
  readonly target: ReferenceTarget;
  /** The issue for a value that names nothing. */
  readonly check: { readonly code: string; message(value: string): string };
}

function lowerFirst(label: string): string {
  // "Treatment plan" → "treatment plan", but "SoA decision" stays.
  return /^[A-Z][a-z]/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * Who refers to a record: removing it would leave their references dangling. Every
 * reference to the collection guards it unless it says `guardsRemoval: false`; a field
 * reference to catalogue ids guards the catalogues.
 */
export function referencesTo<D>(registry: RecordKinds<D>, fields: readonly FieldReference[], document: object, collection: string, id: string): string[] {
  const users = new Set<string>();
  for (const [name, kind] of entriesOf(registry)) {
    const guarding = kind.references.filter((reference) => reference.guardsRemoval !== false && typeof reference.target === "object" && reference.target.collection === collection);
    if (guarding.length === 0) continue;
    for (const record of recordsOf(document, name, kind)) {
      if (guarding.some((reference) => referencesIn(registry, reference, record).some((found) => found.key === id))) {
        users.add(`${lowerFirst(kind.label.one)} ${keyOf(kind, record)}`);
      }
    }
  }
  for (const reference of fields) {
    if (reference.target !== "catalogue" || collection !== "catalogues") continue;
    const values = isRecord(document) ? document[reference.field] : undefined;
    if (Array.isArray(values) && values.includes(id)) users.add(reference.field);
  }
  return [...users];
}

/** How the registry's own reference checks resolve controls and catalogues. */
export interface Resolver {
  isControl(ref: string): boolean;
  isCatalogue(id: string): boolean;
}

/** The references of the document's frame fields that name nothing. */
export function checkFieldReferences(fields: readonly FieldReference[], document: object, resolver: Resolver): IsmsIssue[] {
  return fields.flatMap(({ field, target, check }) => {
    const values = isRecord(document) ? document[field] : undefined;
    if (!Array.isArray(values)) return [];
    return values.flatMap((value: unknown, index) => {
      const key = String(value);
      const known = target === "control" ? resolver.isControl(key) : target === "catalogue" ? resolver.isCatalogue(key) : true;
      return known ? [] : [issue(check.code, check.message(key), [field, index])];
    });
  });
}

/**
 * The registry's checks of every collection: each kind's validator, the duplicate keys and
 * the references to nothing the registry reports itself (those the kinds' validators do
 * not), with paths from the document's root.
 */
export function checkCollections<D extends object>(registry: RecordKinds<D>, document: D, options: RecordCheckOptions, resolver: Resolver): IsmsIssue[] {
  const issues: IsmsIssue[] = [];
  const keys = new Map<string, ReadonlySet<string>>();
  const keysOf = (collection: string): ReadonlySet<string> => {
    let known = keys.get(collection);
    const kind = registry[collection];
    if (known === undefined) keys.set(collection, (known = new Set(kind === undefined ? [] : recordsOf(document, collection, kind).map((record) => keyOf(kind, record)))));
    return known;
  };
  const exists = (target: ReferenceTarget, key: string): boolean =>
    target === "control" ? resolver.isControl(key) : target === "catalogue" ? resolver.isCatalogue(key) : keysOf(target.collection).has(key);
  for (const [name, kind] of entriesOf(registry)) {
    const prefix: IssuePath = collectionPath(name, kind);
    const records = recordsOf(document, name, kind);
    if (kind.validate !== undefined) issues.push(...prefixIssues(kind.validate(records, document, options), prefix));
    const rule = kind.unique;
    if (rule !== "validator") {
      const seen = new Set<string>();
      records.forEach((record, index) => {
        const key = keyOf(kind, record);
        if (seen.has(key)) issues.push(issue(rule.code, rule.message(record), [...prefix, index, ...(rule.field === undefined ? [] : [rule.field])]));
        seen.add(key);
      });
    }
    for (const reference of kind.references) {
      const check = reference.check;
      if (check === "validator") continue;
      records.forEach((record, index) => {
        for (const found of referencesIn(registry, reference, record)) {
          if (!exists(reference.target, found.key)) issues.push(issue(check.code, check.message(found.key, record), [...prefix, index, ...found.at]));
        }
      });
    }
  }
  return issues;
}

/**
 * The same fields in the given order, the others after them in their own order. A schema's
 * shape order is the order of the keys `parseIsms` writes, so the document's fields keep the
 * order files have always had.
 */
export function inFieldOrder<T extends object>(value: T, order: readonly string[]): T {
  const rank = (key: string): number => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  // Same keys and values, another order.
  return Object.fromEntries(keys.map((key) => [key, Reflect.get(value, key)])) as T;
}
