import * as z from "zod";
import { argumentError } from "./_internal/guard.js";

/**
 * How serious an {@link IsmsIssue} is: an `error` breaks a rule of ISO/IEC 27001 or of the
 * model, a `warning` is something an auditor would question, `info` is a remark.
 *
 * @category Core
 * @example
 * ```ts
 * IssueSeveritySchema.options; // ["error", "warning", "info"]
 * ```
 */
export const IssueSeveritySchema = /* @__PURE__ */ z.enum(["error", "warning", "info"]);

/**
 * The severity of an {@link IsmsIssue}.
 *
 * @category Core
 * @example
 * ```ts
 * const severity: IssueSeverity = "warning";
 * hasErrors([issue("stale_evidence", "Evidence is old.", ["soaDecisions", 3], severity)]); // false
 * ```
 */
export type IssueSeverity = z.infer<typeof IssueSeveritySchema>;

/**
 * A path into a JSON value: object keys and array indexes, as in zod's issues.
 *
 * @category Core
 * @example
 * ```ts
 * const path: IssuePath = ["assets"];
 * const keys = findAsset(doc.assets, "A-HW-KEYS");
 * keys && prefixIssues(validateAssets([{ ...keys, owner: "" }]), path)[0]?.path; // ["assets", 0, "owner"]
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * One finding of a business-rule validation: a stable snake_case `code`, a message for
 * people, the JSON path it concerns and a severity. Validations return every issue at
 * once, never only the first.
 *
 * @category Core
 * @example
 * ```ts
 * const found: IsmsIssue | undefined = validateIsms(doc, { asOf: "2026-11-27" })[0];
 * found && `${found.severity} ${found.code} at ${found.path.join(".")}: ${found.message}`;
 * // "warning acceptance_stale at decisions.39.rating: Risk R-20's residual rating is no longer the one accepted in D-112."
 * ```
 */
export interface IsmsIssue {
  /** Stable snake_case identifier of the rule that was broken. */
  readonly code: string;
  /** How serious the issue is. */
  readonly severity: IssueSeverity;
  /** A sentence for people. */
  readonly message: string;
  /** Where in the validated value the issue is. */
  readonly path: IssuePath;
  /**
   * Set when a person has acknowledged this warning and the acknowledgement is in force: the
   * issue is then returned with severity `info` (see `validateIsms` and `AcknowledgementSchema`).
   */
  readonly acknowledged?: {
    /** The acknowledgement's id. */
    readonly id: string;
    /** Why the warning is accepted. */
    readonly reason: string;
    /** Who acknowledged it. */
    readonly by: string;
    /** The last day the acknowledgement is in force, when it has one. */
    readonly until?: string;
  };
}

/**
 * Builds an {@link IsmsIssue}; the severity defaults to `"error"`.
 *
 * @param code - stable snake_case code
 * @param message - sentence for people
 * @param path - JSON path of the offending value
 * @param severity - defaults to `"error"`
 * @returns the issue
 * @category Core
 * @example
 * ```ts
 * const found = issue("missing_owner", "Asset A1 has no owner.", ["assets", 0, "owner"]);
 * found.severity; // "error"
 * ```
 */
export function issue(
  code: string,
  message: string,
  path: IssuePath = [],
  severity: IssueSeverity = "error",
): IsmsIssue {
  return { code, severity, message, path };
}

/**
 * Whether a list of issues holds at least one of severity `error`.
 *
 * @param issues - issues to inspect
 * @returns `true` when some issue is an error
 * @category Core
 * @example
 * ```ts
 * hasErrors([issue("x", "warn", [], "warning")]); // false
 * ```
 */
export function hasErrors(issues: readonly IsmsIssue[]): boolean {
  try {
    return issues.some((found) => found.severity === "error");
  } catch (error) {
    throw argumentError("hasErrors", error);
  }
}

const severityRank: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 };

function comparePaths(a: IssuePath, b: IssuePath): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const left = a[index] as string | number;
    const right = b[index] as string | number;
    if (left === right) continue;
    if (typeof left === "number" && typeof right === "number") return left - right;
    return String(left) < String(right) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Compares two issues for a deterministic order: by path (array indexes numerically), then
 * severity (errors first), then code, then message.
 *
 * @param a - first issue
 * @param b - second issue
 * @returns negative, zero or positive as for `Array.prototype.sort`
 * @category Core
 * @example
 * ```ts
 * const sorted = validateIsms(doc, { asOf: "2026-11-27" }).sort(compareIssues);
 * sorted.map((found) => found.path.join(".")); // document order: decisions before methodologies
 * ```
 */
export function compareIssues(a: IsmsIssue, b: IsmsIssue): number {
  try {
    return (
      comparePaths(a.path, b.path) ||
      severityRank[a.severity] - severityRank[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
    );
  } catch (error) {
    throw argumentError("compareIssues", error);
  }
}

/**
 * Returns a new array of the issues in the order of {@link compareIssues}.
 *
 * @param issues - issues in any order
 * @returns the same issues, sorted
 * @category Core
 * @example
 * ```ts
 * sortIssues([issue("b", "B", ["x", 2]), issue("a", "A", ["x", 1])])[0]?.code; // "a"
 * ```
 */
export function sortIssues(issues: readonly IsmsIssue[]): IsmsIssue[] {
  try {
    return [...issues].sort(compareIssues);
  } catch (error) {
    throw argumentError("sortIssues", error);
  }
}

/**
 * Prefixes the path of every issue, to lift a module's issues into a larger document.
 *
 * @param issues - issues relative to a sub-value
 * @param prefix - path of the sub-value
 * @returns new issues with the prefixed paths
 * @category Core
 * @example
 * ```ts
 * prefixIssues([issue("x", "X", [0])], ["assets"])[0]?.path; // ["assets", 0]
 * ```
 */
export function prefixIssues(issues: readonly IsmsIssue[], prefix: IssuePath): IsmsIssue[] {
  try {
    return issues.map((found) => ({ ...found, path: [...prefix, ...found.path] }));
  } catch (error) {
    throw argumentError("prefixIssues", error);
  }
}
