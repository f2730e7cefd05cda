import type { IssuePath } from "./issue.js";

/**
 * Codes of {@link IsmsError}: programmer errors, such as passing an id that does not
 * exist to a function typed for it.
 *
 * @category Core
 * @example
 * ```ts
 * const code: IsmsErrorCode = "unknown_control";
 * ```
 */
export type IsmsErrorCode =
  | "unknown_control"
  | "unknown_catalogue"
  | "unknown_entity"
  | "invalid_argument"
  | "invalid_date"
  | "unsupported_version"
  | "invalid_change_log";

/**
 * Thrown for programmer errors only (tier 3 of the error model). Untrusted input gives a
 * `ZodError`; broken business rules give {@link IsmsIssue}s.
 *
 * @category Core
 * @example
 * ```ts
 * try {
 *   getControl("9.9" as AnnexAId);
 * } catch (error) {
 *   if (error instanceof IsmsError) error.code; // "unknown_control"
 * }
 * ```
 */
export class IsmsError extends Error {
  /** Stable code of the error. */
  readonly code: IsmsErrorCode;
  /** Where in the argument the error lies, when it lies somewhere in particular. */
  readonly path?: IssuePath;

  /**
   * @param code - stable code
   * @param message - sentence for people
   * @param path - where in the argument the error lies
   * @param options - `cause`: the error that led to this one
   */
  constructor(code: IsmsErrorCode, message: string, path?: IssuePath, options?: ErrorOptions) {
    super(message, options);
    this.name = "IsmsError";
    this.code = code;
    if (path !== undefined) this.path = path;
  }
}
