import { describe, expect, it } from "vitest";
import {
  NonconformityEventSchema,
  NonconformitySchema,
  advanceNonconformity,
  validateNonconformities,
  type Nonconformity,
  type NonconformityEvent,
} from "../../src/cycle/index.js";
import { deepFreeze, makeAudit, makeNonconformity } from "./_fixtures.js";

function apply(nc: Nonconformity, ...events: NonconformityEvent[]): Nonconformity {
  return events.reduce((current, event) => {
    const result = advanceNonconformity(current, event);
    if (!result.ok) throw new Error(result.error.map((found) => found.code).join());
    return result.value;
  }, nc);
}

const correction: NonconformityEvent = { kind: "record_correction", description: "Accounts disabled", date: "2026-01-16" };
const rootCause: NonconformityEvent = { kind: "record_root_cause", description: "No HR trigger", date: "2026-01-20", method: "5 whys" };
const plan = (id: string): NonconformityEvent =>
  NonconformityEventSchema.parse({ kind: "plan_action", action: { id, description: "Automate", owner: "IT", due: "2026-03-31", status: "planned" } });
const done = (id: string): NonconformityEvent => NonconformityEventSchema.parse({ kind: "update_action", action: id, status: "done", date: "2026-03-20" });
const review = (effective: boolean): NonconformityEvent => ({ kind: "review_effectiveness", date: "2026-06-01", by: "Internal Audit", effective });
const close: NonconformityEvent = { kind: "close", date: "2026-06-02", by: "CISO" };

