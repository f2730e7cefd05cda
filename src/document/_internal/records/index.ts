import type { IsoDate } from "../../../core/index.js";
import type { Evidence } from "../../../soa/index.js";
import type { IsmsDocument } from "../../schema.js";
import { peopleControlEvidence, peopleReadiness, peopleReviewFacts } from "./people.js";
import { suppliersControlEvidence, suppliersReadiness, suppliersReviewFacts } from "./suppliers.js";
import { incidentsControlEvidence, incidentsReadiness, incidentsReviewFacts } from "./incidents.js";
import { coreReviewFacts } from "./core.js";
import type { AreaReviewFact, DerivedReadiness } from "./types.js";

export type { AreaReviewFact, ControlEvidence, DerivedReadiness } from "./types.js";

/** The evidence people, supplier and incident records give, by control reference (absent when there is none). */
export function recordEvidence(document: IsmsDocument): ReadonlyMap<string, readonly Evidence[]> | undefined {
  const found = [...peopleControlEvidence(document), ...suppliersControlEvidence(document), ...incidentsControlEvidence(document)];
  if (found.length === 0) return undefined;
  const byControl = new Map<string, Evidence[]>();
  for (const { control, evidence } of found) {
    const list = byControl.get(control) ?? [];
    list.push(evidence);
    byControl.set(control, list);
  }
  return byControl;
}

/** What the people, supplier and incident records show about clause requirements. */
export function recordReadiness(document: IsmsDocument, asOf: IsoDate): DerivedReadiness[] {
  return [...peopleReadiness(document, asOf), ...suppliersReadiness(document, asOf), ...incidentsReadiness(document, asOf)];
}

/** What the document's records contribute to a management review's inputs: the long-standing records first, then people, suppliers and incidents. */
export function recordReviewFacts(document: IsmsDocument, asOf: IsoDate): AreaReviewFact[] {
  return [...coreReviewFacts(document, asOf), ...peopleReviewFacts(document, asOf), ...suppliersReviewFacts(document, asOf), ...incidentsReviewFacts(document, asOf)];
}
