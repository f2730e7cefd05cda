import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { addDays } from "../../src/core/index.js";
import { checkExitCriteria, createCycle, pdcaTransitions, transition, validateCycle, type PdcaCycle } from "../../src/cycle/index.js";
import { pdcaStepArb } from "../arbitraries/cycle.js";
import { deepFreeze } from "./_fixtures.js";

const steps = fc.array(pdcaStepArb, { maxLength: 30 });

test.prop([steps], { numRuns: 150 })("any sequence of events keeps the history consistent", (events) => {
  let cycle: PdcaCycle = createCycle("2026-01-05");
  let date = "2026-01-05";
  for (const step of events) {
    date = addDays(date, step.days);
    const result = transition(cycle, step.event, { guards: step.facts, date });
    if (result.ok) cycle = result.value;
  }
  expect(validateCycle(cycle)).toEqual([]);
  cycle.history.forEach((entry, index) => {
    const previous = cycle.history[index - 1];
    if (previous === undefined) return;
    const row = pdcaTransitions.find((candidate) => candidate.from === previous.phase);
    expect(entry.phase).toBe(row?.to);
    expect(entry.cycle).toBe(entry.phase === "plan" ? previous.cycle + 1 : previous.cycle);
    expect(entry.entered >= previous.entered).toBe(true);
  });
  expect(cycle.cycle).toBe(1 + cycle.history.filter((entry) => entry.event === "restart").length);
});

test.prop([steps], { numRuns: 150 })("an event is refused exactly when it is illegal, back-dated or its exit criteria fail, naming why, and the cycle is left as it was", (events) => {
  let cycle: PdcaCycle = deepFreeze(createCycle("2026-01-05"));
  let date = "2026-01-05";
  for (const step of events) {
    date = addDays(date, step.days);
    const before = cycle;
    const snapshot = JSON.stringify(cycle);
    // The oracle, from the transition table and the exit criteria, not from transition itself.
    const row = pdcaTransitions.find((candidate) => candidate.from === cycle.phase && candidate.event === step.event);
    const last = cycle.history.at(-1);
    const criteria = checkExitCriteria(cycle.phase, step.facts);
    const expected =
      row === undefined
        ? ["illegal_event"]
        : last !== undefined && date < last.entered
          ? ["date_before_last_transition"]
          : criteria.missing.map((item) => item.code);
    const result = transition(cycle, step.event, { guards: step.facts, date });
    expect(JSON.stringify(before)).toBe(snapshot);
    if (result.ok) {
      expect(expected).toEqual([]);
      expect(result.value.phase).toBe(row?.to);
      expect(result.value.history).toHaveLength(before.history.length + 1);
      cycle = deepFreeze(result.value);
    } else {
      expect(expected.length).toBeGreaterThan(0);
      expect(result.error.map((found) => found.code)).toEqual(expected);
    }
  }
});
