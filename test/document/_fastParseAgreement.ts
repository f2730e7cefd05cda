import { expect } from "vitest";
import type * as z from "zod";
import type { FastParser } from "../../src/document/_internal/fastParse.js";

/** Every object and array reachable from `value`. */
function reachable(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null || into.has(value)) return into;
  into.add(value);
  for (const key of Reflect.ownKeys(value)) reachable((value as Record<PropertyKey, unknown>)[key], into);
  return into;
}

/**
 * The shape of a value as zod's output must match it: own keys in order (with `undefined`
 * values kept), arrays item by item, and for each object or array whether it is one of the
 * input's own (zod passes `unknown` values through by reference, and copies the rest).
 */
function outline(value: unknown, input: Set<object>): unknown {
  if (typeof value !== "object" || value === null) return Object.is(value, -0) ? "-0" : value;
  const shared = input.has(value);
  if (Array.isArray(value)) return { shared, array: value.map((item) => outline(item, input)) };
  return { shared, proto: Object.getPrototypeOf(value) === Object.prototype, entries: Reflect.ownKeys(value).map((key) => [String(key), outline((value as Record<PropertyKey, unknown>)[key], input)]) };
}

/** Whether the fast parser agrees with zod on `input`; on disagreement, why. */
export function disagreement(schema: z.ZodType, parser: FastParser<unknown>, input: unknown): string | undefined {
  const zod = schema.safeParse(input);
  const fast = parser.parse(input);
  if (fast.ok !== zod.success) return `fast ${fast.ok ? "accepts" : "refuses"}, zod ${zod.success ? "accepts" : "refuses"}`;
  if (!fast.ok || !zod.success) return undefined;
  const shared = reachable(input);
  if (JSON.stringify(fast.value) !== JSON.stringify(zod.data)) return "JSON texts differ";
  try {
    expect(outline(fast.value, shared)).toEqual(outline(zod.data, shared));
    expect(fast.value).toStrictEqual(zod.data);
  } catch (error) {
    return `outputs differ: ${String(error).slice(0, 2000)}`;
  }
  return undefined;
}

/** Asserts that the fast parser agrees with zod on `input` and returns whether zod accepts it. */
export function expectAgreement(schema: z.ZodType, parser: FastParser<unknown>, input: unknown): boolean {
  expect(disagreement(schema, parser, input)).toBeUndefined();
  return schema.safeParse(input).success;
}
