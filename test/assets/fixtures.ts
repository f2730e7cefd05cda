import { AssetSchema, type Asset } from "../../src/assets/index.js";
import { AssetIdSchema, type AssetId } from "../../src/core/index.js";

/** Parses an id. */
export function id(value: string): AssetId {
  return AssetIdSchema.parse(value);
}

/** A parsed in-use service asset with the given id and extra fields. */
export function asset(key: string, extra: Record<string, unknown> = {}): Asset {
  return AssetSchema.parse({ id: key, name: `Asset ${key}`, type: "service", owner: "Head of IT", status: "in_use", ...extra });
}

/** Freezes a value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
