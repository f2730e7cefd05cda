import { produce } from "../core/immer.js";
import { err, ok, type AssetId, type Result } from "../core/index.js";
import type { Asset } from "./asset.js";
import { requireIndex, single } from "./_internal/lookup.js";

/** A path of ids from `from` to `to` along `dependsOn`, or undefined. */
function pathBetween(assets: readonly Asset[], from: string, to: string): string[] | undefined {
  const byId = new Map<string, Asset>();
  for (const asset of assets) if (!byId.has(asset.id)) byId.set(asset.id, asset);
  const parent = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head] as string;
    if (id === to) {
      // Built backwards and reversed once: unshift would make a long path cost its square.
      const path = [to];
      for (let at = to; at !== from; ) {
        at = parent.get(at) as string;
        path.push(at);
      }
      return path.reverse();
    }
    for (const next of byId.get(id)?.dependsOn ?? []) {
      if (parent.has(next) || !byId.has(next)) continue;
      parent.set(next, id);
      queue.push(next);
    }
  }
  return undefined;
}

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
 * const next = linkDependency(assets, crmDatabaseId, dbServerId);
 * ```
 */
export function linkDependency(assets: readonly Asset[], id: AssetId, dependencyId: AssetId): Result<readonly Asset[]> {
  const index = requireIndex(assets, id);
  const asset = assets[index] as Asset;
  if (asset.dependsOn?.includes(dependencyId)) return ok(assets);
  const path = [index, "dependsOn"];
  if (!assets.some((other) => other.id === dependencyId)) {
    return err(single("unknown_asset_reference", `Asset ${dependencyId} is not in the inventory.`, path));
  }
  const back = pathBetween(assets, dependencyId, id);
  if (back !== undefined) {
    return err(single("dependency_cycle", `Linking would close a cycle: ${[id, ...back].join(" → ")}.`, path));
  }
  return ok(
    produce(assets, (draft) => {
      const target = draft[index] as Asset;
      (target.dependsOn ??= []).push(dependencyId);
    }),
  );
}
