import { AssetSchema, type Asset } from "../../src/assets/index.js";
import { AssetIdSchema, type AssetId, type Result } from "../../src/core/index.js";

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

/** A small frozen inventory: DATA depends on APP, APP on SERVER; SPARE is retired. */
export function inventory(): readonly Asset[] {
  return deepFreeze([
    asset("DATA", { dependsOn: ["APP"], classification: "confidential", requirements: { confidentiality: "high" } }),
    asset("APP", { dependsOn: ["SERVER"], inServiceFrom: "2024-01-01" }),
    asset("SERVER", { custom: { rack: "R7", tags: [1, 2] } }),
    asset("SPARE", { status: "retired", retiredOn: "2025-03-01" }),
  ]);
}

/** The value of an ok result; throws with the codes otherwise. */
export function value(result: Result<readonly Asset[]>): readonly Asset[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.map((found) => found.code).join(", ")}`);
  return result.value;
}

/** The first issue code of a failed result. */
export function codeOf(result: Result<readonly Asset[]>): string | undefined {
  return result.ok ? undefined : result.error[0]?.code;
}
