import { produce, argumentError, at } from "../core/_internal/index.js";
import { err, ok, type AssetId, type Result } from "../core/index.js";
import type { Asset } from "./asset.js";
import { requireIndex, single } from "./_internal/lookup.js";
import { findDependencyPath } from "./findDependencyPath.js";

/**
 * Records that one asset depends on another (a database on its server, a service on its
 * supplier). Refuses a link that would close a cycle.
 *
 * @param assets - the inventory
 * @param id - the dependent asset
 * @param dependencyId - the asset it depends on
 * @returns the new inventory, the same reference when the link exists already;
 *   `unknown_asset_reference` when `dependencyId` is not in the inventory;
 *   `dependency_cycle` (naming the cycle) when the link would close one
 * @throws {@link IsmsError} `unknown_entity` when no asset has the id `id`
 * @category Assets
 * @example
 * ```ts
 * const next = linkDependency(doc.assets, AssetIdSchema.parse("A-SW-NLQ"), AssetIdSchema.parse("A-CS-DB"));
 * // the new feature reads the database directly
 * next.ok; // true
 * // The API runs on the hosting (through Kubernetes): the hosting cannot depend on the API.
 * linkDependency(doc.assets, AssetIdSchema.parse("A-CS-HOSTING"), AssetIdSchema.parse("A-SW-API")).ok; // false: dependency_cycle
 * ```
 */
export function linkDependency(assets: readonly Asset[], id: AssetId, dependencyId: AssetId): Result<readonly Asset[]> {
  try {
    const index = requireIndex(assets, id);
    const asset = at(assets, index);
    if (asset.dependsOn?.includes(dependencyId)) return ok(assets);
    const path = [index, "dependsOn"];
    if (!assets.some((other) => other.id === dependencyId)) {
      return err(single("unknown_asset_reference", `Asset ${dependencyId} is not in the inventory.`, path));
    }
    const back = findDependencyPath(assets, dependencyId, id);
    if (back !== undefined) {
      return err(single("dependency_cycle", `Linking would close a cycle: ${[id, ...back].join(" → ")}.`, path));
    }
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        (target.dependsOn ??= []).push(dependencyId);
      }),
    );
  } catch (error) {
    throw argumentError("linkDependency", error);
  }
}
