import {
  createStarterIsms,
  formatIsms,
  formatIssuePath,
  deriveIsmsSoa,
  isIsoDate,
  ismsJsonSchema,
  IsoDateTimeSchema,
  safeParseIsms,
  validateIsms,
  DEFAULT_ISMS_LIMITS,
  type IsmsDocument,
  type IsmsIssue,
  type IsmsLimits,
} from "../index.js";
import {
  renderHeatMapSvg,
  renderIsmsReport,
  renderRiskRegisterCsv,
  renderRiskRegisterHtml,
  renderRiskRegisterMarkdown,
  renderSoaCsv,
  renderSoaHtml,
  renderSoaMarkdown,
  heatMapForDocument,
} from "../report/index.js";
import { createExampleIsms } from "../example/index.js";
import { cox3x3Preset, matrix4x4Preset, product5x5Preset, type RiskMatrix } from "../risk/index.js";
import { importCatalog, OSCAL_MODELS, safeExportOscal, type OscalModel } from "../oscal/index.js";
import { checkOptions, tokenize, type OptionName, type ParsedOptions } from "./args.js";
import { readCommands } from "./apply.js";
import { runFmt } from "./fmt.js";
import { runMergeDriver } from "./mergeDriver.js";
import { COMMANDS, commandHelp, findCommand, globalHelp, type CommandSpec } from "./commands.js";
import { decideHint, planDecisions } from "./decide.js";
import { runDiff } from "./diff.js";
import { planAcknowledgement } from "./acknowledge.js";
import { applyChanges, resolveActor, type PlannedChange } from "./edit.js";
import { CliFailure, plural, type JsonIssue } from "./failure.js";
import { formatIssue, formatIssueGroups } from "./issues.js";
import { parseJsonText, readJson, readText } from "./json.js";
import { didYouMean } from "./nearest.js";
import { coverageCommand, importMappingCommand, importProfileCommand } from "./frameworks.js";

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

const MATRICES: Readonly<Record<"3x3" | "4x4" | "5x5", RiskMatrix>> = { "3x3": cox3x3Preset, "4x4": matrix4x4Preset, "5x5": product5x5Preset };

const BUILT_IN_CATALOGUES = ["annex-a", "annex-a-2013", "clauses"] as const;

