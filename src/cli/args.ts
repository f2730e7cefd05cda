import { CliFailure } from "./failure.js";
import { didYouMean } from "./nearest.js";

/**
 * How an option takes its value: a flag, one value, or a list (repeatable, and each value
 * may itself be a comma-separated list).
 */
type OptionKind = "flag" | "value" | "list";

/** Every option of every command; which ones a command accepts is in its {@link CommandSpec}. */
export const OPTION_KINDS = {
  help: "flag",
  version: "flag",
  json: "flag",
  example: "flag",
  force: "flag",
  strict: "flag",
  check: "flag",
  "as-of": "value",
  format: "value",
  layer: "value",
  out: "value",
  model: "value",
  id: "value",
  catalogue: "value",
  matrix: "value",
  only: "value",
  code: "list",
  by: "value",
  log: "value",
  "dry-run": "flag",
  "allow-errors": "flag",
  control: "list",
  theme: "list",
  "control-type": "list",
  property: "list",
  concept: "list",
  capability: "list",
  domain: "list",
  all: "flag",
  undecided: "flag",
  include: "flag",
  exclude: "flag",
  reason: "list",
  note: "value",
  status: "value",
  owner: "value",
  justification: "value",
  path: "value",
  until: "value",
  "max-string-length": "value",
  "max-items": "value",
  "max-depth": "value",
  "max-size": "value",
  from: "value",
  sheet: "value",
  kind: "value",
  map: "value",
  catalog: "list",
  "source-catalogue": "value",
  "target-catalogue": "value",
  framework: "value",
  via: "value",
} as const satisfies Record<string, OptionKind>;

export type OptionName = keyof typeof OPTION_KINDS;

const SHORT: Readonly<Record<string, OptionName>> = { h: "help", v: "version" };

/** The options given, by name: `true` for a flag, a string, or the values of a list. */
export interface ParsedOptions {
  readonly flags: ReadonlySet<OptionName>;
  readonly values: ReadonlyMap<OptionName, string>;
  readonly lists: ReadonlyMap<OptionName, readonly string[]>;
}

/** One command line split into positionals and options, before any option is checked against the command. */
export interface Tokens {
  readonly positionals: readonly string[];
  /** Each option as written (`--fromat`, `-x`), with its name when it is known. */
  readonly options: readonly { readonly written: string; readonly name?: OptionName; readonly value?: string; readonly problem?: string }[];
}

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTION_KINDS, name);
}

function looksLikeOption(text: string | undefined): boolean {
  return text !== undefined && (text.startsWith("--") || /^-[A-Za-z]$/.test(text));
}

/**
 * Splits the arguments into positionals and options. Nothing is refused yet: an unknown
 * option or a missing value is noted, so that the command, once known, can answer in its
 * own words. `--` ends the options.
 */
export function tokenize(argv: readonly string[]): Tokens {
  const positionals: string[] = [];
  const options: { written: string; name?: OptionName; value?: string; problem?: string }[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === "--") {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const equals = arg.indexOf("=");
      const written = equals < 0 ? arg : arg.slice(0, equals);
      const inline = equals < 0 ? undefined : arg.slice(equals + 1);
      const name = written.slice(2);
      if (!isOptionName(name)) {
        options.push({ written });
        continue;
      }
      if (OPTION_KINDS[name] === "flag") {
        options.push(inline === undefined ? { written, name } : { written, name, problem: `Option ${written} takes no value.` });
        continue;
      }
      if (inline !== undefined) {
        options.push({ written, name, value: inline });
        continue;
      }
      const next = argv[index + 1];
      if (next === undefined || looksLikeOption(next)) {
        options.push({ written, name, problem: `Option ${written} needs a value${next === undefined ? "" : ` (write ${written}=VALUE for a value that starts with -)`}.` });
        continue;
      }
      options.push({ written, name, value: next });
      index += 1;
      continue;
    }
    if (arg.startsWith("-") && arg.length > 1) {
      const name = arg.length === 2 ? SHORT[arg.slice(1)] : undefined;
      options.push(name === undefined ? { written: arg } : { written: arg, name });
      continue;
    }
    positionals.push(arg);
  }
  return { positionals, options };
}

function spelled(name: string): string {
  return `--${name}`;
}

/**
 * Checks the options against those the command accepts and collects their values. Refuses,
 * in the command's words, an unknown option (with the nearest one the command has), an
 * option of another command, a missing value and a value given twice.
 *
 * @param tokens - from {@link tokenize}
 * @param command - the command's name, for the messages (`isms soa`)
 * @param accepted - the options the command accepts (help and version always are)
 * @param elsewhere - which command each other option belongs to, for the message
 */
export function checkOptions(tokens: Tokens, command: string, accepted: readonly OptionName[], elsewhere: (name: OptionName) => string | undefined): ParsedOptions {
  const allowed = new Set<OptionName>([...accepted, "help", "version"]);
  const flags = new Set<OptionName>();
  const values = new Map<OptionName, string>();
  const lists = new Map<OptionName, string[]>();
  const where = command === "" ? "isms" : `isms ${command}`;
  for (const option of tokens.options) {
    if (option.name === undefined) {
      throw new CliFailure(
        `Unknown option ${option.written} for ${where}.${didYouMean(option.written.replace(/^-+/, ""), [...allowed], spelled)} Run ${where} --help for its options.`,
        2,
        undefined,
        "invalid_option",
      );
    }
    if (!allowed.has(option.name)) {
      const owner = elsewhere(option.name);
      throw new CliFailure(
        `Option ${option.written} does not apply to ${where}${owner === undefined ? "" : ` (it is an option of ${owner})`}. Run ${where} --help for its options.`,
        2,
        undefined,
        "invalid_option",
      );
    }
    if (option.problem !== undefined) throw new CliFailure(option.problem, 2, undefined, "invalid_option");
    const kind = OPTION_KINDS[option.name];
    if (kind === "flag") {
      flags.add(option.name);
    } else if (kind === "list") {
      const parts = option.value!.split(",").map((part) => part.trim()).filter((part) => part !== "");
      if (parts.length === 0) throw new CliFailure(`Option ${option.written} needs a value.`, 2, undefined, "invalid_option");
      lists.set(option.name, [...(lists.get(option.name) ?? []), ...parts]);
    } else {
      if (values.has(option.name)) throw new CliFailure(`Option ${option.written} is given twice; give it once.`, 2, undefined, "invalid_option");
      values.set(option.name, option.value!);
    }
  }
  return { flags, values, lists };
}
