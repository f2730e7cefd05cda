/**
 * Codes of {@link IsmsError}: programmer errors, such as passing an id that does not
 * exist to a function typed for it.
 *
 * @category Core
 * @example
 * ```ts
 * try {
 *   getControl("9.9" as AnnexAId);
 * } catch (error) {
 *   if (error instanceof IsmsError) {
 *     const code: IsmsErrorCode = error.code; // "unknown_control"
 *   }
 * }
 * ```
 */
export type IsmsErrorCode =
  | "unknown_control"
  | "unknown_catalogue"
  | "unknown_entity"
  | "invalid_argument"
  | "invalid_date"
  | "unsupported_version";

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

  /**
   * @param code - stable code
   * @param message - sentence for people
   */
  constructor(code: IsmsErrorCode, message: string) {
    super(message);
    this.name = "IsmsError";
    this.code = code;
  }
}
