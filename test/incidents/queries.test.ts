import { describe, expect, it } from "vitest";
import {
  listIncidentsWithoutLessons,
  listOpenIncidents,
  listRisksContradictedByIncidents,
  meanTimeToClose,
} from "../../src/incidents/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { makeIncident } from "./_fixtures.js";

const doc = createExampleIsms();
const incidents = doc.incidents ?? [];
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe("listOpenIncidents", () => {
  it("lists records reported by asOf and not closed by it, events included", () => {
    const event = makeIncident({ id: "EV-1", kind: "event", reported: "2026-03-05", closed: undefined, classification: undefined, assessed: undefined, responded: undefined });
    const list = [makeIncident(), event, makeIncident({ id: "INC-2", reported: "2026-04-01", occurred: undefined, assessed: undefined, responded: undefined, closed: undefined })];
    expect(ids(listOpenIncidents(list, "2026-03-11"))).toEqual(["INC-1", "EV-1"]);
    expect(ids(listOpenIncidents(list, "2026-03-12"))).toEqual(["EV-1"]);
    expect(ids(listOpenIncidents(list, "2026-04-01"))).toEqual(["EV-1", "INC-2"]);
  });

  it("finds the cloud outage open in the example while it lasted", () => {
    expect(ids(listOpenIncidents(incidents, "2026-09-10"))).toEqual(["INC-2026-017"]);
    expect(listOpenIncidents(incidents, EXAMPLE_AS_OF)).toEqual([]);
  });
});

describe("listIncidentsWithoutLessons", () => {
  it("lists closed incidents without a lesson dated by asOf", () => {
    const late = makeIncident({ id: "INC-2", lessons: [{ id: "L-1", date: "2026-04-01", text: "Written late." }] });
    expect(ids(listIncidentsWithoutLessons([makeIncident(), late], "2026-03-20"))).toEqual(["INC-2"]);
    expect(ids(listIncidentsWithoutLessons([makeIncident(), late], "2026-04-01"))).toEqual([]);
  });

  it("leaves out events and open incidents", () => {
    const event = makeIncident({ kind: "event", lessons: [] });
    const open = makeIncident({ id: "INC-2", closed: undefined, lessons: [] });
    expect(listIncidentsWithoutLessons([event, open], "2026-12-31")).toEqual([]);
  });

  it("flags the example's cloud outage", () => {
    expect(ids(listIncidentsWithoutLessons(incidents, EXAMPLE_AS_OF))).toEqual(["INC-2026-017"]);
  });
});

describe("meanTimeToClose", () => {
  it("is the mean of days from report to closure of the incidents closed in the window", () => {
    expect(meanTimeToClose(incidents, { asOf: EXAMPLE_AS_OF })).toBe(11);
    expect(meanTimeToClose(incidents, { asOf: EXAMPLE_AS_OF, since: "2026-03-01" })).toBe(10);
    expect(meanTimeToClose(incidents, { asOf: "2026-05-28" })).toBe(13);
  });

  it("is undefined when no incident closed in the window, and ignores events", () => {
    expect(meanTimeToClose(incidents, { asOf: "2026-02-22" })).toBeUndefined();
    expect(meanTimeToClose([makeIncident({ kind: "event" })], { asOf: "2026-12-31" })).toBeUndefined();
  });
});

describe("listRisksContradictedByIncidents", () => {
  const twice = (risk: string, dates: readonly [string, string]) =>
    dates.map((date, index) =>
      makeIncident({ id: `INC-${index}`, occurred: date, reported: date, assessed: undefined, responded: undefined, closed: undefined, risks: [risk], lessons: [] }),
    );

  it("flags a risk rated unlikely with two incidents in the last 12 months", () => {
    const found = listRisksContradictedByIncidents(twice("R-07", ["2026-01-10", "2026-10-01"]), doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF });
    expect(found).toEqual([
      { riskId: "R-07", layer: "residual", methodology: { id: "northwind-risk-method", version: 1 }, likelihood: "unlikely", position: 2, levels: 5, incidents: ["INC-0", "INC-1"] },
    ]);
  });

  it("does not flag a risk rated in the upper half, nor incidents outside the window", () => {
    const high = doc.risks.find((risk) => risk.id === "R-03");
    expect(high).toBeDefined();
    expect(listRisksContradictedByIncidents(twice("R-03", ["2026-01-10", "2026-10-01"]), doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF })).toEqual([]);
    expect(listRisksContradictedByIncidents(twice("R-07", ["2025-11-27", "2026-10-01"]), doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF })).toEqual([]);
    expect(listRisksContradictedByIncidents(twice("R-07", ["2026-01-10", "2026-11-28"]), doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF })).toEqual([]);
  });

  it("takes the threshold and the window as options", () => {
    expect(listRisksContradictedByIncidents(incidents, doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF })).toEqual([]);
    const one = listRisksContradictedByIncidents(incidents, doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF, minIncidents: 1 });
    expect(one.map((found) => found.riskId)).toEqual(["R-02", "R-07", "R-16", "R-25"]);
    expect(listRisksContradictedByIncidents(incidents, doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF, minIncidents: 1, months: 2 })).toEqual([]);
  });

  it("does not count events", () => {
    const events = twice("R-07", ["2026-01-10", "2026-10-01"]).map((incident) => ({ ...incident, kind: "event" as const }));
    expect(listRisksContradictedByIncidents(events, doc.risks, doc.methodologies, { asOf: EXAMPLE_AS_OF })).toEqual([]);
  });
});
