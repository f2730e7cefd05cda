import { fc } from "@fast-check/vitest";
import {
  PdcaEventSchema,
  type NonconformityEvent,
  type PdcaEvent,
  type PdcaGuardFacts,
} from "../../src/cycle/index.js";
import { addDays } from "../../src/core/index.js";

/** Guard facts that all pass. */
export const passingFacts: PdcaGuardFacts = {
  hasScope: true,
  approvedPolicy: true,
  hasMethodology: true,
  riskAssessmentComplete: true,
  treatmentPlanApproved: true,
  soaApproved: true,
  objectivesDefined: true,
  plannedAuditsInCycle: 1,
  completedAuditsInCycle: 1,
  completedReviewsInCycle: 1,
  majorNonconformitiesWithoutCorrectiveAction: [],
};

/** Any guard facts, passing or not. */
export const guardFactsArb: fc.Arbitrary<PdcaGuardFacts> = fc.record({
  hasScope: fc.boolean(),
  approvedPolicy: fc.boolean(),
  hasMethodology: fc.boolean(),
  riskAssessmentComplete: fc.boolean(),
  treatmentPlanApproved: fc.boolean(),
  soaApproved: fc.boolean(),
  objectivesDefined: fc.boolean(),
  plannedAuditsInCycle: fc.nat(3),
  completedAuditsInCycle: fc.nat(3),
  completedReviewsInCycle: fc.nat(3),
  majorNonconformitiesWithoutCorrectiveAction: fc.array(fc.constantFrom("NC-1", "NC-2"), { maxLength: 2 }),
});

/** A calendar date between 2000 and 2099, 29 February included. */
export const isoDateArb: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 36_500 })
  .map((offset) => addDays("2000-01-01", offset));

/** Leap days from 2000 to 2096. */
export const leapDayArb: fc.Arbitrary<string> = fc.integer({ min: 0, max: 24 }).map((n) => `${2000 + 4 * n}-02-29`);

/** A step of a PDCA run: event, guard facts (passing most of the time) and days elapsed (may be negative). */
export const pdcaStepArb: fc.Arbitrary<{ event: PdcaEvent; facts: PdcaGuardFacts; days: number }> = fc.record({
  event: fc.constantFrom(...PdcaEventSchema.options),
  facts: fc.oneof({ arbitrary: fc.constant(passingFacts), weight: 3 }, { arbitrary: guardFactsArb, weight: 1 }),
  days: fc.integer({ min: -5, max: 60 }),
});

/** A date in the working months of a nonconformity (after it was raised on 2026-01-15). */
const ncDateArb: fc.Arbitrary<string> = fc.constantFrom("2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-05-02");

/** A nonconformity event with dates after 2026-01-15, in any order (so that date checks are exercised). */
export const nonconformityEventArb: fc.Arbitrary<NonconformityEvent> = fc.oneof(
  fc.constant<NonconformityEvent>({ kind: "record_correction", description: "Contained", date: "2026-02-01" }),
  fc.constant<NonconformityEvent>({ kind: "record_root_cause", description: "No leaver checklist", date: "2026-02-05" }),
  fc.constantFrom("CA-1", "CA-2", "CA-3").map(
    (id): NonconformityEvent => ({
      kind: "plan_action",
      action: { id: id as never, description: "Do it", owner: "IT", due: "2026-04-01", status: "planned" },
    }),
  ),
  fc.record({ id: fc.constantFrom("CA-1", "CA-2", "CA-3", "CA-9"), status: fc.constantFrom("in_progress", "done", "cancelled"), date: ncDateArb }).map(
    ({ id, status, date }): NonconformityEvent => ({ kind: "update_action", action: id as never, status: status as "done", date }),
  ),
  fc.record({ effective: fc.boolean(), date: ncDateArb }).map(
    ({ effective, date }): NonconformityEvent => ({ kind: "review_effectiveness", date, by: "Auditor", effective }),
  ),
  ncDateArb.map((date): NonconformityEvent => ({ kind: "close", date, by: "CISO" })),
);
