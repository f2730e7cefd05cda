import type { TreatmentPlan } from "./plan.js";
import { argumentError } from "../core/_internal/index.js";

// Sorted keys, fields that are undefined left out, like JSON.stringify otherwise. Written as
// loops (no filter, map and join per object): every approval check fingerprints its plan.
function canonical(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = "[";
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) text += ",";
      // As Array#join: an element with no JSON form (undefined, a function) adds nothing.
      const item: string | undefined = canonical(value[index]);
      if (item !== undefined) text += item;
    }
    return `${text}]`;
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let text = "{";
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      if (!first) text += ",";
      first = false;
      text += `${JSON.stringify(key)}:${canonical(item)}`;
    }
    return `${text}}`;
  }
  return JSON.stringify(value);
}

// FNV-1a over UTF-16 code units, twice with different offsets: 64 bits, enough to notice a
// change; not a cryptographic seal.
function fnv1a(text: string, offset: number): string {
  let hash = offset >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
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
      risks: [...new Set(plan.risks)].sort(),
      options: [...new Set(plan.options)].sort(),
      controls: [...new Set(plan.controls.map((control) => control.ref))].sort(),
      target: plan.target,
      sharing: plan.sharing,
      avoidance: plan.avoidance,
    };
    const text = canonical(substance);
    return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01234567);
  } catch (error) {
    throw argumentError("planFingerprint", error);
  }
}
