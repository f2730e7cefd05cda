import * as z from "zod";
import { RESERVED_KEYS } from "../json.js";

// Every schema made by rejectReservedKeys, so that the JSON Schema export can state the rule.
const guarded = /* @__PURE__ */ new WeakSet<z.ZodType>();

/**
 * Wraps a record-shaped schema (`z.record`, `z.partialRecord`, an object with a catch-all)
 * so that a reserved key such as `__proto__` is an error with its path. zod skips such a key
 * before it looks at the key schema, so without this wrapper it would be dropped without a
 * word; strict objects already refuse it as an unrecognised key.
 */
export function rejectReservedKeys<S extends z.ZodType>(schema: S) {
  const wrapped = z.preprocess((input, ctx) => {
    if (typeof input === "object" && input !== null && !Array.isArray(input)) {
      for (const key of RESERVED_KEYS) {
        if (Object.hasOwn(input, key)) ctx.addIssue({ code: "custom", message: `key "${key}" is reserved and not accepted`, path: [key], input });
      }
    }
    return input;
  }, schema);
  guarded.add(wrapped);
  return wrapped;
}

/** Whether `schema` was made by {@link rejectReservedKeys}. */
export function rejectsReservedKeys(schema: unknown): boolean {
  return typeof schema === "object" && schema !== null && guarded.has(schema as z.ZodType);
}
