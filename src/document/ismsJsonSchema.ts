import * as z from "zod";
import { CustomFieldsSchema, JsonValueSchema } from "../core/index.js";
import { rejectsReservedKeys } from "../core/_internal/index.js";
import { IsmsDocumentSchema } from "./schema.js";

const JSON_VALUE_DEF = "IsmsJsonValue";
const JSON_VALUE_REF = `#/$defs/${JSON_VALUE_DEF}`;
const FREE_OBJECT = { type: "object", propertyNames: { not: { const: "__proto__" } }, additionalProperties: { $ref: JSON_VALUE_REF } };
const JSON_VALUE = {
  anyOf: [{ type: ["string", "number", "boolean", "null"] }, { type: "array", items: { $ref: JSON_VALUE_REF } }, FREE_OBJECT],
};

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
    // Free JSON is checked by a refinement that zod cannot translate; say what shape it has
    // and that __proto__ is refused at every depth (the 64-level limit is not expressed).
    override: (ctx) => {
      if (ctx.zodSchema === (CustomFieldsSchema as unknown)) {
        Object.assign(ctx.jsonSchema, { ...FREE_OBJECT, description: "Free JSON kept untouched by isms." });
      } else if (ctx.zodSchema === (JsonValueSchema as unknown)) {
        Object.assign(ctx.jsonSchema, { $ref: JSON_VALUE_REF, description: "Any JSON value." });
      } else if (rejectsReservedKeys(ctx.zodSchema)) {
        const notReserved = { not: { const: "__proto__" } };
        const names = ctx.jsonSchema.propertyNames;
        Object.assign(ctx.jsonSchema, { propertyNames: names === undefined ? notReserved : { allOf: [names, notReserved] } });
      }
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    $defs: { ...(schema["$defs"] as Record<string, unknown> | undefined), [JSON_VALUE_DEF]: JSON_VALUE },
    $id: "https://isms.dev/schema/isms-document-1.json",
    title: "ISMS document (isms library, schemaVersion 1)",
  };
}
