import type { IsoDate } from "../../../core/index.js";
import type { IsmsDocument } from "../../schema.js";
import type { AreaReviewFact, ControlEvidence, DerivedReadiness } from "./types.js";

/** The evidence the document's incidents records give for the SoA rows of their controls. */
export function incidentsControlEvidence(_document: IsmsDocument): ControlEvidence[] {
  return [];
}

/** What the incidents records show about the requirements of clauses 4–10 on `asOf`. */
export function incidentsReadiness(_document: IsmsDocument, _asOf: IsoDate): DerivedReadiness[] {
  return [];
}

/** What the incidents records contribute to the inputs of a management review held on `asOf`. */
export function incidentsReviewFacts(_document: IsmsDocument, _asOf: IsoDate): AreaReviewFact[] {
  return [];
}
