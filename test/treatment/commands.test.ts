import { describe, expect, it } from "vitest";
import { IsmsError, type Result } from "../../src/core/index.js";
import {
  completeAction,
  createTreatmentPlan,
  DecisionSchema,
  recordDecision,
  revokeDecision,
  TreatmentPlanSchema,
  updateTreatmentPlan,
  type Decision,
  type TreatmentPlan,
} from "../../src/treatment/index.js";
import { acceptance, aid, approval, deepFreeze, did, pid, plan, revocation } from "./fixtures.js";
import * as z from "zod";

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.map((found) => found.code).join(", ")}`);
  return result.value;
}
const codeOf = <T>(result: Result<T>): string | undefined => (result.ok ? undefined : result.error[0]?.code);

const plans = (): readonly TreatmentPlan[] => deepFreeze([plan("TP-1", { custom: { ticket: "SEC-1" } }), plan("TP-2")]);
const decisions = (): readonly Decision[] => deepFreeze([approval("D-1"), acceptance("D-2")]);
const revokeInput = { id: did("D-3"), revokes: did("D-2"), decidedBy: "Jo Smith", role: "Risk owner", date: "2026-05-01", reason: "Changed" };

type Run<T> = [string, (input: readonly T[]) => Result<readonly T[]>];
const changingPlans: Run<TreatmentPlan>[] = [
  ["createTreatmentPlan", (input) => createTreatmentPlan(input, plan("TP-3"))],
  ["updateTreatmentPlan", (input) => updateTreatmentPlan(input, pid("TP-1"), { priority: "high", custom: undefined })],
  ["completeAction", (input) => completeAction(input, pid("TP-1"), aid("ACT-1"), "2026-06-01")],
];
const unchangingPlans: Run<TreatmentPlan>[] = [
  ["createTreatmentPlan", (input) => createTreatmentPlan(input, plan("TP-2"))],
  ["updateTreatmentPlan", (input) => updateTreatmentPlan(input, pid("TP-1"), { title: "Plan TP-1", priority: undefined, custom: { ticket: "SEC-1" } })],
  ["completeAction", (input) => completeAction(input, pid("TP-1"), aid("ACT-2"), "2026-03-20")],
];
const changingDecisions: Run<Decision>[] = [
  ["recordDecision", (input) => recordDecision(input, approval("D-9", "TP-2"))],
  ["revokeDecision", (input) => revokeDecision(input, revokeInput)],
];
const unchangingDecisions: Run<Decision>[] = [
  ["recordDecision", (input) => recordDecision(input, approval("D-1"))],
  ["revokeDecision", (input) => revokeDecision(value(revokeDecision(input, revokeInput)), revokeInput)],
];

describe("commands", () => {
  for (const [name, run] of [...changingPlans, ...changingDecisions] as Run<unknown>[]) {
    it(`${name} does not mutate its input`, () => {
      const input = (name.includes("Decision") ? decisions() : plans()) as readonly unknown[];
      const before = structuredClone(input);
      const next = value(run(input));
      expect(input).toEqual(before);
      expect(next).not.toBe(input);
      expect(next).not.toEqual(before);
    });
  }
  for (const [name, run] of unchangingPlans) {
    it(`${name} returns the same reference when nothing changes`, () => {
      const input = plans();
      expect(value(run(input))).toBe(input);
    });
  }
  it("recordDecision returns the same reference when nothing changes", () => {
    const input = decisions();
    expect(value(unchangingDecisions[0]![1](input))).toBe(input);
  });
  it("revokeDecision returns the same reference when the same revocation is recorded again", () => {
    const once = value(revokeDecision(decisions(), revokeInput));
    expect(value(revokeDecision(once, revokeInput))).toBe(once);
  });
});

describe("createTreatmentPlan", () => {
  it("appends a copy and refuses a different plan under a taken id", () => {
    const fresh = plan("TP-3");
    const next = value(createTreatmentPlan(plans(), fresh));
    expect(next.at(-1)).toEqual(fresh);
    expect(next.at(-1)).not.toBe(fresh);
    expect(codeOf(createTreatmentPlan(plans(), plan("TP-1", { title: "Other" })))).toBe("duplicate_plan_id");
  });
});

describe("updateTreatmentPlan", () => {
  it("sets and removes fields and keeps the rest", () => {
    const input = plans();
    const next = value(updateTreatmentPlan(input, pid("TP-1"), { priority: "high", custom: undefined, sharing: { counterparty: "Insurer AG" } }));
    expect(next[0]).toMatchObject({ priority: "high", sharing: { counterparty: "Insurer AG" }, title: "Plan TP-1" });
    expect(next[0]).not.toHaveProperty("custom");
    expect(next[1]).toBe(input[1]);
  });
  it("returns invalid_plan issues when the result does not parse", () => {
    const result = updateTreatmentPlan(plans(), pid("TP-1"), { risks: [] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error[0]).toMatchObject({ code: "invalid_plan", path: ["risks"] });
  });
  it("throws for an unknown plan, a changed id or a removed required field", () => {
    expect(() => updateTreatmentPlan(plans(), pid("TP-9"), {})).toThrow(IsmsError);
    expect(() => updateTreatmentPlan(plans(), pid("TP-1"), { id: pid("TP-7") } as never)).toThrow(/id/);
    expect(() => updateTreatmentPlan(plans(), pid("TP-1"), { title: undefined } as never)).toThrow(/required/);
  });
});

describe("completeAction", () => {
  it("marks the action done on the date; a cancelled action cannot be completed", () => {
    const next = value(completeAction(plans(), pid("TP-1"), aid("ACT-1"), "2026-06-01"));
    expect(next[0]?.actions[0]).toMatchObject({ status: "done", completedOn: "2026-06-01" });
    const cancelled = deepFreeze([{ ...plan(), actions: [{ ...plan().actions[0]!, status: "cancelled" as const }] }]);
    expect(codeOf(completeAction(cancelled, pid("TP-1"), aid("ACT-1"), "2026-06-01"))).toBe("action_cancelled");
  });
  it("corrects the date of a done action", () => {
    const next = value(completeAction(plans(), pid("TP-1"), aid("ACT-2"), "2026-03-21"));
    expect(next[0]?.actions[1]?.completedOn).toBe("2026-03-21");
  });
  it("throws for an unknown plan or action", () => {
    expect(() => completeAction(plans(), pid("TP-9"), aid("ACT-1"), "2026-06-01")).toThrow(IsmsError);
    expect(() => completeAction(plans(), pid("TP-1"), aid("ACT-9"), "2026-06-01")).toThrow(IsmsError);
  });
});

describe("recordDecision and revokeDecision", () => {
  it("append records and never edit earlier ones", () => {
    const input = decisions();
    const next = value(revokeDecision(input, { ...revokeInput, requestedBy: "Sam" }));
    expect(next.slice(0, input.length)).toEqual(input);
    expect(next.at(-1)).toEqual({ kind: "revocation", id: "D-3", revokes: "D-2", decidedBy: "Jo Smith", role: "Risk owner", date: "2026-05-01", reason: "Changed", requestedBy: "Sam" });
  });
  it("refuse a different record under a taken id", () => {
    expect(codeOf(recordDecision(decisions(), approval("D-1", "TP-2")))).toBe("duplicate_decision_id");
  });
  it("refuse revocations of unknown decisions, of revocations, and of revoked decisions", () => {
    expect(codeOf(revokeDecision(decisions(), { ...revokeInput, revokes: did("D-9") }))).toBe("unknown_decision");
    const revoked = value(revokeDecision(decisions(), revokeInput));
    expect(codeOf(revokeDecision(revoked, { ...revokeInput, id: did("D-4"), revokes: did("D-3") }))).toBe("cannot_revoke_revocation");
    expect(codeOf(revokeDecision(revoked, { ...revokeInput, id: did("D-4") }))).toBe("already_revoked");
    expect(codeOf(recordDecision(revoked, revocation("D-5", "D-2")))).toBe("already_revoked");
  });
});

describe("JSON round trip", () => {
  it("plans and decisions survive JSON unchanged, custom fields included", () => {
    const all = [plan("TP-1", { custom: { ticket: "SEC-1", nested: { a: [1, null, true] } }, sharing: { counterparty: "Insurer AG", instrument: { kind: "insurance_policy", reference: "P-1", expires: "2027-01-01" } }, avoidance: { activityStopped: "FTP" }, priority: "critical", owner: "CISO", created: "2026-01-01", description: "Why" })];
    expect(z.array(TreatmentPlanSchema).parse(JSON.parse(JSON.stringify(all)))).toEqual(all);
    const records = [
      approval("D-1", "TP-1", { planFingerprint: "0123456789abcdef", conditions: ["Budget approved"], expires: "2027-01-01", reviewBy: "2026-12-01", requestedBy: "Sam", cosigners: [{ decidedBy: "Dana", role: "CISO", date: "2026-02-02" }] }),
      acceptance("D-2", { plan: "TP-1", compensatingControls: ["annex-a:8.16"], custom: { x: 1 } }),
      revocation("D-3", "D-2"),
    ];
    expect(z.array(DecisionSchema).parse(JSON.parse(JSON.stringify(records)))).toEqual(records);
  });
  it("unknown keys are errors", () => {
    expect(TreatmentPlanSchema.safeParse({ ...plan(), status: "open" }).success).toBe(false);
    expect(DecisionSchema.safeParse({ ...approval("D-1"), approvedBy: "x" }).success).toBe(false);
    expect(DecisionSchema.safeParse({ ...revocation("D-3", "D-2"), rationale: "x" }).success).toBe(false);
  });
});
