import { describe, expect, it } from "vitest";
import {
  can,
  checkExitCriteria,
  createCycle,
  nextEvents,
  transition,
  validateCycle,
} from "../../src/cycle/index.js";
import { IsmsError } from "../../src/core/index.js";
import { passingFacts } from "../arbitraries/cycle.js";
import { deepFreeze, runCycle as run } from "./_fixtures.js";

describe("transition", () => {
  it("moves plan → do and records the event, person and guard evidence", () => {
    const result = transition(createCycle("2026-01-05"), "start_operation", { guards: passingFacts, date: "2026-03-01", by: "CISO" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.phase).toBe("do");
    expect(result.value.history[1]).toMatchObject({ cycle: 1, phase: "do", entered: "2026-03-01", event: "start_operation", by: "CISO" });
    expect(result.value.history[1]?.evidence?.passed).toBe(true);
    expect(result.value.history[1]?.evidence?.met.map((item) => item.code)).toContain("soa_not_approved");
  });

  it("refuses an event that would skip a phase", () => {
    const cycle = createCycle("2026-01-05");
    const result = transition(cycle, "start_evaluation", { guards: passingFacts, date: "2026-03-01" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((found) => found.code)).toEqual(["illegal_event"]);
  });

  it("refuses to leave plan while the SoA is not approved, listing what is missing", () => {
    const result = transition(createCycle("2026-01-05"), "start_operation", {
      guards: { ...passingFacts, soaApproved: false, hasScope: false },
      date: "2026-03-01",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((found) => found.code)).toEqual(["missing_scope", "soa_not_approved"]);
  });

  it("refuses a date before the last transition", () => {
    const result = transition(createCycle("2026-01-05"), "start_operation", { guards: passingFacts, date: "2026-01-04" });
    expect(result.ok ? [] : result.error.map((found) => found.code)).toEqual(["date_before_last_transition"]);
  });

  it("throws on a malformed date", () => {
    expect(() => transition(createCycle("2026-01-05"), "start_operation", { guards: passingFacts, date: "soon" })).toThrow(IsmsError);
  });

  it("accepts a precomputed passing guard result", () => {
    const guards = checkExitCriteria("plan", passingFacts);
    expect(transition(createCycle("2026-01-05"), "start_operation", { guards, date: "2026-01-05" }).ok).toBe(true);
  });

  it("refuses a precomputed result that is inconsistent or failed", () => {
    const cycle = createCycle("2026-01-05");
    const inconsistent = { passed: true, met: [], missing: [{ code: "custom_gap", message: "Something" }] };
    const failed = { passed: false, met: [], missing: [] };
    const first = transition(cycle, "start_operation", { guards: inconsistent, date: "2026-02-01" });
    const second = transition(cycle, "start_operation", { guards: failed, date: "2026-02-01" });
    expect(first.ok ? [] : first.error.map((found) => found.code)).toEqual(["guard_result_mismatch"]);
    expect(second.ok ? [] : second.error.map((found) => found.code)).toEqual(["guard_result_mismatch"]);
  });

  it("refuses a precomputed result of another phase (guard_result_mismatch) and can() agrees", () => {
    const cycle = createCycle("2026-01-05");
    const ofAct = checkExitCriteria("act", passingFacts);
    expect(ofAct.passed).toBe(true);
    const result = transition(cycle, "start_operation", { guards: ofAct, date: "2026-02-01" });
    expect(result.ok ? [] : result.error.map((found) => `${found.code}@${found.path.join(".")}`)).toEqual(["guard_result_mismatch@phase"]);
    expect(can(cycle, "start_operation", ofAct)).toBe(false);
    expect(nextEvents(cycle, ofAct)).toEqual([]);
    expect(can(cycle, "start_operation", { passed: true, met: [], missing: [] })).toBe(false);
  });

  it("refuses a precomputed result whose verdict or criteria were tampered with", () => {
    const cycle = createCycle("2026-01-05");
    const failing = checkExitCriteria("plan", { ...passingFacts, soaApproved: false });
    const flipped = { ...failing, passed: true };
    const dropped = { passed: true, met: failing.met, missing: [] };
    const doubled = { ...checkExitCriteria("plan", passingFacts), met: [...failing.met, ...failing.met.slice(0, 1)] };
    for (const guards of [flipped, dropped, doubled]) {
      const result = transition(cycle, "start_operation", { guards, date: "2026-02-01" });
      expect(result.ok ? [] : result.error.map((found) => found.code)).toEqual(["guard_result_mismatch"]);
    }
    const honest = transition(cycle, "start_operation", { guards: failing, date: "2026-02-01" });
    expect(honest.ok ? [] : honest.error.map((found) => found.code)).toEqual(["soa_not_approved"]);
    const reordered = { passed: true, met: [...checkExitCriteria("plan", passingFacts).met].reverse(), missing: [] };
    expect(can(cycle, "start_operation", reordered)).toBe(true);
  });

  it("increments the cycle number on restart only", () => {
    const cycle = run(["start_operation", "start_evaluation", "start_improvement", "restart"]);
    expect(cycle.cycle).toBe(2);
    expect(cycle.phase).toBe("plan");
    expect(cycle.history.map((entry) => entry.cycle)).toEqual([1, 1, 1, 1, 2]);
    expect(validateCycle(cycle)).toEqual([]);
  });

  it("does not mutate its input", () => {
    const cycle = deepFreeze(createCycle("2026-01-05"));
    const copy = structuredClone(cycle);
    transition(cycle, "start_operation", { guards: passingFacts, date: "2026-03-01" });
    transition(cycle, "restart", { guards: passingFacts, date: "2026-03-01" });
    expect(cycle).toEqual(copy);
  });

  it("returns a new reference on success and keeps the old cycle intact", () => {
    const cycle = createCycle("2026-01-05");
    const result = transition(cycle, "start_operation", { guards: passingFacts, date: "2026-03-01" });
    expect(result.ok && result.value !== cycle).toBe(true);
    expect(cycle.history).toHaveLength(1);
  });
});
