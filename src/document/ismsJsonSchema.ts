import * as z from "zod";
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
 * writeFileSync("isms.schema.json", JSON.stringify(ismsJsonSchema(), null, 2));
 * ```
 */
export function ismsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(IsmsDocumentSchema, { target: "draft-2020-12", unrepresentable: "any", io: "input" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://isms.dev/schema/isms-document-1.json",
    title: "ISMS document (isms library, schemaVersion 1)",
  };
}
