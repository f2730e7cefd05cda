import type { TreatmentPlan } from "./plan.js";
import { argumentError, at } from "../core/_internal/index.js";

// The fingerprint hashes a canonical JSON text of the plan's substance: sorted keys, fields
// that are undefined left out, like JSON.stringify otherwise. The text is never built: its
// pieces go straight into the hashes (FNV-1a is a running hash, so the result is the hash of
// the whole text), which saves building, joining and flattening a string per plan.

/** Two FNV-1a hashes over UTF-16 code units, with different offsets: 64 bits, enough to notice a change; not a cryptographic seal. */
interface Hashes {
  first: number;
  second: number;
}

function feed(hashes: Hashes, text: string): void {
  let first = hashes.first;
  let second = hashes.second;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193) >>> 0;
    second = Math.imul(second ^ code, 0x01000193) >>> 0;
  }
  hashes.first = first;
  hashes.second = second;
}

/** What JSON.stringify escapes in a string: quotes, backslashes, control characters and (unpaired) surrogates. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/u;

/** Feeds `JSON.stringify(text)`: the text in quotes as it is when nothing in it needs escaping. */
function feedString(hashes: Hashes, text: string): void {
  if (ESCAPED.test(text)) {
    feed(hashes, JSON.stringify(text));
    return;
  }
  feed(hashes, '"');
  feed(hashes, text);
  feed(hashes, '"');
}

/** Feeds the canonical text of a value; `false` (and nothing fed) for a value with no JSON form (undefined, a function). */
function feedCanonical(hashes: Hashes, value: unknown): boolean {
  if (Array.isArray(value)) {
    feed(hashes, "[");
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) feed(hashes, ",");
      // As Array#join would: an element with no JSON form adds nothing.
      feedCanonical(hashes, value[index]);
    }
    feed(hashes, "]");
    return true;
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = sortInPlace(Object.keys(record));
    feed(hashes, "{");
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      if (!first) feed(hashes, ",");
      first = false;
      feedString(hashes, key);
      feed(hashes, ":");
      // As a template literal would print it.
      if (!feedCanonical(hashes, item)) feed(hashes, "undefined");
    }
    feed(hashes, "}");
    return true;
  }
  if (typeof value === "string") {
    feedString(hashes, value);
    return true;
  }
  const text: string | undefined = JSON.stringify(value);
  if (text === undefined) return false;
  feed(hashes, text);
  return true;
}

/**
 * `[...new Set(values)].sort()` for the few strings a plan lists: sorted by UTF-16 code
 * units in place on a copy (insertion sort, no set and no sort workspace), repeats dropped.
 * Anything but strings takes the general path.
 */
function sortedUnique(values: readonly string[]): string[] {
  if (values.length > 32 || !allStrings(values)) return [...new Set(values)].sort();
  const sorted = sortInPlace(values.slice());
  let kept = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    if (kept === 0 || sorted[kept - 1] !== sorted[index]) sorted[kept++] = at(sorted, index);
  }
  sorted.length = kept;
  return sorted;
}

/** Sorts strings by UTF-16 code units as `sort()` does, by insertion when there are few (no sort workspace). */
function sortInPlace(strings: string[]): string[] {
  if (strings.length > 32) return strings.sort();
  for (let index = 1; index < strings.length; index += 1) {
    const value = at(strings, index);
    let to = index;
    for (; to > 0 && at(strings, to - 1) > value; to -= 1) strings[to] = at(strings, to - 1);
    strings[to] = value;
  }
  return strings;
}

/** Every element a string (holes and other values are not: they take the general path). */
function allStrings(values: readonly unknown[]): boolean {
  for (let index = 0; index < values.length; index += 1) if (typeof values[index] !== "string") return false;
  return true;
}

function hex(hash: number): string {
  return hash.toString(16).padStart(8, "0");
}

/**
 * A 16-hex-digit fingerprint of what a plan approval approves: the risks, options, control
 * references, target rating, sharing and avoidance (order-insensitive for lists). Progress
 * (action status, dates, control state), titles, notes, priority and custom fields are left
 * out, so completing actions does not make an approval stale but changing the treatment does.
 *
 * @param plan - a treatment plan
 * @returns 16 lower-case hex digits
 * @category Treatment
 * @example
 * ```ts
 * const plan = doc.treatmentPlans.find((candidate) => candidate.id === "TP-01");
 * if (plan) {
 *   planFingerprint(plan) === planFingerprint({ ...plan, options: ["retain"] }); // false: the plan's substance changed
 *   planFingerprint(plan) === planFingerprint({ ...plan, actions: [] }); // true: progress is not a change of plan
 * }
 * ```
 */
export function planFingerprint(plan: TreatmentPlan): string {
  try {
    const substance = {
      risks: sortedUnique(plan.risks),
      options: sortedUnique(plan.options),
      controls: sortedUnique(plan.controls.map((control) => control.ref)),
      target: plan.target,
      sharing: plan.sharing,
      avoidance: plan.avoidance,
    };
    const hashes: Hashes = { first: 0x811c9dc5 >>> 0, second: 0x01234567 >>> 0 };
    feedCanonical(hashes, substance);
    return hex(hashes.first) + hex(hashes.second);
  } catch (error) {
    throw argumentError("planFingerprint", error);
  }
}
