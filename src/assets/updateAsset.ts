import { produce } from "immer";
import { IsmsError, ok, type Result } from "../core/index.js";
import type { Asset } from "./asset.js";
import { deepEqual } from "../core/_internal/deepEqual.js";
import { requireIndex } from "./_internal/lookup.js";

/**
 * Changes to an asset: any field but `id`. An optional field given as `undefined` is
 * removed; required fields cannot be removed.
 *
 * @category Assets
 * @example
 * ```ts
 * const patch: AssetPatch = { custodian: "IT Operations", location: undefined };
 * ```
 */
export type AssetPatch = {
  readonly [K in keyof Asset as K extends "id" ? never : undefined extends Asset[K] ? never : K]?: Asset[K];
} & {
  readonly [K in keyof Asset as undefined extends Asset[K] ? K : never]?: Asset[K] | undefined;
};

const REQUIRED = new Set(["name", "type", "owner", "status"]);

/**
 * Applies a patch to one asset. Fields equal to the current ones are left alone, so a
 * patch that changes nothing returns the same inventory reference. Dependencies set here
 * are not checked; use {@link linkDependency} for a checked change.
 *
 * @param assets - the inventory
 * @param id - the asset to change
 * @param patch - the fields to set (or remove, with `undefined`)
 * @returns the new inventory (always `ok`)
 * @throws {@link IsmsError} `unknown_entity` when no asset has this id;
 *   `invalid_argument` when the patch changes the id or removes a required field
 * @category Assets
 * @example
 * ```ts
 * const next = updateAsset(assets, id, { owner: "CFO", tags: ["finance"] });
 * ```
 */
export function updateAsset(assets: readonly Asset[], id: Asset["id"], patch: AssetPatch): Result<readonly Asset[]> {
  const index = requireIndex(assets, id);
  const current = assets[index] as Asset;
  const changes: [string, unknown][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key === "id") throw new IsmsError("invalid_argument", "updateAsset cannot change an asset's id.");
    if (value === undefined && REQUIRED.has(key)) throw new IsmsError("invalid_argument", `updateAsset cannot remove the required field ${key}.`);
    const existing = (current as Record<string, unknown>)[key];
    if (value === undefined ? existing === undefined && !Object.hasOwn(current, key) : deepEqual(existing, value)) continue;
    changes.push([key, value === undefined ? undefined : structuredClone(value)]);
  }
  if (changes.length === 0) return ok(assets);
  return ok(
    produce(assets, (draft) => {
      const target = draft[index] as Record<string, unknown>;
      for (const [key, value] of changes) {
        if (value === undefined) delete target[key];
        else target[key] = value;
      }
    }),
  );
}
