import { produce, argumentError, at } from "../core/_internal/index.js";
import { ok, type AssetId, type Result } from "../core/index.js";
import type { Asset } from "./asset.js";
import { requireIndex } from "./_internal/lookup.js";

/**
 * Removes the record that one asset depends on another (every occurrence). An empty
 * `dependsOn` list is removed altogether, so link-then-unlink gives back an equal asset.
 *
 * @param assets - the inventory
 * @param id - the dependent asset
 * @param dependencyId - the asset it no longer depends on
 * @returns the new inventory (always `ok`), the same reference when there was no such link
 * @throws {@link IsmsError} `unknown_entity` when no asset has the id `id`
 * @category Assets
 * @example
 * ```ts
 * const next = unlinkDependency(doc.assets, AssetIdSchema.parse("A-HW-PRINTER"), AssetIdSchema.parse("A-HW-OFFICE-NET"));
 * if (next.ok) findAsset(next.value, "A-HW-PRINTER")?.dependsOn; // undefined: it depended on nothing else
 * ```
 */
export function unlinkDependency(assets: readonly Asset[], id: AssetId, dependencyId: AssetId): Result<readonly Asset[]> {
  try {
    const index = requireIndex(assets, id);
    if (!at(assets, index).dependsOn?.includes(dependencyId)) return ok(assets);
    return ok(
      produce(assets, (draft) => {
        const target = at(draft, index);
        const remaining = (target.dependsOn ?? []).filter((other) => other !== dependencyId);
        if (remaining.length === 0) delete target.dependsOn;
        else target.dependsOn = remaining;
      }),
    );
  } catch (error) {
    throw argumentError("unlinkDependency", error);
  }
}
