import { describe, expect, it } from "vitest";
import {
  listAcceptancesNeedingAttention,
  listOverdueActions,
  listPlansAwaitingApproval,
  listPlansForRisk,
  listRisksAboveToleranceWithoutApprovedPlan,
  listSelectedControls,
  planProgress,
} from "../../src/treatment/index.js";
import { acceptance, approval, M, methodology, plan, rating, revocation, rid, risk } from "./fixtures.js";

describe("listOverdueActions", () => {
  const p = plan();
  it("lists planned and in-progress actions due before asOf, most overdue first", () => {
    const late = { ...p.actions[0]!, id: p.actions[0]!.id, due: "2026-02-28", status: "planned" as const };
    const plans = [p, { ...plan("TP-2"), actions: [late] }];
    const found = listOverdueActions(plans, "2026-07-02");
    expect(found.map((f) => [f.plan, f.action.id, f.daysOverdue])).toEqual([
      ["TP-2", "ACT-1", 124],
      ["TP-1", "ACT-1", 2],
    ]);
  });

  it("an action due on asOf is not overdue; done and cancelled ones never are", () => {
    expect(listOverdueActions([p], "2026-06-30")).toEqual([]);
    const closed = { ...p, actions: p.actions.map((a) => ({ ...a, status: "cancelled" as const })) };
    expect(listOverdueActions([closed], "2027-01-01")).toEqual([]);
  });

  it("counts days across a leap day", () => {
    const leap = { ...p, actions: [{ ...p.actions[0]!, due: "2028-02-28" }] };
    expect(listOverdueActions([leap], "2028-03-01")[0]?.daysOverdue).toBe(2);
  });
});

describe("planProgress", () => {
  it("counts actions by status and overdue ones on asOf", () => {
    const p = plan();
    const actions = [...p.actions, { ...p.actions[0]!, id: p.actions[1]!.id, status: "cancelled" as const }, { ...p.actions[0]!, status: "planned" as const, due: "2026-01-01" }];
    expect(planProgress({ ...p, actions }, "2026-07-01")).toEqual({ total: 4, done: 1, cancelled: 1, inProgress: 1, planned: 1, overdue: 2, ratio: 1 / 3 });
    expect(planProgress({ ...p, actions }).overdue).toBe(0);
    expect(planProgress({ ...p, actions: [] }).ratio).toBe(1);
  });
});

describe("listPlansAwaitingApproval", () => {
  it("lists plans without an approval that holds, in order", () => {
    const plans = [plan("TP-1"), plan("TP-2"), plan("TP-3")];
    const decisions = [approval("D-1", "TP-2"), approval("D-2", "TP-3", { expires: "2026-06-30" })];
    expect(listPlansAwaitingApproval(plans, decisions).map((p) => p.id)).toEqual(["TP-1"]);
    expect(listPlansAwaitingApproval(plans, decisions, "2026-07-01").map((p) => p.id)).toEqual(["TP-1", "TP-3"]);
  });

  it("a plan with a revoked approval and a later one that holds is approved", () => {
    const decisions = [approval("D-1"), revocation("D-2", "D-1"), approval("D-3", "TP-1", { date: "2026-05-02" })];
    expect(listPlansAwaitingApproval([plan("TP-1")], decisions, "2026-06-01")).toEqual([]);
    expect(listPlansAwaitingApproval([plan("TP-1")], decisions.slice(0, 2), "2026-06-01").map((p) => p.id)).toEqual(["TP-1"]);
  });
});

describe("listRisksAboveToleranceWithoutApprovedPlan", () => {
  const high = risk("R-1", { current: rating("likely", "major") });
  const alsoHigh = risk("R-2", { current: rating("likely", "major") });
  const medium = risk("R-3", { current: rating("possible", "major") });

  it("lists risks above tolerance that no approved plan covers", () => {
    const plans = [plan("TP-1"), plan("TP-2", { risks: ["R-2"] })];
    const found = listRisksAboveToleranceWithoutApprovedPlan([high, alsoHigh, medium], { plans, decisions: [approval("D-1", "TP-2")], methodologies: methodology });
    expect(found.map((e) => e.riskId)).toEqual(["R-1"]);
  });

  it("a revoked approval leaves the risk uncovered; the layer can be chosen", () => {
    const plans = [plan("TP-1")];
    const decisions = [approval("D-1"), revocation("D-2", "D-1")];
    expect(listRisksAboveToleranceWithoutApprovedPlan([high], { plans, decisions, methodologies: methodology, asOf: "2026-06-01" }).map((e) => e.riskId)).toEqual(["R-1"]);
    expect(listRisksAboveToleranceWithoutApprovedPlan([high], { plans, decisions, methodologies: methodology, layer: "residual" })).toEqual([]);
  });
});

