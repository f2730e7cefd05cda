import { durationToMinutes, issue, sortIssues, type IsmsIssue } from "../core/index.js";
import type { Asset } from "./asset.js";
import { nodeCycles } from "./_internal/cycles.js";
import { buildGraph, stronglyConnectedComponents } from "./_internal/graph.js";
import { hasOwner, idsAt, isOutOfUse } from "./_internal/lookup.js";
import { resolveScales, type ResolvedScales } from "./_internal/scales.js";
import { defaultAssetSettings, type AssetSettings } from "./settings.js";
import { argumentError, at } from "../core/_internal/index.js";

/** The settings' resolved scales, resolved on first use (as many inventories rate nothing). */
function lazyScales(settings: AssetSettings): () => ResolvedScales {
  let resolved: ResolvedScales | undefined;
  return () => (resolved ??= resolveScales(settings));
}

function checkRatings(
  asset: Asset,
  index: number,
  field: "requirements" | "requirementOverrides",
  resolve: () => ResolvedScales,
  found: IsmsIssue[],
): void {
  const record = asset[field];
  if (record === undefined) return;
  const scales = resolve();
  // Keys, not entries: no pair array per property of every asset.
  for (const property of Object.keys(record)) {
    const value = record[property] as Exclude<(typeof record)[string], undefined>;
    const path = (): (string | number)[] => [index, field, property];
    const propertyIndex = scales.propertyIndex.get(property);
    if (propertyIndex === undefined) {
      found.push(issue("unknown_requirement_property", `Asset ${asset.id} rates "${property}", which has no scale in the settings.`, path()));
      continue;
    }
    const level = typeof value === "string" ? value : value.level;
    if (!scales.ranks[propertyIndex]?.has(level)) {
      const allowed = at(scales.levels, propertyIndex).join(", ");
      found.push(
        issue(
          "rating_not_on_scale",
          `Asset ${asset.id} rates ${property} "${level}", which is not on its scale (${allowed}).`,
          typeof value === "string" ? path() : [...path(), "level"],
        ),
      );
    }
    if (typeof value !== "string" && (typeof value.reason !== "string" || value.reason.trim() === "")) {
      found.push(issue("override_without_reason", `Asset ${asset.id} overrides ${property} without a reason.`, [...path(), "reason"]));
    }
  }
}

function checkClassification(asset: Asset, index: number, settings: AssetSettings, resolve: () => ResolvedScales, found: IsmsIssue[]): void {
  if (asset.classification === undefined) return;
  const level = settings.classification.levels.find((candidate) => candidate.key === asset.classification);
  if (level === undefined) {
    const allowed = settings.classification.levels.map((candidate) => candidate.key).join(", ");
    found.push(
      issue(
        "unknown_classification",
        `Asset ${asset.id} is classified "${asset.classification}", which is not a level of the scheme (${allowed}).`,
        [index, "classification"],
      ),
    );
    return;
  }
  const own = asset.requirements?.confidentiality;
  const expected = level.expectedConfidentiality;
  if (own === undefined || expected === undefined) return;
  const ranks = at(resolve().ranks, 0);
  const rank = ranks.get(own);
  if (rank === undefined) return;
  const min = expected.min === undefined ? undefined : ranks.get(expected.min);
  const max = expected.max === undefined ? undefined : ranks.get(expected.max);
  if ((min !== undefined && rank < min) || (max !== undefined && rank > max)) {
    found.push(
      issue(
        "classification_requirement_mismatch",
        `Asset ${asset.id} is classified ${level.label} but its confidentiality requirement is "${own}"; ` +
          `the scheme expects ${[expected.min && `at least "${expected.min}"`, expected.max && `at most "${expected.max}"`].filter(Boolean).join(" and ")}.`,
        [index, "requirements", "confidentiality"],
        "warning",
      ),
    );
  }
}

