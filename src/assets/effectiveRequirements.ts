import type { AssetId } from "../core/index.js";
import type { Asset } from "./asset.js";
import { buildGraph, stronglyConnectedComponents } from "./_internal/graph.js";
import { resolveScales } from "./_internal/scales.js";
import { defaultAssetSettings, type AssetSettings } from "./settings.js";
import { argumentError, at } from "../core/_internal/index.js";

/**
 * Where an effective requirement comes from: the asset's own rating, an asset that
 * depends on it (`from` is the asset whose own rating or override it is, `via` the direct
 * dependent it arrived through), or an explicit override with its reason.
 *
 * @category Assets
 * @example
 * ```ts
 * const source: RequirementSource | undefined = effectiveRequirements(doc.assets, doc.assetSettings)
 *   .get(AssetIdSchema.parse("A-CS-K8S"))?.confidentiality?.source;
 * // { kind: "inherited", from: "A-SW-NLQ", via: "A-SW-API" }
 * ```
 */
export type RequirementSource =
  | { readonly kind: "own" }
  | { readonly kind: "inherited"; readonly from: AssetId; readonly via: AssetId }
  | { readonly kind: "override"; readonly reason: string };

/**
 * The effective requirement of one asset for one security property: the level key on that
 * property's scale, its 0-based rank, and where it comes from.
 *
 * @category Assets
 * @example
 * ```ts
 * const requirement: EffectiveRequirement = {
 *   property: "confidentiality",
 *   level: "high",
 *   rank: 2,
 *   source: { kind: "own" },
 * };
 * requirementScore(requirement); // 0.666…: "high" is the third of four levels
 * ```
 */
export type EffectiveRequirement = {
  /** Property key, e.g. `"confidentiality"`. */
  readonly property: string;
  /** Level key on that property's scale. */
  readonly level: string;
  /** 0-based index of the level on the scale. */
  readonly rank: number;
  /** Where the value comes from. */
  readonly source: RequirementSource;
};

/**
 * The effective requirements of one asset, keyed by property. A property that no asset
 * rates along the way is absent.
 *
 * @category Assets
 * @example
 * ```ts
 * const set: EffectiveRequirementSet = effectiveRequirements(doc.assets, doc.assetSettings).get(AssetIdSchema.parse("A-SVC-IDP")) ?? {};
 * set.availability?.level; // "very_high"
 * ```
 */
export type EffectiveRequirementSet = Readonly<Record<string, EffectiveRequirement>>;

const OWN: RequirementSource = Object.freeze({ kind: "own" });
const NONE = 0;
const FROM_OWN = 1;
const INHERITED = 2;
const OVERRIDE = 3;

/**
 * Computes every asset's effective security requirements by the maximum principle (8.2):
 * for each property, an asset needs at least its own rating and the effective requirement
 * of every asset that depends on it, transitively; an explicit override wins and is what
 * the assets below it inherit. Runs in time linear in assets plus dependencies: one
 * iterative Tarjan pass orders the strongly connected components and maxima are pushed
 * from dependents to dependencies in that order. Assets in a dependency cycle (which
 * {@link validateAssets} reports) end up sharing their maximum, so the function still
 * terminates with a sensible answer. Unknown references, properties without a scale and
 * levels not on their scale are ignored here (validation reports them). With duplicate
 * ids, the map holds the first asset's result. Own ratings win ties, so a value is only
 * called inherited when it is higher than the asset's own.
 *
 * @param assets - the inventory
 * @param settings - scales to rank levels on; defaults to {@link defaultAssetSettings}
 * @returns asset id → effective requirements
 * @category Assets
 * @example
 * ```ts
 * const effective = effectiveRequirements(doc.assets, doc.assetSettings);
 * const cloud = effective.get(AssetIdSchema.parse("A-SUP-CLOUD"));
 * cloud?.confidentiality?.level; // "very_high"
 * cloud?.confidentiality?.source; // { kind: "inherited", from: "A-CS-BACKUP", via: "A-CS-HOSTING" }
 * ```
 */
