import * as z from "zod";
import { err, IsmsError, issue, ok, type IsmsIssue, type Result } from "../core/index.js";
import { zodIssues } from "../core/_internal/index.js";
import { CURRENT_SCHEMA_VERSION, IsmsDocumentSchema, type IsmsDocument } from "./schema.js";
import type { IsmsLimits } from "./limits.js";
import { checkLimits, resolveLimits } from "./_internal/checkLimits.js";
import { fastParse, type FastParseResult } from "./_internal/fastParse.js";

/**
 * A step that upgrades a document from one schema version to the next. Keyed by the version
 * it reads; it returns a value with `schemaVersion` one higher. Empty while version 1 is the
 * only version; each future breaking change of the schema adds one step here.
 */
const migrations: Readonly<Record<number, (input: Record<string, unknown>) => Record<string, unknown>>> = Object.freeze({});

/**
 * Brings a parsed-JSON document written by an older release up to the current schema version,
 * one step at a time. A document already at the current version is returned as it is (same
 * reference); anything that is not an object with a known `schemaVersion` is returned
 * unchanged for the schema to report.
 *
 * @param input - the result of `JSON.parse`
 * @returns the input at the current schema version
 * @throws {@link IsmsError} `unsupported_version` for a version newer than this release reads
 * @category Document
 * @example
 * ```ts
 * const upgraded = migrateIsms(JSON.parse(text));
 * ```
 */
export function migrateIsms(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  let current = input as Record<string, unknown>;
  const declared = current["schemaVersion"];
  if (typeof declared !== "number" || !Number.isInteger(declared)) return input;
  let version: number = declared;
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new IsmsError(
      "unsupported_version",
      `The document has schemaVersion ${version}; this release of isms reads up to ${CURRENT_SCHEMA_VERSION}. Upgrade isms.`,
    );
  }
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) return current;
    current = step(current);
    version = current["schemaVersion"] as number;
  }
  return current;
}

/**
 * Options of {@link parseIsms} and {@link safeParseIsms}.
 *
 * @category Document
 * @example
 * ```ts
 * const options: ParseIsmsOptions = { limits: { maxSize: 10 * 1024 * 1024 } };
 * ```
 */
export interface ParseIsmsOptions {
  /** Limits on the input's shape, each defaulting to {@link DEFAULT_ISMS_LIMITS}. */
  readonly limits?: Partial<IsmsLimits>;
  /**
   * `false` checks the input in place instead of copying it: wherever the parsed document
   * would equal the input, the input's own objects and arrays are returned, so a valid
   * document read from JSON comes back as the input object itself (its keys in the input's
   * order), in about half the time and without a second copy in memory. Only what the schema
   * changes is new. Give it input nothing else holds and changes (a fresh `JSON.parse`).
   * Default `true`: a new object graph, keys in the schema's order, as zod's `parse` makes.
   * Invalid input gives the same issues either way.
   */
  readonly copy?: boolean;
}

const OPTION_NAMES: readonly string[] = ["limits", "copy"];

/**
 * The common case in one walk: a document of the current schema version (which no migration
 * changes) that is within the limits and valid, checked against both at once by the measured
 * fast parser. `{ ok: false }` for anything else, which then takes the steps one by one
 * (limits, migration, schema) and gets their issues.
 */
function fastPath(input: unknown, limits: IsmsLimits, options: ParseIsmsOptions | undefined): FastParseResult<IsmsDocument> {
  if (typeof input !== "object" || input === null || (input as { schemaVersion?: unknown }).schemaVersion !== CURRENT_SCHEMA_VERSION) return { ok: false };
  return fastParse(IsmsDocumentSchema, input, options?.copy === false, limits);
}

function limitsOf(options: ParseIsmsOptions | undefined): IsmsLimits {
  if (options === undefined) return resolveLimits(undefined);
  if (typeof options !== "object" || options === null) throw new IsmsError("invalid_argument", "The options of parseIsms must be an object such as { limits: { maxSize: 10485760 } }.");
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.includes(name)) throw new IsmsError("invalid_argument", `"${name}" is not an option of parseIsms; the options are ${OPTION_NAMES.join(", ")}.`);
  }
  if (options.copy !== undefined && typeof options.copy !== "boolean") throw new IsmsError("invalid_argument", `copy must be true or false, not ${JSON.stringify(options.copy) ?? String(options.copy)}.`);
  return resolveLimits(options.limits);
}

