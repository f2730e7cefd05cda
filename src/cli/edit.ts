import { applyIsmsCommand, PartySchema, validateIsms, type ChangeLogEntry, type IsmsCommand, type IsmsDocument, type IsmsIssue } from "../index.js";
import type { CliIo } from "./core.js";
import { CliFailure, plural } from "./failure.js";
import { formatIssue, formatIssueGroups } from "./issues.js";
import { readText } from "./json.js";

/** One command to apply, with the words to name it in a refusal and to summarise its change. */
export interface PlannedChange {
  readonly command: IsmsCommand;
  /** `Command [2] (entity.update risks R-1)`: names the command when it is refused. */
  readonly label: string;
  /** The one line printed for the change; the change-log entry's summary when absent. */
  readonly describe?: (entry: ChangeLogEntry) => string;
}

/** How `decide`, `apply` and `acknowledge` write. */
export interface EditOptions {
  readonly by: string;
  readonly log?: string | undefined;
  readonly dryRun: boolean;
  readonly allowErrors: boolean;
  /** Whether the command takes `--allow-errors`, so that a refusal may offer it. */
  readonly offerAllowErrors: boolean;
  /** A hint for the refusal when the new errors have a usual cause. */
  readonly hint?: (added: readonly IsmsIssue[]) => string | undefined;
}

/**
 * Who makes the change: `--by`, else the environment variable `ISMS_ACTOR`. There is no
 * fallback (such as the login name): the change log is a record of control of documented
 * information (7.5.3), and a name the tool guessed would look as deliberate as one given.
 */
export function resolveActor(io: CliIo, given: string | undefined): string {
  const by = (given ?? io.env?.("ISMS_ACTOR") ?? "").trim();
  if (by === "") {
    throw new CliFailure("Say who makes the change: --by NAME, or set the environment variable ISMS_ACTOR.", 2, undefined, "missing_actor");
  }
  if (!PartySchema.safeParse(by).success) throw new CliFailure(`--by must name who makes the change in at most 256 characters.`, 2, undefined, "invalid_option");
  return by;
}

/**
 * The errors of `after` that `before` does not have, compared by code and message (a message
 * names the entity, not its index, so a removal that shifts indexes does not make old errors new).
 */
function newErrors(before: readonly IsmsIssue[], after: readonly IsmsIssue[]): IsmsIssue[] {
  const known = new Map<string, number>();
  const key = (found: IsmsIssue): string => `${found.code}\u0000${found.message}`;
  for (const found of before) if (found.severity === "error") known.set(key(found), (known.get(key(found)) ?? 0) + 1);
  return after.filter((found) => {
    if (found.severity !== "error") return false;
    const left = known.get(key(found)) ?? 0;
    if (left === 0) return true;
    known.set(key(found), left - 1);
    return false;
  });
}

function count(issues: readonly IsmsIssue[], severity: IsmsIssue["severity"]): number {
  return issues.filter((found) => found.severity === severity).length;
}

/** The log's current text followed by the new lines, each entry one JSON object on its own line. */
function appendedLog(io: CliIo, log: string, entries: readonly ChangeLogEntry[]): string {
  const existing = io.exists(log) ? readText(io, log) : "";
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  return `${existing}${separator}${entries.map((entry) => JSON.stringify(entry)).join("\n")}\n`;
}

/**
 * Applies the changes in order, all or none, and writes the document (and the log) only when
 * every change is accepted and the result has no validation error the document did not have.
 * Prints one line per change and a summary; returns the exit code.
 */
export function applyChanges(io: CliIo, file: string, document: IsmsDocument, changes: readonly PlannedChange[], options: EditOptions): number {
  if (options.log !== undefined && options.log === file) throw new CliFailure("--log must name a file other than the document.", 2, undefined, "invalid_option");
  const meta = { by: options.by, at: io.now() };
  let current = document;
  const done: { entry: ChangeLogEntry; line: string }[] = [];
  for (const change of changes) {
    const result = applyIsmsCommand(current, change.command, meta);
    if (!result.ok) {
      const issues = result.error.map((found) => `  ${formatIssue(found)}`).join("\n");
      throw new CliFailure(`${change.label} was refused; nothing written:\n${issues}`, 1, undefined, "command_refused");
    }
    const entry = result.value.entry;
    if (entry !== undefined) done.push({ entry, line: change.describe?.(entry) ?? entry.summary });
    current = result.value.document;
  }
  if (done.length === 0) {
    io.stdout(`Nothing to change in ${file} (${plural(changes.length, "change")} already in place); nothing written.\n`);
    return 0;
  }
  const asOf = io.today();
  const before = validateIsms(document, { asOf });
  const after = validateIsms(current, { asOf });
  const added = newErrors(before, after);
  if (added.length > 0 && !options.allowErrors) {
    const hint = options.hint?.(added);
    throw new CliFailure(
      `Refused: the ${changes.length === 1 ? "change" : "changes"} would add ${plural(added.length, "validation error")} to ${file}:\n${formatIssueGroups(added)
        .map((line) => `  ${line}`)
        .join("\n")}\n${hint === undefined ? "" : `${hint}\n`}Nothing written. Fix the changes${options.offerAllowErrors ? ", or write them anyway with --allow-errors" : ""}.`,
      1,
      undefined,
      "new_errors",
    );
  }
  const files = new Map<string, string>([[file, `${JSON.stringify(current, null, 2)}\n`]]);
  if (options.log !== undefined) files.set(options.log, appendedLog(io, options.log, done.map((item) => item.entry)));
  if (!options.dryRun) io.writeFiles(files);
  for (const item of done) io.stdout(`${item.line}\n`);
  const unchanged = changes.length - done.length;
  const what = `${plural(done.length, "change")}${unchanged > 0 ? ` (${unchanged} already in place)` : ""}`;
  const validation = `errors ${count(before, "error")} → ${count(after, "error")}, warnings ${count(before, "warning")} → ${count(after, "warning")}`;
  if (options.dryRun) {
    const logged = options.log === undefined ? "" : ` and ${plural(done.length, "entry", "entries")} to ${options.log}`;
    io.stdout(`Dry run: would write ${file} (${what} by ${options.by})${logged}; ${validation}. Nothing written.\n`);
  } else {
    io.stdout(`Wrote ${file}: ${what} by ${options.by}; ${validation}.\n`);
    if (options.log !== undefined) io.stdout(`Appended ${plural(done.length, "entry", "entries")} to ${options.log}.\n`);
  }
  if (added.length > 0) {
    io.stderr(`${options.dryRun ? "The changes would add" : "The changes added"} ${plural(added.length, "validation error")} (--allow-errors):\n${formatIssueGroups(added).map((line) => `  ${line}`).join("\n")}\n`);
  }
  return 0;
}
