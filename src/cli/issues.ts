import { formatIssuePath, type IsmsIssue } from "../index.js";
import { listCut } from "./failure.js";
import { compareNatural } from "../core/_internal/index.js";

export { compareNatural };

/** How many places a grouped line names before "… and N more". */
const PLACES_SHOWN = 10;

/** How an issue's kind is printed: its severity, or "acknowledged" for a warning someone accepted. */
function kindOf(found: IsmsIssue): string {
  return found.acknowledged === undefined ? found.severity : "acknowledged";
}

/** Who acknowledged a warning, until when and why: ` (acknowledged by X until D: reason)`. */
function acknowledgedBy(found: IsmsIssue): string {
  const ack = found.acknowledged;
  if (ack === undefined) return "";
  return ` (${ack.id}, by ${ack.by}${ack.until === undefined ? "" : ` until ${ack.until}`}: ${ack.reason})`;
}

/** One issue on one line, as `validate` has always printed it. */
export function formatIssue(found: IsmsIssue): string {
  return `${kindOf(found).padEnd(7)} ${formatIssuePath(found.path)}: ${found.message} [${found.code}]${acknowledgedBy(found)}`;
}

const CONTROL_REF = /\b[a-z][a-z0-9-]*:[A-Za-z0-9_][A-Za-z0-9_.\-/()]*/;

/**
 * Where an issue is, for a grouped line: its path, or the control its message names when the
 * path names only a collection (an undecided control belongs in `soaDecisions` but has no entry
 * there) or an SoA decision (which people know by its control, not its index).
 */
function placeOf(found: IsmsIssue): string {
  if (found.path.length <= 1 || found.path[0] === "soaDecisions") {
    const ref = CONTROL_REF.exec(found.message)?.[0].replace(/\.+$/, "");
    if (ref !== undefined) return ref;
  }
  return formatIssuePath(found.path);
}

const KIND_ORDER: Readonly<Record<string, number>> = { error: 0, warning: 1, acknowledged: 2, info: 3 };

/**
 * The issues as lines: errors, then warnings, then acknowledged warnings, then notes; an issue whose code occurs once is
 * printed whole, repeated codes become one line with the count and the places in natural
 * order, cut after {@link PLACES_SHOWN}.
 */
export function formatIssueGroups(issues: readonly IsmsIssue[]): string[] {
  const groups = new Map<string, IsmsIssue[]>();
  for (const found of issues) {
    const key = `${kindOf(found)} ${found.code}`;
    groups.set(key, [...(groups.get(key) ?? []), found]);
  }
  return [...groups.values()]
    .sort((a, b) => KIND_ORDER[kindOf(a[0]!)]! - KIND_ORDER[kindOf(b[0]!)]!)
    .flatMap((group) => {
      if (group.length === 1) return [formatIssue(group[0]!)];
      const first = group[0]!;
      const places = group.map(placeOf).sort(compareNatural);
      return [`${kindOf(first).padEnd(7)} ${first.code} ×${group.length}: ${listCut(places, PLACES_SHOWN)}`];
    });
}
