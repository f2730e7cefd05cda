import { describe, expect, it } from "vitest";
import {
  acceptanceStatus,
  isPlanApproved,
  listValidPlanApprovals,
  planApprovalStatus,
  planFingerprint,
  sameRating,
  validateDecisions,
  type Decision,
} from "../../src/treatment/index.js";
import { cox3x3Preset, MethodologySchema, type Risk } from "../../src/risk/index.js";
import { acceptance, approval, approval as approvalOf, M, methodology, plan, rating, revocation, risk } from "./fixtures.js";

const R1 = risk("R-1", { current: rating("likely", "major"), residual: rating("unlikely", "major") });
const options = (decisions: readonly Decision[] = [], risks: readonly Risk[] = [R1], asOf = "2026-03-01") => ({ risks, methodologies: methodology, decisions, asOf });

describe("acceptanceStatus", () => {
  it("an acceptance of the current residual rating by the required role holds", () => {
    const decision = acceptance("D-1");
    const status = acceptanceStatus(decision, options([decision]));
    expect(status).toMatchObject({ valid: true, stale: false, expired: false, revoked: false, level: "low", invalidReasons: [] });
  });

  it("derives the review date from the criteria's interval, across a month end", () => {
    const decision = acceptance("D-1", { date: "2026-08-31" });
    expect(acceptanceStatus(decision, options([decision])).reviewDue).toBe("2027-08-31");
    const medium = acceptance("D-2", { date: "2027-08-31", rating: { likelihood: "possible", consequence: "major", methodology: M }, level: "medium", cosigners: [{ decidedBy: "Dana", role: "CISO" }] });
    expect(acceptanceStatus(medium, options([medium])).reviewDue).toBe("2028-02-29");
  });

  it("an explicit reviewBy wins over the interval", () => {
    const decision = acceptance("D-1", { reviewBy: "2026-04-01" });
    expect(acceptanceStatus(decision, options([decision])).reviewDue).toBe("2026-04-01");
  });

  it("review intervals in days are added as days", () => {
    // Parsed, not created: criteria silent on medium and high are allowed in stored data.
    const daily = MethodologySchema.parse({
      id: "daily",
      version: 1,
      name: "Daily",
      reviewDate: "2027-01-01",
      matrix: cox3x3Preset,
      acceptance: {
        appetite: "low",
        tolerance: "medium",
        levels: [{ level: "low", authority: ["Risk owner"], review: { every: 90, unit: "days" }, compensatingControlsRequired: false }],
      },
    });
    const decision = acceptance("D-1", { date: "2026-12-15", rating: { likelihood: "unlikely", consequence: "major", methodology: { id: "daily", version: 1 } } });
    const residual = risk("R-1", { residual: { ...rating("unlikely", "major"), methodology: { id: daily.id, version: 1 } } });
    expect(acceptanceStatus(decision, { risks: [residual], methodologies: [methodology, daily], decisions: [], asOf: "2027-01-01" }).reviewDue).toBe("2027-03-15");
    const medium = acceptance("D-2", { rating: { likelihood: "possible", consequence: "major", methodology: { id: "daily", version: 1 } }, level: "medium" });
    const status = acceptanceStatus(medium, { risks: [residual], methodologies: daily, decisions: [], asOf: "2027-01-01" });
    expect(status.reviewDue).toBeUndefined();
    expect(status.invalidReasons).toEqual([]);
  });

  it("is stale when the residual rating changed, or is missing", () => {
    const decision = acceptance("D-1");
    const changed = risk("R-1", { residual: rating("possible", "major") });
    expect(acceptanceStatus(decision, options([], [changed])).stale).toBe(true);
    expect(acceptanceStatus(decision, options([], [risk("R-1")])).stale).toBe(true);
    const redated = risk("R-1", { residual: rating("unlikely", "major", "2026-09-09") });
    expect(acceptanceStatus(decision, options([], [redated])).stale).toBe(false);
  });

  it("expires the day after its expiry date", () => {
    const decision = acceptance("D-1", { expires: "2026-02-28" });
    expect(acceptanceStatus(decision, options([], [R1], "2026-02-28")).expired).toBe(false);
    expect(acceptanceStatus(decision, options([], [R1], "2026-03-01"))).toMatchObject({ expired: true, valid: false });
  });

  it("is revoked by a revocation dated on or before asOf", () => {
    const decision = acceptance("D-1");
    const decisions = [decision, revocation("D-2", "D-1", { date: "2026-05-01" })];
    expect(acceptanceStatus(decision, options(decisions, [R1], "2026-04-30")).revoked).toBe(false);
    expect(acceptanceStatus(decision, options(decisions, [R1], "2026-05-01"))).toMatchObject({ revoked: true, revokedBy: "D-2", valid: false });
  });

  it("is invalid when a role required for the level did not sign", () => {
    const high = acceptance("D-1", { rating: { likelihood: "likely", consequence: "major", methodology: M }, level: "high", compensatingControls: ["annex-a:8.24"] });
    const residual = risk("R-1", { residual: rating("likely", "major") });
    const status = acceptanceStatus(high, options([], [residual]));
    expect(status.invalidReasons.map((f) => f.code)).toEqual(["insufficient_authority"]);
    expect(status.invalidReasons[0]?.message).toContain("CISO, Top management");
    const signed = { ...high, cosigners: [{ decidedBy: "Dana", role: "ciso" }, { decidedBy: "Lee", role: "Top Management" }] };
    expect(acceptanceStatus(signed, options([], [residual])).valid).toBe(true);
  });

  it("is invalid when one person signs for two required roles", () => {
    const high = acceptance("D-1", { rating: { likelihood: "likely", consequence: "major", methodology: M }, level: "high", compensatingControls: ["annex-a:8.24"] });
    const residual = risk("R-1", { residual: rating("likely", "major") });
    const twice = { ...high, cosigners: [{ decidedBy: "Alice", role: "CISO" }, { decidedBy: " alice ", role: "Top management" }] };
    const status = acceptanceStatus(twice, options([], [residual]));
    expect(status.valid).toBe(false);
    expect(status.invalidReasons).toEqual([expect.objectContaining({ code: "same_person_multiple_roles", path: ["cosigners"] })]);
    const ownerTwice = { ...high, cosigners: [{ decidedBy: "Jo Smith", role: "CISO" }, { decidedBy: "Lee", role: "Top management" }] };
    expect(acceptanceStatus(ownerTwice, options([], [residual])).invalidReasons.map((f) => f.code)).toEqual(["same_person_multiple_roles"]);
  });

  it("finds a distinct person for each role even when one signer holds several roles", () => {
    const high = acceptance("D-1", { rating: { likelihood: "likely", consequence: "major", methodology: M }, level: "high", compensatingControls: ["annex-a:8.24"] });
    const residual = risk("R-1", { residual: rating("likely", "major") });
    // Alice signs as CISO first; only by giving her top management can Bob cover the CISO role.
    const cosigners = [{ decidedBy: "Alice", role: "CISO" }, { decidedBy: "Alice", role: "Top management" }, { decidedBy: "Bob", role: "CISO" }];
    expect(acceptanceStatus({ ...high, cosigners }, options([], [residual]))).toMatchObject({ valid: true, invalidReasons: [] });
  });

  it("is invalid when dated or co-signed after asOf", () => {
    const decision = acceptance("D-1", { date: "2026-03-02" });
    expect(acceptanceStatus(decision, options([decision]))).toMatchObject({ valid: false, invalidReasons: [expect.objectContaining({ code: "decision_in_future", path: ["date"] })] });
    expect(acceptanceStatus(decision, options([decision], [R1], "2026-03-02")).valid).toBe(true);
    const late = acceptance("D-2", { cosigners: [{ decidedBy: "Dana", role: "CISO", date: "2026-03-05" }] });
    expect(acceptanceStatus(late, options([late])).invalidReasons).toEqual([expect.objectContaining({ code: "decision_in_future", path: ["cosigners", 0, "date"] })]);
  });

  it("is invalid when required compensating controls are missing", () => {
    const high = acceptance("D-1", {
      rating: { likelihood: "likely", consequence: "major", methodology: M },
      level: "high",
      cosigners: [{ decidedBy: "Dana", role: "CISO" }, { decidedBy: "Lee", role: "Top management" }],
    });
    const residual = risk("R-1", { residual: rating("likely", "major") });
    expect(acceptanceStatus(high, options([], [residual])).invalidReasons.map((f) => f.code)).toEqual(["compensating_controls_missing"]);
  });

  it("is invalid when the requester signed it", () => {
    const decision = acceptance("D-1", { requestedBy: "jo smith" });
    expect(acceptanceStatus(decision, options()).invalidReasons.map((f) => f.code)).toEqual(["requester_is_approver"]);
    expect(acceptanceStatus(acceptance("D-1", { requestedBy: "Sam" }), options()).valid).toBe(true);
  });

  it("is invalid when the requester signed it under another spelling of the same name", () => {
    for (const requestedBy of ["Jo   Smith", "JO SMITH", "Jo\u00a0Smith", "Jo \t Smith"]) {
      expect(acceptanceStatus(acceptance("D-1", { requestedBy }), options()).invalidReasons.map((f) => f.code)).toEqual(["requester_is_approver"]);
    }
    const unparsed = { ...acceptance("D-1"), requestedBy: " jo smith " };
    expect(acceptanceStatus(unparsed, options()).invalidReasons.map((f) => f.code)).toEqual(["requester_is_approver"]);
  });

  it("is invalid when the frozen level is not the rating's level, or it expires before it was made", () => {
    const decision = acceptance("D-1", { level: "medium", expires: "2026-01-01" });
    expect(acceptanceStatus(decision, options()).invalidReasons.map((f) => f.code)).toEqual(["expires_before_decision", "level_mismatch"]);
  });

  it("is invalid for an unknown risk or a rating that cannot be scored", () => {
    const decision = acceptance("D-1", { risk: "R-9", rating: { likelihood: "unlikely", consequence: "major", methodology: { id: "other", version: 1 } } });
    const status = acceptanceStatus(decision, options());
    expect(status.invalidReasons.map((f) => f.code)).toEqual(["unknown_risk", "unknown_methodology"]);
    expect(status).toMatchObject({ stale: true, level: undefined, reviewDue: undefined });
  });

  it("sameRating compares keys and methodology version, not dates", () => {
    const frozen = { likelihood: "likely", consequence: "major", methodology: M };
    expect(sameRating(frozen, rating("likely", "major", "2030-01-01"))).toBe(true);
    expect(sameRating(frozen, { ...rating("likely", "major"), methodology: { ...M, version: 2 } })).toBe(false);
    expect(sameRating(frozen, undefined)).toBe(false);
  });
});

