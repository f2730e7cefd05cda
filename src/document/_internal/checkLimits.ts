import type * as z from "zod";
import { IsmsError } from "../../core/index.js";
import { DEFAULT_ISMS_LIMITS, type IsmsLimits } from "../limits.js";

/** The `params.code` of an issue about a limit. */
export type LimitCode = "string_too_long" | "too_many_items" | "too_deep" | "document_too_large";

/** A limit issue: zod's custom issue with the limit, its value and what was found. */
export type LimitIssue = z.core.$ZodIssueCustom & { readonly params: { readonly code: LimitCode; readonly limit: number; readonly actual: number } };

/**
 * After this many issues the walk stops: a hostile document could otherwise hold millions of
 * violations, and the first hundred say enough to fix it or to refuse it.
 */
export const MAX_LIMIT_ISSUES = 100;

const LIMIT_NAMES: readonly (keyof IsmsLimits)[] = ["maxStringLength", "maxItems", "maxDepth", "maxSize"];

/**
 * The limits to apply: the defaults with the caller's overrides. A limit is a whole number
 * from 0 up, or `Infinity` for none.
 */
export function resolveLimits(given: unknown): IsmsLimits {
  if (given === undefined) return DEFAULT_ISMS_LIMITS;
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    throw new IsmsError("invalid_argument", `limits must be an object such as { maxSize: 10485760 }, not ${given === null ? "null" : Array.isArray(given) ? "an array" : typeof given}.`);
  }
  const resolved: Record<keyof IsmsLimits, number> = { ...DEFAULT_ISMS_LIMITS };
  for (const [name, value] of Object.entries(given)) {
    if (!(LIMIT_NAMES as readonly string[]).includes(name)) {
      throw new IsmsError("invalid_argument", `limits.${name} is not a limit; the limits are ${LIMIT_NAMES.join(", ")}.`);
    }
    if (value === undefined) continue;
    if (typeof value !== "number" || !((Number.isSafeInteger(value) && value >= 0) || value === Number.POSITIVE_INFINITY)) {
      throw new IsmsError("invalid_argument", `limits.${name} must be a whole number from 0 up, or Infinity for no limit; got ${String(value)}.`);
    }
    resolved[name as keyof IsmsLimits] = value;
  }
  return resolved;
}

// Characters JSON.stringify writes as more than themselves.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The length of `JSON.stringify(text)`, counted without building it. */
export function jsonStringLength(text: string): number {
  const units = text.length;
  if (units <= 24) {
    let plain = true;
    for (let index = 0; index < units; index += 1) {
      const unit = text.charCodeAt(index);
      if (unit < 0x20 || unit === 0x22 || unit === 0x5c || (unit >= 0xd800 && unit <= 0xdfff)) {
        plain = false;
        break;
      }
    }
    if (plain) return units + 2;
  } else if (!NEEDS_ESCAPE.test(text)) return units + 2;
  let length = 2;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit === 0x22 || unit === 0x5c || unit === 0x08 || unit === 0x09 || unit === 0x0a || unit === 0x0c || unit === 0x0d) length += 2;
    else if (unit < 0x20) length += 6;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length += 2;
        index += 1;
      } else length += 6; // a lone surrogate is written as \udXXX
    } else if (unit >= 0xdc00 && unit <= 0xdfff) length += 6;
    else length += 1;
  }
  return length;
}

/** The length of `JSON.stringify(value)` for a number, without building the string for whole numbers. */
export function numberLength(value: number): number {
  if (!Number.isFinite(value)) return 4; // null
  if (!Number.isInteger(value) || value >= 1e15 || value <= -1e15) return String(value).length;
  // -0 is written "0"; the sign of other negatives takes one character.
  let length = value < 0 ? 2 : 1;
  for (let rest = Math.abs(value); rest >= 10; rest = Math.floor(rest / 10)) length += 1;
  return length;
}

/** JSON.stringify leaves these out of objects and writes them as `null` in arrays. */
export function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** How many of the outermost frames are searched one by one for a cycle rather than kept in a set. */
const SHALLOW = 16;

/** An object or array being walked: its entries are visited one at a time from `next`. */
interface Frame {
  readonly value: object;
  /** Keys of an object's written entries; `undefined` for an array. */
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  next: number;
  readonly parent: Frame | undefined;
  /** The frame's key in its parent. */
  readonly key: string | number | undefined;
  /** Nesting level: the root object or array is 1. */
  readonly level: number;
}

