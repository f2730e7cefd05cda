import { daysBetween, type IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Incident } from "./incident.js";

/**
 * Options of {@link meanTimeToClose}.
 *
 * @category Incidents
 * @example
 * ```ts
 * const options: MeanTimeToCloseOptions = { asOf: EXAMPLE_AS_OF, since: "2026-01-01" };
 * ```
 */
export interface MeanTimeToCloseOptions {
  /** The end of the window: incidents closed on or before it count. */
  readonly asOf: IsoDate;
  /** The start of the window, when given: only incidents closed on or after it count. */
  readonly since?: IsoDate;
}

/**
 * The mean time to close incidents, in days: over the records of kind `incident` closed in
 * the window (`since` ≤ closed ≤ `asOf`), the mean number of calendar days from the report
 * to the closure. Events are left out (closing an event assessed as not an incident is not
 * incident handling), and so are incidents still open on `asOf`.
 *
 * @param incidents - the events and incidents
 * @param options - the window
 * @returns the mean in days (not rounded), or `undefined` when no incident closed in the window
 * @category Incidents
 * @example
 * ```ts
 * meanTimeToClose(doc.incidents ?? [], { asOf: EXAMPLE_AS_OF }); // 11: closures after 13, 14 and 6 days
 * meanTimeToClose(doc.incidents ?? [], { asOf: "2026-01-31" }); // undefined
 * ```
 */
export function meanTimeToClose(incidents: readonly Incident[], options: MeanTimeToCloseOptions): number | undefined {
  try {
    const { asOf, since } = options;
    const days: number[] = [];
    for (const incident of incidents) {
      if (incident.kind !== "incident" || incident.closed === undefined || incident.closed > asOf) continue;
      if (since !== undefined && incident.closed < since) continue;
      days.push(daysBetween(incident.reported, incident.closed));
    }
    if (days.length === 0) return undefined;
    return days.reduce((sum, value) => sum + value, 0) / days.length;
  } catch (error) {
    throw argumentError("meanTimeToClose", error);
  }
}
