import { collections, type CollectionName } from "./_internal/collections.js";

/**
 * The collections of the document that the generic `entity.*` commands reach: `assets`,
 * `risks`, `treatmentPlans`, `decisions` (append-only), `obligations`, `soaDecisions` (keyed
 * by control), `objectives`, `nonconformities`, `reviews`, `policies`, `documents`,
 * `contextIssues`, `interestedParties`, `catalogues`, `controlDescriptions` (keyed by
 * control), `methodologies` (append-only, keyed by id and version) and `audits` (in the
 * audit programme).
 *
 * @category Document
 * @example
 * ```ts
 * ISMS_COLLECTIONS.includes("risks"); // true
 * ```
 */
export const ISMS_COLLECTIONS: readonly IsmsCollection[] = /* @__PURE__ */ Object.freeze(Object.keys(collections) as IsmsCollection[]);

/**
 * The name of a collection reachable by the generic entity commands.
 *
 * @category Document
 * @example
 * ```ts
 * const collection: IsmsCollection = "assets";
 * ```
 */
export type IsmsCollection = CollectionName;