describe("plan approval", () => {
  const p = plan();

  it("an approval makes a plan approved; revocation or expiry undoes it", () => {
    const a = approval("D-1", "TP-1", { expires: "2026-12-31" });
    expect(isPlanApproved(p, [])).toBe(false);
    expect(isPlanApproved(p, [a])).toBe(true);
    expect(isPlanApproved(p, [a], "2027-01-01")).toBe(false);
    expect(isPlanApproved(p, [a, revocation("D-2", "D-1")])).toBe(false);
    expect(isPlanApproved(p, [a, revocation("D-2", "D-1")], "2026-04-30")).toBe(true);
  });

  it("a fingerprinted approval goes stale when the plan's substance changes, not when it progresses", () => {
    const a = approval("D-1", "TP-1", { planFingerprint: planFingerprint(p) });
    expect(isPlanApproved(p, [a])).toBe(true);
    const progressed = { ...p, title: "Renamed", actions: p.actions.map((action) => ({ ...action, status: "done" as const })), controls: p.controls.map((c) => ({ ...c, state: "existing" as const })) };
    expect(isPlanApproved(progressed, [a])).toBe(true);
    const changed = { ...p, controls: [...p.controls, { ref: "annex-a:8.5" as const, state: "planned" as const }] };
    expect(planApprovalStatus(a, changed, [a])).toMatchObject({ stale: true, valid: false });
  });

  it("an approval dated or co-signed after asOf does not count yet", () => {
    const a = approval("D-1", "TP-1", { date: "2026-03-02" });
    expect(planApprovalStatus(a, p, [a], "2026-03-01")).toMatchObject({ valid: false, invalidReasons: [expect.objectContaining({ code: "decision_in_future", path: ["date"] })] });
    expect(isPlanApproved(p, [a], "2026-03-01")).toBe(false);
    expect(isPlanApproved(p, [a], "2026-03-02")).toBe(true);
    expect(isPlanApproved(p, [a])).toBe(true);
    const late = approval("D-2", "TP-1", { cosigners: [{ decidedBy: "Dana", role: "CISO", date: "2026-03-05" }] });
    expect(planApprovalStatus(late, p, [late], "2026-03-04").invalidReasons).toEqual([expect.objectContaining({ code: "decision_in_future", path: ["cosigners", 0, "date"] })]);
    expect(planApprovalStatus(late, p, [late], "2026-03-05").valid).toBe(true);
  });

  it("an approval requested by its approver does not count", () => {
    const a = approval("D-1", "TP-1", { requestedBy: "Jo Smith" });
    expect(isPlanApproved(p, [a])).toBe(false);
  });

  it("an approval of another plan does not count and is reported as such", () => {
    const a = approval("D-1", "TP-2");
    expect(listValidPlanApprovals(p, [a])).toEqual([]);
    expect(planApprovalStatus(a, p, [a]).invalidReasons.map((f) => f.code)).toEqual(["unknown_plan"]);
  });
});

