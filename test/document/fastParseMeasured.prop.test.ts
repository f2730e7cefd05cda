import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { DEFAULT_ISMS_LIMITS, IsmsDocumentSchema, parseIsms, safeParseIsms, type IsmsLimits } from "../../src/document/index.js";
import { sizeWithin, withinLimits } from "../../src/document/_internal/checkLimits.js";
import { compileFastParser, type FastParser } from "../../src/document/_internal/fastParse.js";
import { example, inputArb, inputOf, json } from "./_fastParseInputs.js";

// The measured fast parser does the limits check and the schema in one walk. Its promise:
// it answers yes exactly when withinLimits says yes and zod accepts, and then its output is
// zod's. (It may say no for input whose objects are not plain or null-prototype ones, or
// when Object.prototype has been changed; parseIsms then takes the exact steps one by one.)

/** What the measured parser must answer: zod's output when both the limits and the schema accept, else no. */
function expected(schema: z.ZodType, input: unknown, limits: IsmsLimits): { ok: true; value: unknown } | { ok: false } {
  if (!withinLimits(input, limits)) return { ok: false };
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}

function expectMeasuredAgreement(schema: z.ZodType, parsers: readonly FastParser<unknown>[], input: unknown, limits: IsmsLimits): boolean {
  const want = expected(schema, input, limits);
  for (const parser of parsers) {
    const got = parser.parse(input, limits);
    expect(got.ok).toBe(want.ok);
    if (got.ok && want.ok) expect(got.value).toStrictEqual(want.value);
  }
  return want.ok;
}

/** The largest of each thing a limit bounds, as withinLimits counts them (JSON-like input). */
function extremes(value: unknown, level = 1, found = { string: 0, items: 0, depth: 0 }): typeof found {
  if (typeof value === "string") found.string = Math.max(found.string, value.length);
  if (typeof value !== "object" || value === null) return found;
  found.depth = Math.max(found.depth, level);
  const keys = Array.isArray(value) ? [] : Object.keys(value);
  found.items = Math.max(found.items, Array.isArray(value) ? value.length : keys.length);
  for (const key of keys) found.string = Math.max(found.string, key.length);
  for (const item of Array.isArray(value) ? value : keys.map((key) => (value as Record<string, unknown>)[key])) extremes(item, level + 1, found);
  return found;
}

/** Limits at, one below or one above each of the input's own extremes, or the default. */
function limitsAround(input: unknown, offsets: readonly (number | null)[]): IsmsLimits {
  const most = extremes(input);
  const size = JSON.stringify(input)?.length ?? 0;
  const near = (actual: number, offset: number | null, fallback: number): number => (offset === null ? fallback : Math.max(0, actual + offset));
  return {
    maxStringLength: near(most.string, offsets[0] ?? null, DEFAULT_ISMS_LIMITS.maxStringLength),
    maxItems: near(most.items, offsets[1] ?? null, DEFAULT_ISMS_LIMITS.maxItems),
    maxDepth: near(most.depth, offsets[2] ?? null, DEFAULT_ISMS_LIMITS.maxDepth),
    maxSize: near(size, offsets[3] ?? null, DEFAULT_ISMS_LIMITS.maxSize),
  };
}

const NO_LIMITS: IsmsLimits = { maxStringLength: Number.POSITIVE_INFINITY, maxItems: Number.POSITIVE_INFINITY, maxDepth: Number.POSITIVE_INFINITY, maxSize: Number.POSITIVE_INFINITY };

const offsetArb = fc.oneof(fc.constant(null), fc.constantFrom(-1, 0, 1));

