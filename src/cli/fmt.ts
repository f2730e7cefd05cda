import { formatIsms, type IsmsDocument } from "../index.js";
import type { CliIo } from "./core.js";
import { CliFailure, plural } from "./failure.js";

/**
 * `isms fmt FILE... [--check]`: writes each document in its canonical form ({@link formatIsms}).
 * Every file is read and checked first; a file that is not a valid document stops the command
 * before anything is written. Only the files whose text changes are written, all together.
 * With `check` nothing is written: the files that are not formatted are listed and the exit
 * code is 1 when there is one.
 *
 * @param read - reads and parses a document, failing the way every command does
 */
export function runFmt(io: CliIo, files: readonly string[], check: boolean, read: (file: string) => IsmsDocument): number {
  if (files.length === 0) throw new CliFailure("Missing FILE: name the ISMS documents to format.", 2, undefined, "missing_argument");
  const changed = new Map<string, string>();
  for (const file of new Set(files)) {
    const document = read(file);
    const text = formatIsms(document);
    if (io.readFile(file) !== text) changed.set(file, text);
  }
  const count = new Set(files).size;
  if (check) {
    for (const file of changed.keys()) io.stdout(`${file} is not formatted: run isms fmt ${file}\n`);
    io.stdout(changed.size === 0 ? `${plural(count, "file")} formatted.\n` : `${plural(changed.size, "file")} of ${count} not formatted.\n`);
    return changed.size === 0 ? 0 : 1;
  }
  if (changed.size > 0) io.writeFiles(changed);
  for (const file of changed.keys()) io.stdout(`Formatted ${file}\n`);
  if (changed.size < count) io.stdout(`${plural(count - changed.size, "file")} already formatted.\n`);
  return 0;
}
