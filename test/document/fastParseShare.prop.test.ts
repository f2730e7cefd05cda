import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { IsmsDocumentSchema, parseIsms, safeParseIsms } from "../../src/document/index.js";
import { compileFastParser } from "../../src/document/_internal/fastParse.js";
import { documentArb } from "../arbitraries/document.js";
import { example, inputArb, inputOf, json } from "./_fastParseInputs.js";

// The sharing mode behind parseIsms(input, { copy: false }): it accepts exactly what zod
// accepts, its output equals zod's (key order aside: an object it returns unchanged keeps the
// input's order), and every object zod would return unchanged is the input's own.
const sharing = compileFastParser(IsmsDocumentSchema, { share: true });
const copying = compileFastParser(IsmsDocumentSchema);

/** Every object and array reachable from `value`. */
function reachable(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null || into.has(value)) return into;
  into.add(value);
  for (const key of Reflect.ownKeys(value)) reachable((value as Record<PropertyKey, unknown>)[key], into);
  return into;
}

/** The value with every object's keys sorted: equal texts mean equal values whatever the key order. */
function sortedText(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "object" && item !== null && !Array.isArray(item) ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, (item as Record<string, unknown>)[key]])) : item,
  );
}

/** A text of the value with keys sorted and undefined values kept (zod keeps a present key whose value is undefined). */
function canon(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item === undefined ? "\u0000undefined" : typeof item === "object" && item !== null && !Array.isArray(item) ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, (item as Record<string, unknown>)[key]])) : item,
  ) ?? "undefined";
}

/** The paths where the output holds a new object although zod's output equals the input there. */
function needlessCopies(output: unknown, input: unknown, zod: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof output !== "object" || output === null || typeof input !== "object" || input === null) return found;
  if (output !== input && canon(zod) === canon(input)) found.push(`/${path.join("/")}`);
  for (const key of Object.keys(output)) {
    needlessCopies((output as Record<string, unknown>)[key], (input as Record<string, unknown>)[key], (zod as Record<string, unknown>)[key], [...path, key], found);
  }
  return found;
}

describe("the sharing fast path agrees with IsmsDocumentSchema.safeParse", () => {
  const seen = { accepted: 0, refused: 0, sharedWhole: 0 };

  test.prop([inputArb], { numRuns: 80 })("accepts iff zod does; its output equals zod's; unchanged parts are the input's own", (generated) => {
    const input = inputOf(generated);
    const zod = IsmsDocumentSchema.safeParse(input);
    const fast = sharing.parse(input);
    expect(fast.ok).toBe(zod.success);
    if (!fast.ok || !zod.success) {
      seen.refused += 1;
      return;
    }
    seen.accepted += 1;
    expect(fast.value).toStrictEqual(zod.data);
    expect(sortedText(fast.value)).toBe(sortedText(zod.data));
    // What zod would return unchanged (the same text once keys are sorted) is the input itself.
    if (sortedText(zod.data) === sortedText(input)) {
      expect(fast.value).toBe(input);
      seen.sharedWhole += 1;
    }
    // An object of the output is new only where zod's output differs from the input at that
    // place; everywhere else it is the input's own.
    expect(needlessCopies(fast.value, input, zod.data)).toEqual([]);
    // And the copying path shares nothing but what zod shares (its own tests say exactly what).
    const copied = copying.parse(input);
    expect(copied.ok && reachable(copied.value).has(input as object)).toBe(false);
  });

  test.prop([documentArb], { numRuns: 25 })("a valid document read from JSON comes back as the very object, and parseIsms says the same", (document) => {
    const input = json(document);
    const fast = sharing.parse(input);
    expect(fast.ok).toBe(true);
    if (fast.ok) expect(fast.value).toBe(input);
    expect(parseIsms(input, { copy: false })).toBe(input);
    const safe = safeParseIsms(input, { copy: false });
    expect(safe.ok && safe.value === input).toBe(true);
    // The default still copies, in the schema's key order.
    const copied = parseIsms(input);
    expect(copied).not.toBe(input);
    expect(copied).toStrictEqual(input);
  });

  it("copies only the path to what the schema changes: a reordered object stays the input's, a stripped key makes its parents new", () => {
    const input = json(example) as { organisation: Record<string, unknown>; risks: unknown[]; assets: unknown[] };
    const reordered = Object.fromEntries(Object.entries(input.organisation).reverse());
    input.organisation = reordered;
    const fast = sharing.parse(input);
    expect(fast.ok).toBe(true);
    if (!fast.ok) return;
    const value = fast.value as unknown as typeof input;
    expect(value).toBe(input);
    expect(Object.keys(value.organisation)).toEqual(Object.keys(reordered));
    expect(value.risks).toBe(input.risks);
  });

  it("invalid input gives the same issues with copy: false", () => {
    const input = json(example) as Record<string, unknown>;
    input["colour"] = "blue";
    const shared = safeParseIsms(input, { copy: false });
    const copied = safeParseIsms(input);
    expect(shared.ok).toBe(false);
    expect(shared).toEqual(copied);
    expect(() => parseIsms(input, { copy: false })).toThrow(/colour/);
  });

  it("refuses a copy option that is not a boolean", () => {
    expect(() => parseIsms(json(example), { copy: "no" as unknown as boolean })).toThrow(/copy must be true or false/);
  });

  it("saw both outcomes and whole documents shared", () => {
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.sharedWhole).toBeGreaterThan(0);
  });
});
