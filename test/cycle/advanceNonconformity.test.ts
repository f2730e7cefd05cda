import { describe, expect, it } from "vitest";
import {
  NonconformityEventSchema,
  advanceNonconformity,
  validateNonconformities,
  type NonconformityEvent,
} from "../../src/cycle/index.js";
import { deepFreeze, makeNonconformity, applyEvents as apply, correction, rootCause, plan, done, review, close } from "./_fixtures.js";

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
