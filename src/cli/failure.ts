/** One problem as `validate --json` prints it. */
export interface JsonIssue {
  readonly code: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly path: readonly (string | number)[];
}

/** A failure the command explains in its own words, with the exit code it ends with. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** The failure as issues, for `--json`; one issue with `code` and the message when absent. */
    readonly issues?: readonly JsonIssue[],
    readonly code = "usage_error",
  ) {
    super(message);
  }
}

/** `1 validation error`, `3 validation errors`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** The first `limit` items joined with ", ", and "… and N more" for the rest. */
export function listCut(items: readonly string[], limit: number): string {
  if (items.length <= limit) return items.join(", ");
  return `${items.slice(0, limit).join(", ")}, … and ${items.length - limit} more`;
}
