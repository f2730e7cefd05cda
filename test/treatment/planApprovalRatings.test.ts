import { describe, expect, it } from "vitest";
import {
  DecisionSchema,
  planApprovalRatings,
  planApprovalStatus,
  planFingerprint,
  PlanApprovalSchema,
  isPlanApproved,
  validateDecisions,
  type PlanApproval,
} from "../../src/treatment/index.js";
import { approval, deepFreeze, M, methodology, plan, rating, revocation, risk } from "./fixtures.js";

const frozen = (likelihood: string, consequence: string, version = 1) => ({ likelihood, consequence, methodology: { id: M.id, version } });
const r1 = risk("R-1", { current: rating("likely", "major") });
const r2 = risk("R-2", { current: rating("possible", "moderate") });
const twoRiskPlan = plan("TP-1", { risks: ["R-1", "R-2"] });
const withRatings = (ratings: unknown, extra: Record<string, unknown> = {}): PlanApproval =>
  approval("D-1", "TP-1", { planFingerprint: planFingerprint(plan()), ratings, ...extra });
const codes = (decisions: readonly PlanApproval[] | readonly ReturnType<typeof DecisionSchema.parse>[], risks = [r1], plans = [plan()]) =>
  validateDecisions(decisions, { risks, plans, methodologies: methodology }).map((found) => [found.code, found.severity, found.path]);

