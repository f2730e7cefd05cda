import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { IsmsDocumentSchema, parseIsms, safeParseIsms } from "../../src/document/index.js";
import { compileFastParser, type FastParser } from "../../src/document/_internal/fastParse.js";
import { documentArb } from "../arbitraries/document.js";
import { disagreement } from "./_fastParseAgreement.js";
import { example, inputArb, inputOf, json } from "./_fastParseInputs.js";

const parser = compileFastParser(IsmsDocumentSchema);

describe("the fast path agrees with IsmsDocumentSchema.safeParse", () => {
  const seen = { accepted: 0, refused: 0 };

  test.prop([inputArb], { numRuns: 60 })("on valid documents and mutated ones: accepts iff zod does, with zod's output and key order", (generated) => {
    const input = inputOf(generated);
    expect(disagreement(IsmsDocumentSchema, parser, input)).toBeUndefined();
    if (parser.parse(input).ok) seen.accepted += 1;
    else seen.refused += 1;
  });

  test.prop([documentArb], { numRuns: 25 })("accepts every generated valid document, and parseIsms gives zod's output", (document) => {
    const input = json(document);
    expect(disagreement(IsmsDocumentSchema, parser, input)).toBeUndefined();
    expect(parser.parse(input).ok).toBe(true);
    expect(JSON.stringify(parseIsms(json(input)))).toBe(JSON.stringify(IsmsDocumentSchema.parse(json(input))));
  });

  test.prop([inputArb], { numRuns: 30 })("safeParseIsms gives the same result as zod's own safeParse after the limits", (generated) => {
    const input = inputOf(generated);
    const result = safeParseIsms(input);
    const zod = IsmsDocumentSchema.safeParse(input);
    expect(result.ok).toBe(zod.success);
    if (result.ok && zod.success) expect(JSON.stringify(result.value)).toBe(JSON.stringify(zod.data));
  });

  it("saw both outcomes (the mutations make invalid documents and leave some valid)", () => {
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});

type Node = z.core.$ZodType;
type Check = z.core.$ZodCheck;

/**
 * A copy of `schema` whose checks pass through `fix`: each node is a new object over the
 * original's internals with a rewritten definition (the parts the translation reads), while
 * zod's own parse of the node stays the original's.
 */
function rewriteChecks(schema: Node, fix: (check: Check) => Check, done = new Map<Node, Node>()): Node {
  const known = done.get(schema);
  if (known) return known;
  const def = { ...(schema._zod.def as unknown as Record<string, unknown>) };
  const internals = Object.create(schema._zod) as Record<string, unknown>;
  const copy = { _zod: internals } as unknown as Node;
  done.set(schema, copy);
  const again = (node: unknown): Node => rewriteChecks(node as Node, fix, done);
  switch (def["type"]) {
    case "object":
      def["shape"] = Object.fromEntries(Object.entries(def["shape"] as Record<string, Node>).map(([key, value]) => [key, again(value)]));
      if (def["catchall"]) def["catchall"] = again(def["catchall"]);
      break;
    case "array":
      def["element"] = again(def["element"]);
      break;
    case "optional":
    case "nullable":
      def["innerType"] = again(def["innerType"]);
      break;
    case "union":
      def["options"] = (def["options"] as Node[]).map(again);
      break;
    case "record":
      def["keyType"] = again(def["keyType"]);
      def["valueType"] = again(def["valueType"]);
      break;
    case "pipe":
      def["in"] = again(def["in"]);
      def["out"] = again(def["out"]);
      break;
    default:
      break;
  }
  if (Array.isArray(def["checks"])) def["checks"] = (def["checks"] as Check[]).map(fix);
  internals["def"] = def;
  return copy;
}

/** A string max one too large: the translation of a `max(n)` accepts n + 1 characters. */
function maxOffByOne(check: Check): Check {
  const def = check._zod.def as unknown as { check: string; maximum?: number };
  if (def.check !== "max_length" || def.maximum === undefined) return check;
  const internals = Object.create(check._zod) as Record<string, unknown>;
  internals["def"] = { ...def, maximum: def.maximum + 1 };
  return { _zod: internals } as unknown as Check;
}

describe("the equivalence property has teeth", () => {
  it("a rewrite that changes nothing still agrees", () => {
    const same = compileFastParser(rewriteChecks(IsmsDocumentSchema as unknown as Node, (check) => check) as unknown as z.ZodType) as FastParser<unknown>;
    expect(disagreement(IsmsDocumentSchema, same, example)).toBeUndefined();
    const tooLong = json(example) as { organisation: { name: string }; risks: { id: string }[] };
    tooLong.risks[0]!.id = "a".repeat(129);
    expect(disagreement(IsmsDocumentSchema, same, tooLong)).toBeUndefined();
  });

  it("catches a translation whose string max is off by one", () => {
    const broken = compileFastParser(rewriteChecks(IsmsDocumentSchema as unknown as Node, maxOffByOne) as unknown as z.ZodType) as FastParser<unknown>;
    // The same inputs and the same test as the property above, with the broken translation.
    const outcome = fc.check(
      fc.property(inputArb, (generated) => disagreement(IsmsDocumentSchema, broken, inputOf(generated)) === undefined),
      { numRuns: 300, seed: 18 },
    );
    expect(outcome.failed).toBe(true);
    const counterexample = outcome.counterexample?.[0];
    expect(counterexample && disagreement(IsmsDocumentSchema, broken, inputOf(counterexample))).toBe("fast accepts, zod refuses");
  });
});
