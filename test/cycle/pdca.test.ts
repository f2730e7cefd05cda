import { describe, expect, it } from "vitest";
import {
  PdcaCycleSchema,
  can,
  checkExitCriteria,
  createCycle,
  cycleStartDate,
  nextEvents,
  pdcaTransitions,
  transition,
  validateCycle,
  type PdcaCycle,
  type PdcaEvent,
  type PdcaGuardFacts,
} from "../../src/cycle/index.js";
import { IsmsError } from "../../src/core/index.js";
import { passingFacts } from "../arbitraries/cycle.js";
import { deepFreeze } from "./_fixtures.js";

function run(events: PdcaEvent[], facts: PdcaGuardFacts = passingFacts): PdcaCycle {
  let cycle = createCycle("2026-01-05");
  events.forEach((event, index) => {
    const next = transition(cycle, event, { guards: facts, date: `2026-0${index + 2}-01` });
    if (!next.ok) throw new Error(next.error.map((found) => found.code).join());
    cycle = next.value;
  });
  return cycle;
}

describe("checkExitCriteria", () => {
  const planCases: [keyof PdcaGuardFacts, string][] = [
    ["hasScope", "missing_scope"],
    ["approvedPolicy", "missing_approved_policy"],
    ["hasMethodology", "missing_risk_methodology"],
    ["riskAssessmentComplete", "risk_assessment_incomplete"],
    ["treatmentPlanApproved", "treatment_plan_not_approved"],
    ["soaApproved", "soa_not_approved"],
    ["objectivesDefined", "missing_objectives"],
  ];
  for (const [fact, code] of planCases) {
    it(`leaving plan without ${fact} is missing ${code}`, () => {
      const result = checkExitCriteria("plan", { ...passingFacts, [fact]: false });
      expect(result.passed).toBe(false);
      expect(result.missing.map((item) => item.code)).toEqual([code]);
      expect(result.met).toHaveLength(6);
    });
  }

  it("leaving plan with everything in place passes", () => {
    expect(checkExitCriteria("plan", passingFacts)).toMatchObject({ passed: true, missing: [] });
  });

  it("leaving do needs a planned audit", () => {
    expect(checkExitCriteria("do", { ...passingFacts, plannedAuditsInCycle: 0 }).missing.map((item) => item.code)).toEqual(["no_audit_planned"]);
    expect(checkExitCriteria("do", passingFacts).passed).toBe(true);
  });

  it("leaving check needs a completed audit and a management review in the cycle", () => {
    const result = checkExitCriteria("check", { ...passingFacts, completedAuditsInCycle: 0, completedReviewsInCycle: 0 });
    expect(result.missing.map((item) => item.code)).toEqual(["no_internal_audit_in_cycle", "no_management_review_in_cycle"]);
  });

  it("leaving act needs every major nonconformity to have a corrective action, and names them", () => {
    const result = checkExitCriteria("act", { ...passingFacts, majorNonconformitiesWithoutCorrectiveAction: ["NC-3", "NC-7"] });
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]?.code).toBe("major_nonconformity_without_corrective_action");
    expect(result.missing[0]?.message).toContain("NC-3, NC-7");
    expect(checkExitCriteria("act", passingFacts).passed).toBe(true);
  });
});

describe("transition table", () => {
  it("has one row per phase, in a ring, only restart opens a new cycle", () => {
    expect(pdcaTransitions.map((row) => `${row.from}>${row.to}`)).toEqual(["plan>do", "do>check", "check>act", "act>plan"]);
    expect(pdcaTransitions.filter((row) => row.nextCycle).map((row) => row.event)).toEqual(["restart"]);
    expect(Object.isFrozen(pdcaTransitions)).toBe(true);
    expect(Object.isFrozen(pdcaTransitions[0])).toBe(true);
  });
});