describe("advanceNonconformity", () => {
  it("walks the whole lifecycle to closed", () => {
    const closed = apply(makeNonconformity(), correction, rootCause, plan("CA-1"), done("CA-1"), review(true), close);
    expect(closed.status).toBe("closed");
    expect(closed.correctiveActions[0]).toMatchObject({ status: "done", completed: "2026-03-20" });
    expect(closed.rootCause).toEqual({ description: "No HR trigger", date: "2026-01-20", method: "5 whys" });
    expect(closed.closure).toEqual({ date: "2026-06-02", by: "CISO" });
    expect(validateNonconformities([closed])).toEqual([]);
  });

  it("refuses to close before an effectiveness review", () => {
    const actionDone = apply(makeNonconformity(), correction, rootCause, plan("CA-1"), done("CA-1"));
    const result = advanceNonconformity(actionDone, close);
    expect(result.ok ? [] : result.error.map((found) => found.code)).toEqual(["effectiveness_not_reviewed"]);
  });

  it("an ineffective review sends the nonconformity back to root cause analysis", () => {
    const back = apply(makeNonconformity(), correction, rootCause, plan("CA-1"), done("CA-1"), review(false));
    expect(back.status).toBe("root_cause_found");
    expect(advanceNonconformity(back, close).ok).toBe(false);
    const again = apply(back, plan("CA-2"), done("CA-2"), review(true), close);
    expect(again.status).toBe("closed");
  });

  it("refuses steps out of order", () => {
    const result = advanceNonconformity(makeNonconformity(), rootCause);
    expect(result.ok ? [] : result.error.map((found) => found.code)).toEqual(["illegal_nonconformity_transition"]);
    const closed = apply(makeNonconformity(), correction, rootCause, plan("CA-1"), done("CA-1"), review(true), close);
    const reclose = advanceNonconformity(closed, close);
    expect(reclose.ok ? [] : reclose.error.map((found) => found.code)).toEqual(["illegal_nonconformity_transition"]);
  });

  it("refuses a date before the nonconformity was raised", () => {
    const result = advanceNonconformity(makeNonconformity(), { ...correction, date: "2026-01-01" } as NonconformityEvent);
    expect(result.ok ? [] : result.error.map((found) => found.code)).toEqual(["date_before_raised"]);
  });

  it("refuses a duplicate action, a finished new action and an unknown action", () => {
    const planned = apply(makeNonconformity(), correction, rootCause, plan("CA-1"));
    const duplicate = advanceNonconformity(planned, plan("CA-1"));
    const finished = advanceNonconformity(
      planned,
      NonconformityEventSchema.parse({ kind: "plan_action", action: { id: "CA-2", description: "x", owner: "IT", due: "2026-03-31", status: "done" } }),
    );
    const unknown = advanceNonconformity(planned, done("CA-9"));
    expect([duplicate, finished, unknown].map((result) => (result.ok ? "ok" : result.error[0]?.code))).toEqual([
      "duplicate_action_id",
      "invalid_action_status",
      "unknown_action",
    ]);
  });

  it("stays action_planned until every action not cancelled is done", () => {
    const two = apply(makeNonconformity(), correction, rootCause, plan("CA-1"), plan("CA-2"), done("CA-1"));
    expect(two.status).toBe("action_planned");
    const cancelled = apply(two, NonconformityEventSchema.parse({ kind: "update_action", action: "CA-2", status: "cancelled", date: "2026-03-21" }));
    expect(cancelled.status).toBe("action_done");
  });

  it("reopening an action removes its completion date", () => {
    const two = apply(makeNonconformity(), correction, rootCause, plan("CA-1"), plan("CA-2"), done("CA-1"));
    const reopened = apply(two, NonconformityEventSchema.parse({ kind: "update_action", action: "CA-1", status: "in_progress", date: "2026-03-22" }));
    expect(reopened.correctiveActions[0]?.completed).toBeUndefined();
    expect(reopened.correctiveActions[0]?.status).toBe("in_progress");
  });

  it("refuses an effectiveness review dated before the latest action was completed", () => {
    const actionDone = apply(
      makeNonconformity(),
      correction,
      rootCause,
      plan("CA-1"),
      plan("CA-2"),
      NonconformityEventSchema.parse({ kind: "update_action", action: "CA-1", status: "done", date: "2026-06-01" }),
      NonconformityEventSchema.parse({ kind: "update_action", action: "CA-2", status: "done", date: "2026-03-01" }),
    );
    const early = advanceNonconformity(actionDone, { kind: "review_effectiveness", date: "2026-03-01", by: "Internal Audit", effective: true });
    expect(early.ok ? [] : early.error.map((found) => `${found.code}@${found.path.join(".")}`)).toEqual([
      "review_before_action_completed@effectivenessReview.date",
    ]);
    const sameDay = advanceNonconformity(actionDone, { kind: "review_effectiveness", date: "2026-06-01", by: "Internal Audit", effective: true });
    expect(sameDay.ok).toBe(true);
  });

  it("ignores cancelled actions when dating the effectiveness review", () => {
    const actionDone = apply(
      makeNonconformity(),
      correction,
      rootCause,
      plan("CA-1"),
      plan("CA-2"),
      NonconformityEventSchema.parse({ kind: "update_action", action: "CA-2", status: "done", date: "2026-06-01" }),
      NonconformityEventSchema.parse({ kind: "update_action", action: "CA-2", status: "cancelled", date: "2026-06-02" }),
      NonconformityEventSchema.parse({ kind: "update_action", action: "CA-1", status: "done", date: "2026-03-01" }),
    );
    expect(advanceNonconformity(actionDone, { kind: "review_effectiveness", date: "2026-03-02", by: "Internal Audit", effective: true }).ok).toBe(true);
  });

  it("refuses to close before the effectiveness review date", () => {
    const effective = apply(makeNonconformity(), correction, rootCause, plan("CA-1"), done("CA-1"), review(true));
    const result = advanceNonconformity(effective, { kind: "close", date: "2026-05-31", by: "CISO" });
    expect(result.ok ? [] : result.error.map((found) => `${found.code}@${found.path.join(".")}`)).toEqual(["closed_before_review@closure.date"]);
    expect(advanceNonconformity(effective, { kind: "close", date: "2026-06-01", by: "CISO" }).ok).toBe(true);
  });

  it("returns the same reference when an action update changes nothing", () => {
    const planned = apply(makeNonconformity(), correction, rootCause, plan("CA-1"), plan("CA-2"), done("CA-1"));
    const result = advanceNonconformity(planned, done("CA-1"));
    expect(result.ok && result.value).toBe(planned);
  });

  it("does not mutate its input", () => {
    const nc = deepFreeze(makeNonconformity());
    const copy = structuredClone(nc);
    const result = advanceNonconformity(nc, correction);
    expect(result.ok).toBe(true);
    expect(nc).toEqual(copy);
  });
});

