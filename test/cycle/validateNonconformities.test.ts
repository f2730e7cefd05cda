import { describe, expect, it } from "vitest";
import { NonconformitySchema, validateNonconformities } from "../../src/cycle/index.js";
import { makeAudit, makeNonconformity, applyEvents as apply, correction, rootCause, plan, done, review, close } from "./_fixtures.js";

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
