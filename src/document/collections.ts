import * as z from "zod";
import type { ISMS_RECORD_KINDS } from "./recordKinds.js";
import type { CommandCollection } from "./_internal/registry.js";

/**
 * The collections of the document that the generic `entity.*` commands reach (`assets`,
 * `risks`, `treatmentPlans`, `decisions`, … `suppliers`, `incidents`): the record kinds of
 * {@link ISMS_RECORD_KINDS} whose `commands` is true, in its order. Append-only kinds
 * (`decisions`, `methodologies`) take additions only; `audits` live in the audit programme.
 *
 * @category Document
 * @example
 * ```ts
 * ISMS_COLLECTIONS.includes("risks"); // true
 * ```
 */
// Written out rather than computed from the registry: computing it would pull every validator
// the registry names into bundles that only parse commands. test/document/recordKinds.test.ts
// holds it equal to the registry's collections with commands; `npm run schema` rewrites it from the registry.
export const ISMS_COLLECTIONS: readonly IsmsCollection[] = /* @__PURE__ */ Object.freeze([
  "assets",
  "risks",
  "treatmentPlans",
  "decisions",
  "obligations",
  "soaDecisions",
  "objectives",
  "nonconformities",
  "reviews",
  "policies",
  "documents",
  "contextIssues",
  "interestedParties",
  "catalogues",
  "controlDescriptions",
  "mappings",
  "methodologies",
  "audits",
  "acknowledgements",
  "roles",
  "people",
  "trainings",
  "suppliers",
  "incidents",
] as const);

/**
 * Parses the name of a collection that the generic entity commands reach.
 *
 * @category Document
 * @example
 * ```ts
 * IsmsCollectionSchema.safeParse("toString").success; // false
 * ```
 */
export const IsmsCollectionSchema = /* @__PURE__ */ z.enum(ISMS_COLLECTIONS);

/**
 * The name of a collection reachable by the generic entity commands.
 *
 * @category Document
 * @example
 * ```ts
 * const collection: IsmsCollection = "objectives";
 * applyIsmsCommand(doc, { type: "entity.remove", collection, id: "OBJ-05" }, { by: "CISO", at: "2026-11-27T10:00:00Z" }).ok; // true
 * ```
 */
export type IsmsCollection = CommandCollection<typeof ISMS_RECORD_KINDS>;