function checkLifecycle(asset: Asset, index: number, found: IsmsIssue[]): void {
  if (asset.status === "retired" && asset.retiredOn === undefined) {
    found.push(issue("missing_lifecycle_date", `Asset ${asset.id} is retired but has no retiredOn date.`, [index, "retiredOn"], "warning"));
  }
  if (asset.status === "disposed" && asset.disposedOn === undefined) {
    found.push(issue("missing_lifecycle_date", `Asset ${asset.id} is disposed of but has no disposedOn date.`, [index, "disposedOn"], "warning"));
  }
  if (asset.retiredOn === undefined && asset.disposedOn === undefined) return;
  const dates: [string, string | undefined][] = [
    ["inServiceFrom", asset.inServiceFrom],
    ["retiredOn", asset.retiredOn],
    ["disposedOn", asset.disposedOn],
  ];
  const present = dates.filter((entry): entry is [string, string] => entry[1] !== undefined);
  for (let later = 1; later < present.length; later += 1) {
    const [laterField, laterDate] = at(present, later);
    const [earlierField, earlierDate] = at(present, later - 1);
    if (laterDate < earlierDate) {
      found.push(
        issue(
          "lifecycle_dates_out_of_order",
          `Asset ${asset.id}: ${laterField} ${laterDate} is before ${earlierField} ${earlierDate}.`,
          [index, laterField],
        ),
      );
    }
  }
  const stillUsed = asset.status === "planned" || asset.status === "in_use";
  if (stillUsed && (asset.retiredOn !== undefined || asset.disposedOn !== undefined)) {
    const field = asset.retiredOn !== undefined ? "retiredOn" : "disposedOn";
    found.push(
      issue("lifecycle_status_mismatch", `Asset ${asset.id} is ${asset.status} but has a ${field} date.`, [index, field], "warning"),
    );
  }
}

function checkRecovery(asset: Asset, index: number, found: IsmsIssue[]): void {
  const objectives = asset.recoveryObjectives;
  if (objectives?.rto === undefined || objectives.maximumTolerableDowntime === undefined) return;
  if (durationToMinutes(objectives.rto) > durationToMinutes(objectives.maximumTolerableDowntime)) {
    found.push(
      issue(
        "recovery_objectives_inconsistent",
        `Asset ${asset.id}: the recovery time objective ${objectives.rto} exceeds the maximum tolerable downtime ${objectives.maximumTolerableDowntime}.`,
        [index, "recoveryObjectives", "rto"],
        "warning",
      ),
    );
  }
}

/**
 * The cycle's ids joined with arrows, back to the first: `A → B → C → A`. The names fill an
 * array of the path's exact length: pushed one by one, an array as long as a ring of 100 000
 * assets was copied each time it grew, in the large-object space. (Appending to a string
 * instead leaves a rope of one node per id for the scavenger to copy.)
 */
function cyclePath(assets: readonly Asset[], nodes: Int32Array): string {
  const names = idsAt(assets, nodes, 1);
  names[nodes.length] = at(names, 0);
  return names.join(" → ");
}

/**
 * Checks an asset inventory against the rules of the model and returns every issue at
 * once, with paths relative to the array. Codes: `duplicate_asset_id`,
 * `unknown_asset_reference`, `duplicate_dependency` (warning), `dependency_cycle` (the
 * message names the cycle), `missing_owner` (for values built without parsing, since the
 * schema requires an owner), `unknown_requirement_property`, `rating_not_on_scale`,
 * `override_without_reason`, `unknown_classification`, `classification_requirement_mismatch`
 * (warning: the own confidentiality rating is outside the range the classification level
 * expects), `missing_lifecycle_date` (warning), `lifecycle_dates_out_of_order`,
 * `lifecycle_status_mismatch` (warning), `recovery_objectives_inconsistent` (warning) and
 * `retired_asset_in_use` (warning: a planned or in-use asset depends on a retired or
 * disposed one). Linear in assets plus dependencies.
 *
 * @param assets - the inventory, parsed or built in code
 * @param settings - classification scheme and scales; defaults to {@link defaultAssetSettings}
 * @returns the issues, sorted by path (see `sortIssues`)
 * @category Assets
 * @example
 * ```ts
 * validateAssets(doc.assets, doc.assetSettings).length; // 0: the example's inventory is clean
 * const keys = findAsset(doc.assets, "A-HW-KEYS");
 * const broken = keys ? [...doc.assets, { ...keys, owner: " " }] : doc.assets;
 * validateAssets(broken, doc.assetSettings).map((found) => `${found.code} at ${found.path.join(".")}`);
 * // ["duplicate_asset_id at 56.id", "missing_owner at 56.owner"]
 * ```
 */
