import type { IsoDate } from "../../core/index.js";
import type { Incident } from "../incident.js";

/** Whether the record was closed on or before `asOf`. */
export function closedBy(incident: Incident, asOf: IsoDate): incident is Incident & { closed: IsoDate } {
  return incident.closed !== undefined && incident.closed <= asOf;
}

/** The date an incident counts from in a window: when it occurred, else when it was reported. */
export function happenedOn(incident: Incident): IsoDate {
  return incident.occurred ?? incident.reported;
}

/** Orders records by the date they were reported, then by id. */
export function compareByReported(a: Incident, b: Incident): number {
  return a.reported < b.reported ? -1 : a.reported > b.reported ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
