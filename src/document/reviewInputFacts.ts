import type { IsoDate } from "../core/index.js";
import { ReviewInputSchema, type ReviewInput } from "../cycle/index.js";
import type { IsmsDocument } from "./schema.js";
import { recordReviewFacts } from "./_internal/records/index.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * One fact the document's records give a management review (9.3.2): which input it belongs
 * to, what it says, and the records it was read from.
 *
 * @category Document
 * @example
 * ```ts
 * const fact: ReviewInputFact = { input: "nonconformities_and_corrective_actions", text: "2 incidents closed without lessons learned.", refs: ["INC-2", "INC-3"] };
 * ```
 */
export interface ReviewInputFact {
  /** The 9.3.2 input the fact belongs to. */
  readonly input: ReviewInput;
  /** The fact, one sentence. */
  readonly text: string;
  /** The ids of the records it was read from. */
  readonly refs: readonly string[];
}

/**
 * The facts a management review held on `asOf` should consider (9.3.2), read from the
 * document: the status of the previous review's actions (a), nonconformities (d 1), audits
 * completed in the last 12 months (d 3), objectives against their targets (d 4), risks above
 * tolerance without an approved treatment plan (f), and what the people, supplier and incident
 * records show: training coverage and overdue training, leavers with open access reviews,
 * suppliers overdue for review or never assessed, incidents, their time to close and their
 * lessons learned. Only records dated on or before `asOf` count. Grouped by input, in the order
 * of {@link ReviewInputSchema}. It does not say whether a review considered them: that is the
 * review's own checklist ({@link missingReviewInputs}).
 *
 * @param document - the ISMS
 * @param asOf - the day of the review
 * @returns the facts, each with the ids of the records it was read from
 * @category Document
 * @example
 * ```ts
 * reviewInputFacts(doc, "2026-12-01").map((fact) => `${fact.input}: ${fact.text}`);
 * ```
 */
export function reviewInputFacts(document: IsmsDocument, asOf: IsoDate): ReviewInputFact[] {
  try {
    const facts = recordReviewFacts(document, asOf);
    const order: readonly ReviewInput[] = ReviewInputSchema.options;
    return facts.map((fact, index) => ({ fact, index })).sort((a, b) => order.indexOf(a.fact.input) - order.indexOf(b.fact.input) || a.index - b.index).map(({ fact }) => ({ input: fact.input, text: fact.text, refs: [...fact.refs] }));
  } catch (error) {
    throw argumentError("reviewInputFacts", error);
  }
}
