import { describe, expect, it } from "vitest";
import * as z from "zod";
import { IsmsDocumentSchema, parseIsms, safeParseIsms } from "../../src/document/index.js";
import { compileFastParser, fastParse } from "../../src/document/_internal/fastParse.js";
import { createExampleIsms } from "../../src/example/index.js";
import { expectAgreement } from "./_fastParseAgreement.js";

/** Compiles `schema` and checks every input: the fast parser agrees with zod, and zod's verdict is the expected one. */
function agrees(schema: z.ZodType, accepted: readonly unknown[], refused: readonly unknown[]): void {
  const parser = compileFastParser(schema);
  for (const input of accepted) expect(expectAgreement(schema, parser, input), `accepts ${String(JSON.stringify(input))}`).toBe(true);
  for (const input of refused) expect(expectAgreement(schema, parser, input), `refuses ${String(JSON.stringify(input))}`).toBe(false);
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("compileFastParser, one schema kind at a time (agreeing with zod on both outcomes)", () => {
  it("string with min, max (counted in code points, as zod does) and regex", () => {
    agrees(z.string().min(2).max(3).regex(/^[a-z😀]+$/u), ["ab", "abc", "😀😀", "😀😀😀", "a😀"], ["a", "abcd", "AB", 3, null, undefined, "😀", "😀😀😀😀"]);
    agrees(z.string(), ["", "x"], [1, {}, []]);
    agrees(z.string().min(1).min(3).max(5).max(4), ["abc", "abcd", "😀😀😀"], ["ab", "abcde", "😀"]);
    const skipped = z.maxLength(2);
    skipped._zod.def.when = () => false;
    agrees(z.string().check(skipped), ["abc"], [1]);
  });

  it("checks that overwrite the value (trim, lower case) and length checks on values without a length run as zod runs them", () => {
    agrees(z.string().trim().toLowerCase().min(1), [" AB ", "x"], ["   ", 1]);
    agrees(z.unknown().check(z.minLength(2), z.maxLength(3)), ["ab", [1, 2], 5, { length: 2 }], ["a", [1], "abcd", { length: 4 }]);
  });

  it("the ISO date format and a regex on it", () => {
    agrees(z.iso.date().regex(/^[1-8]\d{3}-/), ["2026-02-28", "2024-02-29"], ["2026-02-29", "2026-13-01", "9998-01-01", "2026-1-1", 20260101]);
  });

  it("ISO date-time and other formats run zod's own check", () => {
    agrees(z.iso.datetime({ offset: true }), ["2026-11-27T09:00:00Z", "2026-11-27T09:00:00+02:00"], ["2026-11-27", "2026-11-27T09:00:00"]);
    agrees(z.email(), ["a@example.com"], ["a@", ""]);
  });

  it("number: finite only, int, bounds inclusive and exclusive", () => {
    agrees(z.number().int().nonnegative().max(10), [0, 10, -0], [-1, 11, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "1"]);
    agrees(z.number().gt(0).lt(1), [0.5], [0, 1]);
    agrees(z.int(), [2 ** 53 - 1], [2 ** 53, 0.1]);
    agrees(z.number().multipleOf(5), [10], [11]);
  });

  it("boolean, enum, literal, null, never, unknown", () => {
    agrees(z.boolean(), [true, false], [0, "true"]);
    agrees(z.enum(["a", "b"]), ["a", "b"], ["c", 0]);
    agrees(z.literal(1), [1], ["1", 2]);
    agrees(z.literal(["x", 2]), ["x", 2], ["y"]);
    agrees(z.null(), [null], [undefined, 0]);
    agrees(z.never(), [], [undefined, null, 1]);
    agrees(z.unknown(), [undefined, null, { a: 1 }, [1]], []);
  });

  it("unknown with a refinement (the custom fields): the same value, by reference", () => {
    const schema = z.unknown().superRefine((value, ctx) => {
      if (typeof value !== "object" || value === null) ctx.addIssue({ code: "custom", message: "object" });
    });
    agrees(schema, [{ a: [1, { b: 2 }] }, []], [1, null]);
    const input = { a: [1] };
    const parsed = compileFastParser(schema).parse(input);
    expect(parsed.ok && parsed.value).toBe(input);
  });

  it("strict objects: keys in the shape's order, optional keys absent or present as undefined, unknown keys refused", () => {
    const schema = z.strictObject({ a: z.string(), b: z.number().optional(), c: z.array(z.string()).optional() });
    agrees(
      schema,
      [{ a: "x" }, { c: [], b: 1, a: "x" }, { a: "x", b: undefined }, { a: "x", c: undefined, b: undefined }],
      [{}, { b: 1 }, { a: "x", d: 1 }, { a: "x", b: null }, JSON.parse('{"a":"x","__proto__":{}}'), [], null, "x", { a: undefined }],
    );
    const parser = compileFastParser(schema);
    const swapped = parser.parse({ c: ["y"], b: 2, a: "x" });
    expect(swapped.ok && Object.keys(swapped.value)).toEqual(["a", "b", "c"]);
    const present = parser.parse({ a: "x", b: undefined });
    expect(present.ok && Object.hasOwn(present.value, "b")).toBe(true);
    expect(present.ok && Object.hasOwn(present.value, "c")).toBe(false);
  });

  it("strict objects refuse an inherited enumerable key, as zod's for…in does; shape keys are read through the prototype", () => {
    const schema = z.strictObject({ a: z.string().optional() });
    const inherited = Object.create({ extra: 1 }) as Record<string, unknown>;
    const viaPrototype = Object.create({ a: "from the prototype" }) as Record<string, unknown>;
    Object.defineProperty(viaPrototype, "hidden", { value: 1, enumerable: false });
    agrees(schema, [viaPrototype, new Date(0), {}], [inherited]);
  });

  it("objects that strip unknown keys, and catch-all objects (other keys after the shape's, in input order)", () => {
    agrees(z.object({ a: z.string() }), [{ a: "x", z: 1 }], [{ z: 1 }]);
    const loose = z.object({ a: z.string() }).catchall(z.number());
    agrees(loose, [{ z: 1, a: "x", y: 2 }, JSON.parse('{"a":"x","__proto__":5}')], [{ a: "x", z: "1" }, { a: "x", n: undefined }]);
    const parsed = compileFastParser(loose).parse({ z: 1, a: "x", y: 2 });
    expect(parsed.ok && Object.keys(parsed.value)).toEqual(["a", "z", "y"]);
    agrees(z.looseObject({ a: z.string() }), [{ b: { deep: 1 }, a: "x" }], [{}]);
  });

  it("an object whose shape declares __proto__ leaves it out of the output, as zod does", () => {
    agrees(z.strictObject({ ["__proto__"]: z.string().optional(), a: z.number() } as Record<string, z.ZodType>), [{ a: 1 }, JSON.parse('{"a":1,"__proto__":"x"}')], [{}]);
  });

  it("objects with refinements run them on the parsed value", () => {
    const schema = z.strictObject({ from: z.number(), to: z.number() }).refine((range) => range.from <= range.to);
    agrees(schema, [{ from: 1, to: 2 }], [{ from: 2, to: 1 }, { from: 1 }]);
  });

  it("arrays: a new array, min and max, holes read as undefined", () => {
    agrees(z.array(z.number()).min(1).max(2), [[1], [1, 2]], [[], [1, 2, 3], [1, "2"], {}]);
    // eslint-disable-next-line no-sparse-arrays
    agrees(z.array(z.number().optional()), [[, 1], [undefined]], [[null]]);
    const input = [1];
    const parsed = compileFastParser(z.array(z.number())).parse(input);
    expect(parsed.ok && parsed.value).not.toBe(input);
  });

  it("optional and nullable", () => {
    agrees(z.string().optional(), [undefined, "x"], [null]);
    agrees(z.string().nullable(), [null, "x"], [undefined]);
    agrees(z.strictObject({ a: z.string().nullable().optional() }), [{}, { a: null }, { a: undefined }], [{ a: 1 }]);
  });

  it("defaults, catch and exact optional keys are zod's (delegated), with the same output", () => {
    agrees(z.strictObject({ a: z.string().default("d"), b: z.number().catch(0), c: z.string().exactOptional() }), [{}, { a: "x", b: "bad" }, { c: "y" }], [{ c: undefined }]);
  });

  it("unions: the first option that accepts gives the output", () => {
    const schema = z.union([z.object({ a: z.string() }), z.looseObject({ a: z.string(), b: z.number() })]);
    agrees(schema, [{ a: "x", b: 1 }, { a: "y" }], [{ b: 1 }, "x"]);
    agrees(z.union([z.string()]), ["x"], [1]);
    agrees(z.xor([z.string(), z.string().min(2)]), ["x"], ["xy", 1]);
  });

  it("discriminated unions choose the option by the discriminator", () => {
    const schema = z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("a"), value: z.string() }),
      z.strictObject({ kind: z.literal(["b", "c"]), value: z.number() }),
    ]);
    agrees(schema, [{ kind: "a", value: "x" }, { value: 1, kind: "c" }], [{ kind: "a", value: 1 }, { kind: "d", value: 1 }, {}, [], null]);
  });

  it("records: own enumerable keys (integers first, as Reflect.ownKeys gives them), each key and value checked", () => {
    const schema = z.record(z.string().regex(/^[a-z0-9]+$/), z.number());
    const hidden = { a: 1 };
    Object.defineProperty(hidden, "b", { value: "not read", enumerable: false });
    agrees(schema, [{ b: 1, 2: 2, a: 3, 1: 4 }, {}, hidden, JSON.parse('{"__proto__":1,"a":2}')], [{ A: 1 }, { a: "1" }, [], new Date(0), { [Symbol("s")]: 1 }]);
    const parsed = compileFastParser(schema).parse({ b: 1, 2: 2, a: 3, 1: 4 });
    expect(parsed.ok && Object.keys(parsed.value)).toEqual(["1", "2", "b", "a"]);
    class Box {
      a = 1;
    }
    const bare = Object.create(null) as Record<string, unknown>;
    bare["a"] = 1;
    agrees(schema, [bare, { constructor: 1 }], [new Box(), new Map()]);
    agrees(z.record(z.number(), z.string()), [{ 1: "x", "-2.5": "y" }], [{ a: "x" }, { "1e3": "x" }]);
    agrees(z.partialRecord(z.enum(["x", "y"]), z.string()), [{ x: "1" }, {}], [{ z: "1" }]);
    agrees(z.record(z.enum(["x", "y"]), z.string()), [{ y: "2", x: "1" }], [{ x: "1" }]);
  });

  it("pipes, transforms and codecs: the input side, then the output side", () => {
    agrees(z.string().transform((text) => text.toUpperCase()).pipe(z.string().max(2)), ["ab"], ["abc", 1]);
    agrees(z.preprocess((value) => (typeof value === "string" ? value.trim() : value), z.string().min(1)), [" x "], ["  ", 1]);
    const codec = z.codec(z.string(), z.number(), {
      decode: (text, ctx) => {
        if (!/^\d+$/.test(text)) {
          ctx.issues.push({ code: "custom", input: text, message: "digits" });
          return z.NEVER;
        }
        return Number(text);
      },
      encode: String,
    });
    agrees(z.array(codec), [["1", "22"]], [["x"], [1]]);
  });

  it("recursive schemas are zod's below the recursion", () => {
    type Tree = { name: string; children: Tree[] };
    const Tree: z.ZodType<Tree> = z.lazy(() => z.strictObject({ name: z.string(), children: z.array(Tree) }));
    agrees(Tree, [{ name: "a", children: [{ name: "b", children: [] }] }], [{ name: "a", children: [{ name: 1, children: [] }] }]);
    const Node = z.strictObject({
      id: z.string(),
      get next(): z.ZodOptional<typeof Node> {
        return Node.optional();
      },
    });
    agrees(Node, [{ id: "a", next: { id: "b" } }], [{ id: "a", next: { id: 1 } }]);
  });

  it("answers { ok: false } instead of throwing when a check throws or is async", () => {
    const throwing = z.string().refine(() => {
      throw new Error("boom");
    });
    expect(compileFastParser(throwing).parse("x")).toEqual({ ok: false });
    const asynchronous = z.string().refine(async () => true);
    expect(compileFastParser(asynchronous).parse("x")).toEqual({ ok: false });
  });

  it("fastParse translates a schema once and reuses it", () => {
    const schema = z.strictObject({ a: z.string() });
    expect(fastParse(schema, { a: "x" })).toEqual({ ok: true, value: { a: "x" } });
    expect(fastParse(schema, { a: 1 })).toEqual({ ok: false });
  });
});