/** What every command receives. */
interface Context {
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

function readDocument(io: CliIo, file: string | undefined, options?: ParsedOptions): IsmsDocument {
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

function output(io: CliIo, out: string | undefined, text: string): void {
  if (out) io.writeFiles(new Map([[out, text]]));
  else io.stdout(text.endsWith("\n") ? text : `${text}\n`);
}

function choice<T extends string>(options: ParsedOptions, name: OptionName, allowed: readonly T[], fallback: T): T {
  const value = options.values.get(name);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliFailure(`--${name} must be one of ${allowed.join(", ")} (got "${value}").${didYouMean(value, allowed)}`, 2, undefined, "invalid_option");
}

/** The positionals a command takes, refusing more. */
function positionals(context: Context, most: number): readonly (string | undefined)[] {
  const extra = context.args[most];
  if (extra !== undefined) throw new CliFailure(`Unexpected argument "${extra}" for isms ${context.spec.name}. Run isms ${context.spec.name} --help for its usage.`, 2);
  return Array.from({ length: most }, (_, index) => context.args[index]);
}

function dateOption(options: ParsedOptions, today: string): string {
  const asOf = options.values.get("as-of") ?? today;
  if (!isIsoDate(asOf)) throw new CliFailure(`--as-of must be a date YYYY-MM-DD (got "${asOf}").`, 2, undefined, "invalid_option");
  return asOf;
}

/**
 * A report of a document with validation errors is still useful as a draft: it is written
 * and a notice goes to standard error. With `--strict` nothing is written (exit 1).
 * Returns what to do once the output is written.
 */
function draftCheck(context: Context, file: string | undefined, document: IsmsDocument, asOf: string): { readonly errorCount: number; readonly notify: () => void } {
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

function validate(context: Context): number {
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

function init(context: Context): number {
  const { io, options } = context;
  const [given] = positionals(context, 1);
  const target = given ?? "isms.json";
  const matrix = choice(options, "matrix", ["3x3", "4x4", "5x5"] as const, "5x5");
  const example = options.flags.has("example");
  if (example && options.values.has("matrix")) throw new CliFailure("--matrix applies to a starter document, not to --example.", 2);
  if (io.exists(target) && !options.flags.has("force")) throw new CliFailure(`${target} exists; use --force to overwrite it.`, 2);
  const document = example ? createExampleIsms() : createStarterIsms({ organisation: "My organisation", date: io.today(), matrix: MATRICES[matrix] });
  // The canonical form, so that `isms fmt --check` in a pre-commit hook passes on the first commit.
  io.writeFiles(new Map([[target, formatIsms(document)]]));
  const next = example ? `isms validate ${target}` : `isms validate ${target} lists what is still to do; isms help decide shows how to record the SoA`;
  io.stdout(`Wrote ${target}${example ? " (the example organisation)" : ` (risk matrix ${matrix})`}. Next: ${next}.\n`);
  return 0;
}

function edit(context: Context, file: string | undefined, plan: (document: IsmsDocument, by: string) => PlannedChange[], none: string, hint?: typeof decideHint): number {
  const { io, options } = context;
  const document = readDocument(io, file, options);
  const by = resolveActor(io, options.values.get("by"));
  const changes = plan(document, by);
  if (changes.length === 0) {
    io.stdout(`${none}; nothing written.\n`);
    return 0;
  }
  return applyChanges(io, file!, document, changes, {
    by,
    log: options.values.get("log"),
    dryRun: options.flags.has("dry-run"),
    allowErrors: options.flags.has("allow-errors"),
    offerAllowErrors: context.spec.options.some((option) => option.name === "allow-errors"),
    ...(hint === undefined ? {} : { hint }),
  });
}

function decide(context: Context): number {
  const [file, ...controls] = context.args;
  return edit(context, file, (document) => planDecisions(document, controls, context.options), "No control matches the selection", decideHint);
}

function acknowledge(context: Context): number {
  const [file] = positionals(context, 1);
  return edit(context, file, (document, by) => planAcknowledgement(document, context.options, context.io.today(), by), "Nothing to acknowledge");
}

function apply(context: Context): number {
  const [file, commands] = positionals(context, 2);
  if (file !== undefined && commands === undefined) throw new CliFailure("Missing COMMANDS.json: name the file of commands to apply.", 2, undefined, "missing_argument");
  return edit(context, file, () => readCommands(context.io, commands), `${commands} holds no commands`);
}

// The spreadsheet commands load their module (and with it the XLSX and CSV libraries) only
// when they run.
async function importSheet(context: Context): Promise<number> {
  const [file] = positionals(context, 1);
  const { io, options } = context;
  const kind = options.values.has("kind") ? choice(options, "kind", IMPORT_KINDS, "soa") : undefined;
  const request = { from: options.values.get("from"), sheet: options.values.get("sheet"), kind, map: options.values.get("map"), asOf: dateOption(options, io.today()) };
  const { planSheetImport } = await import("./spreadsheet.js");
  return edit(context, file, (document) => planSheetImport(io, document, request), `${request.from ?? "The spreadsheet"} changes nothing`);
}

async function exportCommand(context: Context): Promise<number> {
  const [file] = positionals(context, 1);
  choice(context.options, "format", ["xlsx"], "xlsx");
  const document = readDocument(context.io, file, context.options);
  const { exportWorkbook } = await import("./spreadsheet.js");
  return exportWorkbook(context.io, document, { out: context.options.values.get("out"), asOf: dateOption(context.options, context.io.today()) });
}

function soa(context: Context): number {
  const { io, options } = context;
  const [file] = positionals(context, 1);
  const format = choice(options, "format", ["csv", "md", "html", "json"] as const, "md");
  const asOf = dateOption(options, io.today());
  const document = readDocument(io, file, options);
  const draft = draftCheck(context, file, document, asOf);
  const rows = deriveIsmsSoa(document, asOf);
  const text =
    format === "csv"
      ? renderSoaCsv(rows)
      : format === "md"
        ? renderSoaMarkdown(rows, { errorCount: draft.errorCount })
        : format === "html"
          ? renderSoaHtml(rows, { organisation: document.organisation.name, generatedOn: asOf, errorCount: draft.errorCount })
          : JSON.stringify(rows, null, 2);
  output(io, options.values.get("out"), text);
  draft.notify();
  return 0;
}

function risks(context: Context): number {
  const { io, options } = context;
  const [file] = positionals(context, 1);
  const format = choice(options, "format", ["csv", "md", "html", "json"] as const, "md");
  const asOf = dateOption(options, io.today());
  const document = readDocument(io, file, options);
  const draft = draftCheck(context, file, document, asOf);
  const text =
    format === "csv"
      ? renderRiskRegisterCsv(document)
      : format === "md"
        ? renderRiskRegisterMarkdown(document, { errorCount: draft.errorCount })
        : format === "html"
          ? renderRiskRegisterHtml(document, { generatedOn: asOf, errorCount: draft.errorCount })
          : JSON.stringify(document.risks, null, 2);
  output(io, options.values.get("out"), text);
  draft.notify();
  return 0;
}

function heatmap(context: Context): number {
  const { io, options } = context;
  const [file] = positionals(context, 1);
  const layer = choice(options, "layer", ["inherent", "current", "target", "residual"] as const, "residual");
  const asOf = dateOption(options, io.today());
  const document = readDocument(io, file, options);
  const draft = draftCheck(context, file, document, asOf);
  output(io, options.values.get("out"), renderHeatMapSvg(heatMapForDocument(document, layer)));
  draft.notify();
  return 0;
}

function report(context: Context): number {
  const { io, options } = context;
  const [file] = positionals(context, 1);
  const out = options.values.get("out");
  if (!out) throw new CliFailure("report needs --out DIR.", 2);
  const asOf = dateOption(options, io.today());
  const document = readDocument(io, file, options);
  const draft = draftCheck(context, file, document, asOf);
  const files = renderIsmsReport(document, { asOf, errorCount: draft.errorCount });
  const dir = out.replace(/\/+$/, "");
  io.writeFiles(new Map([...files].map(([name, content]) => [`${dir}/${name}`, content])));
  io.stdout(`Wrote ${files.size} files to ${dir}/: ${[...files.keys()].join(", ")}\n`);
  draft.notify();
  return 0;
}

function oscal(context: Context): number {
  const { io, options } = context;
  const [file] = positionals(context, 1);
  const model = choice(options, "model", OSCAL_MODELS, "catalog" as OscalModel);
  const catalogue = options.values.get("catalogue");
  if (catalogue !== undefined && model !== "catalog") throw new CliFailure("--catalogue applies to --model catalog only.", 2);
  const asOf = options.values.get("as-of") ?? io.now();
  if (!isIsoDate(asOf) && !IsoDateTimeSchema.safeParse(asOf).success) {
    throw new CliFailure(`--as-of must be a date YYYY-MM-DD or a date-time with a time zone, e.g. 2026-11-27T12:00:00Z (got "${asOf}").`, 2, undefined, "invalid_option");
  }
  const document = readDocument(io, file, options);
  if (catalogue !== undefined) {
    const known = [...BUILT_IN_CATALOGUES, ...document.catalogues.map((found) => found.id as string)];
    if (!known.includes(catalogue)) throw new CliFailure(`Unknown catalogue "${catalogue}": use one of ${known.join(", ")}.${didYouMean(catalogue, known)}`, 2);
  }
  const draft = draftCheck(context, file, document, asOf.slice(0, 10));
  const exported = safeExportOscal(document, model, catalogue === undefined ? { asOf } : { asOf, catalogue });
  if (!exported.ok) {
    // The document is readable but cannot give this model, e.g. a profile with no
    // applicable control yet: a problem of the document, not of the command line.
    const refusal = exported.error[0]!;
    const hint = model === "profile" ? ` Record applicable controls in the SoA first (isms validate ${file} lists the undecided ones).` : "";
    throw new CliFailure(`${file}: cannot export the OSCAL ${model}: ${refusal.message}${refusal.code === "invalid_argument" ? hint : ""}`, refusal.code === "invalid_argument" ? 1 : 2);
  }
  output(io, options.values.get("out"), `${JSON.stringify(exported.value, null, 2)}\n`);
  draft.notify();
  return 0;
}

function importCatalogCommand(context: Context): number {
  const { io, options } = context;
  const [file] = positionals(context, 1);
  const out = options.values.get("out");
  if (!out) throw new CliFailure("import-catalog needs --out FILE.", 2);
  const json = readJson(io, file, "OSCAL catalog");
  const id = options.values.get("id");
  const imported = importCatalog(json, id === undefined ? {} : { id });
  if (!imported.ok) {
    throw new CliFailure(`${file} could not be imported:\n${imported.error.map((found) => `  ${formatIssue(found)}`).join("\n")}`, 1);
  }
  io.writeFiles(new Map([[out, `${JSON.stringify(imported.value, null, 2)}\n`]]));
  io.stdout(`Wrote ${out}: catalogue "${imported.value.id}" with ${imported.value.controls.length} controls.\n`);
  return 0;
}

function diff(context: Context): number {
  const [before, after] = positionals(context, 2);
  const { io, options } = context;
  const format = choice(options, "format", ["md", "json"] as const, "md");
  const request = { before, after, format, asOf: options.values.get("as-of"), out: options.values.get("out") };
  return runDiff(io, request, (file) => readDocument(io, file, options));
}

function schema(context: Context): number {
  positionals(context, 0);
  output(context.io, context.options.values.get("out"), `${JSON.stringify(ismsJsonSchema(), null, 2)}\n`);
  return 0;
}

function fmt(context: Context): number {
  return runFmt(context.io, context.args, context.options.flags.has("check"), (file) => readDocument(context.io, file, context.options));
}

function mergeDriver(context: Context): number {
  const [base, ours, theirs, path] = positionals(context, 4);
  const asOf = dateOption(context.options, context.io.today());
  return runMergeDriver(context.io, { base, ours, theirs, path, asOf, read: (file) => readDocument(context.io, file, context.options) });
}

function help(context: Context): number {
  const [name] = positionals(context, 1);
  if (name === undefined) {
    context.io.stdout(`${globalHelp()}\n`);
    return 0;
  }
  context.io.stdout(`${commandHelp(commandNamed(name))}\n`);
  return 0;
}

const RUNNERS: Readonly<Record<string, (context: Context) => number>> = {
  init,
  validate,
  decide,
  apply,
  acknowledge,
  soa,
  risks,
  heatmap,
  report,
  oscal,
  "import-catalog": importCatalogCommand,
  diff,
  "import-profile": (context) => importProfileCommand({ ...context, file: positionals(context, 1)[0], output: (out, text) => output(context.io, out, text) }),
  "import-mapping": (context) => importMappingCommand({ ...context, file: positionals(context, 1)[0], output: (out, text) => output(context.io, out, text) }),
  coverage: (context) => {
    const [file] = positionals(context, 1);
    const format = choice(context.options, "format", ["md", "json", "csv"] as const, "md");
    const asOf = dateOption(context.options, context.io.today());
    const document = readDocument(context.io, file, context.options);
    const draft = draftCheck(context, file, document, asOf);
    return coverageCommand({ ...context, file, document, asOf, format, draft, output: (out, text) => output(context.io, out, text) });
  },
  schema,
  fmt,
  "merge-driver": mergeDriver,
  help,
};

/** The commands that finish asynchronously (the spreadsheet commands); {@link runCliAsync} runs them. */
const ASYNC_RUNNERS: Readonly<Record<string, (context: Context) => Promise<number>>> = {
  import: importSheet,
  export: exportCommand,
};

const IMPORT_KINDS = ["soa", "risks", "assets", "actions", "suppliers"] as const;

function commandNamed(name: string): CommandSpec {
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

/**
 * Runs the `isms` command with the given arguments and returns its exit code: 0 success,
 * 1 the document has errors, 2 the command was used wrongly or a file could not be read.
 */
export function runCli(argv: readonly string[], io: CliIo, version: string): number {
  const outcome = dispatch(argv, io, version, false);
  // dispatch(…, false) refuses an asynchronous command before running it.
  return typeof outcome === "number" ? outcome : 2;
}

/**
 * {@link runCli} for every command, also those that finish asynchronously (`import` and
 * `export`, which load the spreadsheet libraries): the exit code once the command has finished.
 */
export async function runCliAsync(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  return dispatch(argv, io, version, true);
}

/** Prints a failure the way every command does and gives its exit code. */
function fail(io: CliIo, error: unknown, json: boolean, file: string | undefined): number {
  const failure = error instanceof CliFailure ? error : new CliFailure(`isms: ${(error as Error).message}`, 2, undefined, "failed");
  io.stderr(`${failure.message}\n`);
  if (json) printJsonFailure(io, file, failure);
  return failure.exitCode;
}

function dispatch(argv: readonly string[], io: CliIo, version: string, allowAsync: boolean): number | Promise<number> {
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
    const later = ASYNC_RUNNERS[spec.name];
    if (later !== undefined && !allowAsync) throw new CliFailure(`isms ${spec.name} finishes asynchronously: run it through runCliAsync.`, 2, undefined, "usage_error");
    if (later !== undefined) return later({ io, spec, args, options }).catch((error: unknown) => fail(io, error, json, args[0]));
    return RUNNERS[spec.name]!({ io, spec, args, options });
  } catch (error) {
    return fail(io, error, json, args[0]);
  }
}

/** `validate --json` when the document could not be checked: the same shape as a result, `valid: false`. */
function printJsonFailure(io: CliIo, file: string | undefined, failure: CliFailure): void {
  const issues: readonly JsonIssue[] = failure.issues ?? [{ code: failure.code, severity: "error", message: failure.message, path: [] }];
  io.stdout(`${JSON.stringify({ valid: false, file: file ?? null, errors: issues.length, warnings: 0, acknowledged: 0, issues }, null, 2)}\n`);
}
