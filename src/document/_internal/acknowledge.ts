import { compareDates, formatIssuePath, issue, type IsmsIssue, type IssuePath, type IsoDate } from "../../core/index.js";
import type { Acknowledgement } from "../acknowledgement.js";

/** A path in a sentence: `methodologies[0].matrix`, or "the document root" for the empty path. */
function pathText(path: IssuePath): string {
  return path.length === 0 ? "the document root" : formatIssuePath(path);
}

/**
 * The codes of the issues about acknowledgements themselves. They are computed after the
 * acknowledgements are matched, so no acknowledgement can match one: an acknowledgement of
 * its own `unused_acknowledgement` would otherwise be used by being unused.
 */
const OWN_CODES: ReadonlySet<string> = new Set([
  "duplicate_acknowledgement_id",
  "acknowledgement_until_before_on",
  "acknowledgement_expired",
  "acknowledgement_not_yet_in_force",
  "cannot_acknowledge_error",
  "unused_acknowledgement",
]);

type Standing = "in_force" | "expired" | "not_yet_in_force";

function standingOn(acknowledgement: Acknowledgement, asOf: IsoDate): Standing {
  if (compareDates(acknowledgement.on, asOf) > 0) return "not_yet_in_force";
  if (acknowledgement.until !== undefined && compareDates(acknowledgement.until, asOf) < 0) return "expired";
  return "in_force";
}

function samePath(a: IssuePath, b: IssuePath): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

function matches(acknowledgement: Acknowledgement, found: IsmsIssue): boolean {
  return found.code === acknowledgement.code && (acknowledgement.path === undefined || samePath(acknowledgement.path, found.path));
}

function text(value: string | undefined): string {
  return value ?? "";
}

/**
 * Which of several acknowledgements in force speaks for a warning: the one naming its path
 * before one naming only its code, then by content, so that the choice does not depend on
 * the order of the collection.
 */
function compareCandidates(a: Acknowledgement, b: Acknowledgement): number {
  const specific = (b.path === undefined ? 0 : 1) - (a.path === undefined ? 0 : 1);
  if (specific !== 0) return specific;
  for (const [left, right] of [
    [a.id, b.id],
    [a.on, b.on],
    [text(a.until), text(b.until)],
    [a.reason, b.reason],
    [a.by, b.by],
  ] as const) {
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}

function describe(acknowledgement: Acknowledgement): string {
  const where = acknowledgement.path === undefined ? "" : ` at ${pathText(acknowledgement.path)}`;
  return `Acknowledgement ${acknowledgement.id} of ${acknowledgement.code}${where}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * Applies the document's acknowledgements to the issues of validation: a warning that an
 * acknowledgement in force matches becomes `info` and carries it; errors and remarks are
 * left as they are. Adds the issues about the acknowledgements themselves, at
 * `["acknowledgements", i, …]`. The input issues are not changed.
 */
export function applyAcknowledgements(issues: readonly IsmsIssue[], acknowledgements: readonly Acknowledgement[], asOf: IsoDate): IsmsIssue[] {
  if (acknowledgements.length === 0) return [...issues];
  const own: IsmsIssue[] = [];
  const firstIndex = new Map<string, number>();
  acknowledgements.forEach((acknowledgement, index) => {
    const first = firstIndex.get(acknowledgement.id);
    if (first === undefined) firstIndex.set(acknowledgement.id, index);
    else own.push(issue("duplicate_acknowledgement_id", `Acknowledgement ${acknowledgement.id} appears more than once (first at index ${first}).`, ["acknowledgements", index, "id"]));
    if (acknowledgement.until !== undefined && compareDates(acknowledgement.until, acknowledgement.on) < 0) {
      own.push(
        issue(
          "acknowledgement_until_before_on",
          `Acknowledgement ${acknowledgement.id} ends on ${acknowledgement.until}, before it starts on ${acknowledgement.on}, so it is never in force.`,
          ["acknowledgements", index, "until"],
        ),
      );
    }
  });

  const standings = acknowledgements.map((acknowledgement) => standingOn(acknowledgement, asOf));
  const warnings = acknowledgements.map(() => 0);
  const errors: IssuePath[][] = acknowledgements.map(() => []);
  const result = issues.map((found): IsmsIssue => {
    if (found.severity === "info") return found;
    const candidates = acknowledgements.flatMap((acknowledgement, index) => (matches(acknowledgement, found) ? [index] : []));
    if (found.severity === "error") {
      for (const index of candidates) errors[index]!.push(found.path);
      return found;
    }
    for (const index of candidates) warnings[index]! += 1;
    const chosen = candidates
      .filter((index) => standings[index] === "in_force")
      .map((index) => acknowledgements[index]!)
      .sort(compareCandidates)[0];
    if (chosen === undefined) return found;
    return {
      ...found,
      severity: "info",
      acknowledged: { id: chosen.id, reason: chosen.reason, by: chosen.by, ...(chosen.until === undefined ? {} : { until: chosen.until }) },
    };
  });

  acknowledgements.forEach((acknowledgement, index) => {
    const path = ["acknowledgements", index];
    const label = describe(acknowledgement);
    const matchedErrors = errors[index]!;
    const matchedWarnings = warnings[index]!;
    if (matchedErrors.length > 0) {
      const first = pathText(matchedErrors[0]!);
      own.push(
        issue(
          "cannot_acknowledge_error",
          `${label} matches ${plural(matchedErrors.length, "error")} (the first at ${first}); an error must be fixed, it cannot be acknowledged.`,
          path,
          "warning",
        ),
      );
    }
    if (matchedWarnings > 0 && standings[index] === "expired") {
      own.push(
        issue(
          "acknowledgement_expired",
          `${label} expired on ${text(acknowledgement.until)}, so it no longer acknowledges its ${plural(matchedWarnings, "matching warning")}; review them and acknowledge again or fix them.`,
          path,
          "info",
        ),
      );
    }
    if (matchedWarnings > 0 && standings[index] === "not_yet_in_force") {
      own.push(issue("acknowledgement_not_yet_in_force", `${label} is in force from ${acknowledgement.on}, after ${asOf}; its ${plural(matchedWarnings, "matching warning")} stay warnings until then.`, path, "info"));
    }
    if (matchedWarnings === 0 && matchedErrors.length === 0) {
      const why = OWN_CODES.has(acknowledgement.code)
        ? "issues about acknowledgements cannot themselves be acknowledged"
        : "no warning matches it (it may have been fixed); remove it";
      own.push(issue("unused_acknowledgement", `${label} is unused: ${why}.`, path, "warning"));
    }
  });
  return [...result, ...own];
}
