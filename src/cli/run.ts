import { parseArgs } from "node:util";
import {
  createStarterIsms,
  deriveIsmsSoa,
  isIsoDate,
  ismsJsonSchema,
  safeParseIsms,
  validateIsms,
  type IsmsDocument,
  type IsmsIssue,
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

/** What the command needs from the outside world; tests pass a fake. */
export interface CliIo {
  readonly readFile: (path: string) => string;
  readonly exists: (path: string) => boolean;
  /** Writes every file or none: the caller writes to temporary files and renames. */
  readonly writeFiles: (files: ReadonlyMap<string, string>) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly today: () => string;
  readonly now: () => string;
}

const HELP = `isms — your ISO/IEC 27001:2022 ISMS as data

Usage: isms <command> [options]

Commands:
  init [FILE]                  write a starter ISMS document (default isms.json)
       --matrix 3x3|4x4|5x5    the starter's risk matrix preset (default 5x5)
       --example               write the example organisation instead
       --force                 overwrite an existing file
  validate FILE                check a document; exit 1 on errors, 0 with warnings only
       --json                  print one JSON object on standard output, also when the
                               file is missing, is not JSON or is not an ISMS document
       --as-of DATE            judge dates as of DATE (YYYY-MM-DD; default today)
  soa FILE                     the Statement of Applicability
       --format csv|md|html|json   (default md)
  risks FILE                   the risk register
       --format csv|md|html|json   (default md)
  heatmap FILE                 an SVG heat map
       --layer inherent|current|target|residual   (default residual)
  report FILE --out DIR        every report into DIR (summary.html, soa.*, risks.*, heat maps, …)
       --as-of DATE            judge overdue items as of DATE (YYYY-MM-DD; default today)
  oscal FILE --model M         OSCAL 1.2 JSON; M is catalog, profile, ssp, assessment-results, poam or mapping
       --catalogue ID          with --model catalog: annex-a, annex-a-2013, clauses or a custom
                               catalogue of the document (default the first catalogue in scope)
       --as-of DATETIME        timestamp written into the model (default now)
  import-catalog FILE --out OUT   read an OSCAL catalog and write it as a custom catalogue
       --id ID                 catalogue id (default derived from the title)
  schema                       print the JSON Schema of the document

Common options:
  --out FILE                   write to FILE instead of standard output
  -h, --help                   this help
  -v, --version                the version of isms

Exit codes: 0 success, 1 the document has errors (or cannot give what was asked),
2 wrong usage or an unreadable file. Nothing is written when a command fails.`;

const MATRICES: Readonly<Record<"3x3" | "4x4" | "5x5", RiskMatrix>> = { "3x3": cox3x3Preset, "4x4": matrix4x4Preset, "5x5": product5x5Preset };

const BUILT_IN_CATALOGUES = ["annex-a", "annex-a-2013", "clauses"] as const;

/** One problem as `validate --json` prints it. */
interface JsonIssue {
  readonly code: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly path: readonly (string | number)[];
}

class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** The failure as issues, for `--json`; one issue with `code` and the message when absent. */
    readonly issues?: readonly JsonIssue[],
    readonly code = "usage_error",
  ) {
    super(message);
  }
}

function readJson(io: CliIo, file: string | undefined, what: string): unknown {
  if (!file) throw new CliFailure(`Missing FILE: name the ${what} to read.`, 2, undefined, "missing_argument");
  if (!io.exists(file)) throw new CliFailure(`Cannot read ${file}: no such file.`, 2, undefined, "file_not_found");
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    throw new CliFailure(`Cannot read ${file}: ${(error as Error).message}`, 2, undefined, "file_unreadable");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliFailure(`${file} is not valid JSON: ${(error as Error).message}`, 2, undefined, "invalid_json");
  }
}

function readDocument(io: CliIo, file: string | undefined): IsmsDocument {
  const json = readJson(io, file, "ISMS document");
  const parsed = safeParseIsms(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 50).map((found) => `  ${formatPath(found.path as (string | number)[])}: ${found.message} [${found.code}]`);
    const more = parsed.error.issues.length > 50 ? `\n  … and ${parsed.error.issues.length - 50} more` : "";
    const issues: JsonIssue[] = parsed.error.issues.map((found) => ({
      code: found.code,
      severity: "error",
      message: found.message,
      path: found.path.map((part) => (typeof part === "number" ? part : String(part))),
    }));
    throw new CliFailure(`${file} is not a valid ISMS document (${parsed.error.issues.length} problems):\n${lines.join("\n")}${more}`, 1, issues, "invalid_document");
  }
  return parsed.data;
}

