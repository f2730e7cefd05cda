import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { formatIsms, mergeIsms, parseIsms, revisionOf, type IsmsDocument, type IsmsMergeConflict } from "../../src/document/index.js";
import { deepEqual } from "../../src/core/_internal/index.js";
import { documentArb } from "../arbitraries/document.js";

const asOf = "2026-11-27";
type Collection = "risks" | "assets";

/** One edit of a document, as data: a field set, a record removed or added, a reference toggled. */
type Edit =
  | { readonly op: "set"; readonly collection: Collection; readonly pick: number; readonly field: "owner" | "title" | "name"; readonly value: string }
  | { readonly op: "remove"; readonly collection: Collection; readonly pick: number }
  | { readonly op: "add"; readonly collection: Collection; readonly pick: number; readonly id: string; readonly value: string }
  | { readonly op: "toggle"; readonly pick: number; readonly asset: number };

const collectionArb = fc.constantFrom<Collection>("risks", "assets");
const valueArb = fc.constantFrom("Alice", "Bob", "Carol");
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("set" as const), collection: collectionArb, pick: fc.nat(20), field: fc.constantFrom("owner" as const, "title" as const, "name" as const), value: valueArb }),
  fc.record({ op: fc.constant("remove" as const), collection: collectionArb, pick: fc.nat(20) }),
  fc.record({ op: fc.constant("add" as const), collection: collectionArb, pick: fc.nat(20), id: fc.constantFrom("NEW-1", "NEW-2"), value: valueArb }),
  fc.record({ op: fc.constant("toggle" as const), pick: fc.nat(20), asset: fc.nat(20) }),
);

type Json = Record<string, unknown>;

/** The document after the edits (each edit that has nothing to work on is skipped). */
function applyEdits(document: IsmsDocument, edits: readonly Edit[]): IsmsDocument {
  const draft = structuredClone(document) as unknown as Record<Collection, Json[]>;
  for (const edit of edits) {
    if (edit.op === "toggle") {
      const risk = draft.risks[edit.pick % Math.max(draft.risks.length, 1)];
      const asset = draft.assets[edit.asset % Math.max(draft.assets.length, 1)];
      if (risk === undefined || asset === undefined || !Array.isArray(risk.assets)) continue;
      const assets = risk.assets as unknown[];
      risk.assets = assets.includes(asset.id) ? assets.filter((id) => id !== asset.id) : [...assets, asset.id];
      if ((risk.assets as unknown[]).length === 0) risk.assets = [asset.id];
      continue;
    }
    const records = draft[edit.collection];
    const index = edit.pick % Math.max(records.length, 1);
    const record = records[index];
    if (record === undefined) continue;
    if (edit.op === "set") {
      const field = edit.collection === "assets" ? (edit.field === "title" ? "name" : edit.field) : edit.field === "name" ? "title" : edit.field;
      record[field] = edit.value;
    } else if (edit.op === "remove") {
      records.splice(index, 1);
    } else if (!records.some((found) => found.id === edit.id)) {
      records.push({ ...structuredClone(record), id: edit.id, [edit.collection === "assets" ? "name" : "title"]: edit.value });
    }
  }
  return parseIsms(draft);
}

const scenarioArb = documentArb.chain((base) =>
  fc.record({ base: fc.constant(base), ours: fc.array(editArb, { maxLength: 5 }), theirs: fc.array(editArb, { maxLength: 5 }) }).map(({ base, ours, theirs }) => ({
    base,
    ours: applyEdits(base, ours),
    theirs: applyEdits(base, theirs),
  })),
);

/** A value with every array's elements sorted, so that documents merged in either order compare equal. */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unordered).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unordered(item)]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  return value;
}

/** The conflict seen from the other side. */
function swapped(conflict: IsmsMergeConflict): IsmsMergeConflict {
  const { ours, theirs, ...rest } = conflict;
  return { ...rest, ...(theirs === undefined ? {} : { ours: theirs }), ...(ours === undefined ? {} : { theirs: ours }) };
}

const byPath = (a: IsmsMergeConflict, b: IsmsMergeConflict): number => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path));

function keyed(document: IsmsDocument, collection: Collection): Map<string, unknown> {
  return new Map((document[collection] as readonly { id: string }[]).map((record) => [record.id, record]));
}

describe("mergeIsms on generated documents and edits", () => {
  test.prop([scenarioArb], { numRuns: 40 })("merging a side with an unchanged other side gives that side, without conflict", ({ base, ours, theirs }) => {
    const left = mergeIsms(base, ours, base, { asOf });
    expect(left.conflicts).toEqual([]);
    expect(revisionOf(left.document)).toBe(revisionOf(ours));
    const right = mergeIsms(base, base, theirs, { asOf });
    expect(right.conflicts).toEqual([]);
    expect(revisionOf(right.document)).toBe(revisionOf(theirs));
  });

  test.prop([scenarioArb], { numRuns: 40 })("the same changes on both sides are kept once", ({ base, ours }) => {
    const result = mergeIsms(base, ours, ours, { asOf });
    expect(result.clean).toBe(true);
    expect(revisionOf(result.document)).toBe(revisionOf(ours));
  });

  test.prop([scenarioArb], { numRuns: 40 })("is symmetric up to which side a conflict keeps", ({ base, ours, theirs }) => {
    const forward = mergeIsms(base, ours, theirs, { asOf });
    const backward = mergeIsms(base, theirs, ours, { asOf });
    expect([...backward.conflicts].sort(byPath)).toEqual([...forward.conflicts].map(swapped).sort(byPath));
    if (forward.clean) expect(unordered(backward.document)).toEqual(unordered(forward.document));
  });

  test.prop([scenarioArb], { numRuns: 40 })("loses no record of either side", ({ base, ours, theirs }) => {
    const result = mergeIsms(base, ours, theirs, { asOf });
    for (const collection of ["risks", "assets"] as const) {
      const [b, o, t, merged] = [base, ours, theirs, result.document].map((document) => keyed(document, collection)) as [Map<string, unknown>, Map<string, unknown>, Map<string, unknown>, Map<string, unknown>];
      const conflicted = new Set(result.conflicts.filter((conflict) => conflict.collection === collection).map((conflict) => conflict.key));
      for (const [side, other] of [[o, t], [t, o]] as const) {
        for (const [key, record] of side) {
          const removedByOther = b.has(key) && !other.has(key) && deepEqual(b.get(key), record);
          expect(merged.has(key) || conflicted.has(key) || removedByOther, `${collection} ${key}`).toBe(true);
        }
      }
    }
  });

  test.prop([scenarioArb], { numRuns: 30 })("formatIsms is idempotent and keeps the revision, on merged documents too", ({ base, ours, theirs }) => {
    for (const document of [base, mergeIsms(base, ours, theirs, { asOf }).document]) {
      const text = formatIsms(document);
      const again = parseIsms(JSON.parse(text));
      expect(revisionOf(again)).toBe(revisionOf(document));
      expect(formatIsms(again)).toBe(text);
    }
  });
});
