import { IncidentSchema, type Incident } from "../../src/incidents/index.js";

/** A closed incident with one lesson; override any field. */
export function makeIncident(overrides: Record<string, unknown> = {}): Incident {
  return IncidentSchema.parse({
    id: "INC-1",
    title: "Lost phone",
    kind: "incident",
    occurred: "2026-03-01",
    reported: "2026-03-02",
    assessed: "2026-03-02",
    responded: "2026-03-03",
    closed: "2026-03-12",
    handler: "IT Manager",
    classification: { severity: "medium" },
    affectedAssets: [],
    affected: ["confidentiality"],
    risks: [],
    evidence: [],
    lessons: [{ id: "L-1", date: "2026-03-10", text: "Remote wipe worked." }],
    ...overrides,
  });
}
