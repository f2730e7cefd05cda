import { diffIsms, isIsoDate, type IsmsDocument } from "../index.js";
import { renderIsmsDiffMarkdown } from "../report/index.js";
import { CliFailure } from "./failure.js";
import type { CliIo } from "./core.js";

/** What `isms diff` was asked for. */
export interface DiffRequest {
  readonly before: string | undefined;
  readonly after: string | undefined;
  readonly format: "md" | "json";
  /** `--as-of`: the day the consequences are judged on; none by default, so that the output does not change from day to day. */
  readonly asOf: string | undefined;
  readonly out: string | undefined;
}

/** Reads one side; any failure to read it is a usage error here (exit 2), as with diff(1), since exit 1 means "the documents differ". */
function side(read: (file: string) => IsmsDocument, file: string | undefined, name: string): IsmsDocument {
  if (file === undefined) throw new CliFailure(`Missing ${name}: name the two ISMS documents to compare, e.g. isms diff old.json new.json.`, 2, undefined, "missing_argument");
  try {
    return read(file);
  } catch (error) {
    if (error instanceof CliFailure && error.exitCode !== 2) throw new CliFailure(error.message, 2, error.issues, error.code);
    throw error;
  }
}

/**
 * `isms diff OLD NEW`: what changed between two documents, as Markdown (default) or JSON.
 * Exit 0 when both hold the same ISMS (the same revision), 1 when they differ, 2 on a usage
 * error or a document that cannot be read.
 */
export function runDiff(io: CliIo, request: DiffRequest, read: (file: string) => IsmsDocument): number {
  const { asOf } = request;
  if (asOf !== undefined && !isIsoDate(asOf)) throw new CliFailure(`--as-of must be a date YYYY-MM-DD (got "${asOf}").`, 2, undefined, "invalid_option");
  const before = side(read, request.before, "OLD");
  const after = side(read, request.after, "NEW");
  const diff = diffIsms(before, after, asOf === undefined ? {} : { asOf });
  const text = request.format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : renderIsmsDiffMarkdown(diff, { title: `Changes from ${request.before} to ${request.after}` });
  if (request.out !== undefined) io.writeFiles(new Map([[request.out, text]]));
  else io.stdout(text);
  return diff.equal ? 0 : 1;
}
