import { issue, type IsmsIssue, type IssuePath } from "../../core/index.js";

/** A one-issue failure list. */
export function single(code: string, message: string, path: IssuePath = []): readonly IsmsIssue[] {
  return [issue(code, message, path)];
}
