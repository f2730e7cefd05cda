import { issue, type IsmsIssue } from "../../core/index.js";
import { findDependencyPath, listDependencyCycles, removeAsset, type Asset } from "../../assets/index.js";
import type { CommandHooks } from "../recordKind.js";

/**
 * The dependencies an entity command gives an asset that close a cycle, as issues at their
 * position in `dependsOn` (`asset.link` refuses the same). An added dependency closes a
 * cycle exactly when it lies in the asset's cycle group afterwards; one linear pass finds
 * the group, and a path is searched only for the dependencies that close one. Cycles the
 * command does not create (in an inventory that has them already) do not block it.
 */
function newDependencyCycles(assets: readonly Asset[], asset: Asset, before: Asset | undefined): IsmsIssue[] {
  const after = asset.dependsOn ?? [];
  const previous = new Set(before?.dependsOn ?? []);
  if (after.every((target) => previous.has(target))) return [];
  // A new dependency closes a cycle only through the asset itself: when no asset (itself
  // included) depends on it, there is none. Adding assets one by one (an import) then costs a
  // scan each, not a cycle search over the whole inventory.
  if (!assets.some((other) => other.dependsOn?.includes(asset.id) === true)) return [];
  const group = listDependencyCycles(assets).find((cycle) => cycle.members.includes(asset.id));
  if (group === undefined) return [];
  const members = new Set<string>(group.members);
  const found: IsmsIssue[] = [];
  after.forEach((target, position) => {
    if (previous.has(target) || !members.has(target) || after.indexOf(target) < position) return;
    const back = findDependencyPath(assets, target, asset.id) ?? [];
    found.push(issue("dependency_cycle", `Asset ${asset.id} cannot depend on ${target}: that would close a cycle: ${[asset.id, ...back].join(" → ")}.`, ["dependsOn", position]));
  });
  return found;
}

/** The asset inventory's rules for the entity commands: no new dependency cycle, and removal through `removeAsset`. */
export const assetCommandHooks: CommandHooks<Asset> = {
  check: newDependencyCycles,
  remove: (assets, asset) => removeAsset(assets, asset.id),
};
