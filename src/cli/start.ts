// The command itself, loaded by main.ts after zod is configured.
import * as z from "zod";
import { existsSync, readFileSync } from "node:fs";
import { tokenize } from "./args.js";
import { writeFilesAtomically } from "./writeFiles.js";

declare const __ISMS_VERSION__: string;

if (z.config().jitless !== true) throw new Error("zod must run without compiled fast paths here");

// A reader that stops early (`isms heatmap f | head -c 100`) closes the pipe: the next write
// fails with EPIPE. That is not an error of the command: stop writing and exit quietly with
// the command's exit code, without a stack trace.
let stdoutClosed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") {
    stdoutClosed = true;
    process.exit(process.exitCode ?? 0);
  }
  process.stderr.write(`isms: cannot write to standard output: ${error.message}\n`);
  process.exit(2);
});

// `isms validate` loads only what it needs (validateOnly.ts); every other command loads run.ts.
const argv = process.argv.slice(2);
const { runCliAsync } = firstWord(argv) === "validate" ? await import("./validateOnly.js") : await import("./run.js");

const code = await runCliAsync(argv, {
  readFile: (path) => readFileSync(path, "utf8"),
  readBytes: (path) => new Uint8Array(readFileSync(path)),
  exists: (path) => existsSync(path),
  writeFiles: writeFilesAtomically,
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
  now: () => `${new Date().toISOString().slice(0, 19)}Z`,
  env: (name) => process.env[name],
}, __ISMS_VERSION__);
process.exitCode = code;

function firstWord(args: readonly string[]): string | undefined {
  try {
    return tokenize(args).positionals[0];
  } catch {
    return undefined; // run.ts reports what is wrong with the command line
  }
}
