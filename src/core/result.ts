import type { IsmsIssue } from "./issue.js";

/**
 * The outcome of an operation that can fail for a business reason: either `{ ok: true,
 * value }` or `{ ok: false, error }`. The error defaults to a list of {@link IsmsIssue}.
 *
 * @category Core
 * @example
 * ```ts
 * const outcome: Result<number> = ok(3);
 * if (outcome.ok) outcome.value; // 3
 * ```
 */
export type Result<T, E = readonly IsmsIssue[]> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @param value - the value
 * @returns `{ ok: true, value }`
 * @category Core
 * @example
 * ```ts
 * ok("done"); // { ok: true, value: "done" }
 * ```
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @param error - the reason, usually a list of issues
 * @returns `{ ok: false, error }`
 * @category Core
 * @example
 * ```ts
 * err([issue("illegal_event", "Cannot leave plan yet.")]).ok; // false
 * ```
 */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
