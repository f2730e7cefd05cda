import type { IsoDate } from "../../../core/index.js";
import type { IsmsDocument } from "../../schema.js";
import type { AreaReviewFact, ControlEvidence, DerivedReadiness } from "./types.js";

/** The evidence the document's suppliers records give for the SoA rows of their controls. */
export function suppliersControlEvidence(_document: IsmsDocument): ControlEvidence[] {
  return [];
}

/** What the suppliers records show about the requirements of clauses 4–10 on `asOf`. */
export function suppliersReadiness(_document: IsmsDocument, _asOf: IsoDate): DerivedReadiness[] {
  return [];
}

/** What the suppliers records contribute to the inputs of a management review held on `asOf`. */
export function suppliersReviewFacts(_document: IsmsDocument, _asOf: IsoDate): AreaReviewFact[] {
  return [];
}
