import { argumentError } from "../core/_internal/index.js";
import type { IsmsDiff } from "./diffIsms.js";
import type { IsmsDocument } from "./schema.js";
import { applyDiff } from "./_internal/documentDiff.js";

/**
 * Applies the entity and frame changes of a {@link diffIsms | diff} to a document: removes,
 * changes and adds the entities it names by key, sets the frame's changed fields, and puts
 * the records of collections that keep their order (decisions, methodologies) in the order
 * the diff gives. Each change must fit: a removed or changed value must be the one the diff
 * starts from, an added entity must not be there yet. So `applyIsmsDiff(a, diffIsms(a, b))`
 * has the {@link revisionOf | revision} of `b` (the same ISMS; records of collections whose
 * order means nothing may be in another order). The consequences are not applied: they
 * follow from the changes. The input is not changed.
 *
 * @param document - the document to change, usually the diff's earlier document
 * @param diff - a diff from {@link diffIsms} (also after a JSON round trip)
 * @returns the changed document
 * @throws {@link IsmsError} `invalid_argument` when the diff does not fit the document (its
 * `path` says where)
 * @category Document
 * @example
 * ```ts
 * const later = structuredClone(doc);
 * later.organisation.name = "Northwind Analytics plc";
 * const diff = diffIsms(doc, later);
 * revisionOf(applyIsmsDiff(doc, diff)) === revisionOf(later); // true
 * ```
 */
export function applyIsmsDiff(document: IsmsDocument, diff: IsmsDiff): IsmsDocument {
  try {
    return applyDiff(document, diff);
  } catch (error) {
    throw argumentError("applyIsmsDiff", error);
  }
}
