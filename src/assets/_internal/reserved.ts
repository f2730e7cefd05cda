import * as z from "zod";
import { RESERVED_KEYS } from "../../core/index.js";

/**
 * Wraps a record-like schema so that a reserved key such as `__proto__` is an error: zod's
 * records and catch-alls drop it silently, which would lose data without a word.
 */
export function rejectReservedKeys<S extends z.ZodType>(schema: S) {
  return z.preprocess((input, ctx) => {
    if (typeof input === "object" && input !== null) {
      for (const key of RESERVED_KEYS) {
        if (Object.hasOwn(input, key)) ctx.addIssue({ code: "custom", message: `key "${key}" is reserved and not accepted`, path: [key] });
      }
    }
    return input;
  }, schema);
}