function pathTo(frame: Frame | undefined, key: string | number | undefined): (string | number)[] {
  const path: (string | number)[] = key === undefined ? [] : [key];
  for (let current = frame; current !== undefined && current.key !== undefined; current = current.parent) path.push(current.key);
  return path.reverse();
}

/**
 * Every limit the input exceeds (see {@link exactLimitIssues}), the first
 * {@link MAX_LIMIT_ISSUES} of them. Most input is within every limit: {@link withinLimits}, a
 * walk that only answers yes or no, says so at less cost, and the exact walk runs only when it
 * says no.
 */
export function checkLimits(input: unknown, limits: IsmsLimits): LimitIssue[] {
  return withinLimits(input, limits) ? [] : exactLimitIssues(input, limits);
}

/**
 * Walks the input once, depth first and without recursion (deep input cannot overflow the
 * stack; memory grows with the nesting, which is bounded by `maxDepth`, not with the size),
 * and returns an issue for every limit it exceeds, in document order, up to
 * {@link MAX_LIMIT_ISSUES}. It does not descend below a node that is too deep and stops when
 * the size passes `maxSize`. The size is the length `JSON.stringify` would give for what
 * `JSON.parse` returns; other values are counted as JSON would write them where it can.
 */
export function exactLimitIssues(input: unknown, limits: IsmsLimits): LimitIssue[] {
  const { maxStringLength, maxItems, maxDepth, maxSize } = limits;
  const issues: LimitIssue[] = [];
  const ancestors = new Set<object>();
  const stack: Frame[] = [];
  let size = 0;

  // The objects and arrays being walked are exactly the frames on the stack: a value is its
  // own ancestor (a cycle) when one of them holds it. The first SHALLOW are compared one by
  // one (cheaper than a set for the few levels real documents have); deeper ones go in a set.
  const isAncestor = (value: object): boolean => {
    const shallow = Math.min(stack.length, SHALLOW);
    for (let index = 0; index < shallow; index += 1) if (stack[index]!.value === value) return true;
    return stack.length > SHALLOW && ancestors.has(value);
  };

  const report = (path: (string | number)[], code: LimitCode, limit: number, actual: number, message: string): void => {
    issues.push({ code: "custom", path, message, params: { code, limit, actual } });
  };

  const visit = (value: unknown, parent: Frame | undefined, key: string | number | undefined): void => {
    if (typeof value === "string") {
      size += jsonStringLength(value);
      if (value.length > maxStringLength) {
        report(pathTo(parent, key), "string_too_long", maxStringLength, value.length, `A string of ${value.length} characters is longer than limits.maxStringLength (${limits.maxStringLength}).`);
      }
      return;
    }
    if (typeof value === "number") {
      size += numberLength(value);
      return;
    }
    if (typeof value === "boolean") {
      size += value ? 4 : 5;
      return;
    }
    if (typeof value === "bigint") {
      size += String(value).length;
      return;
    }
    if (value === null || typeof value !== "object") {
      // null, and in an array what JSON writes as null; nothing at the root.
      if (value === null || parent !== undefined) size += 4;
      return;
    }
    const level = (parent?.level ?? 0) + 1;
    if (isAncestor(value)) {
      report(pathTo(parent, key), "too_deep", maxDepth, Number.POSITIVE_INFINITY, `This value contains itself (a cycle, which JSON cannot express), so its nesting never ends (limits.maxDepth is ${limits.maxDepth}).`);
      return;
    }
    if (level > maxDepth) {
      report(pathTo(parent, key), "too_deep", maxDepth, level, `Objects and arrays are nested ${level} deep here, deeper than limits.maxDepth (${limits.maxDepth}); nothing below is read.`);
      return;
    }
    let keys: string[] | undefined;
    let count: number;
    if (Array.isArray(value)) {
      count = value.length;
      size += 2 + Math.max(0, count - 1);
      if (count > maxItems) report(pathTo(parent, key), "too_many_items", maxItems, count, `An array of ${count} items has more than limits.maxItems (${limits.maxItems}).`);
    } else {
      const record = value as Record<string, unknown>;
      const all = Object.keys(record);
      if (all.length > maxItems) report(pathTo(parent, key), "too_many_items", maxItems, all.length, `An object with ${all.length} keys has more than limits.maxItems (${limits.maxItems}).`);
      // What JSON.parse returns has no omitted values: filter (a new array) only when there is one.
      keys = all;
      for (let index = 0; index < all.length; index += 1) {
        if (isOmitted(record[all[index]!])) {
          keys = all.filter((name) => !isOmitted(record[name]));
          break;
        }
      }
      size += 2 + Math.max(0, keys.length - 1);
      for (const name of keys) {
        size += jsonStringLength(name) + 1;
        if (name.length > maxStringLength) {
          report(pathTo(parent, key), "string_too_long", maxStringLength, name.length, `An object key of ${name.length} characters is longer than limits.maxStringLength (${limits.maxStringLength}).`);
        }
      }
      count = keys.length;
    }
    if (stack.length >= SHALLOW) ancestors.add(value);
    stack.push({ value, keys, length: count, next: 0, parent, key, level });
  };

  const tooLarge = (): boolean => {
    if (size <= maxSize) return false;
    report([], "document_too_large", maxSize, size, `The document is more than limits.maxSize (${limits.maxSize}) characters of JSON: at least ${size}; the rest is not read.`);
    return true;
  };

  visit(input, undefined, undefined);
  while (stack.length > 0 && issues.length < MAX_LIMIT_ISSUES && !tooLarge()) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.length) {
      stack.pop();
      if (stack.length >= SHALLOW) ancestors.delete(frame.value);
      continue;
    }
    const index = frame.next;
    frame.next += 1;
    const key = frame.keys === undefined ? index : frame.keys[index]!;
    visit((frame.value as Record<string | number, unknown>)[key], frame, key);
  }
  if (stack.length === 0 && issues.length < MAX_LIMIT_ISSUES) tooLarge();
  return issues.slice(0, MAX_LIMIT_ISSUES);
}

