import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Incident } from "./incident.js";
import { closedBy, compareByReported } from "./_internal/status.js";

/**
 * The events and incidents open on `asOf`: reported on or before it and not closed on or
 * before it, oldest report first. Events count too: an event not yet closed still awaits its
 * assessment (5.25). Filter on `kind` for incidents only.
 *
 * @param incidents - the events and incidents
 * @param asOf - the date to look from
 * @returns the open records, by report date and id
 * @category Incidents
 * @example
 * ```ts
 * listOpenIncidents(doc.incidents ?? [], "2026-09-20").map((incident) => incident.id); // ["INC-2026-017"]
 * ```
 */
export function listOpenIncidents(incidents: readonly Incident[], asOf: IsoDate): readonly Incident[] {
  try {
    return incidents.filter((incident) => incident.reported <= asOf && !closedBy(incident, asOf)).sort(compareByReported);
  } catch (error) {
    throw argumentError("listOpenIncidents", error);
  }
}
