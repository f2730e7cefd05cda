import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  applyIsmsCommand,
  canonicalIsms,
  formatIsms,
  parseIsms,
  revisionOf,
  type IsmsDocument,
} from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { documentArb } from "../arbitraries/document.js";

const example = createExampleIsms();
const meta = { by: "CISO", at: "2026-11-30T09:00:00Z" };

/** The document with its keys in reverse order at every level and its risks and assets reversed. */
function shuffled(document: IsmsDocument): IsmsDocument {
  const reverseKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reverseKeys);
    if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)]));
    return value;
  };
  const reordered = { ...document, risks: [...document.risks].reverse(), assets: [...document.assets].reverse() };
  return reverseKeys(reordered) as IsmsDocument;
}

describe("canonicalIsms and formatIsms", () => {
  it("sort the collections whose order means nothing by key in natural order", () => {
    const doc = parseIsms({ ...example, risks: [...example.risks].reverse() });
    const ids = canonicalIsms(doc).risks.map((risk) => risk.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
    expect(new Set(ids)).toEqual(new Set(example.risks.map((risk) => risk.id)));
  });

  it("keep the order of append-only records and histories", () => {
    const reversed = parseIsms({ ...example, decisions: [...example.decisions].reverse() });
    expect(canonicalIsms(reversed).decisions.map((decision) => decision.id)).toEqual([...example.decisions].reverse().map((decision) => decision.id));
  });

  it("write the same text whatever the order of keys and records", () => {
    expect(formatIsms(shuffled(example))).toBe(formatIsms(example));
    expect(formatIsms(example).endsWith("}\n")).toBe(true);
  });

  test.prop([documentArb], { numRuns: 40 })("formatting is idempotent and keeps the document", (document) => {
    const text = formatIsms(document);
    const again = parseIsms(JSON.parse(text));
    expect(formatIsms(again)).toBe(text);
    expect(revisionOf(again)).toBe(revisionOf(document));
  });
});

describe("revisionOf", () => {
  it("is 64 hexadecimal digits and ignores the order of keys and of unordered records", () => {
    expect(revisionOf(example)).toMatch(/^[0-9a-f]{64}$/);
    expect(revisionOf(shuffled(example))).toBe(revisionOf(example));
  });

  it("changes with any value, and with the order of append-only records", () => {
    const renamed = parseIsms({ ...example, organisation: { ...example.organisation, name: `${example.organisation.name}.` } });
    expect(revisionOf(renamed)).not.toBe(revisionOf(example));
    const reversed = parseIsms({ ...example, decisions: [...example.decisions].reverse() });
    expect(revisionOf(reversed)).not.toBe(revisionOf(example));
  });

  test.prop([documentArb, fc.string({ minLength: 1, maxLength: 20 })], { numRuns: 40 })("differs after a change to a risk's title", (document, suffix) => {
    fc.pre(document.risks.length > 0);
    const [first, ...rest] = document.risks;
    const changed = { ...document, risks: [{ ...first!, title: `${first!.title}${suffix}` }, ...rest] };
    expect(revisionOf(changed)).not.toBe(revisionOf(document));
  });
});

describe("applyIsmsCommand with an expected revision", () => {
  const command = { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" } as const;

  it("applies the command when the revision is the document's", () => {
    const result = applyIsmsCommand(example, command, { ...meta, expectedRevision: revisionOf(example) });
    expect(result.ok && result.value.entry !== undefined).toBe(true);
  });

  it("refuses a stale revision with stale_revision and changes nothing", () => {
    const first = applyIsmsCommand(example, { type: "organisation.update", patch: { name: "Someone Else Ltd" } }, meta);
    if (!first.ok) throw new Error("setup");
    const result = applyIsmsCommand(first.value.document, command, { ...meta, expectedRevision: revisionOf(example) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((found) => [found.code, found.path])).toEqual([["stale_revision", ["meta", "expectedRevision"]]]);
  });
});
