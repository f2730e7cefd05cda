import type { ClauseId, ControlRef } from "../../../catalogue/index.js";
import type { ReadinessStatus, ReviewInput } from "../../../cycle/index.js";
import type { Evidence } from "../../../soa/index.js";

/** Evidence a record gives for one control's SoA row. */
export interface ControlEvidence {
  readonly control: ControlRef;
  readonly evidence: Evidence;
}

/** What a record area shows about a clause (or control) requirement, before readinessEvidence dates and signs it. */
export interface DerivedReadiness {
  readonly requirement: ClauseId | ControlRef;
  readonly status: ReadinessStatus;
  /** The note's text after "Derived from the document: ". */
  readonly note: string;
  readonly evidence?: readonly string[];
}

/** One fact a record area contributes to a management review input (9.3.2). */
export interface AreaReviewFact {
  readonly input: ReviewInput;
  readonly text: string;
  readonly refs: readonly string[];
}
