import { issue, type IsmsIssue, type IssuePath } from "../../core/index.js";

/** Reports every id that occurs more than once, at the path of its second and later occurrences. */
export function duplicateIdIssues(
  ids: readonly string[],
  code: string,
  noun: string,
  pathOf: (index: number) => IssuePath,
): IsmsIssue[] {
  const seen = new Set<string>();
  const found: IsmsIssue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) found.push(issue(code, `${noun} id "${id}" is used more than once.`, pathOf(index)));
    seen.add(id);
  });
  return found;
}
