import type { AssetId } from "../core/index.js";
import type { Asset } from "./asset.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * Finds a shortest path of dependencies from one asset to another: `from` depends on the
 * second id, which depends on the third, … which depends on `to`. Breadth-first, linear in
 * assets plus dependencies and without recursion; references to ids that are not in the
 * inventory are skipped, and a duplicated id counts as its first asset.
 *
 * @param assets - the inventory
 * @param from - where the path starts
 * @param to - where it ends; `from` itself gives `[from]`
 * @returns the ids along the path, `from` first and `to` last, or `undefined` when `from`
 *   does not (even indirectly) depend on `to` or is not in the inventory
 * @category Assets
 * @example
 * ```ts
 * findDependencyPath(doc.assets, "A-INF-CUST-DATA", "A-CS-HOSTING")?.join(" → "); // "A-INF-CUST-DATA → A-CS-DB → A-CS-HOSTING"
 * ```
 */
export function findDependencyPath(assets: readonly Asset[], from: string, to: string): readonly AssetId[] | undefined {
  try {
    const byId = new Map<string, Asset>();
    for (const asset of assets) if (!byId.has(asset.id)) byId.set(asset.id, asset);
    if (!byId.has(from)) return undefined;
    const parent = new Map<string, string>([[from, from]]);
    const queue = [from];
    for (let head = 0; head < queue.length; head += 1) {
      const id = at(queue, head);
      if (id === to) {
        // Built backwards and reversed once: unshift would make a long path cost its square.
        const path = [to];
        for (let at = to; at !== from; ) {
          at = parent.get(at) as string;
          path.push(at);
        }
        return path.reverse() as AssetId[];
      }
      for (const next of byId.get(id)?.dependsOn ?? []) {
        if (parent.has(next) || !byId.has(next)) continue;
        parent.set(next, id);
        queue.push(next);
      }
    }
    return undefined;
  } catch (error) {
    throw argumentError("findDependencyPath", error);
  }
}
