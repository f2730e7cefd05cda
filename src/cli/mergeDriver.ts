import {
  formatIsms,
  ISMS_COLLECTIONS,
  ISMS_RECORD_KINDS,
  IsmsCommandSchema,
  mergeIsms,
  type IsmsCommand,
  type IsmsDocument,
  type IsmsMergeConflict,
} from "../index.js";
import type { CliIo } from "./core.js";
import { CliFailure, plural } from "./failure.js";

/** What `isms merge-driver BASE OURS THEIRS [PATH]` is given: git's `%O %A %B %P`. */
export interface MergeDriverRequest {
  readonly base: string | undefined;
  readonly ours: string | undefined;
  readonly theirs: string | undefined;
  /** The file's name in the repository, for the messages and `PATH.conflicts.json`. */
  readonly path: string | undefined;
  readonly asOf: string;
  /** Reads and parses a document, failing the way every command does. */
  readonly read: (file: string) => IsmsDocument;
}

/** How a person takes their side of one conflict: an `isms apply` command, or words when no command reaches the place. */
export interface Resolution {
  readonly command?: IsmsCommand;
  readonly byHand?: string;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value with the place at `path` (records in arrays named by id) set to `replacement`, or removed when it is `undefined`. */
export function setAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const index = value.findIndex((element: unknown) => isRecord(element) && String(element.id) === head);
    if (index < 0) return replacement === undefined || rest.length > 0 ? value : [...value, replacement];
    const next = setAt(value[index], rest, replacement);
    return next === undefined ? value.filter((_, at) => at !== index) : value.map((element: unknown, at) => (at === index ? next : element));
  }
  const record = isRecord(value) ? value : {};
  const next = setAt(record[head], rest, replacement);
  if (next !== undefined) return { ...record, [head]: next };
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== head));
}

type KindName = keyof typeof ISMS_RECORD_KINDS;

function isKindName(name: string): name is KindName {
  return Object.hasOwn(ISMS_RECORD_KINDS, name);
}

/** A record of the document by collection and key. */
function recordOf(document: IsmsDocument, collection: KindName, key: string): Readonly<Record<string, unknown>> | undefined {
  const kind = ISMS_RECORD_KINDS[collection];
  const holder: unknown = "parent" in kind ? Reflect.get(document, kind.parent.field) : document;
  const records: unknown = isRecord(holder) ? holder[collection] : undefined;
  if (!Array.isArray(records)) return undefined;
  const keyFields: readonly string[] = kind.key;
  return records.find((record: unknown): record is Readonly<Record<string, unknown>> => isRecord(record) && keyFields.map((field) => String(record[field])).join("@") === key);
}

/** Where a conflict is, for a person: `risks R-12: ratings.residual` or `organisation.name`. */
export function placeOf(conflict: IsmsMergeConflict): string {
  if (conflict.collection === undefined || conflict.key === undefined) return conflict.path.join(".");
  const collection = conflict.collection;
  const depth = isKindName(collection) && "parent" in ISMS_RECORD_KINDS[collection] ? 3 : 2;
  const inside = conflict.path.slice(depth).join(".");
  return `${collection} ${conflict.key}${inside === "" ? " (the whole record)" : `: ${inside}`}`;
}

/** A command when it is one `isms apply` accepts. */
function checked(command: unknown): Resolution | undefined {
  return IsmsCommandSchema.safeParse(command).success ? { command: command as IsmsCommand } : undefined;
}

/** The frame's fields that a command sets, and how. */
function frameCommand(field: string, value: unknown, inner: readonly string[]): unknown {
  if (!isRecord(value)) return undefined;
  switch (field) {
    case "organisation": {
      const changed = inner[0];
      return changed !== undefined && value[changed] !== undefined ? { type: "organisation.update", patch: { [changed]: value[changed] } } : undefined;
    }
    case "scope":
      return { type: "scope.set", scope: value };
    case "certification":
      return { type: "certification.set", certification: value };
    case "auditProgramme":
      return { type: "auditProgramme.set", programme: Object.fromEntries(Object.entries(value).filter(([key]) => key !== "audits")) };
    default:
      return undefined;
  }
}

/**
 * The `isms apply` command that replaces, in the merged document, our value of a conflict by
 * theirs: `entity.update` of the record's top-level field (its other parts as merged),
 * `entity.add` or `entity.remove` for a whole record, or the frame's own commands. Append-only
 * records, collections without entity commands and frame fields without a command are
 * edited by hand.
 */
export function resolutionOf(conflict: IsmsMergeConflict, merged: IsmsDocument): Resolution {
  const place = placeOf(conflict);
  const byHand = {
    byHand: `no command reaches ${place}: edit it in the file${conflict.theirs === undefined ? " (remove it)" : ""} to take theirs, then run isms fmt.`,
  };
  const { collection, key, theirs } = conflict;
  if (collection !== undefined) {
    if (key === undefined || !isKindName(collection) || !(ISMS_COLLECTIONS as readonly string[]).includes(collection)) return byHand;
    const kind = ISMS_RECORD_KINDS[collection];
    if (kind.appendOnly) return { byHand: `${place} is an append-only record, which no command changes: edit it in the file to take theirs, then run isms fmt.` };
    const inside = conflict.path.slice("parent" in kind ? 3 : 2);
    const current = recordOf(merged, collection, key);
    const [field, ...inner] = inside;
    let command: unknown;
    if (field === undefined) {
      if (theirs === undefined) command = { type: "entity.remove", collection, id: key };
      else if (current === undefined) command = { type: "entity.add", collection, value: theirs };
      else {
        const unset = Object.keys(current).filter((name) => !isRecord(theirs) || !Object.hasOwn(theirs, name));
        command = { type: "entity.update", collection, id: key, patch: theirs, ...(unset.length === 0 ? {} : { unset }) };
      }
    } else if (current !== undefined) {
      const value = setAt(current[field], inner, theirs);
      command = value === undefined ? { type: "entity.update", collection, id: key, patch: {}, unset: [field] } : { type: "entity.update", collection, id: key, patch: { [field]: value } };
    }
    return checked(command) ?? byHand;
  }
  const [field, ...inner] = conflict.path;
  if (field === undefined) return byHand;
  const value = setAt(Reflect.get(merged, field), inner, theirs);
  return checked(frameCommand(field, value, inner)) ?? byHand;
}

