import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { addDays } from "../../src/core/index.js";
import { createCycle, pdcaTransitions, transition, validateCycle, type PdcaCycle } from "../../src/cycle/index.js";
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

test.prop([steps], { numRuns: 150 })("a rejected event leaves the cycle unchanged", (events) => {
  let cycle: PdcaCycle = deepFreeze(createCycle("2026-01-05"));
  let date = "2026-01-05";
  for (const step of events) {
    date = addDays(date, step.days);
    const before = cycle;
    const snapshot = JSON.stringify(cycle);
    const result = transition(cycle, step.event, { guards: step.facts, date });
    if (result.ok) {
      cycle = deepFreeze(result.value);
      expect(cycle.history).toHaveLength(before.history.length + 1);
    } else {
      expect(result.error.length).toBeGreaterThan(0);
      expect(cycle).toBe(before);
      expect(JSON.stringify(cycle)).toBe(snapshot);
    }
  }
});
