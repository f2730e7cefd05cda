import { IsmsError } from "../../core/index.js";
import { ISMS_OSCAL_NS, type IsmsOscalPropName } from "../namespace.js";
import type { OscalProp } from "../model.js";
import { uuidV5, URL_NAMESPACE } from "./uuid.js";

type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * Drops keys whose value is `undefined` or an empty array, so that no export ever writes an
 * empty array or an absent value. Key order is kept (deterministic output).
 */
export function compact<T extends object>(value: T): Compact<T> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (Array.isArray(item) && item.length === 0) continue;
    out[key] = item;
  }
  return out as Compact<T>;
}

/** Multi-line text trimmed; `undefined` when blank. */
export function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** One line: runs of white space (newlines included) become one space, trimmed; `undefined` when blank. */
export function line(value: string | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/g, " ").trim();
  return collapsed ? collapsed : undefined;
}

/**
 * A title as OSCAL's markup-line allows it: line breaks (with the white space around them)
 * become one space and the ends are trimmed, but runs of spaces inside are kept, so that a
 * title says what its source says; a blank value becomes `fallback`.
 */
export function titleOr(value: string | undefined, fallback: string): string {
  const single = (found: string | undefined): string | undefined => found?.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, " ").trim() || undefined;
  return single(value) ?? single(fallback) ?? "-";
}

/** Like {@link line} but for a value that must exist: a blank value becomes `fallback`. */
export function lineOr(value: string | undefined, fallback: string): string {
  return line(value) ?? line(fallback) ?? "-";
}

/** A prop in the ISMS namespace (the value is made one line). */
export function ownProp(name: IsmsOscalPropName, value: string, cls?: string): OscalProp {
  return compact({ name, ns: ISMS_OSCAL_NS, value: lineOr(value, "-"), class: cls });
}

/** A prop in NIST's namespace (no `ns`). */
export function nistProp(name: string, value: string): OscalProp {
  return { name, value: lineOr(value, "-") };
}

/** The UUID namespace of all exports: v5 of the ISMS namespace URI in the URL namespace. */
export const ROOT_NAMESPACE = uuidV5(URL_NAMESPACE, ISMS_OSCAL_NS);

/**
 * A factory of deterministic UUIDs for one document: v5 of `"<model>/<kind>/<id>"` under a
 * namespace derived from the organisation's name, so that two organisations never share
 * uuids and one organisation always gets the same ones.
 */
export function uuidFactory(model: string, organisation: string | undefined): (kind: string, id?: string) => string {
  const namespace = organisation === undefined ? ROOT_NAMESPACE : uuidV5(ROOT_NAMESPACE, `organisation/${organisation}`);
  return (kind, id) => uuidV5(namespace, id === undefined ? `${model}/${kind}` : `${model}/${kind}/${id}`);
}

// The date-time pattern of NIST's schema: years 1900–2999, a time zone that exists.
const DATE_TIME =
  /^(((2000|2400|2800|(19|2[0-9](0[48]|[2468][048]|[13579][26])))-02-29)|(((19|2[0-9])[0-9]{2})-02-(0[1-9]|1[0-9]|2[0-8]))|(((19|2[0-9])[0-9]{2})-(0[13578]|10|12)-(0[1-9]|[12][0-9]|3[01]))|(((19|2[0-9])[0-9]{2})-(0[469]|11)-(0[1-9]|[12][0-9]|30)))T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|(-((0[0-9]|1[0-2]):00|0[39]:30)|\+((0[0-9]|1[0-4]):00|(0[34569]|10):30|(0[58]|12):45)))$/;

/**
 * The OSCAL timestamp of an `asOf` argument: a date-time with a time zone is kept, a
 * calendar date becomes midnight UTC.
 *
 * @throws IsmsError `invalid_date` when the value is neither
 */
export function timestamp(asOf: string): string {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T00:00:00Z` : asOf;
  if (!DATE_TIME.test(value)) {
    throw new IsmsError("invalid_date", `"${asOf}" is not a date (YYYY-MM-DD) or a date-time with a time zone (…Z or ±hh:mm).`);
  }
  return value;
}

/** Whether a string is a valid OSCAL date-time with a time zone. */
export function isOscalDateTime(value: string): boolean {
  return DATE_TIME.test(value);
}

/** The opening of every placeholder statement; the importer recognises it and skips it. */
export const PLACEHOLDER_PREFIX = "Placeholder for the organisation's own description";
