import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { IsmsError } from "../../src/core/index.js";
import { createStarterIsms, DEFAULT_ISMS_LIMITS, parseIsms, safeParseIsms, type IsmsDocument, type IsmsLimits } from "../../src/document/index.js";

const starter: IsmsDocument = createStarterIsms({ organisation: "Test Ltd", date: "2026-01-05" });
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

interface LimitParams {
  readonly code: string;
  readonly limit: number;
  readonly actual: number;
}

/**
 * The limit issues of a refused input: path and params, from the ZodError of parseIsms
 * (safeParseIsms gives the same codes and paths as IsmsIssues, checked here too).
 */
function refusals(input: unknown, limits: Partial<IsmsLimits> = {}): { path: PropertyKey[]; params: LimitParams; message: string }[] {
  let found: { path: PropertyKey[]; params: LimitParams; message: string }[] = [];
  try {
    parseIsms(input, { limits });
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    found = error.issues.flatMap((item) => {
      const params = (item as { params?: LimitParams }).params;
      return item.code === "custom" && params !== undefined && "limit" in params ? [{ path: item.path, params, message: item.message }] : [];
    });
  }
  const safe = safeParseIsms(input, { limits });
  if (found.length > 0) expect(safe.ok ? [] : safe.error.map((item) => [item.code, item.path, item.severity])).toEqual(found.map((item) => [item.params.code, item.path, "error"]));
  return found;
}

/** Nested arrays `levels` deep: `[[[]]]` is 3. */
function nestedArrays(levels: number): unknown {
  let value: unknown[] = [];
  for (let level = 1; level < levels; level += 1) value = [value];
  return value;
}

describe("DEFAULT_ISMS_LIMITS", () => {
  it("is frozen and has the documented values", () => {
    expect(DEFAULT_ISMS_LIMITS).toEqual({ maxStringLength: 100_000, maxItems: 1_000_000, maxDepth: 64, maxSize: 256 * 1024 * 1024 });
    expect(Object.isFrozen(DEFAULT_ISMS_LIMITS)).toBe(true);
  });

  it("accepts the example-sized starter and every default-limited document as before", () => {
    expect(parseIsms(json(starter))).toEqual(starter);
    expect(safeParseIsms(json(starter)).ok).toBe(true);
  });
});

describe("parseIsms limits, each at its boundary", () => {
  // The starter's longest string has 97 characters, its longest key 28; its largest object
  // (the document) has 22 keys, its largest array 5 items; it nests 7 deep.
  it("maxStringLength: a string of the limit passes, one more character is refused at its path", () => {
    const at = (length: number) => json({ ...starter, organisation: { name: "x".repeat(length) } });
    expect(refusals(at(200), { maxStringLength: 200 })).toEqual([]);
    expect(parseIsms(at(200), { limits: { maxStringLength: 200 } }).organisation.name).toHaveLength(200);
    const [refused, ...rest] = refusals(at(201), { maxStringLength: 200 });
    expect(rest).toEqual([]);
    expect(refused).toMatchObject({ path: ["organisation", "name"], params: { code: "string_too_long", limit: 200, actual: 201 } });
    expect(refused?.message).toContain("limits.maxStringLength");
  });

  it("maxStringLength counts object keys too, reported at the object", () => {
    const input = json({ ...starter, custom: { ["k".repeat(201)]: 1 } });
    expect(refusals(input, { maxStringLength: 201 })).toEqual([]);
    expect(refusals(input, { maxStringLength: 200 })).toMatchObject([{ path: ["custom"], params: { code: "string_too_long", limit: 200, actual: 201 } }]);
  });

  it("maxItems: an array of the limit passes, one more item is refused at the array", () => {
    const at = (count: number) => json({ ...starter, organisation: { name: "X", locations: Array.from({ length: count }, (_, index) => `L${index}`) } });
    const limits = { maxItems: 30 };
    expect(refusals(at(30), limits)).toEqual([]);
    expect(refusals(at(31), limits)).toMatchObject([{ path: ["organisation", "locations"], params: { code: "too_many_items", limit: 30, actual: 31 } }]);
    expect(refusals(at(31), limits)[0]?.message).toContain("limits.maxItems");
  });

  it("maxItems counts the keys of an object", () => {
    const custom = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`k${index}`, index]));
    expect(refusals(json({ ...starter, custom }), { maxItems: 40 })).toEqual([]);
    expect(refusals(json({ ...starter, custom }), { maxItems: 39 })).toMatchObject([{ path: ["custom"], params: { code: "too_many_items", limit: 39, actual: 40 } }]);
  });

  it("maxDepth: nesting to the limit passes, one level more is refused where it starts and not read below", () => {
    // The document is depth 1, custom depth 2, so nested arrays of n levels reach 2 + n.
    const at = (levels: number) => json({ ...starter, custom: { deep: nestedArrays(levels) } });
    expect(refusals(at(8), { maxDepth: 10 })).toEqual([]);
    expect(parseIsms(at(8), { limits: { maxDepth: 10 } }).custom).toEqual({ deep: nestedArrays(8) });
    const refused = refusals(at(9), { maxDepth: 10 });
    expect(refused).toMatchObject([{ path: ["custom", "deep", 0, 0, 0, 0, 0, 0, 0, 0], params: { code: "too_deep", limit: 10, actual: 11 } }]);
    expect(refused[0]?.message).toContain("limits.maxDepth");
  });

  it("maxSize: a document of exactly the limit passes, one character more is refused at the root", () => {
    const input = json(starter);
    const size = JSON.stringify(input).length;
    expect(refusals(input, { maxSize: size })).toEqual([]);
    const refused = refusals(input, { maxSize: size - 1 });
    expect(refused).toMatchObject([{ path: [], params: { code: "document_too_large", limit: size - 1 } }]);
    expect(refused[0]!.params.actual).toBeGreaterThan(size - 1);
    expect(refused[0]?.message).toContain("limits.maxSize");
  });

  test.prop([fc.jsonValue(), fc.string({ unit: "binary" })], { numRuns: 200 })(
    "measures the size as the length of the compact JSON text, escapes and lone surrogates included",
    (value, text) => {
      const input = { value, text };
      const size = JSON.stringify(input).length;
      expect(refusals(input, { maxSize: size }).filter((found) => found.params.code === "document_too_large")).toEqual([]);
      expect(refusals(input, { maxSize: size - 1 }).map((found) => found.params.code)).toContain("document_too_large");
    },
  );
});