describe("validateDecisions", () => {
  const p = plan();
  const context = (decisions: readonly Decision[], asOf?: string) => validateDecisions(decisions, { risks: [R1], plans: [p], methodologies: methodology, asOf });
  const codes = (decisions: readonly Decision[], asOf?: string) => context(decisions, asOf).map((f) => f.code);
  // Approvals record the plan's fingerprint unless a test is about its absence.
  const approval = (key: string, planKey = "TP-1", extra: Record<string, unknown> = {}) => approvalOf(key, planKey, { planFingerprint: planFingerprint(p), ...extra });

  it("an approval without a plan fingerprint is a warning, unless revoked", () => {
    expect(context([approvalOf("D-1")])).toEqual([expect.objectContaining({ code: "approval_without_fingerprint", severity: "warning", path: [0, "planFingerprint"] })]);
    expect(codes([approvalOf("D-1"), revocation("D-2", "D-1")])).toEqual([]);
  });

  it("reports an approval dated after asOf, and not without asOf", () => {
    expect(context([approval("D-1", "TP-1", { date: "2026-07-01" })], "2026-06-01")).toEqual([expect.objectContaining({ code: "decision_in_future", path: [0, "date"], severity: "error" })]);
    expect(codes([approval("D-1", "TP-1", { date: "2026-07-01" })])).toEqual([]);
  });

  it("reports an acceptance dated after asOf, and not without asOf", () => {
    expect(context([acceptance("D-1", { date: "2026-07-01" })], "2026-06-01")).toEqual([expect.objectContaining({ code: "decision_in_future", path: [0, "date"], severity: "error" })]);
    expect(codes([acceptance("D-1", { date: "2026-07-01", expires: "2026-08-01" })])).toEqual([]);
  });

  it("one person signing for two required roles is reported", () => {
    const medium = acceptance("D-1", { rating: { likelihood: "possible", consequence: "major", methodology: M }, level: "medium", cosigners: [{ decidedBy: "Jo Smith", role: "CISO" }] });
    const residual = risk("R-1", { residual: rating("possible", "major") });
    const found = validateDecisions([medium], { risks: [residual], plans: [p], methodologies: methodology });
    expect(found).toEqual([expect.objectContaining({ code: "same_person_multiple_roles", path: [0, "cosigners"] })]);
  });

  it("sound records have no issues", () => {
    expect(codes([approval("D-1"), acceptance("D-2"), revocation("D-3", "D-1")], "2026-06-01")).toEqual([]);
  });

  it("reports duplicate ids", () => {
    expect(context([approval("D-1"), acceptance("D-1")])).toContainEqual(expect.objectContaining({ code: "duplicate_decision_id", path: [1, "id"] }));
  });

  it("reports approvals of unknown plans, stale and expired approvals, and risk owners who did not sign", () => {
    expect(codes([approval("D-1", "TP-9")])).toEqual(["unknown_plan"]);
    expect(codes([approval("D-1", "TP-1", { planFingerprint: "0000000000000000" })])).toEqual(["approval_stale"]);
    expect(codes([approval("D-1", "TP-1", { expires: "2026-03-01" })], "2026-03-02")).toEqual(["approval_expired"]);
    expect(codes([approval("D-1", "TP-1", { expires: "2026-03-01" })])).toEqual([]);
    expect(codes([approval("D-1", "TP-1", { decidedBy: "Sam", role: "CISO" })])).toEqual(["approver_not_risk_owner"]);
    expect(codes([approval("D-1", "TP-1", { decidedBy: "Sam", role: "CISO", cosigners: [{ decidedBy: "Jo Smith", role: "Risk owner" }] })])).toEqual([]);
    expect(codes([approval("D-1", "TP-1", { decidedBy: "Sam", role: "CISO" }), revocation("D-2", "D-1")])).toEqual([]);
  });

  it("a risk without an owner does not make an approval suspect", () => {
    const ownerless = risk("R-1", {}, { owner: undefined });
    expect(validateDecisions([approval("D-1")], { risks: [ownerless], plans: [p], methodologies: methodology }).map((f) => f.code)).toEqual([]);
  });

  it("reports acceptance problems with paths relative to the array", () => {
    const found = context([approval("D-0"), acceptance("D-1", { requestedBy: "Jo Smith", plan: "TP-9" })]);
    expect(found).toEqual([
      expect.objectContaining({ code: "requester_is_approver", path: [1, "requestedBy"] }),
      expect.objectContaining({ code: "unknown_plan", path: [1, "plan"] }),
    ]);
  });

  it("a stale acceptance is a warning; an expired one an error; a review past due a warning", () => {
    const changed = risk("R-1", { residual: rating("possible", "major") });
    const stale = validateDecisions([acceptance("D-1")], { risks: [changed], plans: [p], methodologies: methodology });
    expect(stale).toEqual([expect.objectContaining({ code: "acceptance_stale", severity: "warning" })]);
    expect(context([acceptance("D-1", { expires: "2026-12-31" })], "2027-01-01")).toEqual([
      expect.objectContaining({ code: "acceptance_expired", severity: "error" }),
    ]);
    expect(context([acceptance("D-1", { reviewBy: "2026-03-01" })], "2026-03-02")).toEqual([
      expect.objectContaining({ code: "review_overdue", severity: "warning" }),
    ]);
  });

  it("a revoked or orphaned acceptance is not reported as stale", () => {
    const changed = risk("R-1", { residual: rating("possible", "major") });
    expect(validateDecisions([acceptance("D-1"), revocation("D-2", "D-1")], { risks: [changed], plans: [p], methodologies: methodology })).toEqual([]);
    expect(codes([acceptance("D-1", { risk: "R-9" })])).toEqual(["unknown_risk"]);
  });

  it("checks revocations", () => {
    expect(codes([revocation("D-1", "D-9")])).toEqual(["unknown_decision"]);
    expect(codes([acceptance("D-1"), revocation("D-2", "D-1"), revocation("D-3", "D-2")])).toEqual(["cannot_revoke_revocation"]);
    expect(codes([acceptance("D-1"), revocation("D-2", "D-1", { date: "2026-01-01" })])).toEqual(["revocation_before_decision"]);
    expect(codes([acceptance("D-1"), revocation("D-2", "D-1"), revocation("D-3", "D-1")])).toEqual(["duplicate_revocation"]);
  });
});