/**
 * Parses untrusted input (usually `JSON.parse` of a file or a request body) into an
 * {@link IsmsDocument}: checks the input against the limits (string length, items per array
 * or object, nesting, total size; see {@link IsmsLimits}) before anything else is reported
 * and before any refinement reads a value (a valid document of the current schema version is
 * checked against the limits and the schema in the same walk), then migrates older schema
 * versions, then validates strictly (unknown keys are errors).
 * Input beyond a limit is refused, never truncated: the error's issues have `code: "custom"`,
 * the path, a message naming the limit and `params: { code, limit, actual }` with `code` one of
 * `string_too_long`, `too_many_items`, `too_deep` and `document_too_large` (the first 100
 * such issues; the schema does not run). Business rules are checked separately by
 * {@link validateIsms}.
 *
 * Bad input throws zod's `ZodError`, as zod's own `parse` does, so that code written for zod
 * handles it; it is not an {@link IsmsError}, which the library keeps for programmer errors.
 * Use {@link safeParseIsms} to get the problems as {@link IsmsIssue}s instead, in the
 * library's {@link Result} like every other fallible function.
 *
 * @param input - any value
 * @param options - `limits` to override some of {@link DEFAULT_ISMS_LIMITS}; `copy: false`
 *   to check the input in place (see {@link ParseIsmsOptions})
 * @returns the document
 * @throws `ZodError` listing every problem with its path (or every limit exceeded);
 *   {@link IsmsError} `unsupported_version` for a newer schema version; {@link IsmsError}
 *   `invalid_argument` for options or limits that are not valid (a limit is a whole number
 *   from 0 up, or `Infinity`)
 * @category Document
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseIsms } from "isms";
 *
 * const doc = parseIsms(JSON.parse(readFileSync("isms.json", "utf8")));
 * const checked = parseIsms(doc, { limits: { maxStringLength: 1_000_000 } });
 * // A large document read once: checked in place, not copied.
 * const large = parseIsms(JSON.parse(readFileSync("isms.json", "utf8")), { copy: false });
 * ```
 */
export function parseIsms(input: unknown, options?: ParseIsmsOptions): IsmsDocument {
  const limits = limitsOf(options);
  const measured = fastPath(input, limits, options);
  if (measured.ok) return measured.value;
  const exceeded = checkLimits(input, limits);
  if (exceeded.length > 0) throw new z.ZodError(exceeded);
  const migrated = migrateIsms(input);
  // Valid input takes the fast path (same output as zod's); anything else goes to zod for its issues.
  const fast = fastParse(IsmsDocumentSchema, migrated, options?.copy === false);
  return fast.ok ? fast.value : IsmsDocumentSchema.parse(migrated);
}

/**
 * Like {@link parseIsms} but never throws for bad input: returns the library's
 * {@link Result}, as every `safe…` function does, with every problem as an
 * {@link IsmsIssue} of severity `error` with its path. The codes: `string_too_long`,
 * `too_many_items`, `too_deep`, `document_too_large` for input beyond a limit (the first
 * 100; the schema does not run); `unsupported_version` (path `["schemaVersion"]`) for a
 * newer schema version; `invalid_unrecognized_keys` for each unknown key, with the key at
 * the end of the path; and `invalid_<zod code>` for the schema's other findings
 * (`invalid_invalid_type`, `invalid_too_small`, `invalid_invalid_value`, …), the codes
 * {@link applyIsmsCommand} gives for a command's values.
 *
 * @param input - any value
 * @param options - `limits` to override some of {@link DEFAULT_ISMS_LIMITS}; `copy: false` to check in place
 * @returns `{ ok: true, value: document }` or `{ ok: false, error: issues }`
 * @throws {@link IsmsError} `invalid_argument` for options or limits that are not valid (a
 *   programmer error, not bad input)
 * @category Document
 * @example
 * ```ts
 * const result = safeParseIsms(JSON.parse(text), { limits: { maxSize: 10 * 1024 * 1024 } });
 * if (result.ok) validateIsms(result.value, { asOf: "2026-11-27" });
 * else for (const found of result.error) console.error(`${formatIssuePath(found.path)}: ${found.message} [${found.code}]`);
 * safeParseIsms({ ...doc, colour: "blue" }).ok; // false: invalid_unrecognized_keys at ["colour"]
 * ```
 */
export function safeParseIsms(input: unknown, options?: ParseIsmsOptions): Result<IsmsDocument, readonly IsmsIssue[]> {
  const limits = limitsOf(options);
  const measured = fastPath(input, limits, options);
  if (measured.ok) return ok(measured.value);
  const exceeded = checkLimits(input, limits);
  if (exceeded.length > 0) return err(zodIssues(new z.ZodError(exceeded)));
  let migrated: unknown;
  try {
    migrated = migrateIsms(input);
  } catch (error) {
    // A newer schema version is bad input here, reported where it lies.
    if (error instanceof IsmsError && error.code === "unsupported_version") return err([issue("unsupported_version", error.message, ["schemaVersion"])]);
    throw error;
  }
  const fast = fastParse(IsmsDocumentSchema, migrated, options?.copy === false);
  if (fast.ok) return ok(fast.value);
  const parsed = IsmsDocumentSchema.safeParse(migrated);
  return parsed.success ? ok(parsed.data) : err(zodIssues(parsed.error));
}
