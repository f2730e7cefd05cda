import { addMonths, type IsoDate, type RiskId } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import { evaluateRisk, type Methodologies, type MethodologyRef, type RatingLayer, type Risk } from "../risk/index.js";
import type { Incident, IncidentId } from "./incident.js";
import { happenedOn } from "./_internal/status.js";

/**
 * Options of {@link listRisksContradictedByIncidents}.
 *
 * @category Incidents
 * @example
 * ```ts
 * const options: ListRisksContradictedByIncidentsOptions = { asOf: EXAMPLE_AS_OF, minIncidents: 1, months: 24 };
 * ```
 */
export interface ListRisksContradictedByIncidentsOptions {
  /** The end of the window. */
  readonly asOf: IsoDate;
  /** How many linked incidents in the window contradict a low likelihood; 2 when absent. */
  readonly minIncidents?: number;
  /** The length of the window in months before `asOf`; 12 when absent. */
  readonly months?: number;
}

/**
 * A risk whose likelihood the incidents contradict, with what contradicts it.
 *
 * @category Incidents
 * @example
 * ```ts
 * const flagged: readonly ContradictedRisk[] = listRisksContradictedByIncidents(doc.incidents ?? [], doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF });
 * flagged.map((found) => `${found.riskId}: ${found.likelihood}, ${found.incidents.length} incidents`);
 * ```
 */
export interface ContradictedRisk {
  /** The risk. */
  readonly riskId: RiskId;
  /** The layer read: the one that describes the risk as it stands (residual, else current, else inherent). */
  readonly layer: RatingLayer;
  /** The methodology version the rating was made under. */
  readonly methodology: MethodologyRef;
  /** The likelihood level key of that rating. */
  readonly likelihood: string;
  /** Its 1-based position on the likelihood scale of the rating's methodology version. */
  readonly position: number;
  /** How many levels that scale has. */
  readonly levels: number;
  /** The linked incidents in the window, by date. */
  readonly incidents: readonly IncidentId[];
}

/**
 * The risks whose likelihood the incident record contradicts (6.1.2, 10.1): a risk rated in
 * the lower half of its likelihood scale (1-based position ≤ half the number of levels, so
 * "rare" and "unlikely" on a five-level scale) that at least `minIncidents` (2) incidents
 * link to, which occurred (or, when the date is unknown, were reported) in the `months` (12)
 * before `asOf`: after `asOf` minus the months, and on or before `asOf`. The rating read is
 * the one that describes the risk as it stands (residual, else current, else inherent), on
 * the scale of the methodology version it was made under. Events are not counted, and a risk
 * whose rating cannot be scored is left out.
 *
 * @param incidents - the events and incidents
 * @param risks - the risk register
 * @param methodologies - the methodology versions the ratings name
 * @param options - the window and threshold
 * @returns the contradicted risks, in the register's order
 * @category Incidents
 * @example
 * ```ts
 * listRisksContradictedByIncidents(doc.incidents ?? [], doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF, minIncidents: 1 })
 *   .map((found) => found.riskId); // the low-likelihood risks with at least one incident
 * ```
 */
export function listRisksContradictedByIncidents(
  incidents: readonly Incident[],
  risks: readonly Risk[],
  methodologies: Methodologies,
  options: ListRisksContradictedByIncidentsOptions,
): readonly ContradictedRisk[] {
  try {
    const { asOf } = options;
    const minIncidents = options.minIncidents ?? 2;
    const from = addMonths(asOf, -(options.months ?? 12));
    const versions = [methodologies].flat();
    const byRisk = new Map<string, Incident[]>();
    for (const incident of incidents) {
      const date = happenedOn(incident);
      if (incident.kind !== "incident" || date <= from || date > asOf) continue;
      for (const risk of new Set(incident.risks)) byRisk.set(risk, [...(byRisk.get(risk) ?? []), incident]);
    }
    const found: ContradictedRisk[] = [];
    for (const risk of risks) {
      const linked = byRisk.get(risk.id) ?? [];
      if (linked.length < minIncidents) continue;
      const evaluation = evaluateRisk(methodologies, risk);
      if (evaluation === undefined) continue;
      const { methodology } = evaluation.score;
      const version = versions.find((candidate) => candidate.id === methodology.id && candidate.version === methodology.version);
      if (version === undefined) continue;
      const levels = version.matrix.likelihood.levels.length;
      const position = evaluation.score.likelihoodIndex + 1;
      if (position * 2 > levels) continue;
      const dated = [...linked].sort((a, b) => (happenedOn(a) < happenedOn(b) ? -1 : happenedOn(a) > happenedOn(b) ? 1 : a.id < b.id ? -1 : 1));
      found.push({ riskId: risk.id, layer: evaluation.layer, methodology, likelihood: evaluation.score.likelihood, position, levels, incidents: dated.map((incident) => incident.id) });
    }
    return found;
  } catch (error) {
    throw argumentError("listRisksContradictedByIncidents", error);
  }
}
