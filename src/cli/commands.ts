import type { OptionName } from "./args.js";

/** One option as a command's help shows it. */
interface OptionHelp {
  readonly name: OptionName;
  /** How it is written, e.g. `--format csv|md|html|json`. */
  readonly label: string;
  /** One line. */
  readonly text: string;
}

/** What a command takes and how its help reads. */
export interface CommandSpec {
  readonly name: string;
  /** The arguments after the command's name in its usage line. */
  readonly args: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** A few lines more for the command's own help, when there is more to say. */
  readonly details?: string;
  readonly options: readonly OptionHelp[];
  readonly example: string;
}

const out = (what: string): OptionHelp => ({ name: "out", label: "--out FILE", text: `write ${what} to FILE instead of standard output` });
const strict: OptionHelp = { name: "strict", label: "--strict", text: "exit 1 and write nothing when the document has validation errors" };
const asOfDate = (what: string): OptionHelp => ({ name: "as-of", label: "--as-of DATE", text: `${what} as of DATE (YYYY-MM-DD; default today)` });
const by: OptionHelp = { name: "by", label: "--by NAME", text: "who makes the change, for the change log (default: $ISMS_ACTOR)" };
const log: OptionHelp = { name: "log", label: "--log FILE", text: "append each change-log entry to FILE, one JSON object a line (JSON Lines)" };
const dryRun: OptionHelp = { name: "dry-run", label: "--dry-run", text: "print what would change; write nothing" };
const allowErrors: OptionHelp = { name: "allow-errors", label: "--allow-errors", text: "write even when the change adds validation errors (they are listed)" };

const DRAFT =
  "On a document with validation errors the output is still written, as a draft: a notice on\nstandard error says so (exit 0). With --strict the command writes nothing and exits 1.";

const EDIT =
  "The document is written only when every change is accepted and the result has no validation\nerror that the document did not have before; otherwise nothing is written (exit 1). The\ndocument and the log are written together. Each change is stamped with --by (or $ISMS_ACTOR)\nand the current time.";

/** The input limits every command that reads a document takes (see DEFAULT_ISMS_LIMITS). */
const LIMITS: readonly OptionHelp[] = [
  { name: "max-string-length", label: "--max-string-length N", text: "refuse a document with a longer string (default 100000 characters)" },
  { name: "max-items", label: "--max-items N", text: "refuse a document with more items in one list (default 1000000)" },
  { name: "max-depth", label: "--max-depth N", text: "refuse a document nested deeper (default 64)" },
  { name: "max-size", label: "--max-size N", text: "refuse a document larger than N characters of compact JSON (default 256 MiB)" },
];

/** The commands that read an ISMS document, and so take {@link LIMITS}. */
const READS_DOCUMENT = new Set(["validate", "decide", "apply", "acknowledge", "import", "export", "soa", "risks", "heatmap", "report", "oscal", "diff", "coverage"]);