/** A value on one line, cut when long. */
function shown(value: unknown): string {
  if (value === undefined) return "(absent)";
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** Reads one of the three versions; a file that is not a valid document fails with exit 2, so that git marks the file conflicted. */
function readVersion(request: MergeDriverRequest, file: string | undefined, which: string): IsmsDocument {
  if (file === undefined) throw new CliFailure(`Missing ${which}: isms merge-driver %O %A %B [%P] (the base, our and their versions, and the file name, as git gives them).`, 2, undefined, "missing_argument");
  try {
    return request.read(file);
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    throw new CliFailure(`isms merge-driver: ${which} ${error.message}\nNothing merged: git leaves ${request.path ?? "the file"} conflicted.`, 2, error.issues, error.code);
  }
}

/**
 * `isms merge-driver BASE OURS THEIRS [PATH]`, git's merge driver (`%O %A %B %P`): merges the
 * three versions with {@link mergeIsms} and writes the result, formatted, to OURS. Exit 0
 * when the merge is clean; 1 when there are conflicts (the file holds our side of each), each
 * listed on standard error with the three values and the `isms apply` command that takes
 * theirs, which also go to `PATH.conflicts.json` when PATH is given; 2 when a version is not a
 * valid document (nothing written).
 */
export function runMergeDriver(io: CliIo, request: MergeDriverRequest): number {
  const base = readVersion(request, request.base, "BASE");
  const ours = readVersion(request, request.ours, "OURS");
  const theirs = readVersion(request, request.theirs, "THEIRS");
  const target = request.ours!;
  const name = request.path ?? target;
  const result = mergeIsms(base, ours, theirs, { asOf: request.asOf });
  const formatted = safeFormat(result.document);
  const errors = result.issues.filter((found) => found.severity === "error").length;
  const files = new Map<string, string>([[target, formatted ?? `${JSON.stringify(result.document, null, 2)}\n`]]);
  if (result.clean && formatted !== undefined) {
    io.writeFiles(files);
    io.stdout(`isms merge-driver: merged ${name} without conflict.\n`);
    if (errors > 0) io.stderr(`The merged ${name} has ${plural(errors, "validation error")}: run isms validate ${name}.\n`);
    return 0;
  }
  if (formatted === undefined) {
    // Two changes that are fine apart broke the schema together: nothing is lost, the person fixes the file.
    const problems = result.issues.slice(0, 20).map((found) => `  ${found.path.join(".")}: ${found.message} [${found.code}]`);
    io.stderr(`isms merge-driver: the changes of both sides, merged, do not make a valid document; ${name} holds them as merged:\n${problems.join("\n")}\nFix them, run isms fmt ${name}, then git add ${name}.\n`);
    if (result.clean) {
      io.writeFiles(files);
      return 1;
    }
  }
  const resolutions = result.conflicts.map((conflict) => resolutionOf(conflict, result.document));
  const commands = resolutions.flatMap((resolution) => (resolution.command === undefined ? [] : [resolution.command]));
  const conflictsFile = request.path === undefined ? undefined : `${request.path}.conflicts.json`;
  if (conflictsFile !== undefined && commands.length > 0) files.set(conflictsFile, `${JSON.stringify(commands, null, 2)}\n`);
  io.writeFiles(files);
  const lines = [`isms merge-driver: ${plural(result.conflicts.length, "conflict")} in ${name}; the file holds our side of each.`];
  result.conflicts.forEach((conflict, index) => {
    const resolution = resolutions[index]!;
    lines.push(
      `CONFLICT (${conflict.kind.replaceAll("_", " ")}) ${placeOf(conflict)}`,
      `  base:   ${shown(conflict.base)}`,
      `  ours:   ${shown(conflict.ours)} (in the file)`,
      `  theirs: ${shown(conflict.theirs)}`,
      resolution.command === undefined ? `  to take theirs: ${resolution.byHand}` : `  to take theirs: ${JSON.stringify(resolution.command)}`,
    );
  });
  if (commands.length > 0) {
    lines.push(
      conflictsFile === undefined
        ? `To take theirs, put the commands you want in a JSON array in a file and run isms apply ${name} FILE.`
        : `The commands that take theirs are in ${conflictsFile}: keep those you want (each command sets a whole field, so take one per field), run isms apply ${name} ${conflictsFile}, then git add ${name}.`,
    );
  } else {
    lines.push(`Edit ${name} where theirs should win, run isms fmt ${name}, then git add ${name}.`);
  }
  if (errors > 0) lines.push(`The merged ${name} has ${plural(errors, "validation error")}: run isms validate ${name}.`);
  io.stderr(`${lines.join("\n")}\n`);
  return 1;
}

/** The canonical text, or `undefined` when the merge broke the schema (then the merged value is written as it is). */
function safeFormat(document: IsmsDocument): string | undefined {
  try {
    return formatIsms(document);
  } catch {
    return undefined;
  }
}
