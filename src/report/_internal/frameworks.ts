import { ANNEX_A } from "../../catalogue/index.js";
import type { IsmsDocument } from "../../document/index.js";

/** The catalogues in scope, other than Annex A, that a mapping of the document relates to Annex A: the frameworks whose coverage the reports show. */
export function mappedFrameworks(document: IsmsDocument): string[] {
  const mappings = document.mappings ?? [];
  if (mappings.length === 0) return [];
  return document.cataloguesInScope.filter(
    (id) => id !== ANNEX_A && mappings.some((mapping) => (mapping.source === id && mapping.target === ANNEX_A) || (mapping.source === ANNEX_A && mapping.target === id)),
  );
}
