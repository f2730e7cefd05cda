import type { IssuePath } from "./issue.js";

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
  | "unsupported_version"
  | "invalid_change_log";

/**
 * Thrown for programmer errors only (tier 3 of the error model). Untrusted input gives a
 * `ZodError`; broken business rules give {@link IsmsIssue}s. An argument that is not of the
 * type a function documents (`null` for a list, say) gives `invalid_argument`, with the
 * failure it caused as `cause`; `path` says where in an argument the error lies when that
 * helps (`replayChangeLog` names the entry and patch, for one).
 *
 * @category Core
 * @example
 * ```ts
 * try {
 *   getControl("9.9" as AnnexAId);
 * } catch (error) {
 *   if (error instanceof IsmsError) error.code; // "unknown_control"
 * }
 * try {
 *   replayChangeLog(doc, [{ at: "2026-11-27T10:00:00Z", by: "CISO", command: "x", summary: "x", patches: [{ op: "remove", path: ["risks", 999] }], inversePatches: [] }]);
 * } catch (error) {
 *   if (error instanceof IsmsError) [error.code, error.path]; // ["invalid_change_log", [0, "patches", 0]]
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