export function effectiveRequirements(
  assets: readonly Asset[],
  settings: AssetSettings = defaultAssetSettings,
): ReadonlyMap<AssetId, EffectiveRequirementSet> {
  try {
    const scales = resolveScales(settings);
    const propertyCount = scales.properties.length;
    const graph = buildGraph(assets);
    const { size, first, offsets, targets } = graph;
    const slots = size * propertyCount;
    const rank = new Int16Array(slots).fill(-1);
    const kind = new Uint8Array(slots);
    const origin = new Int32Array(slots);
    const via = new Int32Array(slots);
    const ownRank = new Int16Array(slots).fill(-1);
    const overrideRank = new Int16Array(slots).fill(-1);
    const overrideReason = new Map<number, string>();

    for (let node = 0; node < size; node += 1) {
      const asset = at(assets, node);
      const base = node * propertyCount;
      // Keys, not entries: no pair array per rated property of every asset.
      const requirements = asset.requirements;
      if (requirements !== undefined) {
        for (const property of Object.keys(requirements)) {
          const index = scales.propertyIndex.get(property);
          if (index === undefined) continue;
          const found = scales.ranks[index]?.get(requirements[property] as string);
          if (found !== undefined) ownRank[base + index] = found;
        }
      }
      const overrides = asset.requirementOverrides;
      if (overrides !== undefined) {
        for (const property of Object.keys(overrides)) {
          const index = scales.propertyIndex.get(property);
          if (index === undefined) continue;
          const override = overrides[property] as Exclude<(typeof overrides)[string], undefined>;
          const found = scales.ranks[index]?.get(override.level);
          if (found === undefined) continue;
          overrideRank[base + index] = found;
          overrideReason.set(base + index, override.reason);
        }
      }
    }

    // Settles a node's value from its override, its own rating and what has been pushed to it.
    const settle = (node: number): void => {
      const base = node * propertyCount;
      for (let property = 0; property < propertyCount; property += 1) {
        const slot = base + property;
        if (at(overrideRank, slot) >= 0) {
          rank[slot] = at(overrideRank, slot);
          kind[slot] = OVERRIDE;
        } else if (at(ownRank, slot) >= 0 && at(ownRank, slot) >= at(rank, slot)) {
          rank[slot] = at(ownRank, slot);
          kind[slot] = FROM_OWN;
        }
      }
    };
    // Raises `to` to `from`'s value where that is higher; returns whether anything rose.
    const push = (from: number, to: number, guardOverrides: boolean): boolean => {
      let raised = false;
      const fromBase = from * propertyCount;
      const toBase = to * propertyCount;
      for (let property = 0; property < propertyCount; property += 1) {
        const source = fromBase + property;
        const target = toBase + property;
        if (at(rank, source) <= at(rank, target)) continue;
        if (guardOverrides && kind[target] === OVERRIDE) continue;
        rank[target] = at(rank, source);
        kind[target] = INHERITED;
        origin[target] = kind[source] === INHERITED ? at(origin, source) : from;
        via[target] = from;
        raised = true;
      }
      return raised;
    };

    const components = stronglyConnectedComponents(graph);
    const { componentOf, members, starts } = components;
    const queued = new Uint8Array(size);
    // Nodes of a cycle whose values may still spread, as a stack: a node is on it at most once
    // (`queued`), so `size` slots suffice. Made for the first cycle (most inventories have none).
    let queue: Int32Array | undefined;
    let queueTop = 0;
    // Components come dependencies-first; walk them backwards so dependents settle first.
    for (let component = components.count - 1; component >= 0; component -= 1) {
      const start = at(starts, component);
      const end = at(starts, component + 1);
      for (let member = start; member < end; member += 1) settle(at(members, member));
      if (end - start > 1) {
        // A cycle: spread the maxima inside the component until nothing rises. A value rises at
        // most once per level, so this stays linear in the component's size for a fixed scale.
        queue ??= new Int32Array(size);
        for (let member = start; member < end; member += 1) {
          const node = at(members, member);
          queued[node] = 1;
          queue[queueTop++] = node;
        }
        while (queueTop > 0) {
          const node = at(queue, --queueTop);
          queued[node] = 0;
          for (let edge = at(offsets, node); edge < at(offsets, node + 1); edge += 1) {
            const next = at(targets, edge);
            if (next === node || componentOf[next] !== component) continue;
            if (push(node, next, true) && queued[next] === 0) {
              queued[next] = 1;
              queue[queueTop++] = next;
            }
          }
        }
      }
      for (let member = start; member < end; member += 1) {
        const node = at(members, member);
        for (let edge = at(offsets, node); edge < at(offsets, node + 1); edge += 1) {
          const next = at(targets, edge);
          if (componentOf[next] !== component) push(node, next, false);
        }
      }
    }

    const result = new Map<AssetId, EffectiveRequirementSet>();
    for (let node = 0; node < size; node += 1) {
      if (at(first, node) !== node) continue;
      const asset = at(assets, node);
      const set: Record<string, EffectiveRequirement> = {};
      const base = node * propertyCount;
      for (let property = 0; property < propertyCount; property += 1) {
        const slot = base + property;
        const value = at(rank, slot);
        if (kind[slot] === NONE) continue;
        const key = at(scales.properties, property);
        const level = at(at(scales.levels, property), value);
        let source: RequirementSource;
        if (kind[slot] === FROM_OWN) source = OWN;
        else if (kind[slot] === OVERRIDE) source = { kind: "override", reason: overrideReason.get(slot) as string };
        else {
          source = {
            kind: "inherited",
            from: at(assets, at(origin, slot)).id,
            via: at(assets, at(via, slot)).id,
          };
        }
        set[key] = { property: key, level, rank: value, source };
      }
      result.set(asset.id, set);
    }
    return result;
  } catch (error) {
    throw argumentError("effectiveRequirements", error);
  }
}
