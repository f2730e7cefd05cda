import { IsmsError } from "../core/index.js";
import type { Methodology } from "../risk/index.js";
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
    for (const risk of document.risks) {
      for (const rating of Object.values(risk.ratings)) {
        if (rating) votes.set(rating.methodology.id, (votes.get(rating.methodology.id) ?? 0) + 1);
      }
    }
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
