import type * as z from "zod";
import { issue, type IsmsIssue, type Result } from "../../core/index.js";

/** What one command does to a document: the next document and its summary, or the issues that refuse it. */
export type Step<D> = Result<{ document: D; summary: string }, readonly IsmsIssue[]>;

/** A schema's issues as the library's, under `path`. */
export function schemaIssues(error: z.ZodError, path: readonly (string | number)[]): IsmsIssue[] {
  return error.issues.map((found) =>
    issue(`invalid_${found.code}`, found.message, [...path, ...found.path.filter((key): key is string | number => typeof key !== "symbol")]),
  );
}

/** A copy of `items` with the one at `index` replaced. */
export function replaceAt<T>(items: readonly T[], index: number, value: T): T[] {
  const next = items.slice();
  next[index] = value;
  return next;
}
