import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { daysBetween } from "../../src/core/index.js";
import { listIncidentsWithoutLessons, listRisksContradictedByIncidents, meanTimeToClose, validateIncidents } from "../../src/incidents/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { incidentDateArb, incidentsArb } from "../arbitraries/incidents.js";

const doc = createExampleIsms();
// R-07 (unlikely), R-25 (rare) and R-03 (possible) of the example organisation.
const RISKS = ["R-07", "R-25", "R-03"];

test.prop([incidentsArb(), incidentDateArb, fc.option(incidentDateArb, { nil: undefined })], { numRuns: 60 })(
  "the mean time to close lies between the shortest and the longest time to close it averages",
  (incidents, asOf, since) => {
    expect(validateIncidents(incidents).filter((found) => found.severity === "error")).toEqual([]);
    const counted = incidents.filter((incident) => incident.kind === "incident" && incident.closed !== undefined && incident.closed <= asOf && (since === undefined || incident.closed >= since));
    const days = counted.map((incident) => daysBetween(incident.reported, incident.closed!));
    const mean = meanTimeToClose(incidents, since === undefined ? { asOf } : { asOf, since });
    if (days.length === 0) {
      expect(mean).toBeUndefined();
      return;
    }
    expect(mean).toBeGreaterThanOrEqual(Math.min(...days));
    expect(mean).toBeLessThanOrEqual(Math.max(...days));
  },
);

test.prop([incidentsArb(), incidentDateArb, incidentDateArb], { numRuns: 60 })(
  "incidents without lessons: an incident flagged earlier stays flagged unless a lesson was dated in between, and nothing changes when nothing happens",
  (incidents, a, b) => {
    const [from, to] = a <= b ? [a, b] : [b, a];
    const earlier = new Set(listIncidentsWithoutLessons(incidents, from).map((incident) => incident.id));
    const later = new Set(listIncidentsWithoutLessons(incidents, to).map((incident) => incident.id));
    const inBetween = (date: string | undefined) => date !== undefined && date > from && date <= to;
    for (const incident of incidents) {
      if (earlier.has(incident.id) && !incident.lessons.some((lesson) => inBetween(lesson.date))) expect(later.has(incident.id)).toBe(true);
    }
    const quiet = incidents.every((incident) => !inBetween(incident.closed) && !incident.lessons.some((lesson) => inBetween(lesson.date)));
    if (quiet) expect([...later]).toEqual([...earlier]);
  },
);

test.prop([incidentsArb(RISKS, 8), incidentsArb(RISKS, 8), incidentDateArb, fc.integer({ min: 1, max: 4 })], { numRuns: 40 })(
  "more incidents never remove a contradiction flag, and a higher threshold never adds one",
  (incidents, more, asOf, minIncidents) => {
    const flagged = (list: typeof incidents, threshold: number) =>
      listRisksContradictedByIncidents(list, doc.risks, doc.methodologies, { asOf, minIncidents: threshold }).map((found) => found.riskId);
    const extra = more.map((incident) => ({ ...incident, id: `${incident.id}-more` as typeof incident.id }));
    const few = flagged(incidents, minIncidents);
    const many = flagged([...incidents, ...extra], minIncidents);
    for (const risk of few) expect(many).toContain(risk);
    const stricter = flagged(incidents, minIncidents + 1);
    for (const risk of stricter) expect(few).toContain(risk);
    expect(few).not.toContain("R-03");
  },
);
