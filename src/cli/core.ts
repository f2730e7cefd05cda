import {
  formatIssuePath,
  isIsoDate,
  safeParseIsms,
  validateIsms,
  DEFAULT_ISMS_LIMITS,
  type IsmsDocument,
  type IsmsIssue,
  type IsmsLimits,
} from "../index.js";
import { checkOptions, tokenize, type OptionName, type ParsedOptions } from "./args.js";
import { COMMANDS, commandHelp, findCommand, globalHelp, type CommandSpec } from "./commands.js";
import { CliFailure, plural, type JsonIssue } from "./failure.js";
import { formatIssueGroups } from "./issues.js";
import { parseJsonText, readText } from "./json.js";
import { didYouMean } from "./nearest.js";

// What every command shares (reading a document, options, failures, the dispatch) and the
// `validate` command, which a pipeline runs most. main.ts loads only this module (and the
// library's document model) for `isms validate`; run.ts adds the other commands.

/** What the command needs from the outside world; tests pass a fake. */
export interface CliIo {
  readonly readFile: (path: string) => string;
  /** Reads a binary file (a spreadsheet); a host without it cannot import spreadsheets. */
  readonly readBytes?: (path: string) => Uint8Array;
  readonly exists: (path: string) => boolean;
  /** Writes every file or none: the caller writes to temporary files and renames. */
  readonly writeFiles: (files: ReadonlyMap<string, string | Uint8Array>) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly today: () => string;
  readonly now: () => string;
  /** Reads an environment variable (`ISMS_ACTOR`); without it the command sees none. */
  readonly env?: (name: string) => string | undefined;
}


/** What every command receives. */
export interface Context {
  readonly io: CliIo;
  readonly spec: CommandSpec;
  readonly args: readonly string[];
  readonly options: ParsedOptions;
}

const LIMIT_OPTIONS = {
  "max-string-length": "maxStringLength",
  "max-items": "maxItems",
  "max-depth": "maxDepth",
  "max-size": "maxSize",
} as const satisfies Record<string, keyof IsmsLimits>;

/** The input limits: the library's defaults, raised or lowered by `--max-*` options. */
function limitsOf(options: ParsedOptions): IsmsLimits {
  const limits: Record<keyof IsmsLimits, number> = { ...DEFAULT_ISMS_LIMITS };
  for (const [option, key] of Object.entries(LIMIT_OPTIONS) as [OptionName, keyof IsmsLimits][]) {
    const value = options.values.get(option);
    if (value === undefined) continue;
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      throw new CliFailure(`--${option} must be a whole number (got "${value}").`, 2, undefined, "invalid_option");
    }
    limits[key] = Number(value);
  }
  return limits;
}

/** Which option raises the limit an issue code names. */
const LIMIT_HINTS: Readonly<Record<string, string>> = {
  string_too_long: "--max-string-length",
  too_many_items: "--max-items",
  too_deep: "--max-depth",
  document_too_large: "--max-size",
};

export function readDocument(io: CliIo, file: string | undefined, options?: ParsedOptions): IsmsDocument {
  if (!file) throw new CliFailure("Missing FILE: name the ISMS document to read.", 2, undefined, "missing_argument");
  const limits = options === undefined ? DEFAULT_ISMS_LIMITS : limitsOf(options);
  const text = readText(io, file);
  // A text longer than the size limit is refused before it is parsed: parsing it is the cost
  // the limit exists to avoid. The limit counts compact JSON; four times as much text leaves
  // room for any indentation a person or a tool writes.
  if (text.length > limits.maxSize * 4 + 1_048_576) {
    const message = `The file has ${text.length} characters, far more than the document size limit of ${limits.maxSize} (raise it with --max-size).`;
    throw new CliFailure(`${file} is not a valid ISMS document (1 problem):\n  (document): ${message} [document_too_large]`, 1, [{ code: "document_too_large", severity: "error", message, path: [] }], "invalid_document");
  }
  const json = parseJsonText(text, file);
  const parsed = safeParseIsms(json, { limits });
  if (!parsed.ok) {
    const found = parsed.error;
    const codes = new Set(found.map((item) => item.code));
    const lines = found.slice(0, 50).map((item) => `  ${formatIssuePath(item.path)}: ${item.message} [${item.code}]`);
    const more = found.length > 50 ? `\n  … and ${found.length - 50} more` : "";
    const raise = Object.entries(LIMIT_HINTS).filter(([code]) => codes.has(code)).map(([, option]) => option);
    const hint = raise.length > 0 ? `\nThe limits protect a server from oversized input; raise them with ${raise.join(", ")} if the document is genuine.` : "";
    const issues: JsonIssue[] = found.map((item) => ({ code: item.code, severity: item.severity, message: item.message, path: item.path }));
    throw new CliFailure(`${file} is not a valid ISMS document (${plural(found.length, "problem")}):\n${lines.join("\n")}${more}${hint}`, 1, issues, "invalid_document");
  }
  return parsed.value;
}

