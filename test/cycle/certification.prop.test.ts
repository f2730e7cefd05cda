import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { addDays, addMonths, addYears, daysBetween } from "../../src/core/index.js";
import { certificationSchedule } from "../../src/cycle/index.js";
import { isoDateArb, leapDayArb } from "../arbitraries/cycle.js";

const decisionArb = fc.oneof(isoDateArb, leapDayArb);

test.prop([decisionArb, fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined })], { numRuns: 200 })(
  "surveillance dates fall before expiry and within the 12-month rule for any decision date",
  (decisionDate, firstAfter) => {
    const externalAudits = firstAfter === undefined ? [] : [{ kind: "surveillance" as const, date: addDays(decisionDate, firstAfter), completed: true }];
    const schedule = certificationSchedule({ body: "CB", decisionDate, externalAudits });
    expect(schedule).toBeDefined();
    if (schedule === undefined) return;
    const [first, second] = schedule.surveillance;
    expect(first.due < schedule.expiry).toBe(true);
    expect(second.due < schedule.expiry).toBe(true);
    expect(first.due > decisionDate).toBe(true);
    expect(first.due < addMonths(decisionDate, 12)).toBe(true);
    if (first.held !== undefined) expect(second.due < addMonths(first.held, 12)).toBe(true);
    expect(second.due < addMonths(decisionDate, 24)).toBe(true);
    expect(schedule.recertificationDue <= schedule.expiry).toBe(true);
    expect(daysBetween(decisionDate, schedule.expiry)).toBeGreaterThanOrEqual(3 * 365 - 1);
    expect(daysBetween(decisionDate, schedule.expiry)).toBeLessThan(3 * 366);
  },
);


test.prop(
  [
    decisionArb,
    fc.option(fc.integer({ min: -200, max: 200 }), { nil: undefined }),
    fc.array(fc.integer({ min: -30, max: 1200 }), { maxLength: 5 }),
  ],
  { numRuns: 200 },
)("validity never starts before the decision, and one audit never stands for two surveillance years", (decisionDate, expiredBefore, offsets) => {
  const previousExpiry = expiredBefore === undefined ? undefined : addDays(decisionDate, -expiredBefore);
  const externalAudits = offsets.map((offset) => ({ kind: "surveillance" as const, date: addDays(decisionDate, offset), completed: true }));
  const schedule = certificationSchedule({ body: "CB", decisionDate, externalAudits, ...(previousExpiry === undefined ? {} : { previousExpiry }) });
  expect(schedule).toBeDefined();
  if (schedule === undefined) return;
  expect(schedule.validFrom >= decisionDate).toBe(true);
  if (previousExpiry !== undefined) {
    expect(schedule.validFrom > previousExpiry).toBe(true);
    expect(schedule.expiry).toBe(addDays(addYears(addDays(previousExpiry, 1), 3), -1));
  }
  const [first, second] = schedule.surveillance;
  if (first.held !== undefined) expect(first.held >= schedule.validFrom).toBe(true);
  if (second.held !== undefined) {
    expect(first.held !== undefined && second.held > first.held).toBe(true);
    expect(second.held > first.due).toBe(true);
  }
});