function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(document)";
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`)).join("");
}

function formatIssue(found: IsmsIssue): string {
  return `${found.severity.padEnd(7)} ${formatPath(found.path)}: ${found.message} [${found.code}]`;
}

function output(io: CliIo, out: string | undefined, text: string): void {
  if (out) io.writeFiles(new Map([[out, text]]));
  else io.stdout(text.endsWith("\n") ? text : `${text}\n`);
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliFailure(`--${name} must be one of ${allowed.join(", ")} (got "${value}").`, 2);
}

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  json: { type: "boolean" },
  example: { type: "boolean" },
  force: { type: "boolean" },
  "as-of": { type: "string" },
  format: { type: "string" },
  layer: { type: "string" },
  out: { type: "string" },
  model: { type: "string" },
  id: { type: "string" },
  catalogue: { type: "string" },
  matrix: { type: "string" },
} as const;

/**
 * Runs the `isms` command with the given arguments and returns its exit code: 0 success,
 * 1 the document has errors, 2 the command was used wrongly or a file could not be read.
 */
export function runCli(argv: readonly string[], io: CliIo, version: string): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: OPTIONS,
    });
  } catch (error) {
    const message = (error as Error).message;
    io.stderr(`${message}\nRun isms --help for usage.\n`);
    // `validate --json` answers in JSON even when the options are wrong.
    const loose = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false });
    if (loose.positionals[0] === "validate" && loose.values.json === true) {
      printJsonFailure(io, loose.positionals[1], new CliFailure(message, 2, undefined, "invalid_option"));
    }
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file, ...rest] = positionals;
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (values.help || command === undefined || command === "help") {
    io.stdout(`${HELP}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    if (rest.length > 0) throw new CliFailure(`Unexpected argument "${rest[0]}".`, 2);
    switch (command) {
      case "init": {
        const target = file ?? "isms.json";
        const matrix = choice(values.matrix, ["3x3", "4x4", "5x5"] as const, "5x5", "matrix");
        if (values.example && values.matrix !== undefined) throw new CliFailure("--matrix applies to a starter document, not to --example.", 2);
        if (io.exists(target) && !values.force) throw new CliFailure(`${target} exists; use --force to overwrite it.`, 2);
        const document = values.example
          ? createExampleIsms()
          : createStarterIsms({ organisation: "My organisation", date: io.today(), matrix: MATRICES[matrix] });
        io.writeFiles(new Map([[target, `${JSON.stringify(document, null, 2)}\n`]]));
        io.stdout(`Wrote ${target}${values.example ? " (the example organisation)" : ` (risk matrix ${matrix})`}. Next: isms validate ${target} lists what is still to do.\n`);
        return 0;
      }
      case "validate": {
        const asOf = values["as-of"] ?? io.today();
        if (!isIsoDate(asOf)) throw new CliFailure(`--as-of must be a date YYYY-MM-DD (got "${asOf}").`, 2, undefined, "invalid_option");
        const document = readDocument(io, file);
        const issues = validateIsms(document, { asOf });
        const errors = issues.filter((found) => found.severity === "error").length;
        const warnings = issues.filter((found) => found.severity === "warning").length;
        if (values.json) {
          io.stdout(`${JSON.stringify({ valid: errors === 0, file, errors, warnings, issues }, null, 2)}\n`);
        } else {
          for (const found of issues) io.stdout(`${formatIssue(found)}\n`);
          io.stdout(`${file}: ${errors} errors, ${warnings} warnings, ${issues.length - errors - warnings} notes (as of ${asOf})\n`);
        }
        return errors > 0 ? 1 : 0;
      }
      case "soa": {
        const format = choice(values.format, ["csv", "md", "html", "json"] as const, "md", "format");
        const document = readDocument(io, file);
        const rows = deriveIsmsSoa(document);
        const text =
          format === "csv"
            ? renderSoaCsv(rows)
            : format === "md"
              ? renderSoaMarkdown(rows)
              : format === "html"
                ? renderSoaHtml(rows, { organisation: document.organisation.name, generatedOn: io.today() })
                : JSON.stringify(rows, null, 2);
        output(io, values.out, text);
        return 0;
      }
      case "risks": {
        const format = choice(values.format, ["csv", "md", "html", "json"] as const, "md", "format");
        const document = readDocument(io, file);
        const text =
          format === "csv"
            ? renderRiskRegisterCsv(document)
            : format === "md"
              ? renderRiskRegisterMarkdown(document)
              : format === "html"
                ? renderRiskRegisterHtml(document, { generatedOn: io.today() })
                : JSON.stringify(document.risks, null, 2);
        output(io, values.out, text);
        return 0;
      }
      case "heatmap": {
        const layer = choice(values.layer, ["inherent", "current", "target", "residual"] as const, "residual", "layer");
        const document = readDocument(io, file);
        output(io, values.out, renderHeatMapSvg(heatMapForDocument(document, layer)));
        return 0;
      }
      case "report": {
        if (!values.out) throw new CliFailure("report needs --out DIR.", 2);
        const asOf = values["as-of"] ?? io.today();
        if (!isIsoDate(asOf)) throw new CliFailure(`--as-of must be a date YYYY-MM-DD (got "${asOf}").`, 2);
        const document = readDocument(io, file);
        const files = renderIsmsReport(document, { asOf });
        const dir = values.out.replace(/\/+$/, "");
        io.writeFiles(new Map([...files].map(([name, content]) => [`${dir}/${name}`, content])));
        io.stdout(`Wrote ${files.size} files to ${dir}/: ${[...files.keys()].join(", ")}\n`);
        return 0;
      }
      case "oscal": {
        const model = choice(values.model, OSCAL_MODELS, "catalog" as OscalModel, "model");
        if (values.catalogue !== undefined && model !== "catalog") throw new CliFailure("--catalogue applies to --model catalog only.", 2);
        const document = readDocument(io, file);
        const catalogue = values.catalogue;
        if (catalogue !== undefined) {
          const known = [...BUILT_IN_CATALOGUES, ...document.catalogues.map((found) => found.id as string)];
          if (!known.includes(catalogue)) throw new CliFailure(`Unknown catalogue "${catalogue}": use one of ${known.join(", ")}.`, 2);
        }
        const asOf = values["as-of"] ?? io.now();
        const exported = safeExportOscal(document, model, catalogue === undefined ? { asOf } : { asOf, catalogue });
        if (!exported.ok) {
          // The document is readable but cannot give this model, e.g. a profile with no
          // applicable control yet: a problem of the document, not of the command line.
          const refusal = exported.error[0]!;
          const hint = model === "profile" ? ` Record applicable controls in the SoA first (isms validate ${file} lists the undecided ones).` : "";
          throw new CliFailure(`${file}: cannot export the OSCAL ${model}: ${refusal.message}${refusal.code === "invalid_argument" ? hint : ""}`, refusal.code === "invalid_argument" ? 1 : 2);
        }
        output(io, values.out, `${JSON.stringify(exported.value, null, 2)}\n`);
        return 0;
      }
      case "import-catalog": {
        if (!values.out) throw new CliFailure("import-catalog needs --out FILE.", 2);
        const json = readJson(io, file, "OSCAL catalog");
        const imported = importCatalog(json, values.id === undefined ? {} : { id: values.id });
        if (!imported.ok) {
          throw new CliFailure(`${file} could not be imported:\n${imported.error.map((found) => `  ${formatIssue(found)}`).join("\n")}`, 1);
        }
        io.writeFiles(new Map([[values.out, `${JSON.stringify(imported.value, null, 2)}\n`]]));
        io.stdout(`Wrote ${values.out}: catalogue "${imported.value.id}" with ${imported.value.controls.length} controls.\n`);
        return 0;
      }
      case "schema": {
        if (file) throw new CliFailure(`Unexpected argument "${file}".`, 2);
        output(io, values.out, `${JSON.stringify(ismsJsonSchema(), null, 2)}\n`);
        return 0;
      }
      default:
        throw new CliFailure(`Unknown command "${command}". Run isms --help for usage.`, 2);
    }
  } catch (error) {
    const failure = error instanceof CliFailure ? error : new CliFailure(`isms: ${(error as Error).message}`, 2, undefined, "failed");
    io.stderr(`${failure.message}\n`);
    if (command === "validate" && values.json) printJsonFailure(io, file, failure);
    return failure.exitCode;
  }
}

/** `validate --json` when the document could not be checked: the same shape as a result, `valid: false`. */
function printJsonFailure(io: CliIo, file: string | undefined, failure: CliFailure): void {
  const issues: readonly JsonIssue[] = failure.issues ?? [{ code: failure.code, severity: "error", message: failure.message, path: [] }];
  io.stdout(`${JSON.stringify({ valid: false, file: file ?? null, errors: issues.length, warnings: 0, issues }, null, 2)}\n`);
}