/** How deep {@link withinLimits} recurses before it leaves the answer to {@link exactLimitIssues}. */
export const MAX_RECURSION = 1000;

/**
 * Whether {@link exactLimitIssues} would find nothing, answered by a recursive walk that allocates
 * nothing: `true` only when no limit is exceeded (the same sizes, counts and depths);
 * `false` when one is, and also when nesting passes `maxDepth` or {@link MAX_RECURSION}
 * (which a cycle does). {@link checkLimits} runs the exact walk on `false` for the issues.
 */
export function withinLimits(input: unknown, limits: IsmsLimits): boolean {
  const size = sizeWithin(input, 1, false, limits);
  return size >= 0 && size <= limits.maxSize;
}

/**
 * The part of {@link withinLimits} that walks: the JSON length of `value` found at nesting
 * `level` (what its container's level plus one would be; 1 at the root), or -1 when a string,
 * collection or nesting inside it exceeds its limit, or its own length alone passes `maxSize`.
 * `inArray` says whether JSON writes an omitted value (undefined, a function, a symbol) as
 * `null` there. The fast parser measures the subtrees it leaves to zod with it.
 */
export function sizeWithin(value: unknown, level: number, inArray: boolean, limits: IsmsLimits): number {
  const { maxStringLength, maxItems, maxSize } = limits;
  const maxDepth = Math.min(limits.maxDepth, MAX_RECURSION);
  let size = 0;
  const walk = (value: unknown, level: number, inArray: boolean): boolean => {
    switch (typeof value) {
      case "string":
        if (value.length > maxStringLength) return false;
        size += jsonStringLength(value);
        return true;
      case "number":
        size += numberLength(value);
        return true;
      case "boolean":
        size += value ? 4 : 5;
        return true;
      case "bigint":
        size += String(value).length;
        return true;
      case "object":
        break;
      default:
        // undefined, a function or a symbol: JSON writes null in an array, nothing at the root.
        if (inArray) size += 4;
        return true;
    }
    if (value === null) {
      size += 4;
      return true;
    }
    if (level > maxDepth || size > maxSize) return false;
    if (Array.isArray(value)) {
      const count = value.length;
      if (count > maxItems) return false;
      size += 2 + Math.max(0, count - 1);
      for (let index = 0; index < count; index += 1) if (!walk(value[index], level + 1, true)) return false;
      return true;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > maxItems) return false;
    let written = 0;
    for (let index = 0; index < keys.length; index += 1) {
      const name = keys[index]!;
      const item = record[name];
      if (isOmitted(item)) continue;
      written += 1;
      if (name.length > maxStringLength) return false;
      size += jsonStringLength(name) + 1;
      if (!walk(item, level + 1, false)) return false;
    }
    size += 2 + Math.max(0, written - 1);
    return true;
  };
  return walk(value, level, inArray) ? size : -1;
}
