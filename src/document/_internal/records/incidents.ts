import { addDays, addMonths, type IsoDate } from "../../../core/index.js";
import type { ControlRef } from "../../../catalogue/index.js";
import { listIncidentsWithoutLessons, listRisksContradictedByIncidents, meanTimeToClose, type Incident } from "../../../incidents/index.js";
import type { IsmsDocument } from "../../schema.js";
import type { AreaReviewFact, ControlEvidence, DerivedReadiness } from "./types.js";

function latest(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined);
}

function evidenceOf(control: string, incident: Incident, what: string, date: IsoDate): ControlEvidence {
  return { control: control as ControlRef, evidence: { ref: incident.id, title: `${what}: ${incident.title}`, date } };
}

/**
 * The evidence incident records give for the SoA rows of their controls: every record for
 * 6.8 (reported, on its report date); every assessed record, events included, for 5.25; every
 * incident responded to for 5.24 and 5.26 (the process planned and run, on the response
 * date); the lessons of an incident for 5.27 (latest lesson); the evidence collected for 5.28
 * (latest collection).
 */
export function incidentsControlEvidence(document: IsmsDocument): ControlEvidence[] {
  const found: ControlEvidence[] = [];
  for (const incident of document.incidents ?? []) {
    found.push(evidenceOf("annex-a:6.8", incident, "Reported", incident.reported));
    if (incident.assessed !== undefined) found.push(evidenceOf("annex-a:5.25", incident, incident.kind === "incident" ? "Assessed as an incident" : "Assessed as an event", incident.assessed));
    if (incident.kind === "incident" && incident.responded !== undefined) {
      found.push(evidenceOf("annex-a:5.24", incident, "Incident handled", incident.responded));
      found.push(evidenceOf("annex-a:5.26", incident, "Incident responded to", incident.responded));
    }
    const lessonDate = latest(incident.lessons.map((lesson) => lesson.date));
    if (lessonDate !== undefined) found.push(evidenceOf("annex-a:5.27", incident, `Lessons learned (${incident.lessons.length})`, lessonDate));
    const evidenceDate = latest(incident.evidence.map((item) => item.date));
    if (evidenceDate !== undefined) found.push(evidenceOf("annex-a:5.28", incident, `Evidence collected (${incident.evidence.length})`, evidenceDate));
  }
  return found;
}

/**
 * Incidents contribute no clause-level readiness: the requirement they feed, 10.2, is
 * already derived from the nonconformities their lessons raise, and 5.24–5.28 are controls
 * whose evidence reaches the SoA through {@link incidentsControlEvidence}.
 */
export function incidentsReadiness(_document: IsmsDocument, _asOf: IsoDate): DerivedReadiness[] {
  return [];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What incident records contribute to a management review held on `asOf` (9.3.2), over the
 * 12 months before it (after `asOf` minus 12 months, up to `asOf`): the incidents and events
 * reported and the mean time to close ("monitoring_and_measurement_results"); the closed
 * incidents without lessons learned and the nonconformities lessons raised
 * ("nonconformities_and_corrective_actions"); the lessons learned and the changes they led to
 * ("improvement_opportunities"); the risks whose likelihood the incidents contradict
 * ("risk_assessment_and_treatment_status"). None when the document holds no incidents field.
 */
export function incidentsReviewFacts(document: IsmsDocument, asOf: IsoDate): AreaReviewFact[] {
  const all = document.incidents;
  if (all === undefined) return [];
  const from = addMonths(asOf, -12);
  const recent = all.filter((incident) => incident.reported > from && incident.reported <= asOf);
  const incidents = recent.filter((incident) => incident.kind === "incident");
  const facts: AreaReviewFact[] = [];
  const mean = meanTimeToClose(all, { asOf, since: addDays(from, 1) });
  const closing = mean === undefined ? "none was closed" : `mean time to close ${Math.round(mean * 10) / 10} days`;
  facts.push({
    input: "monitoring_and_measurement_results",
    text: `${plural(incidents.length, "incident", "incidents")} and ${plural(recent.length - incidents.length, "event", "events")} reported in the 12 months before ${asOf}; ${closing}.`,
    refs: recent.map((incident) => incident.id),
  });
  const withoutLessons = listIncidentsWithoutLessons(all, asOf).filter((incident) => incident.reported > from);
  if (withoutLessons.length > 0) {
    facts.push({
      input: "nonconformities_and_corrective_actions",
      text: `${plural(withoutLessons.length, "incident", "incidents")} closed without lessons learned.`,
      refs: withoutLessons.map((incident) => incident.id),
    });
  }
  const lessons = recent.flatMap((incident) => incident.lessons.filter((lesson) => lesson.date <= asOf).map((lesson) => ({ incident, lesson })));
  const raisedNcs = lessons.flatMap(({ incident, lesson }) => (lesson.raised?.nonconformity === undefined ? [] : [{ incident: incident.id, nc: lesson.raised.nonconformity }]));
  if (raisedNcs.length > 0) {
    facts.push({
      input: "nonconformities_and_corrective_actions",
      text: `Lessons learned from incidents raised ${plural(raisedNcs.length, "nonconformity", "nonconformities")}: ${raisedNcs.map((found) => `${found.nc} (${found.incident})`).join(", ")}.`,
      refs: raisedNcs.flatMap((found) => [found.incident, found.nc]),
    });
  }
  if (lessons.length > 0) {
    const changes = lessons.filter(({ lesson }) => lesson.raised?.change !== undefined);
    facts.push({
      input: "improvement_opportunities",
      text:
        changes.length === 0
          ? `${plural(lessons.length, "lesson", "lessons")} learned from incidents, none leading to a change yet.`
          : `${plural(lessons.length, "lesson", "lessons")} learned from incidents, ${changes.length} leading to a change: ${changes.map(({ lesson }) => (lesson.raised?.change ?? "").replace(/\.$/, "")).join("; ")}.`,
      refs: [...new Set(lessons.map(({ incident }) => incident.id))],
    });
  }
  const contradicted = listRisksContradictedByIncidents(all, document.risks, document.methodologies, { asOf });
  if (contradicted.length > 0) {
    facts.push({
      input: "risk_assessment_and_treatment_status",
      text: `Incidents contradict the low likelihood of ${plural(contradicted.length, "risk", "risks")}: ${contradicted.map((found) => `${found.riskId} (${found.likelihood}, ${found.incidents.length} incidents)`).join(", ")}.`,
      refs: contradicted.flatMap((found) => [found.riskId, ...found.incidents]),
    });
  }
  return facts;
}