export function output(io: CliIo, out: string | undefined, text: string): void {
  if (out) io.writeFiles(new Map([[out, text]]));
  else io.stdout(text.endsWith("\n") ? text : `${text}\n`);
}

export function choice<T extends string>(options: ParsedOptions, name: OptionName, allowed: readonly T[], fallback: T): T {
  const value = options.values.get(name);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliFailure(`--${name} must be one of ${allowed.join(", ")} (got "${value}").${didYouMean(value, allowed)}`, 2, undefined, "invalid_option");
}

/** The positionals a command takes, refusing more. */
export function positionals(context: Context, most: number): readonly (string | undefined)[] {
  const extra = context.args[most];
  if (extra !== undefined) throw new CliFailure(`Unexpected argument "${extra}" for isms ${context.spec.name}. Run isms ${context.spec.name} --help for its usage.`, 2);
  return Array.from({ length: most }, (_, index) => context.args[index]);
}

export function dateOption(options: ParsedOptions, today: string): string {
  const asOf = options.values.get("as-of") ?? today;
  if (!isIsoDate(asOf)) throw new CliFailure(`--as-of must be a date YYYY-MM-DD (got "${asOf}").`, 2, undefined, "invalid_option");
  return asOf;
}

/**
 * A report of a document with validation errors is still useful as a draft: it is written
 * and a notice goes to standard error. With `--strict` nothing is written (exit 1).
 * Returns what to do once the output is written.
 */
export function draftCheck(context: Context, file: string | undefined, document: IsmsDocument, asOf: string): { readonly errorCount: number; readonly notify: () => void } {
  const errors = validateIsms(document, { asOf }).filter((found) => found.severity === "error").length;
  if (errors === 0) return { errorCount: 0, notify: () => undefined };
  if (context.options.flags.has("strict")) {
    throw new CliFailure(`${file} has ${plural(errors, "validation error")}; nothing written (--strict). Run isms validate ${file}.`, 1, undefined, "document_has_errors");
  }
  return { errorCount: errors, notify: () => context.io.stderr(`${file} has ${plural(errors, "validation error")}; the output is marked as a draft. Run isms validate ${file}.\n`) };
}

/** What `--only` selects: a severity, or the warnings someone acknowledged (reported as notes). */
const SELECTIONS = {
  errors: (found: IsmsIssue) => found.severity === "error",
  warnings: (found: IsmsIssue) => found.severity === "warning",
  notes: (found: IsmsIssue) => found.severity === "info" && found.acknowledged === undefined,
  acknowledged: (found: IsmsIssue) => found.acknowledged !== undefined,
} as const;

export function validate(context: Context): number {
  const { io, options } = context;
  const [file] = positionals(context, 1);
  const asOf = dateOption(options, io.today());
  const only = options.values.has("only") ? SELECTIONS[choice(options, "only", ["errors", "warnings", "acknowledged", "notes"] as const, "errors")] : undefined;
  const codes = options.lists.get("code");
  const document = readDocument(io, file, options);
  const issues = validateIsms(document, { asOf });
  const errors = issues.filter(SELECTIONS.errors).length;
  const warnings = issues.filter(SELECTIONS.warnings).length;
  const acknowledged = issues.filter(SELECTIONS.acknowledged).length;
  const shown = issues.filter((found) => (only === undefined || only(found)) && (codes === undefined || codes.includes(found.code)));
  const absent = (codes ?? []).filter((code) => !issues.some((found) => found.code === code));
  if (absent.length > 0) io.stderr(`No issue of ${file} has the ${absent.length === 1 ? "code" : "codes"} ${absent.join(", ")}.\n`);
  const filtered = only !== undefined || codes !== undefined;
  if (options.flags.has("json")) {
    const filter = filtered ? { filter: { ...(only === undefined ? {} : { only: options.values.get("only") }), ...(codes === undefined ? {} : { codes }) } } : {};
    io.stdout(`${JSON.stringify({ valid: errors === 0, file, errors, warnings, acknowledged, ...filter, issues: shown }, null, 2)}\n`);
  } else {
    for (const line of formatIssueGroups(shown)) io.stdout(`${line}\n`);
    const showing = filtered ? `; ${plural(shown.length, "issue")} shown` : "";
    const notes = issues.length - errors - warnings - acknowledged;
    io.stdout(`${file}: ${errors} errors, ${warnings} warnings, ${acknowledged} acknowledged, ${notes} notes (as of ${asOf})${showing}\n`);
  }
  return errors > 0 ? 1 : 0;
}

