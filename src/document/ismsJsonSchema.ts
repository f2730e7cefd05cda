import * as z from "zod";
import { CustomFieldsSchema, JsonValueSchema } from "../core/index.js";
import { IsmsDocumentSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of {@link IsmsDocument}, generated from the zod schema, so
 * that stacks without TypeScript can validate documents too. The package ships the same
 * schema as `isms/schema.json`.
 *
 * @returns a JSON Schema object
 * @category Document
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { ismsJsonSchema } from "isms";
 *
 * writeFileSync("isms.schema.json", JSON.stringify(ismsJsonSchema(), null, 2));
 * ```
 */
export function ismsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(IsmsDocumentSchema, {
    target: "draft-2020-12",
    unrepresentable: "any",
    io: "input",
    // Free JSON is checked by a refinement that JSON Schema cannot express; say at least
    // what shape it has and that __proto__ is refused.
    override: (ctx) => {
      if (ctx.zodSchema === (CustomFieldsSchema as unknown)) {
        Object.assign(ctx.jsonSchema, { type: "object", propertyNames: { not: { const: "__proto__" } }, description: "Free JSON kept untouched by isms." });
      } else if (ctx.zodSchema === (JsonValueSchema as unknown)) {
        Object.assign(ctx.jsonSchema, { description: "Any JSON value." });
      }
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://isms.dev/schema/isms-document-1.json",
    title: "ISMS document (isms library, schemaVersion 1)",
  };
}
