import type { IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Incident } from "./incident.js";
import { closedBy, compareByReported } from "./_internal/status.js";

/**
 * The incidents closed on or before `asOf` with no lesson learned dated on or before it
 * (5.27 asks that knowledge gained from incidents be used). Events are left out: an event
 * assessed as not an incident needs no lessons.
 *
 * @param incidents - the events and incidents
 * @param asOf - the date to look from
 * @returns the closed incidents without lessons, by report date and id
 * @category Incidents
 * @example
 * ```ts
 * listIncidentsWithoutLessons(doc.incidents ?? [], EXAMPLE_AS_OF).map((incident) => incident.id); // ["INC-2026-017"]
 * ```
 */
export function listIncidentsWithoutLessons(incidents: readonly Incident[], asOf: IsoDate): readonly Incident[] {
  try {
    return incidents
      .filter((incident) => incident.kind === "incident" && closedBy(incident, asOf) && !incident.lessons.some((lesson) => lesson.date <= asOf))
      .sort(compareByReported);
  } catch (error) {
    throw argumentError("listIncidentsWithoutLessons", error);
  }
}
