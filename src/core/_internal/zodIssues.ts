import type * as z from "zod";
import { issue, type IsmsIssue, type IssuePath } from "../issue.js";

/**
 * The issues of a failed parse as {@link IsmsIssue}s (severity `error`), each under `prefix`.
 * The code is the one a check put in `params.code` (the input limits: `string_too_long`,
 * `too_many_items`, `too_deep`, `document_too_large`), else `invalid_<zod code>` as the
 * commands report them (`invalid_invalid_type`, `invalid_too_small`, …). An object's
 * unknown keys become one `invalid_unrecognized_keys` issue per key, with the key at the
 * end of the path and in the message, so that each can be found and removed.
 */
export function zodIssues(error: z.ZodError, prefix: IssuePath = []): IsmsIssue[] {
  return error.issues.flatMap((found): IsmsIssue[] => {
    const path = [...prefix, ...found.path.map((part) => (typeof part === "symbol" ? String(part) : part))];
    if (found.code === "unrecognized_keys") {
      return found.keys.map((key) => issue("invalid_unrecognized_keys", `Unknown key "${key}": there is no such field here (misspelt, or from another version?).`, [...path, key]));
    }
    const own = (found as { params?: { code?: unknown } }).params?.code;
    return [issue(typeof own === "string" ? own : `invalid_${found.code}`, found.message, path)];
  });
}
