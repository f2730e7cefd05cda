import { IsmsError } from "../core/index.js";
import type { Methodology, Rating } from "../risk/index.js";
import type { IsmsDocument } from "./schema.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * The methodology version in force: the highest version of the methodology that most risks'
 * ratings name (the first methodology when no risk is rated). Heat maps and summaries use it.
 *
 * @param document - the ISMS
 * @returns the methodology in force
 * @category Document
 * @example
 * ```ts
 * currentMethodology(doc).version; // 2
 * ```
 */
export function currentMethodology(document: IsmsDocument): Methodology {
  try {
    const votes = new Map<string, number>();
    // The four layers read one by one: no array per risk, and a run of ratings under one
    // methodology (the usual case) counts without a map lookup each.
    let runId: string | undefined;
    let run = 0;
    const vote = (rating: Rating | undefined): void => {
      if (rating === undefined) return;
      const id = rating.methodology.id;
      if (id === runId) {
        run += 1;
        return;
      }
      if (runId !== undefined) votes.set(runId, (votes.get(runId) ?? 0) + run);
      runId = id;
      run = 1;
    };
    for (const risk of document.risks) {
      const { inherent, current, target, residual } = risk.ratings;
      vote(inherent);
      vote(current);
      vote(target);
      vote(residual);
    }
    if (runId !== undefined) votes.set(runId, (votes.get(runId) ?? 0) + run);
    const first = document.methodologies[0];
    // The schema requires one; a document that skipped parsing is a wrong argument.
    if (first === undefined) throw new IsmsError("invalid_argument", "currentMethodology cannot work with a document that holds no risk methodology; parse it with parseIsms first.");
    const id = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? first.id;
    let best: Methodology | undefined;
    for (const methodology of document.methodologies) {
      if (methodology.id === id && (best === undefined || methodology.version > best.version)) best = methodology;
    }
    return best ?? first;
  } catch (error) {
    throw argumentError("currentMethodology", error);
  }
}