describe("listAcceptancesNeedingAttention", () => {
  const R1 = risk("R-1", { residual: rating("unlikely", "major") });
  const base = { risks: [R1], methodologies: methodology, asOf: "2026-03-01" };

  it("a fresh acceptance far from its dates needs nothing", () => {
    expect(listAcceptancesNeedingAttention([acceptance("D-1")], base)).toEqual([]);
  });

  it("flags stale, expired, expiring, review due and invalid acceptances", () => {
    const changed = risk("R-1", { residual: rating("possible", "major") });
    expect(listAcceptancesNeedingAttention([acceptance("D-1")], { ...base, risks: [changed] })[0]?.reasons).toEqual(["stale"]);
    const expiring = acceptance("D-1", { expires: "2026-03-31" });
    expect(listAcceptancesNeedingAttention([expiring], base)[0]?.reasons).toEqual(["expiring"]);
    expect(listAcceptancesNeedingAttention([expiring], { ...base, withinDays: 29 })).toEqual([]);
    expect(listAcceptancesNeedingAttention([expiring], { ...base, asOf: "2026-04-01" })[0]?.reasons).toEqual(["expired"]);
    const review = acceptance("D-1", { reviewBy: "2026-03-10" });
    expect(listAcceptancesNeedingAttention([review], { ...base, withinDays: 9 })[0]?.reasons).toEqual(["review_due"]);
    expect(listAcceptancesNeedingAttention([acceptance("D-1", { requestedBy: "Jo Smith" })], base)[0]?.reasons).toEqual(["invalid"]);
  });

  it("ignores revoked acceptances and acceptances superseded by a newer one of the same risk", () => {
    const old = acceptance("D-1", { expires: "2026-03-02" });
    const newer = acceptance("D-2", { date: "2026-02-15" });
    expect(listAcceptancesNeedingAttention([old, newer], base)).toEqual([]);
    expect(listAcceptancesNeedingAttention([old, revocation("D-3", "D-1", { date: "2026-02-20" })], base)).toEqual([]);
    expect(listAcceptancesNeedingAttention([newer, old], base)).toEqual([]);
    expect(listAcceptancesNeedingAttention([approval("D-9"), old], base).map((item) => item.decision.id)).toEqual(["D-1"]);
  });

  it("uses the frozen methodology's review interval (12 months for low)", () => {
    const decision = acceptance("D-1", { date: "2025-03-31" });
    const found = listAcceptancesNeedingAttention([decision], { ...base, asOf: "2026-03-15", withinDays: 30 });
    expect(found[0]).toMatchObject({ reasons: ["review_due"], status: { reviewDue: "2026-03-31" } });
    expect(M.version).toBe(1);
  });
});

describe("listSelectedControls", () => {
  it("maps each control to its plans, risks and states, in order of first appearance", () => {
    const plans = [
      plan("TP-1"),
      plan("TP-2", { risks: ["R-2", "R-1"], controls: [{ ref: "annex-a:8.24", state: "existing" }, { ref: "acme:ACME-7", state: "planned" }, { ref: "annex-a:8.24", state: "planned" }], actions: [] }),
    ];
    const selected = listSelectedControls(plans);
    expect([...selected.keys()]).toEqual(["annex-a:5.15", "annex-a:8.24", "acme:ACME-7"]);
    expect(selected.get("annex-a:8.24")).toEqual({ plans: ["TP-1", "TP-2"], risks: ["R-1", "R-2"], states: ["planned", "existing"] });
    expect(selected.get("acme:ACME-7")).toEqual({ plans: ["TP-2"], risks: ["R-2", "R-1"], states: ["planned"] });
  });

  it("is empty without plans", () => {
    expect(listSelectedControls([]).size).toBe(0);
  });
});

describe("listPlansForRisk", () => {
  it("lists the plans naming a risk", () => {
    const plans = [plan("TP-1"), plan("TP-2", { risks: ["R-2"] })];
    expect(listPlansForRisk(plans, rid("R-2")).map((p) => p.id)).toEqual(["TP-2"]);
  });
});
