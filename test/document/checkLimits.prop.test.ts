import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { DEFAULT_ISMS_LIMITS, type IsmsLimits } from "../../src/document/index.js";
import { checkLimits, exactLimitIssues, withinLimits } from "../../src/document/_internal/checkLimits.js";
import { referenceCheckLimits } from "./_checkLimitsReference.js";

const example: unknown = JSON.parse(JSON.stringify(createExampleIsms()));
const exampleSize = JSON.stringify(example).length;

// Strings that JSON writes longer than themselves: quotes, backslashes, controls, surrogate pairs and lone ones.
const awkwardString = fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.constantFrom('"', "\\", "\u0000", "\n", "😀", "\ud800", "\udc00x", "plain"));

/** JSON-like values with awkward strings, odd numbers, values JSON leaves out, shared and cyclic parts. */
const valueArb: fc.Arbitrary<unknown> = fc
  .letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      awkwardString,
      fc.double(),
      fc.integer(),
      fc.constantFrom(-0, 1e21, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, true, false, null, undefined, 10n),
      fc.array(tie("value"), { maxLength: 5 }),
      fc.dictionary(awkwardString, tie("value"), { maxKeys: 5 }),
    ),
  }))
  .value;

const limitsArb: fc.Arbitrary<IsmsLimits> = fc.record({
  maxStringLength: fc.oneof(fc.nat(14), fc.constant(Number.POSITIVE_INFINITY)),
  maxItems: fc.oneof(fc.nat(6), fc.constant(Number.POSITIVE_INFINITY)),
  maxDepth: fc.oneof(fc.nat(6), fc.constant(Number.POSITIVE_INFINITY)),
  maxSize: fc.oneof(fc.nat(200), fc.constant(Number.POSITIVE_INFINITY)),
});

describe("checkLimits gives the same issues as before it was made cheaper", () => {
  test.prop([valueArb, limitsArb], { numRuns: 400 })("on any value under any limits", (value, limits) => {
    expect(checkLimits(value, limits)).toEqual(referenceCheckLimits(value, limits));
    expect(exactLimitIssues(value, limits)).toEqual(referenceCheckLimits(value, limits));
  });

  test.prop([valueArb, fc.nat(40), fc.boolean()], { numRuns: 200 })("on values that contain themselves or share parts", (value, depth, cyclic) => {
    let nested: unknown[] = [value];
    for (let level = 0; level < depth; level += 1) nested = [nested, level % 3 === 0 ? value : level];
    if (cyclic) nested.push(nested);
    for (const limits of [DEFAULT_ISMS_LIMITS, { ...DEFAULT_ISMS_LIMITS, maxDepth: 20 }, { ...DEFAULT_ISMS_LIMITS, maxSize: 50 }]) {
      expect(checkLimits(nested, limits)).toEqual(referenceCheckLimits(nested, limits));
      expect(exactLimitIssues(nested, limits)).toEqual(referenceCheckLimits(nested, limits));
    }
  });

  test.prop([fc.integer({ min: exampleSize - 3000, max: exampleSize + 10 }), fc.nat(200)], { numRuns: 40 })(
    "on the example organisation with maxSize around its size (the exact size where the bound does not fit)",
    (maxSize, maxStringLength) => {
      const limits = { ...DEFAULT_ISMS_LIMITS, maxSize, maxStringLength };
      expect(checkLimits(example, limits)).toEqual(referenceCheckLimits(example, limits));
    },
  );

  it("reports the example's exact size when it is one character too large, and nothing at its size", () => {
    expect(checkLimits(example, { ...DEFAULT_ISMS_LIMITS, maxSize: exampleSize })).toEqual([]);
    const [issue, ...rest] = checkLimits(example, { ...DEFAULT_ISMS_LIMITS, maxSize: exampleSize - 1 });
    expect(rest).toEqual([]);
    expect(issue?.params).toEqual({ code: "document_too_large", limit: exampleSize - 1, actual: exampleSize });
  });
});

// checkLimits asks withinLimits first and runs the exact walk only when it says no: the answer
// must be yes exactly when the exact walk finds nothing (nesting up to its recursion bound).
describe("withinLimits says yes exactly when the exact walk finds nothing", () => {
  const seen = { within: 0, beyond: 0 };
  test.prop([valueArb, limitsArb], { numRuns: 500 })("on any value under any limits", (value, limits) => {
    const within = withinLimits(value, limits);
    expect(within).toBe(exactLimitIssues(value, limits).length === 0);
    seen[within ? "within" : "beyond"] += 1;
  });

  test.prop([valueArb, fc.nat(40), fc.boolean()], { numRuns: 200 })("on values that contain themselves or share parts", (value, depth, cyclic) => {
    let nested: unknown[] = [value];
    for (let level = 0; level < depth; level += 1) nested = [nested, level % 3 === 0 ? value : level];
    if (cyclic) nested.push(nested);
    for (const limits of [DEFAULT_ISMS_LIMITS, { ...DEFAULT_ISMS_LIMITS, maxDepth: 20 }, { ...DEFAULT_ISMS_LIMITS, maxSize: 50 }, { ...DEFAULT_ISMS_LIMITS, maxDepth: Number.POSITIVE_INFINITY }]) {
      expect(withinLimits(nested, limits)).toBe(exactLimitIssues(nested, limits).length === 0);
    }
  });

  test.prop([fc.integer({ min: exampleSize - 3000, max: exampleSize + 10 })], { numRuns: 40 })("on the example organisation with maxSize around its size", (maxSize) => {
    const limits = { ...DEFAULT_ISMS_LIMITS, maxSize };
    expect(withinLimits(example, limits)).toBe(maxSize >= exampleSize);
  });

  it("leaves nesting deeper than its recursion bound to checkLimits (says no), and saw both answers", () => {
    let deep: unknown = 1;
    for (let level = 0; level < 1500; level += 1) deep = [deep];
    expect(withinLimits(deep, { ...DEFAULT_ISMS_LIMITS, maxDepth: Number.POSITIVE_INFINITY })).toBe(false);
    expect(exactLimitIssues(deep, { ...DEFAULT_ISMS_LIMITS, maxDepth: Number.POSITIVE_INFINITY })).toEqual([]);
    expect(checkLimits(deep, { ...DEFAULT_ISMS_LIMITS, maxDepth: Number.POSITIVE_INFINITY })).toEqual([]);
    expect(seen.within).toBeGreaterThan(0);
    expect(seen.beyond).toBeGreaterThan(0);
  });
});
