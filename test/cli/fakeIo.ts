import { runCli, runCliAsync, type CliIo } from "../../src/cli/run.js";

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
  /** Binary files (workbooks): written ones land here, and a test may put one here to read. */
  const binaries = new Map<string, Uint8Array>();
  let out: string[] = [];
  let err: string[] = [];
  const writes: ReadonlyMap<string, string | Uint8Array>[] = [];
  const io: CliIo = {
    readFile: (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    readBytes: (path) => {
      const bytes = binaries.get(path) ?? (files.has(path) ? new TextEncoder().encode(files.get(path)) : undefined);
      if (bytes === undefined) throw new Error(`ENOENT: ${path}`);
      return bytes;
    },
    exists: (path) => files.has(path) || binaries.has(path),
    writeFiles: (map) => {
      writes.push(map);
      map.forEach((content, path) => {
        if (typeof content === "string") files.set(path, content);
        else binaries.set(path, content);
      });
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
  /** {@link run} for the commands that finish asynchronously (export). */
  const runAsync = async (...args: string[]): Promise<Run> => {
    out = [];
    err = [];
    const code = await runCliAsync(args, io, "0.0.0");
    return { code, stdout: out.join(""), stderr: err.join("") };
  };
  return { io, files, binaries, writes, run, runAsync };
}
