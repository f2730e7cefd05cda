import type { IssuePath } from "./issue.js";

/**
 * Codes of {@link IsmsError}: programmer errors, each with one meaning everywhere.
 *
 * - `unknown_entity`: an id the function is typed to receive as existing (an `AssetId`, a
 *   `TreatmentPlanId`, an `AnnexAId`, the catalogue to export) names nothing. The message
 *   names the kind and the id.
 * - `invalid_argument`: an argument is not of the documented type or shape, or breaks a
 *   precondition the function states (`cause` holds the failure it led to).
 * - `invalid_date`: a date argument is not an ISO 8601 date of the documented form.
 * - `unsupported_version`: a document of a newer schema version than this release reads.
 * - `invalid_change_log`: a change log that does not apply to the document it is replayed on.
 *
 * Bad input (documents, commands as data, files) is never an `IsmsError`: it is a list of
 * {@link IsmsIssue}s (see `docs/errors.md`).
 *
 * @category Core
 * @example
 * ```ts
 * try {
 *   getControl("9.9" as AnnexAId);
 * } catch (error) {
 *   if (error instanceof IsmsError) {
 *     const code: IsmsErrorCode = error.code; // "unknown_entity"
 *   }
 * }
 * ```
 */
export type IsmsErrorCode = "unknown_entity" | "invalid_argument" | "invalid_date" | "unsupported_version" | "invalid_change_log";

/**
 * Thrown for programmer errors only (tier 3 of the error model): fix the calling code, not
 * the data. Untrusted input gives {@link IsmsIssue}s from the `safe…` functions
 * (`safeParseIsms`; `parseIsms` throws a `ZodError`); broken business rules give
 * {@link IsmsIssue}s. An id typed as existing that names nothing gives `unknown_entity`; an
 * argument that is not of the type a function documents (`null` for a list, say) gives
 * `invalid_argument`, with the failure it caused as `cause`; `path` says where in an
 * argument the error lies when that helps (`replayChangeLog` names the entry and patch, for one).
 *
 * @category Core
 * @example
 * ```ts
 * try {
 *   getControl("9.9" as AnnexAId);
 * } catch (error) {
 *   if (error instanceof IsmsError) error.code; // "unknown_entity"
 * }
 * try {
 *   retireAsset(doc.assets, AssetIdSchema.parse("A-GHOST"), "2026-06-30");
 * } catch (error) {
 *   if (error instanceof IsmsError) error.message; // 'There is no asset with id "A-GHOST".'
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