const SPECS: readonly CommandSpec[] = [
  {
    name: "init",
    args: "[FILE]",
    summary: "write a starter ISMS document (default isms.json)",
    options: [
      { name: "matrix", label: "--matrix 3x3|4x4|5x5", text: "the starter's risk matrix preset (default 5x5)" },
      { name: "example", label: "--example", text: "write the example organisation instead" },
      { name: "force", label: "--force", text: "overwrite an existing file" },
    ],
    example: "isms init isms.json --matrix 4x4",
  },
  {
    name: "validate",
    args: "FILE",
    summary: "check a document; exit 1 on errors, 0 with warnings only",
    details:
      "Issues of one code that occur more than once are shown on one line, with their count and\nwhere they are. The filters choose what is shown, not the exit code: it is 1 whenever the\nwhole document has errors. --json prints every issue the filters keep, each with its message;\nits counts of errors, warnings and acknowledged warnings cover the whole document.",
    options: [
      { name: "json", label: "--json", text: "print one JSON object, also when the file is missing, not JSON or not an ISMS document" },
      asOfDate("judge dates"),
      { name: "only", label: "--only errors|warnings|acknowledged|notes", text: "show only issues of that kind (acknowledged: warnings someone accepted)" },
      { name: "code", label: "--code CODE[,CODE]", text: "show only issues with these codes (repeatable; a code no issue has shows nothing)" },
    ],
    example: "isms validate isms.json --only errors --code undecided_control",
  },
  {
    name: "decide",
    args: "FILE [CONTROL...]",
    summary: "record applicability decisions: include or exclude controls in the SoA",
    details:
      "Choose the controls by id (5.1, annex-a:5.1, or a custom catalogue's ref), by theme or by\nISO/IEC 27002 attributes (values of one option: any of them; different options: all of them),\nor --all; --undecided keeps only controls with no decision yet. Then --include with a\n--reason, or --exclude with a --justification. A control that has a decision gets it updated\n(reasons are added to those it has); one without gets a new one.\n" +
      EDIT,
    options: [
      { name: "control", label: "--control ID[,ID]", text: "controls by id or ref, like the CONTROL arguments (repeatable)" },
      { name: "theme", label: "--theme THEME[,THEME]", text: "Annex A controls of a theme: Organizational, People, Physical, Technological" },
      { name: "control-type", label: "--control-type TYPE", text: "by control type: Preventive, Detective, Corrective" },
      { name: "property", label: "--property PROPERTY", text: "by security property: Confidentiality, Integrity, Availability" },
      { name: "concept", label: "--concept CONCEPT", text: "by cybersecurity concept: Identify, Protect, Detect, Respond, Recover" },
      { name: "capability", label: "--capability CAPABILITY", text: "by operational capability, e.g. Governance, Asset_management, Continuity" },
      { name: "domain", label: "--domain DOMAIN", text: "by security domain: Governance_and_Ecosystem, Protection, Defence, Resilience" },
      { name: "all", label: "--all", text: "every control of every catalogue in scope" },
      { name: "undecided", label: "--undecided", text: "only controls with no decision yet (alone: all of them)" },
      { name: "include", label: "--include", text: "the controls apply (6.1.3 d); give --reason" },
      {
        name: "reason",
        label: "--reason KIND[,KIND]",
        text: "why: risk_treatment, legal, statutory, regulatory, contractual, business, best_practice",
      },
      { name: "note", label: "--note TEXT", text: "with --include: the organisation's words for the reasons given" },
      {
        name: "status",
        label: "--status STATUS",
        text: "with --include: not_started, planned, partially_implemented, implemented, not_implemented",
      },
      { name: "owner", label: "--owner NAME", text: "with --include: who is responsible for the controls" },
      { name: "exclude", label: "--exclude", text: "the controls do not apply; give --justification" },
      { name: "justification", label: "--justification TEXT", text: "with --exclude: why the controls do not apply (required)" },
      by,
      log,
      dryRun,
      allowErrors,
    ],
    example: 'isms decide isms.json --theme Physical --exclude --justification "Fully remote: no premises" --by CISO',
  },
  {
    name: "apply",
    args: "FILE COMMANDS.json",
    summary: "apply changes (a JSON array of IsmsCommand objects, or one) to the document",
    details: `The commands are applied in order, all or none.\n${EDIT}`,
    options: [by, log, dryRun, allowErrors],
    example: "isms apply isms.json changes.json --by CISO --log isms.log.jsonl",
  },
  {
    name: "acknowledge",
    args: "FILE",
    summary: "acknowledge a known warning, so that validate reports it as acknowledged",
    details:
      "The acknowledgement is kept in the document (who, when, why, until when). Until it expires,\nvalidate shows the warning as acknowledged and does not count it as a warning; then the\nwarning is back. Errors cannot be acknowledged. Without --path it covers every warning of the\ncode. Acknowledgements that match nothing are reported, so they do not pile up.\n" +
      EDIT,
    options: [
      { name: "code", label: "--code CODE", text: "the code of the warning (required), e.g. missing_scope" },
      { name: "path", label: "--path PATH", text: "where the warning is, as validate prints it, e.g. methodologies[0].matrix" },
      { name: "justification", label: "--justification TEXT", text: "why the warning is accepted (required)" },
      { name: "until", label: "--until DATE", text: "the last day the acknowledgement holds (YYYY-MM-DD; default: no expiry)" },
      { name: "id", label: "--id ID", text: "the acknowledgement's id (default ACK-1, ACK-2, …)" },
      by,
      log,
      dryRun,
    ],
    example: 'isms acknowledge isms.json --code missing_scope --justification "Scope goes to the board in January" --until 2027-01-31 --by CISO',
  },
  {
    name: "import",
    args: "FILE",
    summary: "bring a spreadsheet in: an SoA, a risk register, an asset inventory or treatment actions",
    details:
      "Reads an .xlsx workbook or a .csv file (comma, semicolon or tab; UTF-8 or Windows-1252),\nfinds the header row, recognises the columns and maps each row onto a change of the\ndocument, traced to its sheet and row. Rows match existing entities by their id (an SoA row\nby its control), so importing the same file twice changes nothing the second time. Columns\nthat map to no field are kept in the entity's custom fields. An import with a problem in any\nrow writes nothing and lists every problem with its sheet, row and column (exit 1).\n" +
      EDIT,
    options: [
      { name: "from", label: "--from SHEET.xlsx|.csv", text: "the spreadsheet to import (required)" },
      { name: "sheet", label: "--sheet NAME", text: "the workbook's sheet (default: the one whose headers fit best)" },
      { name: "kind", label: "--kind soa|risks|assets|actions|suppliers", text: "what the rows are (default: recognised from the headers)" },
      { name: "map", label: "--map MAP.json", text: "a mapping file: headers, values and date order the recognition does not know" },
      asOfDate("date ratings and reviews that the sheet leaves undated"),
      by,
      log,
      dryRun,
      allowErrors,
    ],
    example: "isms import isms.json --from soa.xlsx --kind soa --dry-run --by CISO",
  },
  {
    name: "export",
    args: "FILE",
    summary: "write the ISMS as one workbook for people: summary, SoA, risk register, treatment plan, assets",
    details:
      "Labels, not keys; a styled and frozen header row with filters; lists to pick enumerated\nvalues from; cells that a spreadsheet would read as a formula are written as text. Importing\nthe workbook into the same document changes nothing.",
    options: [
      { name: "format", label: "--format xlsx", text: "the output format (xlsx, the default and only one)" },
      { name: "out", label: "--out FILE.xlsx", text: "the workbook to write (required)" },
      asOfDate("count overdue actions in the summary"),
    ],
    example: "isms export isms.json --format xlsx --out isms.xlsx",
  },
  {
    name: "soa",
    args: "FILE",
    summary: "the Statement of Applicability",
    details: DRAFT,
    options: [
      { name: "format", label: "--format csv|md|html|json", text: "the output format (default md)" },
      out("the SoA"),
      asOfDate("judge the SoA and the document"),
      strict,
    ],
    example: "isms soa isms.json --format html --out soa.html",
  },
  {
    name: "risks",
    args: "FILE",
    summary: "the risk register",
    details: DRAFT,
    options: [
      { name: "format", label: "--format csv|md|html|json", text: "the output format (default md)" },
      out("the register"),
      asOfDate("judge the document"),
      strict,
    ],
    example: "isms risks isms.json --format csv --out risks.csv",
  },
  {
    name: "heatmap",
    args: "FILE",
    summary: "an SVG heat map of the risks",
    details: DRAFT,
    options: [
      { name: "layer", label: "--layer inherent|current|target|residual", text: "which rating to place (default residual)" },
      out("the SVG"),
      asOfDate("judge the document"),
      strict,
    ],
    example: "isms heatmap isms.json --layer inherent --out inherent.svg",
  },
  {
    name: "report",
    args: "FILE --out DIR",
    summary: "every report into DIR (summary.html, soa.*, risks.*, heat maps, …)",
    details: DRAFT,
    options: [{ name: "out", label: "--out DIR", text: "the folder to write into (required)" }, asOfDate("judge overdue items and the document"), strict],
    example: "isms report isms.json --out reports/",
  },
  {
    name: "oscal",
    args: "FILE --model M",
    summary: "OSCAL 1.2 JSON: catalog, profile, ssp, assessment-results, poam or mapping",
    details: DRAFT,
    options: [
      { name: "model", label: "--model M", text: "catalog (default), profile, ssp, assessment-results, poam or mapping" },
      { name: "catalogue", label: "--catalogue ID", text: "with --model catalog: annex-a, annex-a-2013, clauses or a custom catalogue" },
      { name: "as-of", label: "--as-of DATETIME", text: "timestamp written into the model; its date judges the document (default now)" },
      out("the model"),
      strict,
    ],
    example: "isms oscal isms.json --model ssp --out ssp.json",
  },
  {
    name: "import-catalog",
    args: "FILE --out OUT",
    summary: "read an OSCAL catalog and write it as a custom catalogue",
    options: [
      { name: "out", label: "--out OUT", text: "the file to write the custom catalogue to (required)" },
      { name: "id", label: "--id ID", text: "catalogue id (default derived from the title)" },
    ],
    example: "isms import-catalog nist-800-53.json --out sp800-53.json --id sp800-53",
  },
  {
    name: "diff",
    args: "OLD NEW",
    summary: "what changed between two documents: entities, fields and their consequences",
    details:
      "Compares by meaning: entities by key, field by field; the order of records that means nothing\nis no change. The consequences come first: levels of risk that moved, SoA rows that changed,\nacceptances that no longer hold, the PDCA phase. Exit 0 when both hold the same ISMS (the\nsame revision), 1 when they differ, 2 on wrong usage or a document that cannot be read.",
    options: [
      { name: "format", label: "--format md|json", text: "Markdown for a pull-request comment (default) or the diff as JSON" },
      { name: "as-of", label: "--as-of DATE", text: "judge SoA statuses and acceptances on DATE (YYYY-MM-DD; default: no date)" },
      out("the diff"),
    ],
    example: "isms diff last-review.json isms.json --as-of 2026-11-27 --out changes.md",
  },
  {
    name: "fmt",
    args: "FILE...",
    summary: "write documents in canonical form, so that a change to one record changes only its lines",
    details:
      "Collections whose order means nothing are sorted by key, keys in the schema's order, two-space\nJSON. Only files that change are written, all together; a file that is not a valid document\nstops the command before anything is written (exit 1).",
    options: [{ name: "check", label: "--check", text: "write nothing; list the files that are not formatted and exit 1 if there is one" }],
    example: "isms fmt --check isms.json",
  },
  {
    name: "merge-driver",
    args: "%O %A %B [%P]",
    summary: "git's merge driver: merge three versions of a document by record and field into OURS",
    details:
      'The base, our and their versions, as git names them (%O %A %B), and the file\'s name (%P).\nSet it up with git config merge.isms.driver "isms merge-driver %O %A %B %P" and the line\n"isms.json merge=isms" in .gitattributes. Writes the merged document, formatted, to %A. Exit\n0 when clean; 1 when there are conflicts: the file holds our side of each, and each is listed\non standard error with the isms apply command that takes theirs (also written to\n%P.conflicts.json when %P is given); 2 when a version is not a valid document (nothing\nwritten, git marks the file conflicted).',
    options: [asOfDate("validate the merged document")],
    example: "isms merge-driver base.json ours.json theirs.json isms.json",
  },
  {
    name: "import-profile",
    args: "PROFILE --id ID",
    summary: "read an OSCAL profile (a baseline) and write its controls as a custom catalogue",
    details: "Each import of the profile finds the --catalog file with the same file name as its href;\nwith one --catalog, every import uses it. Warnings go to standard error.",
    options: [
      { name: "catalog", label: "--catalog FILE", text: "an OSCAL catalog the profile selects from (repeatable)" },
      { name: "id", label: "--id ID", text: "the catalogue id to write, e.g. sp800-53-low (required)" },
      out("the custom catalogue"),
    ],
    example: "isms import-profile low-profile.json --catalog sp800-53-catalog.json --id sp800-53-low --out sp800-53-low.json",
  },
  {
    name: "import-mapping",
    args: "MAPPING",
    summary: "read an OSCAL mapping collection and write it as control mappings (JSON)",
    details: "Every mapping of the collection maps from --source-catalogue to --target-catalogue; without\nthem, the catalogue ids the collection itself names. Maps left out go to standard error.",
    options: [
      { name: "source-catalogue", label: "--source-catalogue ID", text: "the catalogue id of the mappings' sources, e.g. annex-a" },
      { name: "target-catalogue", label: "--target-catalogue ID", text: "the catalogue id of the mappings' targets, e.g. sp800-53-low" },
      out("the control mappings"),
    ],
    example: "isms import-mapping crosswalk.json --source-catalogue sp800-53-low --target-catalogue annex-a --out mappings.json",
  },
  {
    name: "coverage",
    args: "FILE --framework ID",
    summary: "how much of another framework the implemented Annex A controls cover",
    details: "On a document with validation errors the output is still written, as a draft (exit 0).",
    options: [
      { name: "framework", label: "--framework ID", text: "the catalogue of the framework, e.g. sp800-53-low (required)" },
      { name: "via", label: "--via ID", text: "the catalogue whose controls cover it (default annex-a)" },
      { name: "format", label: "--format md|json|csv", text: "output format (default md)" },
      asOfDate("read implementation statuses"),
      out("the coverage"),
    ],
    example: "isms coverage isms.json --framework sp800-53-low --format csv --out coverage.csv",
  },
  {
    name: "schema",
    args: "",
    summary: "print the JSON Schema of the document",
    options: [out("the schema")],
    example: "isms schema --out isms.schema.json",
  },
  {
    name: "help",
    args: "[COMMAND]",
    summary: "this help, or the options of COMMAND with an example",
    options: [],
    example: "isms help decide",
  },
];