describe("parseIsms limits on values JSON.parse does not return", () => {
  it("counts what JSON.stringify leaves out or writes as null as it does", () => {
    const input = { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol("s"), true, false, null, Number.NaN, -0, 1e21], d: "ok" };
    const size = JSON.stringify(input).length;
    expect(refusals(input, { maxSize: size })).toEqual([]);
    expect(refusals(input, { maxSize: size - 1 }).map((found) => found.params.code)).toEqual(["document_too_large"]);
  });

  it("counts a bigint by its digits and nothing for undefined input, leaving both to the schema", () => {
    expect(refusals({ n: 12345n }, { maxSize: 11 })).toEqual([]); // {"n":12345}
    expect(refusals({ n: 12345n }, { maxSize: 10 }).map((found) => found.params.code)).toEqual(["document_too_large"]);
    expect(refusals(undefined, { maxSize: 0 })).toEqual([]);
    expect(safeParseIsms(undefined).ok).toBe(false);
  });
});

describe("parseIsms limits on hostile input", () => {
  it("refuses a 100 000-deep nested array with one issue and no RangeError", () => {
    const input = { ...json(starter) as object, custom: { deep: nestedArrays(100_000) } };
    let thrown: unknown;
    try {
      parseIsms(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ZodError);
    const issues = (thrown as ZodError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "custom", params: { code: "too_deep", limit: 64, actual: 65 } });
    expect(issues[0]?.path).toHaveLength(64);
    const root = nestedArrays(100_000);
    expect(refusals(root)).toMatchObject([{ params: { code: "too_deep", limit: 64, actual: 65 } }]);
  });

  it("refuses a 2 MB organisation name by default, and accepts it when the caller raises maxStringLength", () => {
    const input = json({ ...starter, organisation: { name: "N".repeat(2_000_000) } });
    expect(() => parseIsms(input)).toThrow(ZodError);
    expect(refusals(input)).toMatchObject([{ path: ["organisation", "name"], params: { code: "string_too_long", limit: 100_000, actual: 2_000_000 } }]);
    expect(parseIsms(input, { limits: { maxStringLength: 2_000_000 } }).organisation.name).toHaveLength(2_000_000);
  });

  it("reports every violation in document order, and stops at 100", () => {
    const long = "x".repeat(150);
    const input = json({ ...starter, organisation: { name: long, locations: [long, "near"] }, custom: { many: Array.from({ length: 31 }, (_, index) => index) } });
    expect(refusals(input, { maxStringLength: 120, maxItems: 30 }).map((found) => [found.path, found.params.code])).toEqual([
      [["organisation", "name"], "string_too_long"],
      [["organisation", "locations", 0], "string_too_long"],
      [["custom", "many"], "too_many_items"],
    ]);
    const flood = json({ ...starter, custom: { words: Array.from({ length: 500 }, () => long) } });
    expect(refusals(flood, { maxStringLength: 120 })).toHaveLength(100);
  });

  it("reports a value that contains itself as too deep, without walking round the cycle", () => {
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic["self"] = cyclic;
    cyclic["again"] = cyclic;
    const refused = refusals({ ...(json(starter) as object), custom: cyclic });
    expect(refused.map((found) => [found.path, found.params.code, found.params.actual])).toEqual([
      [["custom", "self"], "too_deep", Number.POSITIVE_INFINITY],
      [["custom", "again"], "too_deep", Number.POSITIVE_INFINITY],
    ]);
  });

  it("leaves the schema's own issues to the schema when no limit is exceeded", () => {
    const result = safeParseIsms({ ...(json(starter) as object), organisation: { name: "" } });
    expect(result.ok ? [] : result.error.map((found) => [found.path, found.code])).toEqual([[["organisation", "name"], "invalid_invalid_format"]]);
  });
});