describe("validateNonconformities", () => {
  it("reports a status not backed by its records", () => {
    const nc = makeNonconformity({
      status: "closed",
      correctiveActions: [{ id: "CA-1", description: "x", owner: "IT", due: "2026-03-31", status: "done" }],
    });
    expect(validateNonconformities([nc]).map((found) => found.code)).toEqual([
      "missing_correction",
      "missing_root_cause",
      "closed_without_effectiveness_review",
      "missing_closure",
      "action_done_without_date",
    ]);
  });

  it("reports missing actions, unfinished actions, duplicate ids", () => {
    const noAction = makeNonconformity({
      status: "action_planned",
      correction: { description: "c", date: "2026-01-16" },
      rootCause: { description: "r", date: "2026-01-17" },
    });
    const unfinished = makeNonconformity({
      id: "NC-2",
      status: "action_done",
      correction: { description: "c", date: "2026-01-16" },
      rootCause: { description: "r", date: "2026-01-17" },
      correctiveActions: [
        { id: "CA-1", description: "x", owner: "IT", due: "2026-03-31", status: "planned" },
        { id: "CA-1", description: "y", owner: "IT", due: "2026-03-31", status: "planned" },
      ],
    });
    const duplicate = makeNonconformity({ id: "NC-2" });
    expect(validateNonconformities([noAction, unfinished, duplicate]).map((found) => found.code)).toEqual([
      "duplicate_nonconformity_id",
      "missing_corrective_action",
      "actions_not_done",
      "duplicate_action_id",
    ]);
  });

  it("reports an effectiveness review before the work and a closure before the review", () => {
    // the reviewer's repro: action completed 2026-06-01, found effective 2026-03-01, closed 2026-02-01
    const nc = makeNonconformity({
      status: "closed",
      correction: { description: "c", date: "2026-01-16" },
      rootCause: { description: "r", date: "2026-01-17" },
      correctiveActions: [
        { id: "CA-1", description: "x", owner: "IT", due: "2026-06-30", status: "done", completed: "2026-06-01" },
        { id: "CA-2", description: "y", owner: "IT", due: "2026-09-30", status: "cancelled" },
      ],
      effectivenessReview: { date: "2026-03-01", by: "Internal Audit", effective: true },
      closure: { date: "2026-02-01", by: "CISO" },
    });
    expect(validateNonconformities([nc]).map((found) => `${found.code}@${found.path.join(".")}`)).toEqual([
      "review_before_action_completed@0.effectivenessReview.date",
      "closed_before_review@0.closure.date",
    ]);
    const fixed = { ...nc, effectivenessReview: { date: "2026-06-01", by: "Internal Audit", effective: true }, closure: { date: "2026-06-01", by: "CISO" } };
    expect(validateNonconformities([fixed])).toEqual([]);
  });

  it("does not date-check an earlier ineffective review while new actions are under way", () => {
    const nc = makeNonconformity({
      status: "action_done",
      correction: { description: "c", date: "2026-01-16" },
      rootCause: { description: "r", date: "2026-04-01" },
      correctiveActions: [{ id: "CA-1", description: "x", owner: "IT", due: "2026-06-30", status: "done", completed: "2026-06-01" }],
      effectivenessReview: { date: "2026-03-01", by: "Internal Audit", effective: false },
    });
    expect(validateNonconformities([nc])).toEqual([]);
  });

  it("requires a corrective action not cancelled from action_done onward", () => {
    const cancelled = (status: string, id = "NC-1") =>
      makeNonconformity({
        id,
        status,
        correction: { description: "c", date: "2026-01-16" },
        rootCause: { description: "r", date: "2026-01-17" },
        correctiveActions: [
          { id: "CA-1", description: "x", owner: "IT", due: "2026-03-31", status: "cancelled" },
          { id: "CA-2", description: "y", owner: "IT", due: "2026-03-31", status: "cancelled" },
        ],
        effectivenessReview: { date: "2026-06-01", by: "Internal Audit", effective: true },
        closure: { date: "2026-06-02", by: "CISO" },
      });
    expect(
      validateNonconformities([cancelled("action_planned"), cancelled("action_done", "NC-2"), cancelled("closed", "NC-3")]).map(
        (found) => `${found.code}@${found.path.join(".")}`,
      ),
    ).toEqual(["no_live_corrective_action@1.correctiveActions", "no_live_corrective_action@2.correctiveActions"]);
  });

  it("cross-checks audit sources when audits are given", () => {
    const audit = makeAudit({ status: "completed", performedDate: "2026-01-10", findings: [{ id: "F-1", grade: "minor_nonconformity", description: "d", clauses: ["9.1"] }] });
    const ok = makeNonconformity();
    const unknownAudit = makeNonconformity({ id: "NC-2", source: { kind: "audit", audit: "AUD-9" } });
    const unknownFinding = makeNonconformity({ id: "NC-3", source: { kind: "audit", audit: "AUD-1", finding: "F-9" } });
    const incident = makeNonconformity({ id: "NC-4", source: { kind: "incident", reference: "INC-1" } });
    expect(validateNonconformities([ok, unknownAudit, unknownFinding, incident], { audits: [audit] }).map((found) => found.code)).toEqual([
      "unknown_audit",
      "unknown_finding",
    ]);
  });

  it("a nonconformity survives a JSON round trip", () => {
    const nc = apply(makeNonconformity({ custom: { jira: "SEC-1" } }), correction, rootCause, plan("CA-1"), done("CA-1"), review(true), close);
    expect(NonconformitySchema.parse(JSON.parse(JSON.stringify(nc)))).toEqual(nc);
  });
});
