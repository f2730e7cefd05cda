import { describe, expect, it } from "vitest";
import { validateIncidents } from "../../src/incidents/index.js";
import { makeIncident } from "./_fixtures.js";

const codes = (incidents: Parameters<typeof validateIncidents>[0]) => validateIncidents(incidents).map((found) => `${found.severity} ${found.code} ${found.path.join(".")}`);

describe("validateIncidents", () => {
  it("accepts a complete incident", () => {
    expect(validateIncidents([makeIncident()])).toEqual([]);
  });

  it("reports a second record with the same id", () => {
    expect(codes([makeIncident(), makeIncident()])).toEqual(["error duplicate_incident_id 1.id"]);
  });

  it("reports a closure before the response as dates out of order", () => {
    expect(codes([makeIncident({ closed: "2026-03-02" })])).toEqual(["error incident_dates_out_of_order 0.closed"]);
  });

  it("compares a date with the previous date present, skipping absent ones", () => {
    expect(codes([makeIncident({ assessed: undefined, responded: undefined, closed: "2026-03-01" })])).toEqual(["error incident_dates_out_of_order 0.closed"]);
    expect(codes([makeIncident({ occurred: "2026-03-05" })])).toEqual(["error incident_dates_out_of_order 0.reported"]);
  });

  it("warns about an incident closed without classification, not about an event", () => {
    expect(codes([makeIncident({ classification: undefined })])).toEqual(["warning incident_closed_without_classification 0.classification"]);
    expect(codes([makeIncident({ kind: "event", classification: undefined })])).toEqual([]);
    expect(codes([makeIncident({ classification: undefined, closed: undefined })])).toEqual([]);
  });

  it("reports duplicate lesson ids and properties named twice", () => {
    const lesson = { id: "L-1", date: "2026-03-10", text: "Again." };
    expect(codes([makeIncident({ lessons: [lesson, lesson], affected: ["integrity", "integrity"] })])).toEqual([
      "error duplicate_affected_property 0.affected.1",
      "error duplicate_lesson_id 0.lessons.1.id",
    ]);
  });

  it("warns about a lesson dated before the report", () => {
    expect(codes([makeIncident({ lessons: [{ id: "L-1", date: "2026-02-01", text: "Too early." }] })])).toEqual(["warning lesson_before_report 0.lessons.0.date"]);
  });

  it("throws an IsmsError for input that is not a list of incidents", () => {
    expect(() => validateIncidents([null as never])).toThrow(/validateIncidents/);
  });
});
