import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { addDays, addMonths, daysBetween } from "../../src/core/index.js";
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