export function commandNamed(name: string): CommandSpec {
  const spec = findCommand(name);
  if (spec === undefined) {
    throw new CliFailure(`Unknown command "${name}".${didYouMean(name, COMMANDS.map((command) => command.name))} Run isms --help for the commands.`, 2);
  }
  return spec;
}

/** Which commands take an option: to say where an option given to another command belongs. */
function ownersOf(name: OptionName): string | undefined {
  const owners = COMMANDS.filter((command) => command.options.some((option) => option.name === name)).map((command) => command.name);
  if (owners.length === 0) return undefined;
  return `isms ${owners.length === 1 ? owners[0] : `${owners.slice(0, -1).join(", ")} and ${owners[owners.length - 1]}`}`;
}

/** Prints a failure the way every command does and gives its exit code. */
function fail(io: CliIo, error: unknown, json: boolean, file: string | undefined): number {
  const failure = error instanceof CliFailure ? error : new CliFailure(`isms: ${(error as Error).message}`, 2, undefined, "failed");
  io.stderr(`${failure.message}\n`);
  if (json) printJsonFailure(io, file, failure);
  return failure.exitCode;
}

/** The commands a dispatch can run: those that finish at once, and those that finish later. */
export interface Runners {
  readonly now: Readonly<Record<string, (context: Context) => number>>;
  readonly later: Readonly<Record<string, (context: Context) => Promise<number>>>;
}

/**
 * Runs the command `argv` names with the given runners. Options, `--version`, `--help` and
 * failures are handled here, the same for every command.
 */
export function dispatch(argv: readonly string[], io: CliIo, version: string, allowAsync: boolean, runners: Runners): number | Promise<number> {
  const tokens = tokenize(argv);
  const [name, ...args] = tokens.positionals;
  // `validate --json` answers in JSON whatever goes wrong, also with wrong options.
  const json = name === "validate" && tokens.options.some((option) => option.name === "json");
  try {
    const spec = name === undefined ? undefined : commandNamed(name);
    const options = checkOptions(tokens, spec?.name ?? "", spec?.options.map((option) => option.name) ?? [], ownersOf);
    if (options.flags.has("version")) {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (spec === undefined) {
      io.stdout(`${globalHelp()}\n`);
      return options.flags.has("help") ? 0 : 2;
    }
    if (options.flags.has("help") && spec.name !== "help") {
      io.stdout(`${commandHelp(spec)}\n`);
      return 0;
    }
    const later = runners.later[spec.name];
    if (later !== undefined && !allowAsync) throw new CliFailure(`isms ${spec.name} finishes asynchronously: run it through runCliAsync.`, 2, undefined, "usage_error");
    if (later !== undefined) return later({ io, spec, args, options }).catch((error: unknown) => fail(io, error, json, args[0]));
    return runners.now[spec.name]!({ io, spec, args, options });
  } catch (error) {
    return fail(io, error, json, args[0]);
  }
}

/** `validate --json` when the document could not be checked: the same shape as a result, `valid: false`. */
function printJsonFailure(io: CliIo, file: string | undefined, failure: CliFailure): void {
  const issues: readonly JsonIssue[] = failure.issues ?? [{ code: failure.code, severity: "error", message: failure.message, path: [] }];
  io.stdout(`${JSON.stringify({ valid: false, file: file ?? null, errors: issues.length, warnings: 0, acknowledged: 0, issues }, null, 2)}\n`);
}
