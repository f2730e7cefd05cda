import { ANNEX_A } from "../../catalogue/index.js";
import type { IsmsDocument } from "../../document/index.js";

/**
 * The catalogues of the document (in scope first, in their order, then the others it holds),
 * other than Annex A, that a mapping of the document relates to Annex A: the frameworks whose
 * coverage the reports show. A framework need not be in scope: a customer's baseline held
 * beside the ISMS is reported on without asking for SoA decisions on its controls.
 */
export function mappedFrameworks(document: IsmsDocument): string[] {
  const mappings = document.mappings ?? [];
  if (mappings.length === 0) return [];
  const held = [...new Set([...document.cataloguesInScope, ...document.catalogues.map((catalogue) => catalogue.id as string)])];
  return held.filter(
    (id) => id !== ANNEX_A && mappings.some((mapping) => (mapping.source === id && mapping.target === ANNEX_A) || (mapping.source === ANNEX_A && mapping.target === id)),
  );
}
