import { argumentError } from "./_internal/guard.js";
import type { IssuePath } from "./issue.js";

/**
 * Writes the path of an {@link IsmsIssue} as people read it and as `isms validate` prints
 * it: names joined by dots, indexes in brackets (`risks[3].owner`,
 * `methodologies[0].matrix.cells[4][0]`), and `(document)` for the empty path, the
 * document itself.
 *
 * @param path - the issue's path
 * @returns the path as text
 * @category Core
 * @example
 * ```ts
 * formatIssuePath(["risks", 3, "owner"]); // "risks[3].owner"
 * formatIssuePath([]); // "(document)"
 * const found = validateIsms(doc, { asOf: "2026-11-27" })[0];
 * found && `${formatIssuePath(found.path)}: ${found.message} [${found.code}]`;
 * ```
 */
export function formatIssuePath(path: IssuePath): string {
  try {
    if (path.length === 0) return "(document)";
    return path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`)).join("");
  } catch (error) {
    throw argumentError("formatIssuePath", error);
  }
}
