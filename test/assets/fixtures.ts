import { AssetSchema, type Asset } from "../../src/assets/index.js";
import { AssetIdSchema, type AssetId, type Result } from "../../src/core/index.js";
import { deepFreeze } from "../../src/core/_internal/index.js";

export { deepFreeze };

/** Parses an id. */
export function id(value: string): AssetId {
  return AssetIdSchema.parse(value);
}

/** A parsed in-use service asset with the given id and extra fields. */
export function asset(key: string, extra: Record<string, unknown> = {}): Asset {
  return AssetSchema.parse({ id: key, name: `Asset ${key}`, type: "service", owner: "Head of IT", status: "in_use", ...extra });
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

/**
 * The inventory the query tests share: DATA (owned by the CFO) depends on APP, APP on VM and
 * the retired OLD; LONE stands alone; the disposed GONE depends on the retired OLDER.
 */
export const queryAssets: readonly Asset[] = [
  asset("DATA", { type: "information", owner: "CFO", classification: "confidential", requirements: { confidentiality: "very_high" }, dependsOn: ["APP"] }),
  asset("APP", { type: "software", requirements: { availability: "medium" }, dependsOn: ["VM", "OLD"] }),
  asset("VM", { type: "hardware", classification: "internal" }),
  asset("OLD", { type: "hardware", status: "retired", retiredOn: "2025-01-01" }),
  asset("LONE", { type: "medical_device" }),
  asset("GONE", { type: "hardware", status: "disposed", disposedOn: "2025-01-01", dependsOn: ["OLDER"] }),
  asset("OLDER", { type: "hardware", status: "retired", retiredOn: "2024-01-01" }),
];

/** The ids of a list of assets, in order. */
export const ids = (list: readonly Asset[]): string[] => list.map((item) => item.id);