describe("createCycle", () => {
  it("starts in plan with one history entry", () => {
    expect(createCycle("2026-01-05", { by: "CISO" })).toEqual({
      cycle: 1,
      phase: "plan",
      history: [{ cycle: 1, phase: "plan", entered: "2026-01-05", by: "CISO" }],
    });
  });

  it("can start at a later cycle number", () => {
    expect(createCycle("2026-01-05", { cycle: 4 }).history[0]?.cycle).toBe(4);
  });

  it("throws on a bad date or cycle number", () => {
    expect(() => createCycle("2026-02-30")).toThrow(IsmsError);
    expect(() => createCycle("2026-01-05", { cycle: 0 })).toThrow(IsmsError);
  });
});

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

describe("can and nextEvents", () => {
  it("can is true only for the legal event with passing guards", () => {
    const cycle = createCycle("2026-01-05");
    expect(can(cycle, "start_operation", passingFacts)).toBe(true);
    expect(can(cycle, "start_operation", { ...passingFacts, approvedPolicy: false })).toBe(false);
    expect(can(cycle, "restart", passingFacts)).toBe(false);
  });

  it("nextEvents lists the legal event, filtered by guards when given", () => {
    const cycle = run(["start_operation", "start_evaluation"]);
    expect(nextEvents(cycle)).toEqual(["start_improvement"]);
    expect(nextEvents(cycle, passingFacts)).toEqual(["start_improvement"]);
    expect(nextEvents(cycle, { ...passingFacts, completedReviewsInCycle: 0 })).toEqual([]);
  });
});

describe("cycleStartDate and validateCycle", () => {
  it("gives the date the current cycle's plan phase began", () => {
    const cycle = run(["start_operation", "start_evaluation", "start_improvement", "restart", "start_operation"]);
    expect(cycleStartDate(cycle)).toBe("2026-05-01");
    expect(cycleStartDate(createCycle("2026-01-05"))).toBe("2026-01-05");
  });

  it("falls back to the first entry of the cycle when the history does not start in plan", () => {
    const cycle = PdcaCycleSchema.parse({ cycle: 1, phase: "do", history: [{ cycle: 1, phase: "do", entered: "2026-02-01" }] });
    expect(cycleStartDate(cycle)).toBe("2026-02-01");
  });

  it("reports a skipped phase, a wrong cycle number, dates out of order and a mismatched state", () => {
    const broken = PdcaCycleSchema.parse({
      cycle: 3,
      phase: "act",
      history: [
        { cycle: 1, phase: "plan", entered: "2026-01-05", event: "restart" },
        { cycle: 1, phase: "check", entered: "2026-02-01", event: "start_evaluation" },
        { cycle: 2, phase: "act", entered: "2026-01-01", event: "start_improvement" },
        { cycle: 2, phase: "plan", entered: "2026-03-01", event: "restart" },
      ],
    });
    expect(validateCycle(broken).map((found) => `${found.code}@${found.path.join(".")}`)).toEqual([
      "first_entry_with_event@history.0.event",
      "inconsistent_history@history.1",
      "inconsistent_history@history.2",
      "history_date_order@history.2.entered",
      "inconsistent_history@history.3",
      "phase_mismatch@phase",
      "cycle_number_mismatch@cycle",
    ]);
  });
});

describe("JSON", () => {
  it("a cycle survives a JSON round trip", () => {
    const cycle = run(["start_operation", "start_evaluation", "start_improvement", "restart"]);
    expect(PdcaCycleSchema.parse(JSON.parse(JSON.stringify(cycle)))).toEqual(cycle);
  });

  it("unknown keys are errors and custom fields are kept", () => {
    const cycle = { ...createCycle("2026-01-05"), custom: { board: "Q1" } };
    expect(PdcaCycleSchema.parse(cycle).custom).toEqual({ board: "Q1" });
    expect(PdcaCycleSchema.safeParse({ ...cycle, extra: 1 }).success).toBe(false);
  });
});
