import { dispatch, validate, type CliIo } from "./core.js";

/**
 * `runCliAsync` of run.ts for `isms validate` alone: the same dispatch (options, `--help`,
 * `--version`, failures) with only the validate command, so that the command a pipeline runs
 * most does not load the renderers, OSCAL and the example organisation. main.ts takes it
 * when the first word of the command line is `validate`.
 */
export async function runCliAsync(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  return dispatch(argv, io, version, true, { now: { validate }, later: {} });
}
