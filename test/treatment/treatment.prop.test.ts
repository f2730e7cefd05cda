import { fc, test } from "@fast-check/vitest";
import { addMonths as addMonthsFns, differenceInCalendarDays } from "date-fns";
import { describe, expect } from "vitest";
import { hasErrors } from "../../src/core/index.js";
import {
  acceptanceStatus,
  normaliseTreatmentOption,
  recordDecision,
  revokeDecision,
  TREATMENT_OPTION_ALIASES,
  TreatmentOptionSchema,
  validateTreatmentPlans,
  listOverdueActions,
  type Decision,
} from "../../src/treatment/index.js";
import { consequenceArb, decisionArb, isoDateArb, likelihoodArb, planArb } from "../arbitraries/treatment.js";
import { acceptance, did, M, methodology, plan, rating, risk } from "./fixtures.js";

const toDate = (iso: string): Date => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

describe("treatment properties", () => {
  test.prop([fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 9 })), { maxLength: 12 })], { numRuns: 100 })(
    "decisions are append-only: no command removes or edits an earlier decision",
    (steps) => {
      let decisions: readonly Decision[] = [];
      steps.forEach(([revoke, target], index) => {
        const before = decisions;
        const copy = structuredClone(before);
        const result = revoke
          ? revokeDecision(before, { id: did(`D-${index}`), revokes: did(`D-${target}`), decidedBy: "Jo", role: "Risk owner", date: "2026-05-01", reason: "Changed" })
          : recordDecision(before, acceptance(`D-${index}`));
        expect(before).toEqual(copy);
        if (!result.ok) return;
        expect(result.value.length).toBeGreaterThanOrEqual(before.length);
        before.forEach((decision, position) => expect(result.value[position]).toEqual(decision));
        decisions = result.value;
      });
    },
  );

  test.prop([fc.tuple(...Array.from({ length: 12 }, (_, n) => decisionArb(n))), fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 16 })], { numRuns: 100 })(
    "recordDecision never changes earlier records, whatever is recorded",
    (samples, picks) => {
      let decisions: readonly Decision[] = [];
      for (const n of picks) {
        const result = recordDecision(decisions, samples[n]!);
        if (result.ok) {
          expect(result.value.slice(0, decisions.length)).toEqual(decisions);
          decisions = result.value;
        }
      }
    },
  );

  test.prop(
    [likelihoodArb, consequenceArb, fc.option(fc.record({ likelihood: likelihoodArb, consequence: consequenceArb, version: fc.constantFrom(1, 2) }), { nil: undefined })],
    { numRuns: 200 },
  )("an acceptance is stale exactly when the frozen rating and the current residual differ", (likelihood, consequence, residual) => {
    const decision = acceptance("D-1", { rating: { likelihood, consequence, methodology: M } });
    const ratings = residual ? { residual: { ...rating(residual.likelihood, residual.consequence), methodology: { ...M, version: residual.version } } } : {};
    const status = acceptanceStatus(decision, { risks: [risk("R-1", ratings)], methodologies: methodology, decisions: [decision], asOf: "2026-03-01" });
    const same = residual !== undefined && residual.likelihood === likelihood && residual.consequence === consequence && residual.version === 1;
    expect(status.stale).toBe(!same);
  });

  test.prop([fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...Object.keys(TREATMENT_OPTION_ALIASES)))], { numRuns: 200 })(
    "alias normalisation is idempotent",
    (word) => {
      const once = normaliseTreatmentOption(word);
      if (once !== undefined) {
        expect(TreatmentOptionSchema.options).toContain(once);
        expect(normaliseTreatmentOption(once)).toBe(once);
      }
    },
  );

  test.prop([fc.constantFrom(...Object.keys(TREATMENT_OPTION_ALIASES)), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), fc.constantFrom("", " ", "  \t")])(
    "aliases are recognised in any case and with surrounding white space",
    (alias, upper, pad) => {
      const cased = [...alias].map((char, index) => (upper[index % upper.length] ? char.toUpperCase() : char)).join("");
      expect(normaliseTreatmentOption(`${pad}${cased}${pad}`)).toBe(TREATMENT_OPTION_ALIASES[alias]);
    },
  );

  test.prop([planArb, fc.option(fc.record({ likelihood: likelihoodArb, consequence: consequenceArb }), { nil: undefined })], { numRuns: 200 })(
    "every plan that passes validation under option modify has at least one control",
    (candidate, current) => {
      const modify = { ...candidate, options: [...new Set([...candidate.options, "modify" as const])] };
      const R1 = risk("R-1", current ? { current: rating(current.likelihood, current.consequence) } : {});
      const found = validateTreatmentPlans([modify], { risks: [R1], methodologies: methodology, decisions: [acceptance("D-1")] });
      if (!hasErrors(found)) expect(modify.controls.length).toBeGreaterThan(0);
      if (modify.controls.length === 0) expect(found.map((f) => f.code)).toContain("modify_without_control");
    },
  );

  test.prop([isoDateArb, isoDateArb], { numRuns: 200 })("expiry holds across month ends and leap years: expired exactly after the expiry day", (expires, asOf) => {
    const decision = acceptance("D-1", { date: "2023-01-01", expires });
    const R1 = risk("R-1", { residual: rating("unlikely", "major") });
    const status = acceptanceStatus(decision, { risks: [R1], methodologies: methodology, decisions: [], asOf });
    expect(status.expired).toBe(differenceInCalendarDays(toDate(asOf), toDate(expires)) > 0);
  });

  test.prop([isoDateArb], { numRuns: 200 })("the derived review date is the decision date plus the interval in calendar months (date-fns)", (date) => {
    const decision = acceptance("D-1", { date });
    const status = acceptanceStatus(decision, { risks: [], methodologies: methodology, decisions: [], asOf: date });
    expect(status.reviewDue).toBe(fromDate(addMonthsFns(toDate(date), 12)));
    expect(status.reviewDue! > date).toBe(true);
  });

  // Decision dates on the last days of months (29, 30, 31 and 28/29 February) with review
  // intervals of 1 to 24 months: the review falls on the same day of the month or, when that
  // month is shorter, on its last day.
  const monthEndArb = fc
    .record({ year: fc.integer({ min: 1999, max: 2104 }), month: fc.integer({ min: 1, max: 12 }), back: fc.integer({ min: 0, max: 3 }) })
    .map(({ year, month, back }) => fromDate(new Date(year, month, 0 - back)));
  test.prop([monthEndArb, fc.integer({ min: 1, max: 24 })], { numRuns: 300 })(
    "review dates hold across month ends and leap years for any interval in months (date-fns)",
    (date, months) => {
      const criteria = { ...methodology.acceptance, levels: methodology.acceptance.levels.map((level) => ({ ...level, review: { every: months, unit: "months" as const } })) };
      const withInterval = { ...methodology, acceptance: criteria };
      const status = acceptanceStatus(acceptance("D-1", { date }), { risks: [], methodologies: withInterval, decisions: [], asOf: date });
      const expected = addMonthsFns(toDate(date), months);
      expect(status.reviewDue).toBe(fromDate(expected));
      const day = Number(date.slice(8, 10));
      const lastOfTarget = new Date(expected.getFullYear(), expected.getMonth() + 1, 0).getDate();
      expect(expected.getDate()).toBe(Math.min(day, lastOfTarget));
    },
  );

  test.prop([isoDateArb, isoDateArb], { numRuns: 200 })("days overdue are calendar days from the due date (date-fns)", (due, asOf) => {
    const p = plan();
    const late = { ...p, actions: [{ ...p.actions[0]!, due }] };
    const found = listOverdueActions([late], asOf);
    const days = differenceInCalendarDays(toDate(asOf), toDate(due));
    expect(found.length).toBe(days > 0 ? 1 : 0);
    if (days > 0) expect(found[0]?.daysOverdue).toBe(days);
  });
});