describe("the fast path on the document schema", () => {
  it("translates all but the transforms of the reserved-key guards, which zod runs", () => {
    const parser = compileFastParser(IsmsDocumentSchema);
    expect(parser.counts.translated).toBeGreaterThan(700);
    expect(new Set(parser.delegatedKinds)).toEqual(new Set(["transform"]));
  });

  it("gives zod's output on the example organisation, and parseIsms and safeParseIsms give it too", () => {
    const input = json(createExampleIsms());
    const parser = compileFastParser(IsmsDocumentSchema);
    expect(expectAgreement(IsmsDocumentSchema, parser, input)).toBe(true);
    expect(parseIsms(json(input))).toStrictEqual(IsmsDocumentSchema.parse(json(input)));
    const safe = safeParseIsms(json(input));
    expect(safe.ok && JSON.stringify(safe.value)).toBe(JSON.stringify(IsmsDocumentSchema.parse(json(input))));
  });

  it("refuses what zod refuses, and parseIsms then reports zod's issues", () => {
    const input = { ...json(createExampleIsms()), colour: "blue" };
    expect(compileFastParser(IsmsDocumentSchema).parse(input)).toEqual({ ok: false });
    const safe = safeParseIsms(input);
    expect(safe.ok ? [] : safe.error.map((found) => [found.code, found.path])).toEqual([["invalid_unrecognized_keys", ["colour"]]]);
  });
});