export function validateAssets(assets: readonly Asset[], settings: AssetSettings = defaultAssetSettings): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const graph = buildGraph(assets);
    const { first, offsets, positions, targets } = graph;
    const scales = lazyScales(settings);
    // Dependents in use of each out-of-use asset, keyed by the asset's (first) index.
    const activeDependents = new Map<number, string[]>();
    assets.forEach((asset, index) => {
      const earlier = at(first, index);
      if (earlier !== index) {
        found.push(issue("duplicate_asset_id", `Asset id ${asset.id} is already used by the asset at index ${String(earlier)}.`, [index, "id"]));
      }
      if (!hasOwner(asset)) found.push(issue("missing_owner", `Asset ${asset.id} has no owner.`, [index, "owner"]));
      const dependsOn = asset.dependsOn ?? [];
      const seen = dependsOn.length > 8 ? new Set<string>() : undefined;
      const inUse = !isOutOfUse(asset);
      // The graph holds the references that resolve, in `dependsOn` order: walk them alongside.
      let edge = at(offsets, index);
      const edgeEnd = at(offsets, index + 1);
      dependsOn.forEach((target, position) => {
        const repeated = seen === undefined ? dependsOn.indexOf(target) < position : seen.has(target);
        seen?.add(target);
        let targetIndex = -1;
        if (edge < edgeEnd && positions[edge] === position) {
          targetIndex = at(targets, edge);
          edge += 1;
        }
        if (targetIndex === -1) {
          found.push(issue("unknown_asset_reference", `Asset ${asset.id} depends on ${target}, which is not in the inventory.`, [index, "dependsOn", position]));
        } else if (repeated) {
          found.push(issue("duplicate_dependency", `Asset ${asset.id} lists ${target} twice.`, [index, "dependsOn", position], "warning"));
        } else if (inUse && targetIndex !== earlier && isOutOfUse(at(assets, targetIndex))) {
          const list = activeDependents.get(targetIndex);
          if (list === undefined) activeDependents.set(targetIndex, [asset.id]);
          else list.push(asset.id);
        }
      });
      checkRatings(asset, index, "requirements", scales, found);
      checkRatings(asset, index, "requirementOverrides", scales, found);
      checkClassification(asset, index, settings, scales, found);
      checkLifecycle(asset, index, found);
      checkRecovery(asset, index, found);
    });
    // Dependents listed after the asset are only known once all are read.
    for (const [index, dependents] of activeDependents) {
      const asset = at(assets, index);
      found.push(
        issue(
          "retired_asset_in_use",
          `Asset ${asset.id} is ${asset.status} but ${dependents.join(", ")} still depend${dependents.length === 1 ? "s" : ""} on it.`,
          [index, "status"],
          "warning",
        ),
      );
    }
    const cycles = nodeCycles(graph, stronglyConnectedComponents(graph));
    const onCycle = cycles.length > 0 ? new Uint8Array(assets.length) : undefined;
    for (const { nodes, members, index, position } of cycles) {
      const others: string[] = [];
      if (onCycle !== undefined && members.length > nodes.length) {
        for (const node of nodes) onCycle[node] = 1;
        for (const node of members) if (onCycle[node] === 0) others.push(at(assets, node).id);
        for (const node of nodes) onCycle[node] = 0;
      }
      found.push(
        issue(
          "dependency_cycle",
          `Assets depend on each other in a cycle: ${cyclePath(assets, nodes)}.` + (others.length > 0 ? ` The cycle group also holds ${others.join(", ")}.` : ""),
          [index, "dependsOn", position],
        ),
      );
    }
    return sortIssues(found);
  } catch (error) {
    throw argumentError("validateAssets", error);
  }
}
