import { deriveSoa, type SoaRow } from "../soa/index.js";
import type { IsmsDocument } from "./schema.js";
import { argumentError } from "../core/_internal/index.js";
import { recordEvidence } from "./_internal/records/index.js";

/**
 * Derives the Statement of Applicability (6.1.3 d) of a document: one row per control of
 * every catalogue in scope, in catalogue order, with its applicability, reasons (the risks
 * whose treatment plans select it, the obligations that require it, the decision's own),
 * implementation status, owner and evidence; when the document holds control mappings, each
 * row's `crosswalk` lists the requirements of the other catalogues in scope it relates to.
 * People, supplier and incident records add their evidence to the rows of their controls
 * (training records to 6.3, supplier assessments to 5.22, lessons learned to 5.27, …).
 * Deterministic.
 *
 * @param document - the ISMS
 * @param asOf - the date against which plan progress is read (optional)
 * @returns the SoA rows
 * @category Document
 * @example
 * ```ts
 * const rows = deriveIsmsSoa(doc);
 * rows.filter((row) => !row.applicable).map((row) => `${row.id}: ${row.justification}`);
 * ```
 */
export function deriveIsmsSoa(document: IsmsDocument, asOf?: string): SoaRow[] {
  try {
    return deriveSoa({
      catalogues: document.cataloguesInScope,
      customCatalogues: document.catalogues,
      risks: document.risks,
      plans: document.treatmentPlans,
      obligations: document.obligations,
      decisions: document.soaDecisions,
      ...(document.mappings === undefined || document.mappings.length === 0 ? {} : { mappings: document.mappings }),
      ...(asOf === undefined ? {} : { asOf }),
      ...withRecordEvidence(recordEvidence(document)),
    });
  } catch (error) {
    throw argumentError("deriveIsmsSoa", error);
  }
}

function withRecordEvidence(evidence: ReturnType<typeof recordEvidence>): { recordEvidence?: NonNullable<ReturnType<typeof recordEvidence>> } {
  return evidence === undefined ? {} : { recordEvidence: evidence };
}
