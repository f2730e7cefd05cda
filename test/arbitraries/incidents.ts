import { fc } from "@fast-check/vitest";
import { addDays } from "../../src/core/index.js";
import { IncidentSchema, type Incident } from "../../src/incidents/index.js";

const START = "2025-06-01";
const dayArb = (max: number) => fc.integer({ min: 0, max }).map((offset) => addDays(START, offset));

/**
 * Events and incidents over about two years from 2025-06-01, with dates in order, some closed,
 * some with lessons, linked to risks among `risks`; every value parses with IncidentSchema and
 * ids are unique.
 */
export function incidentsArb(risks: readonly string[] = ["R-01", "R-02"], maxLength = 12): fc.Arbitrary<Incident[]> {
  const one = fc.record({
    kind: fc.constantFrom("event", "incident", "incident"),
    reported: fc.integer({ min: 0, max: 700 }),
    closeAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    lessonsAfter: fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 2 }),
    risks: fc.subarray([...risks]),
  });
  return fc.array(one, { maxLength }).map((drafts) =>
    drafts.map((draft, index) => {
      const reported = addDays(START, draft.reported);
      return IncidentSchema.parse({
        id: `INC-${index}`,
        title: `Incident ${index}`,
        kind: draft.kind,
        reported,
        ...(draft.closeAfter === undefined ? {} : { closed: addDays(reported, draft.closeAfter), classification: { severity: "low" } }),
        handler: "CISO",
        affectedAssets: [],
        affected: [],
        risks: draft.risks,
        evidence: [],
        lessons: draft.lessonsAfter.map((after, at) => ({ id: `L-${at}`, date: addDays(reported, after), text: "Learned." })),
      });
    }),
  );
}

/** A date in the same range as {@link incidentsArb}'s. */
export const incidentDateArb: fc.Arbitrary<string> = dayArb(800);
