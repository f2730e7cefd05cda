import * as z from "zod";
import { IsmsError } from "../core/index.js";
import { CURRENT_SCHEMA_VERSION, IsmsDocumentSchema, type IsmsDocument } from "./schema.js";

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
 * Parses untrusted input (usually `JSON.parse` of a file) into an {@link IsmsDocument}:
 * migrates older schema versions, then validates strictly (unknown keys are errors).
 * Business rules are checked separately by {@link validateIsms}.
 *
 * @param input - any value
 * @returns the document
 * @throws `ZodError` listing every problem with its path; {@link IsmsError}
 *   `unsupported_version` for a newer schema version
 * @category Document
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseIsms } from "isms";
 *
 * const doc = parseIsms(JSON.parse(readFileSync("isms.json", "utf8")));
 * ```
 */
export function parseIsms(input: unknown): IsmsDocument {
  return IsmsDocumentSchema.parse(migrateIsms(input));
}

/**
 * Like {@link parseIsms} but never throws for bad input: returns zod's result object.
 *
 * @param input - any value
 * @returns `{ success: true, data }` or `{ success: false, error }` (a `ZodError` with every issue)
 * @category Document
 * @example
 * ```ts
 * const result = safeParseIsms(JSON.parse(text));
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export function safeParseIsms(input: unknown): z.ZodSafeParseResult<IsmsDocument> {
  let migrated: unknown;
  try {
    migrated = migrateIsms(input);
  } catch (error) {
    // A newer schema version: report it with its path and the reason, as a ZodError.
    if (error instanceof IsmsError) {
      return { success: false, error: new z.ZodError([{ code: "custom", path: ["schemaVersion"], message: error.message, input }]) } as z.ZodSafeParseResult<IsmsDocument>;
    }
    throw error;
  }
  return IsmsDocumentSchema.safeParse(migrated);
}
