import { IsmsError } from "../error.js";

/**
 * What a public function throws when its own code fails: the error as it is when it is
 * already an {@link IsmsError} or a ZodError, else an `IsmsError` `invalid_argument` that
 * names the function and keeps the original as its `cause`. Public functions trust the
 * types they document (parsing belongs at the boundary, with the schemas), so such a failure
 * is an argument of another type, a programmer error (tier 3 of the error model): the caller
 * sees the library's error with a code, never a TypeError, a RangeError or a library's own
 * Error. Nothing is swallowed: the error is rethrown, only in the library's class.
 */
export function argumentError(operation: string, error: unknown): unknown {
  if (error instanceof IsmsError || isZodError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new IsmsError(
    "invalid_argument",
    `${operation} cannot work with its arguments (${reason}); pass values of the documented types, parsed with the schemas when they come from outside.`,
    undefined,
    { cause: error },
  );
}

// zod's own `instanceof ZodError` test, without importing zod: its classes carry their names
// in `_zod.traits`, so the check costs no bytes of zod in a bundle that never parses.
function isZodError(error: unknown): boolean {
  const traits = (error as { _zod?: { traits?: unknown } } | null)?._zod?.traits;
  return traits instanceof Set && traits.has("ZodError");
}
