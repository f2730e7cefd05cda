import { basename } from "node:path";
import { frameworkCoverage, type IsmsDocument, type IsmsIssue } from "../index.js";
import { importMappingCollection, importProfile } from "../oscal/index.js";
import { renderCoverageCsv, renderCoverageMarkdown } from "../report/index.js";
import type { ParsedOptions } from "./args.js";
import { CliFailure, plural } from "./failure.js";
import { formatIssue } from "./issues.js";
import { readJson } from "./json.js";
import { didYouMean } from "./nearest.js";
import type { CliIo } from "./core.js";

/** What the framework commands need from the command runner (run.ts keeps the shared helpers). */
export interface FrameworkCommandKit {
  readonly io: CliIo;
  readonly options: ParsedOptions;
  /** The command's one positional argument. */
  readonly file: string | undefined;
  /** Writes to --out, or prints. */
  readonly output: (out: string | undefined, text: string) => void;
}

/** What `isms coverage` needs besides the kit: the document read with its limits, the date and the draft check. */
export interface CoverageKit extends FrameworkCommandKit {
  readonly document: IsmsDocument;
  readonly asOf: string;
  readonly format: "md" | "json" | "csv";
  readonly draft: { readonly errorCount: number; readonly notify: () => void };
}

function printWarnings(io: CliIo, warnings: readonly IsmsIssue[]): void {
  if (warnings.length === 0) return;
  io.stderr(`${plural(warnings.length, "warning")}:\n${warnings.map((found) => `  ${formatIssue(found)}`).join("\n")}\n`);
}

/** A field of a parsed JSON object, or `undefined`. */
function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.getOwnPropertyDescriptor(value, name)?.value : undefined;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * `isms import-profile PROFILE --catalog CATALOG [--catalog …] --id ID [--out FILE]`: resolves
 * an OSCAL profile against the catalogs given and writes the baseline as a custom catalogue.
 * An import href finds the --catalog file with the same file name; with a single --catalog,
 * every href finds it.
 */
export function importProfileCommand(kit: FrameworkCommandKit): number {
  const { io, options, file } = kit;
  const id = options.values.get("id");
  if (!id) throw new CliFailure("import-profile needs --id ID: the id of the catalogue it writes, e.g. sp800-53-low.", 2, undefined, "missing_argument");
  const files = options.lists.get("catalog") ?? [];
  if (files.length === 0) throw new CliFailure("import-profile needs --catalog FILE: the OSCAL catalog the profile selects from.", 2, undefined, "missing_argument");
  const profile = readJson(io, file, "OSCAL profile");
  const catalogs = new Map(files.map((path) => [basename(path), readJson(io, path, "OSCAL catalog")]));
  const only = files.length === 1 ? catalogs.get(basename(files[0]!)) : undefined;
  const catalogOf = (href: string): unknown => catalogs.get(basename(href.replace(/[?#].*$/u, ""))) ?? only;
  const imported = importProfile(profile, catalogOf, { id });
  printWarnings(io, imported.warnings);
  if (!imported.ok) {
    throw new CliFailure(`${file} could not be imported:\n${imported.error.map((found) => `  ${formatIssue(found)}`).join("\n")}`, 1, undefined, "import_failed");
  }
  const out = options.values.get("out");
  kit.output(out, json(imported.value));
  const what = `atalogue "${imported.value.id}" with ${plural(imported.value.controls.length, "control")}.\n`;
  // Without --out the catalogue is on standard output, so the note goes to standard error.
  if (out) io.stdout(`Wrote ${out}: c${what}`);
  else io.stderr(`C${what}`);
  return 0;
}

/**
 * `isms import-mapping MAPPING --source-catalogue ID --target-catalogue ID [--out FILE]`:
 * reads an OSCAL mapping collection into control mappings (a JSON array). Every mapping of
 * the collection maps from the source catalogue to the target one; without the options, the
 * catalogues are those the collection names (the ISMS `catalogue-id` props).
 */
export function importMappingCommand(kit: FrameworkCommandKit): number {
  const { io, options, file } = kit;
  const source = options.values.get("source-catalogue");
  const target = options.values.get("target-catalogue");
  if ((source === undefined) !== (target === undefined)) {
    throw new CliFailure("import-mapping needs both --source-catalogue and --target-catalogue, or neither.", 2, undefined, "missing_argument");
  }
  const collection = readJson(io, file, "OSCAL mapping collection");
  const hrefs = new Map<string, string>();
  if (source !== undefined && target !== undefined) {
    const mappings = field(field(collection, "mapping-collection"), "mappings");
    for (const mapping of Array.isArray(mappings) ? mappings : []) {
      for (const [side, id] of [
        ["source-resource", source],
        ["target-resource", target],
      ] as const) {
        const href = field(field(mapping, side), "href");
        if (typeof href === "string") hrefs.set(href, id);
      }
    }
  }
  const imported = importMappingCollection(collection, hrefs.size === 0 ? {} : { catalogueOf: (href) => hrefs.get(href) });
  printWarnings(io, imported.warnings);
  if (!imported.ok) {
    throw new CliFailure(`${file} could not be imported:\n${imported.error.map((found) => `  ${formatIssue(found)}`).join("\n")}`, 1, undefined, "import_failed");
  }
  const out = options.values.get("out");
  kit.output(out, json(imported.value));
  const entries = imported.value.reduce((sum, mapping) => sum + mapping.entries.length, 0);
  const what = `${plural(imported.value.length, "control mapping")} with ${plural(entries, "entry", "entries")}.\n`;
  if (out) io.stdout(`Wrote ${out}: ${what}`);
  else io.stderr(what);
  return 0;
}

/** `isms coverage FILE --framework ID [--via annex-a] [--as-of DATE] [--format md|json|csv] [--out FILE]`. */
export function coverageCommand(kit: CoverageKit): number {
  const { document, options } = kit;
  const framework = options.values.get("framework");
  if (!framework) throw new CliFailure("coverage needs --framework ID: the catalogue whose coverage to show.", 2, undefined, "missing_argument");
  const via = options.values.get("via") ?? "annex-a";
  const known: string[] = ["annex-a", "annex-a-2013", ...document.catalogues.map((catalogue) => catalogue.id)];
  for (const id of [framework, via]) {
    if (!known.includes(id)) throw new CliFailure(`Unknown catalogue "${id}": the document holds ${known.join(", ")}.${didYouMean(id, known)}`, 2, undefined, "invalid_option");
  }
  const coverage = frameworkCoverage(document, framework, { asOf: kit.asOf, via });
  const text =
    kit.format === "csv" ? renderCoverageCsv(coverage) : kit.format === "json" ? json(coverage) : renderCoverageMarkdown(coverage, { errorCount: kit.draft.errorCount });
  kit.output(options.values.get("out"), text);
  if ((document.mappings ?? []).length === 0) kit.io.stderr(`${kit.file} holds no control mappings: nothing can be covered. Add them with isms apply (entity.add on mappings).\n`);
  kit.draft.notify();
  return 0;
}
