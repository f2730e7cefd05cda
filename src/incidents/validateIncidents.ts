import { issue, type IsmsIssue } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Incident } from "./incident.js";

const DATE_FIELDS = ["occurred", "reported", "assessed", "responded", "closed"] as const;

/**
 * Checks events and incidents (5.24–5.28, 6.8): unique ids; dates in their order (occurred
 * ≤ reported ≤ assessed ≤ responded ≤ closed, for the dates present); an incident closed
 * without a classification (a warning: 5.25 asks for the assessment to be recorded); no
 * property named twice in `affected`; unique lesson ids within an incident; no lesson
 * learned before the record was reported (a warning). References to assets, risks and
 * nonconformities are checked by {@link validateIsms}, which knows the document.
 *
 * @param incidents - the events and incidents
 * @returns all issues, paths relative to the list (`duplicate_incident_id`, `incident_dates_out_of_order`, `incident_closed_without_classification`, `duplicate_affected_property`, `duplicate_lesson_id`, `lesson_before_report`)
 * @category Incidents
 * @example
 * ```ts
 * validateIncidents(doc.incidents ?? []); // []
 * validateIncidents([{ ...doc.incidents![0]!, closed: "2020-01-01" }]).map((found) => found.code); // ["incident_dates_out_of_order"]
 * ```
 */
export function validateIncidents(incidents: readonly Incident[]): IsmsIssue[] {
  try {
    const found: IsmsIssue[] = [];
    const ids = new Set<string>();
    incidents.forEach((incident, index) => {
      if (ids.has(incident.id)) found.push(issue("duplicate_incident_id", `Incident id "${incident.id}" is used more than once.`, [index, "id"]));
      ids.add(incident.id);
      let previous: { field: (typeof DATE_FIELDS)[number]; date: string } | undefined;
      for (const field of DATE_FIELDS) {
        const date = incident[field];
        if (date === undefined) continue;
        if (previous !== undefined && date < previous.date) {
          found.push(
            issue(
              "incident_dates_out_of_order",
              `Incident ${incident.id}: ${field} (${date}) is before ${previous.field} (${previous.date}).`,
              [index, field],
            ),
          );
        }
        previous = { field, date };
      }
      if (incident.kind === "incident" && incident.closed !== undefined && incident.classification === undefined) {
        found.push(
          issue("incident_closed_without_classification", `Incident ${incident.id} is closed but was never classified.`, [index, "classification"], "warning"),
        );
      }
      incident.affected.forEach((property, at) => {
        if (incident.affected.indexOf(property) < at) {
          found.push(issue("duplicate_affected_property", `Incident ${incident.id} names ${property} twice.`, [index, "affected", at]));
        }
      });
      const lessons = new Set<string>();
      incident.lessons.forEach((lesson, at) => {
        if (lessons.has(lesson.id)) found.push(issue("duplicate_lesson_id", `Incident ${incident.id}: lesson id "${lesson.id}" is used more than once.`, [index, "lessons", at, "id"]));
        lessons.add(lesson.id);
        if (lesson.date < incident.reported) {
          found.push(
            issue(
              "lesson_before_report",
              `Incident ${incident.id}: lesson ${lesson.id} (${lesson.date}) is dated before the report (${incident.reported}).`,
              [index, "lessons", at, "date"],
              "warning",
            ),
          );
        }
      });
    });
    return found;
  } catch (error) {
    throw argumentError("validateIncidents", error);
  }
}
