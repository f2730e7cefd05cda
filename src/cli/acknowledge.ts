import { isIsoDate, validateIsms, type IsmsDocument } from "../index.js";
import type { ParsedOptions } from "./args.js";
import type { PlannedChange } from "./edit.js";
import { CliFailure } from "./failure.js";

/**
 * Reads a path as `validate` prints it (`methodologies[0].matrix.cells[4][0]`, `scope`) back
 * into the path of an issue: the inverse of `formatIssuePath`. `(document)` is the root. A name
 * follows the start or a dot; an index (`[n]`, no leading zero) follows the start, a name or
 * an index; a dot follows a name or an index. Anything else (`a..b`, `.a`, `a.[0]`, `a.`, the
 * empty text) is refused rather than read as some other path.
 */
export function parsePath(text: string): (string | number)[] {
  if (text === "(document)") return [];
  const refuse = (): never => {
    throw new CliFailure(`--path "${text}" is not a path as isms validate prints it, e.g. risks[3].owner.`, 2, undefined, "invalid_option");
  };
  const path: (string | number)[] = [];
  const pattern = /([^.[\]]+)|\[(0|[1-9][0-9]*)\]|(\.)/gy;
  // What the last token was: nothing yet, a name or an index, or a dot.
  let last: "start" | "part" | "dot" = "start";
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) return refuse();
    if (match[1] !== undefined) {
      if (last === "part") return refuse();
      path.push(match[1]);
    } else if (match[2] !== undefined) {
      if (last === "dot" || !Number.isSafeInteger(Number(match[2]))) return refuse();
      path.push(Number(match[2]));
    } else if (last !== "part") return refuse();
    last = match[3] === undefined ? "part" : "dot";
    at = pattern.lastIndex;
  }
  if (last !== "part") return refuse();
  return path;
}

/** The first free id of the form ACK-n. */
function nextId(document: IsmsDocument): string {
  const taken = new Set((document.acknowledgements ?? []).map((entry) => entry.id as string));
  let n = taken.size + 1;
  while (taken.has(`ACK-${n}`)) n += 1;
  return `ACK-${n}`;
}

/**
 * The change `isms acknowledge` makes: one acknowledgement added through the generic
 * `entity.add` command, so that it is checked and logged like every other change.
 */
export function planAcknowledgement(document: IsmsDocument, options: ParsedOptions, today: string, by: string): PlannedChange[] {
  const codes = options.lists.get("code") ?? [];
  if (codes.length !== 1) throw new CliFailure("Name the one warning to acknowledge with --code CODE (isms validate prints the codes).", 2, undefined, "missing_option");
  const justification = options.values.get("justification");
  if (justification === undefined || justification.trim() === "") {
    throw new CliFailure("Say why the warning is accepted: --justification TEXT.", 2, undefined, "missing_option");
  }
  const until = options.values.get("until");
  if (until !== undefined && !isIsoDate(until)) throw new CliFailure(`--until must be a date YYYY-MM-DD (got "${until}").`, 2, undefined, "invalid_option");
  // The acknowledgement is in force from today: one that ends before would never be.
  if (until !== undefined && until < today) {
    throw new CliFailure(`--until ${until} is before today (${today}): the acknowledgement would never be in force.`, 2, undefined, "invalid_option");
  }
  const pathText = options.values.get("path");
  const path = pathText === undefined ? undefined : parsePath(pathText);
  // An acknowledgement that matches nothing would only be reported as unused: refuse it now,
  // and say why when the code is an error's (errors cannot be acknowledged).
  const samePath = (found: readonly (string | number)[]): boolean => path === undefined || (found.length === path.length && found.every((part, index) => part === path[index]));
  const matching = validateIsms(document, { asOf: today }).filter((found) => found.code === codes[0] && samePath(found.path));
  const where = pathText === undefined ? "" : ` at ${pathText}`;
  if (!matching.some((found) => found.severity === "warning")) {
    const reason = matching.some((found) => found.severity === "error")
      ? `${codes[0]}${where} is an error, and errors cannot be acknowledged: fix it.`
      : matching.some((found) => found.acknowledged !== undefined)
        ? `The warnings ${codes[0]}${where} are acknowledged already.`
        : matching.length > 0
          ? `${codes[0]}${where} is a note, not a warning: notes need no acknowledgement.`
          : `No warning ${codes[0]}${where} to acknowledge: isms validate lists the codes and paths of the warnings.`;
    throw new CliFailure(`${reason} Nothing written.`, 1, undefined, "nothing_to_acknowledge");
  }
  const id = options.values.get("id") ?? nextId(document);
  const value = {
    id,
    code: codes[0],
    ...(path === undefined ? {} : { path }),
    reason: justification,
    by,
    on: today,
    ...(until === undefined ? {} : { until }),
  };
  return [
    {
      command: { type: "entity.add", collection: "acknowledgements", value },
      label: `The acknowledgement ${id}`,
      describe: () => `${id}: ${codes[0]} acknowledged ${pathText === undefined ? "everywhere" : `at ${pathText}`}${until === undefined ? "" : ` until ${until}`}`,
    },
  ];
}