/** Finds a command's spec by name. */
/** Every command, in the order the help lists them. */
export const COMMANDS: readonly CommandSpec[] = SPECS.map((spec) => (READS_DOCUMENT.has(spec.name) ? { ...spec, options: [...spec.options, ...LIMITS] } : spec));

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}

const column = (label: string): string => (label.length >= 31 ? `  ${label}\n${" ".repeat(34)}` : `  ${label.padEnd(32)}`);

/** The global help: every command on one line. */
export function globalHelp(): string {
  const commands = COMMANDS.map((command) => `${column(`${command.name} ${command.args}`.trimEnd())}${command.summary}`);
  return `isms — your ISO/IEC 27001:2022 ISMS as data

Usage: isms <command> [options]
       isms help <command>        a command's options, with an example

Commands:
${commands.join("\n")}

Common options:
${column("-h, --help")}this help; isms COMMAND --help for a command's
${column("-v, --version")}the version of isms

Environment:
${column("ISMS_ACTOR")}who makes changes (decide, apply, acknowledge, import) when --by is not given

Exit codes: 0 success; 1 the file is JSON but not a valid ISMS document, or the document
has validation errors (or cannot give what was asked); 2 wrong usage, or a file that is
missing, unreadable or not JSON. Nothing is written when a command fails.
Reports of a document with errors are written as drafts (exit 0) unless --strict.`;
}

/** A command's help: usage, what it does, each option on one line, and an example. */
export function commandHelp(command: CommandSpec): string {
  const options = [...command.options.map((option) => `${column(option.label)}${option.text}`), `${column("-h, --help")}this help`];
  return `Usage: isms ${command.name}${command.args === "" ? "" : ` ${command.args}`} [options]

${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.${command.details === undefined ? "" : `\n${command.details}`}

Options:
${options.join("\n")}

Example:
  ${command.example}`;
}