describe("the measured fast parser on the document schema", () => {
  const measuredCopy = compileFastParser(IsmsDocumentSchema, { measure: true });
  const measuredShare = compileFastParser(IsmsDocumentSchema, { measure: true, share: true });
  const parsers = [measuredCopy, measuredShare];
  const seen = { accepted: 0, refused: 0, byLimits: 0 };

  test.prop([inputArb, fc.array(offsetArb, { minLength: 4, maxLength: 4 })], { numRuns: 80 })(
    "says yes iff withinLimits does and zod accepts, with zod's output, for limits at the input's own extremes",
    (generated, offsets) => {
      const input = inputOf(generated);
      const limits = limitsAround(input, offsets);
      const accepted = expectMeasuredAgreement(IsmsDocumentSchema, parsers, input, limits);
      seen[accepted ? "accepted" : "refused"] += 1;
      if (!accepted && IsmsDocumentSchema.safeParse(input).success) seen.byLimits += 1;
    },
  );

  it("the example: exactly its size, longest string, largest collection and depth pass; one less refuses", () => {
    const most = extremes(example);
    const size = JSON.stringify(example).length;
    const exact: IsmsLimits = { maxStringLength: most.string, maxItems: most.items, maxDepth: most.depth, maxSize: size };
    for (const parser of parsers) {
      expect(parser.parse(example, exact).ok).toBe(true);
      for (const name of ["maxStringLength", "maxItems", "maxDepth", "maxSize"] as const) {
        expect(parser.parse(example, { ...exact, [name]: exact[name] - 1 }).ok).toBe(false);
      }
    }
  });

  it("parseIsms and safeParseIsms give the same results as the steps one by one", () => {
    const input = json(example);
    const size = JSON.stringify(input).length;
    expect(parseIsms(input, { limits: { maxSize: size } })).toStrictEqual(IsmsDocumentSchema.parse(input));
    expect(parseIsms(input, { limits: { maxSize: size }, copy: false })).toBe(input);
    const refused = safeParseIsms(input, { limits: { maxSize: size - 1 } });
    expect(refused.ok ? [] : refused.error.map((found) => found.code)).toEqual(["document_too_large"]);
  });

  it("saw documents accepted, refused, and refused for a limit alone", () => {
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.byLimits).toBeGreaterThan(0);
  });
});

// Small schemas with every container kind, on JSON-like values with awkward strings, values
// JSON leaves out or writes as null, bigints and null-prototype objects.
const awkwardString = fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), fc.constantFrom('"', "\\", "\u0000", "😀", "\ud800", "a", "b", "__proto__"));
const valueArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    awkwardString,
    fc.integer(),
    fc.constantFrom(-0, 1e21, 0.5, Number.NaN, true, false, null, undefined, 10n),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("a", "b", "c", "x", "__proto__", "long key"), tie("value"), { maxKeys: 4 }),
  ),
})).value;

const leaf = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const schemas: Record<string, z.ZodType> = {
  "strip object": z.object({ a: leaf.optional(), b: z.array(z.unknown()).optional() }),
  "strict object": z.strictObject({ a: z.unknown().optional(), b: z.array(leaf).optional(), c: z.string().optional() }),
  "catch-all object": z.object({ a: leaf.optional() }).catchall(z.unknown()),
  record: z.record(z.string(), z.union([leaf, z.array(z.unknown()), z.record(z.string(), z.unknown())])),
  "array of optional unknowns": z.array(z.unknown().optional()),
  "union whose first option fails part way": z.union([z.object({ a: z.array(z.string()) }), z.object({ a: z.array(z.unknown()) }), z.array(z.unknown())]),
  "unknown with a refinement": z.unknown().superRefine(() => undefined),
  "nullable and a transform": z.object({ a: z.string().nullable().optional(), b: z.string().transform((text) => text.repeat(3)).optional() }),
  "strict objects whose values change, with a default and a required field": z.strictObject({
    a: z.string().transform((text) => `${text}!`).optional(),
    b: z.strictObject({ c: z.number().default(7), x: leaf }).optional(),
    c: z.unknown(),
  }),
  "a pipe whose second side gets a new object": z.object({ a: z.string().transform((text) => ({ long: text.repeat(50) })).pipe(z.object({ long: z.string() })).optional() }),
};

const smallLimitsArb: fc.Arbitrary<IsmsLimits> = fc.record({
  maxStringLength: fc.oneof(fc.nat(9), fc.constant(Number.POSITIVE_INFINITY)),
  maxItems: fc.oneof(fc.nat(5), fc.constant(Number.POSITIVE_INFINITY)),
  maxDepth: fc.oneof(fc.nat(5), fc.constant(Number.POSITIVE_INFINITY)),
  maxSize: fc.oneof(fc.nat(80), fc.constant(Number.POSITIVE_INFINITY)),
});