describe("parseIsms options that are not valid", () => {
  it.each([
    ["a negative limit", { limits: { maxDepth: -1 } }],
    ["NaN", { limits: { maxSize: Number.NaN } }],
    ["a fraction", { limits: { maxItems: 1.5 } }],
    ["a string", { limits: { maxStringLength: "100" } }],
    ["an unknown limit", { limits: { maxStringLenght: 5 } }],
    ["limits that are not an object", { limits: 5 }],
    ["limits that are null", { limits: null }],
    ["limits that are an array", { limits: [64] }],
    ["options that are not an object", "strict"],
    ["an unknown option", { limit: { maxSize: 5 } }],
  ])("throw IsmsError invalid_argument for %s, from parseIsms and safeParseIsms", (_name, options) => {
    for (const parse of [parseIsms, safeParseIsms]) {
      let thrown: unknown;
      try {
        parse(json(starter), options as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(IsmsError);
      expect((thrown as IsmsError).code).toBe("invalid_argument");
    }
  });

  it("accept Infinity for no limit and undefined for the default", () => {
    // A JavaScript caller may spread options with a limit left undefined.
    const limits = { maxSize: Number.POSITIVE_INFINITY, maxDepth: undefined } as unknown as Partial<IsmsLimits>;
    expect(parseIsms(json(starter), { limits })).toEqual(starter);
  });
});

describe("the limits walk's shortcuts (issue 18)", () => {
  test.prop([fc.array(fc.oneof(fc.integer(), fc.double(), fc.constant(-0), fc.maxSafeInteger(), fc.constant(Number.MIN_SAFE_INTEGER), fc.constant(1e15), fc.constant(-1e15 + 1)), { maxLength: 20 })])(
    "sizes numbers as JSON.stringify writes them, whole or not",
    (numbers) => {
      const size = JSON.stringify(numbers).length;
      expect(refusals(numbers, { maxSize: size }).map((found) => found.params.code)).toEqual([]);
      expect(refusals(numbers, { maxSize: size - 1 }).map((found) => found.params)).toEqual([{ code: "document_too_large", limit: size - 1, actual: size }]);
    },
  );

  it.each([3, 15, 16, 17, 40])("finds a cycle whose start is %i levels down, with no depth limit", (levels) => {
    const top: { next?: unknown }[] = [{}];
    let deepest = top[0]!;
    for (let level = 1; level < levels; level += 1) {
      const inner = {};
      deepest.next = inner;
      deepest = inner;
    }
    const loop: { back?: unknown } = {};
    deepest.next = loop;
    loop.back = { again: loop };
    const found = refusals(top, { maxDepth: Number.POSITIVE_INFINITY });
    expect(found.map((item) => [item.params.code, item.params.actual])).toEqual([["too_deep", Number.POSITIVE_INFINITY]]);
    expect(found[0]!.path).toEqual([0, ...Array.from({ length: levels }, () => "next"), "back", "again"]);
  });
});
