import type { Asset, AssetSettings } from "../assets/index.js";
import type { AssetId } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Supplier } from "./supplier.js";
import { criticalityInput, criticalityOf } from "./_internal/criticality.js";

/**
 * What the supplier functions read of the asset inventory: the assets and their settings
 * (the requirement scales). An {@link IsmsDocument} is one.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const context: SupplierContext = { assets: doc.assets, assetSettings: doc.assetSettings };
 * ```
 */
export interface SupplierContext {
  readonly assets: readonly Asset[];
  /** The requirement scales; the default scales when absent. */
  readonly assetSettings?: AssetSettings | undefined;
}

/**
 * A supplier's criticality: the highest effective requirement of the assets it touches, the
 * asset and property it comes from, its score (0 for the lowest level of its scale, 1 for the
 * highest) and whether it makes the supplier critical (the top level of its scale).
 *
 * @category Suppliers
 * @example
 * ```ts
 * const criticality: SupplierCriticality | undefined = supplierCriticality(doc.suppliers?.[0] ?? SupplierSchema.parse({ id: "S", name: "S", owner: "CISO", services: [], assessments: [], status: "active" }), doc);
 * criticality?.critical;
 * ```
 */
export interface SupplierCriticality {
  /** The asset whose requirement is the highest (the first such asset on a tie). */
  readonly asset: AssetId;
  /** The property of that requirement, e.g. `"availability"`. */
  readonly property: string;
  /** The level key, e.g. `"very_high"`. */
  readonly level: string;
  /** The level's 0-based rank on its scale. */
  readonly rank: number;
  /** The level's position on its scale from 0 to 1 ({@link requirementScore}). */
  readonly score: number;
  /** Whether the level is the top of its scale: the supplier is critical. */
  readonly critical: boolean;
}

/**
 * Derives a supplier's criticality from the assets it touches (the assets of its services and
 * its own supplier asset): for each asset its {@link effectiveCriticality} (its highest
 * effective requirement after inheritance, compared by {@link requirementScore}); the
 * highest over the assets wins, the first asset on a tie. A supplier is *critical* when that
 * requirement is the top level of its scale (`very_high` on the default scales). Assets that
 * do not exist or are not rated count for nothing.
 *
 * @param supplier - the supplier
 * @param context - the assets and their settings (a document will do)
 * @returns the criticality, or `undefined` when none of its assets is rated
 * @category Suppliers
 * @example
 * ```ts
 * const cloud = (doc.suppliers ?? []).find((supplier) => supplier.id === "SUP-NIMBUS");
 * if (cloud) supplierCriticality(cloud, doc)?.level; // "very_high"
 * ```
 */
export function supplierCriticality(supplier: Supplier, context: SupplierContext): SupplierCriticality | undefined {
  try {
    return criticalityOf(supplier, criticalityInput(context));
  } catch (error) {
    throw argumentError("supplierCriticality", error);
  }
}
