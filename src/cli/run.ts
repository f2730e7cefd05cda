import { createStarterIsms, formatIsms, deriveIsmsSoa, isIsoDate, ismsJsonSchema, IsoDateTimeSchema, type IsmsDocument } from "../index.js";
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
import { readCommands } from "./apply.js";
import { runFmt } from "./fmt.js";
import { runMergeDriver } from "./mergeDriver.js";
import { commandHelp, globalHelp } from "./commands.js";
import { decideHint, planDecisions } from "./decide.js";
import { runDiff } from "./diff.js";
import { planAcknowledgement } from "./acknowledge.js";
import { applyChanges, resolveActor, type PlannedChange } from "./edit.js";
import { CliFailure } from "./failure.js";
import { formatIssue } from "./issues.js";
import { readJson } from "./json.js";
import { coverageCommand, importMappingCommand, importProfileCommand } from "./frameworks.js";
import { didYouMean } from "./nearest.js";
import {
  choice,
  commandNamed,
  dateOption,
  dispatch,
  draftCheck,
  output,
  positionals,
  readDocument,
  validate,
  type CliIo,
  type Context,
} from "./core.js";

export type { CliIo } from "./core.js";
const MATRICES: Readonly<Record<"3x3" | "4x4" | "5x5", RiskMatrix>> = { "3x3": cox3x3Preset, "4x4": matrix4x4Preset, "5x5": product5x5Preset };

const BUILT_IN_CATALOGUES = ["annex-a", "annex-a-2013", "clauses"] as const;

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


/**
 * Runs the `isms` command with the given arguments and returns its exit code: 0 success,
 * 1 the document has errors, 2 the command was used wrongly or a file could not be read.
 */
export function runCli(argv: readonly string[], io: CliIo, version: string): number {
  const outcome = dispatch(argv, io, version, false, { now: RUNNERS, later: ASYNC_RUNNERS });
  // dispatch(…, false) refuses an asynchronous command before running it.
  return typeof outcome === "number" ? outcome : 2;
}

/**
 * {@link runCli} for every command, also those that finish asynchronously (`import` and
 * `export`, which load the spreadsheet libraries): the exit code once the command has finished.
 */
export async function runCliAsync(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  return dispatch(argv, io, version, true, { now: RUNNERS, later: ASYNC_RUNNERS });
}

