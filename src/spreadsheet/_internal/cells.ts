import type { CustomFields, JsonValue } from "../../core/index.js";
import type { WorkbookColumn, WorkbookValue } from "../sheet.js";

/** A custom value as a cell: strings as they are, any other JSON value as its JSON text. */
export function customCell(value: JsonValue | undefined): WorkbookValue {
  if (value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The custom keys the entities use, in first-seen order. */
export function customKeys(items: readonly { readonly custom?: CustomFields | undefined }[]): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const key of Object.keys(item.custom ?? {})) keys.add(key);
  return [...keys];
}

/** One `custom.<key>` column per key. */
export function customColumns(keys: readonly string[]): WorkbookColumn[] {
  return keys.map((key) => ({ header: `custom.${key}`, width: 20 }));
}

/** The cells of an entity's custom fields, in the order of `keys`. */
export function customValues(custom: CustomFields | undefined, keys: readonly string[]): WorkbookValue[] {
  return keys.map((key) => customCell(custom?.[key]));
}

/** A text cell: empty for an absent or empty string. */
export const text = (value: string | undefined): WorkbookValue => (value === undefined || value === "" ? null : value);

/** A list cell: the values joined with commas, empty for none. */
export const list = (values: readonly string[] | undefined): WorkbookValue => (values === undefined || values.length === 0 ? null : values.join(", "));