describe("the measured fast parser on every container kind", () => {
  for (const [name, schema] of Object.entries(schemas)) {
    const parsers = [compileFastParser(schema, { measure: true }), compileFastParser(schema, { measure: true, share: true })];
    const unmeasured = [compileFastParser(schema), compileFastParser(schema, { share: true })];
    test.prop([valueArb, smallLimitsArb], { numRuns: 150 })(`${name}: yes iff withinLimits and zod, with zod's output`, (input, limits) => {
      expectMeasuredAgreement(schema, parsers, input, limits);
      // Without limits the same translations agree with zod alone.
      const zod = schema.safeParse(input);
      for (const parser of unmeasured) {
        const got = parser.parse(input);
        expect(got.ok).toBe(zod.success);
        if (got.ok && zod.success) expect(got.value).toStrictEqual(zod.data);
      }
    });
  }

  // Inputs the strict schema mostly accepts, keys in its order or reversed: the one-pass path
  // must hand over to the schema-order path when a value changes, a default is due or keys come
  // out of order.
  const strictSchema = schemas["strict objects whose values change, with a default and a required field"]!;
  const strictParsers = [
    compileFastParser(strictSchema),
    compileFastParser(strictSchema, { share: true }),
    compileFastParser(strictSchema, { measure: true }),
    compileFastParser(strictSchema, { measure: true, share: true }),
  ];
  const keyOrder = (value: unknown): unknown =>
    typeof value === "object" && value !== null ? Object.keys(value).map((key) => [key, keyOrder((value as Record<string, unknown>)[key])]) : null;
  const reversed = (value: unknown, reverse: boolean): unknown =>
    reverse && typeof value === "object" && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value;
  const strictInputArb = fc
    .tuple(
      fc.record({ a: fc.string(), b: fc.record({ c: fc.integer(), x: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }, { requiredKeys: ["x"] }), c: valueArb }, { requiredKeys: [] }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([value, reverseOuter, reverseInner]) => reversed({ ...value, ...(value.b === undefined ? {} : { b: reversed(value.b, reverseInner) }) }, reverseOuter));
  test.prop([strictInputArb], { numRuns: 150 })("strict objects, keys in any order: the same as zod, measured or not", (input) => {
    const zod = strictSchema.safeParse(input);
    // At exactly the input's size, so that anything measured twice would show.
    const limits = { ...DEFAULT_ISMS_LIMITS, maxDepth: Number.POSITIVE_INFINITY, maxSize: sizeWithin(input, 1, false, NO_LIMITS) };
    strictParsers.forEach((parser, index) => {
      const got = parser.parse(input, limits);
      const want = withinLimits(input, limits) && zod.success;
      expect(got.ok).toBe(want);
      if (!got.ok || !zod.success) return;
      expect(got.value).toStrictEqual(zod.data);
      // A copy has zod's key order; sharing keeps the input's where nothing changed.
      if (index % 2 === 0) expect(keyOrder(got.value)).toEqual(keyOrder(zod.data));
    });
  });

  it("a value that contains itself under `unknown` is refused without walking round it (zod alone would accept it)", () => {
    const schema = z.object({ custom: z.unknown().superRefine(() => undefined) });
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic["self"] = cyclic;
    cyclic["again"] = cyclic;
    expect(schema.safeParse({ custom: cyclic }).success).toBe(true);
    for (const share of [false, true]) expect(compileFastParser(schema, { measure: true, share }).parse({ custom: cyclic }, DEFAULT_ISMS_LIMITS).ok).toBe(false);
  });

  it("counts what JSON writes as null in an array, and leaves out of an object", () => {
    const array = z.array(z.unknown());
    const object = z.object({ a: z.unknown(), b: z.unknown(), c: z.string() });
    const items = [undefined, () => 1, Symbol("s"), "a"];
    const fields = { a: undefined, b: () => 1, c: "d" };
    for (const share of [false, true]) {
      const cases: [z.ZodType, unknown][] = [
        [array, items],
        [object, fields],
      ];
      for (const [schema, input] of cases) {
        const size = JSON.stringify(input).length; // [null,null,null,"a"] and {"c":"d"}
        const parser = compileFastParser(schema, { measure: true, share });
        expect(parser.parse(input, { ...DEFAULT_ISMS_LIMITS, maxSize: size }).ok).toBe(true);
        expect(parser.parse(input, { ...DEFAULT_ISMS_LIMITS, maxSize: size - 1 }).ok).toBe(false);
      }
    }
  });

  it("counts a record's own __proto__ key and a dropped key, which zod never parses", () => {
    const record = z.record(z.string(), z.string());
    const input = JSON.parse('{"__proto__":"12345","a":"b"}') as unknown;
    const size = JSON.stringify(input).length; // 25: {"__proto__":"12345","a":"b"}
    const strip = z.object({ a: z.string() });
    const extra = { a: "b", dropped: "123456" };
    for (const share of [false, true]) {
      const parser = compileFastParser(record, { measure: true, share });
      expect(parser.parse(input, { ...DEFAULT_ISMS_LIMITS, maxSize: size }).ok).toBe(true);
      expect(parser.parse(input, { ...DEFAULT_ISMS_LIMITS, maxSize: size - 1 }).ok).toBe(false);
      const stripping = compileFastParser(strip, { measure: true, share });
      expect(stripping.parse(extra, { ...DEFAULT_ISMS_LIMITS, maxSize: JSON.stringify(extra).length }).ok).toBe(true);
      expect(stripping.parse(extra, { ...DEFAULT_ISMS_LIMITS, maxSize: JSON.stringify(extra).length - 1 }).ok).toBe(false);
      expect(stripping.parse(extra, { ...DEFAULT_ISMS_LIMITS, maxStringLength: 5 }).ok).toBe(false);
      // A declared __proto__ is never written by zod, so never parsed: it is counted all the same.
      const declared = JSON.parse('{"__proto__":"12345","a":"b"}') as unknown;
      for (const schema of [z.strictObject({ ["__proto__"]: z.string().optional(), a: z.string() }), z.object({ ["__proto__"]: z.string().optional(), a: z.string() })]) {
        const parser = compileFastParser(schema, { measure: true, share });
        expect(schema.safeParse(declared).success).toBe(true);
        expect(parser.parse(declared, { ...DEFAULT_ISMS_LIMITS, maxSize: size }).ok).toBe(true);
        expect(parser.parse(declared, { ...DEFAULT_ISMS_LIMITS, maxSize: size - 1 }).ok).toBe(false);
      }
    }
  });

  it("needs limits, and leaves objects of other prototypes, inherited fields and a changed Object.prototype to the exact steps", () => {
    const schema = z.object({ a: z.string(), constructor: z.unknown().optional() });
    const parser = compileFastParser(schema, { measure: true });
    expect(parser.parse({ a: "b" }, DEFAULT_ISMS_LIMITS).ok).toBe(false); // `constructor` is inherited from Object.prototype
    expect(parser.parse(Object.assign(Object.create({ inherited: 1 }) as object, { a: "b", constructor: 1 }), DEFAULT_ISMS_LIMITS).ok).toBe(false);
    expect(parser.parse({ a: "b", constructor: 1 }, DEFAULT_ISMS_LIMITS).ok).toBe(true);
    expect(parser.parse({ a: "b", constructor: 1 }).ok).toBe(false);
    const plain = compileFastParser(z.object({ a: z.string() }), { measure: true });
    expect(plain.parse({ a: "b" }, DEFAULT_ISMS_LIMITS).ok).toBe(true);
    Object.defineProperty(Object.prototype, "polluted", { value: 1, configurable: true, enumerable: false });
    try {
      expect(plain.parse({ a: "b" }, DEFAULT_ISMS_LIMITS).ok).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>)["polluted"];
    }
    expect(plain.parse({ a: "b" }, DEFAULT_ISMS_LIMITS).ok).toBe(true);
  });
});