describe("plan approvals freeze the ratings they were decided on", () => {
  it("parses approvals with and without ratings; older records stay valid", () => {
    expect(approval("D-1").ratings).toBeUndefined();
    expect(withRatings([{ risk: "R-1", rating: frozen("likely", "major") }]).ratings).toEqual([{ risk: "R-1", rating: frozen("likely", "major") }]);
    expect(PlanApprovalSchema.safeParse({ ...approval("D-1"), ratings: [{ risk: "R-1", rating: { likelihood: "likely", consequence: "major" } }] }).success).toBe(false);
    expect(PlanApprovalSchema.safeParse({ ...approval("D-1"), ratings: [{ risk: "R-1", rating: frozen("likely", "major"), level: "high" }] }).success).toBe(false);
  });

  it("planApprovalRatings freezes each plan risk's current rating once, in plan order, skipping risks without one", () => {
    const p = plan("TP-1", { risks: ["R-2", "R-1", "R-2", "R-3", "R-4"] });
    const r4 = risk("R-4", { target: rating("unlikely", "minor") });
    const risks = deepFreeze([r1, r2, r4]);
    const ratings = planApprovalRatings(deepFreeze(p), risks);
    expect(ratings).toEqual([
      { risk: "R-2", rating: frozen("possible", "moderate") },
      { risk: "R-1", rating: frozen("likely", "major") },
    ]);
    // A frozen copy: nothing is shared with the risk.
    expect(ratings[1]!.rating.methodology).not.toBe(r1.ratings.current!.methodology);
    expect(Object.keys(ratings[1]!.rating)).toEqual(["likelihood", "consequence", "methodology"]);
    expect(planApprovalRatings(plan(), [])).toEqual([]);
  });

  it("an approval built with planApprovalRatings and planFingerprint validates without rating issues", () => {
    const p = plan();
    const a = DecisionSchema.parse({ ...approval("D-1"), planFingerprint: planFingerprint(p), ratings: planApprovalRatings(p, [r1]) });
    expect(codes([a as PlanApproval])).toEqual([]);
  });

  it("approval_rating_not_in_plan: a rating for a risk the plan does not treat is an error", () => {
    const a = withRatings([
      { risk: "R-1", rating: frozen("likely", "major") },
      { risk: "R-2", rating: frozen("possible", "moderate") },
    ]);
    expect(codes([a], [r1, r2])).toEqual([["approval_rating_not_in_plan", "error", [0, "ratings", 1, "risk"]]]);
  });

  it("duplicate_approval_rating: a risk rated twice is an error", () => {
    const a = withRatings([
      { risk: "R-1", rating: frozen("likely", "major") },
      { risk: "R-1", rating: frozen("likely", "major") },
    ]);
    expect(codes([a])).toEqual([["duplicate_approval_rating", "error", [0, "ratings", 1, "risk"]]]);
  });

  it("unknown_methodology: a frozen rating that cannot be scored is an error", () => {
    expect(codes([withRatings([{ risk: "R-1", rating: frozen("likely", "major", 9) }])])).toEqual([
      ["unknown_methodology", "error", [0, "ratings", 0, "rating"]],
      ["approval_rating_stale", "warning", [0, "ratings", 0, "rating"]],
    ]);
    expect(codes([withRatings([{ risk: "R-1", rating: frozen("likely", "catastrophic") }])]).map(([code]) => code)).toContain("unknown_methodology");
  });

  it("approval_rating_missing: ratings recorded, but not for every risk of the plan (warning)", () => {
    const p = plan("TP-1", { risks: ["R-1", "R-2", "R-9"] });
    const a = approval("D-1", "TP-1", { planFingerprint: planFingerprint(p), ratings: [{ risk: "R-1", rating: frozen("likely", "major") }] });
    const found = validateDecisions([a], { risks: [r1, r2], plans: [p], methodologies: methodology });
    // R-9 is not in the register: validateTreatmentPlans reports that; no rating could have been frozen.
    expect(found.map((f) => [f.code, f.severity, f.path])).toEqual([["approval_rating_missing", "warning", [0, "ratings"]]]);
    expect(found[0]!.message).toContain("R-2");
    // No ratings at all is not reported: older approvals carry none.
    expect(codes([approval("D-1", "TP-1", { planFingerprint: planFingerprint(p) })], [r1, r2], [p])).toEqual([]);
  });

  it("approval_rating_stale: the risk's current rating is no longer the one the plan was approved on (warning)", () => {
    const a = withRatings([{ risk: "R-1", rating: frozen("possible", "major") }]);
    const found = validateDecisions([a], { risks: [r1], plans: [plan()], methodologies: methodology });
    expect(found.map((f) => [f.code, f.severity, f.path])).toEqual([["approval_rating_stale", "warning", [0, "ratings", 0, "rating"]]]);
    expect(found[0]!.message).toContain("possible × major");
    expect(found[0]!.message).toContain("likely × major");
  });

  it("approval_rating_stale when the risk lost its current rating or it is under another methodology version", () => {
    const unrated = risk("R-1");
    const a = withRatings([{ risk: "R-1", rating: frozen("likely", "major") }]);
    const found = validateDecisions([a], { risks: [unrated], plans: [plan()], methodologies: methodology });
    expect(found.map((f) => f.code)).toEqual(["approval_rating_stale"]);
    expect(found[0]!.message).toContain("no current rating");
    const v2 = risk("R-1", { current: { ...rating("likely", "major"), methodology: { id: M.id, version: 2 } } });
    const moved = validateDecisions([a], { risks: [v2], plans: [plan()], methodologies: methodology });
    expect(moved.map((f) => f.code)).toEqual(["approval_rating_stale"]);
    expect(moved[0]!.message).toContain("v2");
  });

  it("a revoked approval's ratings are history: not stale, not missing; structural errors are still reported", () => {
    const a = withRatings([
      { risk: "R-1", rating: frozen("possible", "major") },
      { risk: "R-7", rating: frozen("possible", "major") },
    ]);
    expect(codes([a, revocation("D-2", "D-1") as never])).toEqual([["approval_rating_not_in_plan", "error", [0, "ratings", 1, "risk"]]]);
  });

  it("planApprovalStatus lists the re-rated risks without invalidating the approval", () => {
    const p = twoRiskPlan;
    const a = approval("D-1", "TP-1", {
      planFingerprint: planFingerprint(p),
      ratings: [
        { risk: "R-1", rating: frozen("possible", "major") },
        { risk: "R-2", rating: frozen("possible", "moderate") },
        { risk: "R-5", rating: frozen("possible", "moderate") },
      ],
    });
    const risks = deepFreeze([r1, r2]);
    expect(planApprovalStatus(a, p, [a])).toMatchObject({ valid: true, changedRatings: [] });
    expect(planApprovalStatus(a, p, [a], undefined, risks)).toMatchObject({ valid: true, changedRatings: ["R-1"] });
    expect(planApprovalStatus(a, p, [a], "2026-06-01", [risk("R-1", { current: rating("possible", "major") }), r2]).changedRatings).toEqual([]);
    expect(planApprovalStatus(approval("D-1"), plan(), [], undefined, risks).changedRatings).toEqual([]);
    expect(isPlanApproved(p, [a], "2026-06-01")).toBe(true);
  });

  it("judges a risk by the first rating the approval records for it, as validateDecisions does", () => {
    const p = twoRiskPlan;
    const current = r2.ratings.current!;
    const twice = approval("D-1", "TP-1", {
      planFingerprint: planFingerprint(p),
      ratings: [
        { risk: "R-2", rating: frozen(current.likelihood, current.consequence) },
        { risk: "R-2", rating: frozen("rare", "minor") },
      ],
    });
    expect(planApprovalStatus(twice, p, [twice], undefined, [r1, r2]).changedRatings).toEqual([]);
  });
});
