import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Thrown when a target cannot be written; nothing of the write is left behind. */
export class WriteRefused extends Error {}

/**
 * Writes every file or none. Every target is checked first (a target that is a folder, or
 * a parent that is a file, refuses the whole write before anything is written). Then each
 * file is written beside its target under a temporary name; then each existing target is
 * moved aside and the new file moved in. A failure at any step undoes every step before it:
 * the temporary files and the folders this write created are removed and the files moved
 * aside are put back, so the targets are as they were. Only when every file is in place are
 * the old copies removed.
 */
export function writeFilesAtomically(files: ReadonlyMap<string, string | Uint8Array>): void {
  for (const path of files.keys()) {
    if (existsSync(path) && statSync(path).isDirectory()) throw new WriteRefused(`Cannot write ${path}: a folder of that name is in the way. Nothing written.`);
    let parent = dirname(path);
    while (!existsSync(parent)) parent = dirname(parent);
    if (!statSync(parent).isDirectory()) throw new WriteRefused(`Cannot write ${path}: ${parent} is a file, not a folder. Nothing written.`);
  }
  const created: string[] = [];
  const temporary: string[] = [];
  const movedAside: [target: string, aside: string][] = [];
  const placed: string[] = [];
  try {
    for (const [path, content] of files) {
      const made = mkdirSync(dirname(path), { recursive: true });
      if (made !== undefined) created.push(made);
      writeFileSync(`${path}.isms-tmp`, content);
      temporary.push(path);
    }
    for (const path of temporary) {
      if (existsSync(path)) {
        renameSync(path, `${path}.isms-old`);
        movedAside.push([path, `${path}.isms-old`]);
      }
      renameSync(`${path}.isms-tmp`, path);
      placed.push(path);
    }
  } catch (error) {
    for (const path of placed) rmSync(path, { force: true });
    for (const [target, aside] of movedAside) renameSync(aside, target);
    for (const path of temporary) rmSync(`${path}.isms-tmp`, { force: true });
    for (const dir of created.reverse()) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  for (const [, aside] of movedAside) rmSync(aside, { force: true });
}
