import { runCli, type CliIo } from "../../src/cli/run.js";

/** One run of the command: its exit code and what it printed. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A file system in a map for runCli: writes land in `files` (so that a later run reads them)
 * and are counted, so that a test can say that nothing was written.
 */
export function fakeIo(initial: Record<string, string> = {}, env: Record<string, string> = {}) {
  const files = new Map(Object.entries(initial));
  let out: string[] = [];
  let err: string[] = [];
  const writes: ReadonlyMap<string, string>[] = [];
  const io: CliIo = {
    readFile: (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    exists: (path) => files.has(path),
    writeFiles: (map) => {
      writes.push(map);
      map.forEach((content, path) => files.set(path, content));
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    today: () => "2026-11-27",
    now: () => "2026-11-27T12:00:00Z",
    env: (name) => env[name],
  };
  const run = (...args: string[]): Run => {
    out = [];
    err = [];
    const code = runCli(args, io, "0.0.0");
    return { code, stdout: out.join(""), stderr: err.join("") };
  };
  return { io, files, writes, run };
}
