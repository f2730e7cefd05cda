import * as z from "zod";

/**
 * Any value that JSON can hold.
 *
 * @category Core
 * @example
 * ```ts
 * const value: JsonValue = { tags: ["a", 1, null, true] };
 * ```
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Keys that are never accepted in free-form JSON because JavaScript engines treat them as
 * prototype links: accepting them would either pollute prototypes or lose the data.
 *
 * @category Core
 * @example
 * ```ts
 * RESERVED_KEYS.includes("__proto__"); // true
 * ```
 */
export const RESERVED_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze(["__proto__"]);

function checkJson(value: unknown, path: (string | number)[], ctx: z.RefinementCtx, depth: number): void {
  if (depth > 64) {
    ctx.addIssue({ code: "custom", message: "JSON nesting deeper than 64 levels", path, params: { isms: "json_too_deep" } });
    return;
  }
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) ctx.addIssue({ code: "custom", message: "number must be finite", path });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkJson(item, [...path, index], ctx, depth + 1));
    return;
  }
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      ctx.addIssue({ code: "custom", message: "must be a plain JSON object", path });
      return;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.includes(key)) {
        ctx.addIssue({ code: "custom", message: `key "${key}" is reserved and not accepted`, path: [...path, key] });
        continue;
      }
      checkJson((value as Record<string, unknown>)[key], [...path, key], ctx, depth + 1);
    }
    return;
  }
  ctx.addIssue({ code: "custom", message: `${typeof value} is not a JSON value`, path });
}

/**
 * Validates any JSON value and keeps it exactly as given (no key is dropped or renamed).
 * Non-finite numbers, non-plain objects, `undefined`, functions, nesting deeper than 64
 * levels and the reserved key `__proto__` are reported with their path.
 *
 * @category Core
 * @example
 * ```ts
 * JsonValueSchema.parse({ a: [1, "b"] }); // { a: [1, "b"] }
 * ```
 */
export const JsonValueSchema: z.ZodType<JsonValue> = /* @__PURE__ */ z.unknown().superRefine((value, ctx) => {
  checkJson(value, [], ctx, 0);
}) as unknown as z.ZodType<JsonValue>;

/**
 * The `custom` fields every entity may carry: an object of JSON values the library keeps
 * untouched through every command, export and round trip. (One value JSON text cannot
 * tell apart: `-0` is kept as given in memory, and `JSON.stringify` writes it as `0`.)
 *
 * @category Core
 * @example
 * ```ts
 * CustomFieldsSchema.parse({ jiraKey: "SEC-12", costEur: 4000 });
 * ```
 */
export const CustomFieldsSchema = /* @__PURE__ */ z.unknown().superRefine((value, ctx) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: "custom", message: "custom fields must be a JSON object" });
    return;
  }
  checkJson(value, [], ctx, 0);
}) as unknown as z.ZodType<{ readonly [key: string]: JsonValue }>;

/**
 * The `custom` fields: free JSON kept untouched by the library.
 *
 * @category Core
 * @example
 * ```ts
 * const custom: CustomFields = { ticket: "SEC-1", cost: 1200 };
 * const next = updateAsset(doc.assets, AssetIdSchema.parse("A-HW-PRINTER"), { custom });
 * if (next.ok) findAsset(next.value, "A-HW-PRINTER")?.custom?.ticket; // "SEC-1": kept untouched by every command
 * ```
 */
export type CustomFields = { readonly [key: string]: JsonValue };
