import { describe, expect, it } from "vitest";
import { createMethodology, product5x5Preset, type Methodology, type Rating, type Risk } from "../../src/risk/index.js";
import { suggestResidualRating, TreatmentPlanSchema, type ResidualSuggestion, type TreatmentPlan } from "../../src/treatment/index.js";
import { deriveSoa } from "../../src/soa/index.js";
import { deepFreeze, M, methodology, plan, rating, risk } from "./fixtures.js";

/** The 5×5 product preset (rare…almost_certain × insignificant…severe) as methodology "five" v1. */
const five: Methodology = createMethodology({ id: "five", name: "Five", reviewDate: "2027-01-01", matrix: product5x5Preset });
const F = { id: five.id, version: 1 };
const rate5 = (likelihood: string, consequence: string): Rating => ({ likelihood, consequence, methodology: F, date: "2026-01-15" });

/** A plan for R-1 with `existing` existing controls and one planned control per action status given. */
function planWith(existing: number, planned: readonly (readonly string[])[], extra: Record<string, unknown> = {}): TreatmentPlan {
  const refs = ["annex-a:5.1", "annex-a:5.2", "annex-a:5.3", "annex-a:5.4", "annex-a:5.5", "annex-a:5.7", "annex-a:5.8", "annex-a:5.9"];
  const controls = [
    ...refs.slice(0, existing).map((ref) => ({ ref, state: "existing" })),
    ...planned.map((_, index) => ({ ref: refs[existing + index]!, state: "planned" })),
  ];
  const actions = planned.flatMap((statuses, index) =>
    statuses.map((status, s) => ({
      id: `ACT-${index}-${s}`,
      title: "Implement",
      owner: "Head of IT",
      due: "2026-06-30",
      status,
      ...(status === "done" ? { completedOn: "2026-05-01" } : {}),
      controls: [refs[existing + index]!],
    })),
  );
  return TreatmentPlanSchema.parse({ id: "TP-1", title: "Plan", risks: ["R-1"], options: ["modify"], controls, actions, target: { likelihood: "rare", consequence: "insignificant" }, ...extra });
}

const value = (result: ReturnType<typeof suggestResidualRating>): ResidualSuggestion => {
  if (!result.ok) throw new Error(result.error.map((found) => found.code).join(", "));
  return result.value;
};
const code = (result: ReturnType<typeof suggestResidualRating>): string | undefined => (result.ok ? undefined : result.error[0]?.code);
const pair = (suggestion: ResidualSuggestion): string => `${suggestion.rating.likelihood} × ${suggestion.rating.consequence}`;

const high = risk("R-1", { current: rate5("almost_certain", "severe") });

describe("suggestResidualRating", () => {
  it("with nothing in place, suggests the current rating", () => {
    const suggestion = value(suggestResidualRating(high, planWith(0, [["planned"], ["in_progress"]]), five));
    expect(pair(suggestion)).toBe("almost_certain × severe");
    expect(suggestion).toMatchObject({ basis: "controls", inPlace: 0, outOf: 2, ratio: 0, pendingControls: ["annex-a:5.1", "annex-a:5.2"], differsFromResidual: undefined });
    expect(suggestion.rating.methodology).toEqual(F);
  });

  it("with part of the plan in place, moves that share of the way on each axis, rounded towards the current rating", () => {
    // 1 existing + 1 implemented of 4: half of 4 steps.
    const half = value(suggestResidualRating(high, planWith(1, [["done"], ["in_progress"], ["planned"]]), five));
    expect(pair(half)).toBe("possible × moderate");
    expect(half).toMatchObject({ inPlace: 2, outOf: 4, ratio: 0.5, existingControls: ["annex-a:5.1"], implementedControls: ["annex-a:5.2"] });
    expect(half.doneActions).toEqual(["ACT-0-0"]);
    expect(half.openActions).toEqual(["ACT-1-0", "ACT-2-0"]);
    expect(half.level).toBe("medium");
    // 3 of 4: floor(4 × 3/4) = 3 steps.
    expect(pair(value(suggestResidualRating(high, planWith(2, [["done"], ["planned"]]), five)))).toBe("unlikely × minor");
    // 1 of 3: floor(4/3) = 1 step, not 1.33 rounded up.
    expect(pair(value(suggestResidualRating(high, planWith(1, [["planned"], ["planned"]]), five)))).toBe("likely × major");
    // Axes move separately: likelihood 3 steps × 1/2 = 1 (rounded towards current), consequence does not move.
    const oneAxis = risk("R-1", { current: rate5("almost_certain", "moderate") });
    const moved = value(suggestResidualRating(oneAxis, planWith(1, [["planned"]], { target: { likelihood: "unlikely", consequence: "moderate" } }), five));
    expect(pair(moved)).toBe("likely × moderate");
  });

  it("with the whole plan in place, suggests the target", () => {
    const suggestion = value(suggestResidualRating(high, planWith(1, [["done"], ["done", "done"]]), five));
    expect(pair(suggestion)).toBe("rare × insignificant");
    expect(suggestion).toMatchObject({ ratio: 1, targetSource: "plan", towards: { likelihood: "rare", consequence: "insignificant", methodology: F } });
    expect(suggestion.explanation).toMatch(/^3 of 3 controls of plan TP-1 are in place/);
    expect(suggestion.explanation).toContain("rare × insignificant (low)");
  });

  it("ignores cancelled actions: a planned control is in place when its live actions are all done, pending when all were cancelled", () => {
    const suggestion = value(suggestResidualRating(high, planWith(0, [["done", "cancelled"], ["cancelled"]]), five));
    expect(suggestion).toMatchObject({ implementedControls: ["annex-a:5.1"], pendingControls: ["annex-a:5.2"], cancelledActions: ["ACT-0-1", "ACT-1-0"], inPlace: 1, outOf: 2 });
    expect(pair(suggestion)).toBe("possible × moderate");
    // A planned control without any action is pending.
    const bare = TreatmentPlanSchema.parse({ ...planWith(1, []), controls: [{ ref: "annex-a:5.1", state: "existing" }, { ref: "annex-a:5.2", state: "planned" }] });
    expect(value(suggestResidualRating(high, bare, five))).toMatchObject({ pendingControls: ["annex-a:5.2"], inPlace: 1, outOf: 2 });
  });

  it("counts a control listed twice once, in place when either entry says existing", () => {
    const twice = TreatmentPlanSchema.parse({
      ...planWith(0, [["planned"]]),
      controls: [{ ref: "annex-a:5.1", state: "planned" }, { ref: "annex-a:5.1", state: "existing" }, { ref: "annex-a:5.2", state: "planned" }],
    });
    expect(value(suggestResidualRating(high, twice, five))).toMatchObject({ existingControls: ["annex-a:5.1"], pendingControls: ["annex-a:5.2"], outOf: 2 });
  });

  it("with asOf, an action completed later is not done yet", () => {
    const p = planWith(0, [["done"]]);
    expect(value(suggestResidualRating(high, p, five, { asOf: "2026-04-30" }))).toMatchObject({ inPlace: 0, openActions: ["ACT-0-0"] });
    expect(value(suggestResidualRating(high, p, five, { asOf: "2026-05-01" }))).toMatchObject({ inPlace: 1, doneActions: ["ACT-0-0"] });
  });

  it("reads a planned control's actions as the SoA does: those naming it, else those naming no control", () => {
    const generic = (status: string) =>
      TreatmentPlanSchema.parse({
        id: "TP-1",
        title: "Plan",
        risks: ["R-1"],
        options: ["modify"],
        controls: [{ ref: "annex-a:5.1", state: "planned" }],
        actions: [{ id: "ACT-1", title: "Roll out", owner: "Head of IT", due: "2026-06-30", status, ...(status === "done" ? { completedOn: "2026-05-01" } : {}) }],
        target: { likelihood: "rare", consequence: "insignificant" },
      });
    const done = value(suggestResidualRating(high, generic("done"), five));
    expect(done).toMatchObject({ implementedControls: ["annex-a:5.1"], pendingControls: [], inPlace: 1, outOf: 1 });
    expect(pair(done)).toBe("rare × insignificant");
    expect(deriveSoa({ catalogues: ["annex-a"], plans: [generic("done")], decisions: [] }).find((row) => row.ref === "annex-a:5.1")?.status).toBe("implemented");
    expect(value(suggestResidualRating(high, generic("in_progress"), five))).toMatchObject({ implementedControls: [], pendingControls: ["annex-a:5.1"] });
  });

  it("a plan without controls counts its live actions; without either, nothing is in place", () => {
    const shared = TreatmentPlanSchema.parse({
      id: "TP-1", title: "Insure", risks: ["R-1"], options: ["transfer"], controls: [], sharing: { counterparty: "Insurer AG" },
      target: { likelihood: "almost_certain", consequence: "minor" },
      actions: [
        { id: "ACT-1", title: "Buy policy", owner: "CFO", due: "2026-03-01", status: "done", completedOn: "2026-02-20" },
        { id: "ACT-2", title: "Brief broker", owner: "CFO", due: "2026-03-01", status: "cancelled" },
        { id: "ACT-3", title: "Review cover", owner: "CFO", due: "2026-09-01", status: "planned" },
      ],
    });
    const byActions = value(suggestResidualRating(high, shared, five));
    expect(byActions).toMatchObject({ basis: "actions", inPlace: 1, outOf: 2, cancelledActions: ["ACT-2"] });
    expect(pair(byActions)).toBe("almost_certain × major");
    expect(byActions.explanation).toContain("1 of 2 actions of plan TP-1 are done");
    const retained = TreatmentPlanSchema.parse({ id: "TP-1", title: "Keep", risks: ["R-1"], options: ["accept"], controls: [], actions: [], target: { likelihood: "rare", consequence: "minor" } });
    const nothing = value(suggestResidualRating(high, retained, five));
    expect(nothing).toMatchObject({ basis: "nothing", inPlace: 0, outOf: 0, ratio: 0 });
    expect(pair(nothing)).toBe("almost_certain × severe");
    expect(nothing.explanation).toContain("nothing is in place");
  });

  it("avoid without a target moves towards the lowest levels; once the activity has stopped on asOf, the plan counts as fully in place", () => {
    const avoid = TreatmentPlanSchema.parse({
      id: "TP-1", title: "Stop FTP", risks: ["R-1"], options: ["terminate"], controls: [],
      avoidance: { activityStopped: "Public FTP server", effectiveFrom: "2026-06-01" },
      actions: [{ id: "ACT-1", title: "Switch off", owner: "Head of IT", due: "2026-06-01", status: "planned" }],
    });
    const before = value(suggestResidualRating(high, avoid, five, { asOf: "2026-05-31" }));
    expect(before).toMatchObject({ basis: "actions", targetSource: "lowest", towards: { likelihood: "rare", consequence: "insignificant" } });
    expect(pair(before)).toBe("almost_certain × severe");
    const after = value(suggestResidualRating(high, avoid, five, { asOf: "2026-06-01" }));
    expect(after).toMatchObject({ basis: "avoidance", inPlace: 1, outOf: 1, ratio: 1, level: "low" });
    expect(pair(after)).toBe("rare × insignificant");
    expect(after.explanation).toContain("stopped on 2026-06-01");
    // Without asOf the date is not judged.
    expect(value(suggestResidualRating(high, avoid, five)).basis).toBe("actions");
    // All actions done: fully in place, also without a date.
    const done = TreatmentPlanSchema.parse({ ...avoid, avoidance: { activityStopped: "Public FTP server" }, actions: [{ ...avoid.actions[0]!, status: "done", completedOn: "2026-06-01" }] });
    expect(pair(value(suggestResidualRating(high, done, five)))).toBe("rare × insignificant");
    // An avoid plan with a target uses it.
    expect(value(suggestResidualRating(high, TreatmentPlanSchema.parse({ ...done, target: { likelihood: "rare", consequence: "minor" } }), five)).rating.consequence).toBe("minor");
  });

  it("uses the risk's target when the plan has none", () => {
    const withTarget = risk("R-1", { current: rate5("almost_certain", "severe"), target: rate5("possible", "moderate") });
    const { target: _drop, ...untargeted } = planWith(1, []);
    const suggestion = value(suggestResidualRating(withTarget, TreatmentPlanSchema.parse(untargeted), five));
    expect(suggestion).toMatchObject({ targetSource: "risk", ratio: 1 });
    expect(pair(suggestion)).toBe("possible × moderate");
  });

  it("a target worse than the current rating is moved towards too, rounded towards the current rating", () => {
    const low = risk("R-1", { current: rate5("rare", "insignificant") });
    const worse = planWith(1, [["planned"]], { target: { likelihood: "possible", consequence: "moderate" } });
    expect(pair(value(suggestResidualRating(low, worse, five)))).toBe("unlikely × minor");
  });

  it("never writes to the risk and never replaces a person's residual rating", () => {
    const rated = deepFreeze(risk("R-1", { current: rate5("almost_certain", "severe"), residual: rate5("likely", "major") }));
    const p = deepFreeze(planWith(1, [["done"], ["planned"], ["planned"]]));
    const before = structuredClone(rated);
    const suggestion = value(suggestResidualRating(rated, p, five));
    expect(rated).toEqual(before);
    expect(rated.ratings.residual).toEqual(rate5("likely", "major"));
    expect(pair(suggestion)).toBe("possible × moderate");
    expect(suggestion.differsFromResidual).toBe(true);
    expect(suggestion.rating).not.toBe(rated.ratings.current);
    const agreeing: Risk = risk("R-1", { current: rate5("almost_certain", "severe"), residual: rate5("possible", "moderate") });
    expect(value(suggestResidualRating(agreeing, p, five)).differsFromResidual).toBe(false);
  });

  it("works with the 3×3 fixtures and a list of methodologies", () => {
    const r = risk("R-1", { current: rating("likely", "major") });
    // The fixture plan: one existing and one planned control whose action is in progress, so 1 of 2
    // in place; target unlikely × major: likelihood moves 1 of 2 steps, consequence stays.
    const suggestion = value(suggestResidualRating(r, plan(), [five, methodology]));
    expect(pair(suggestion)).toBe("possible × major");
    expect(suggestion.rating.methodology).toEqual(M);
  });

  it("says why there is no suggestion", () => {
    expect(code(suggestResidualRating(risk("R-2", { current: rate5("likely", "major") }), planWith(1, []), five))).toBe("risk_not_in_plan");
    expect(code(suggestResidualRating(risk("R-1"), planWith(1, []), five))).toBe("no_current_rating");
    const { target: _drop, ...untargeted } = planWith(1, []);
    const noTarget = suggestResidualRating(high, TreatmentPlanSchema.parse(untargeted), five);
    expect(noTarget.ok ? [] : noTarget.error).toEqual([expect.objectContaining({ code: "no_target", path: ["target"], severity: "error" })]);
    expect(code(suggestResidualRating(high, planWith(1, []), methodology))).toBe("unknown_methodology");
    expect(code(suggestResidualRating(risk("R-1", { current: rate5("likely", "huge") }), planWith(1, []), five))).toBe("current_not_scorable");
    expect(code(suggestResidualRating(high, planWith(1, [], { target: { likelihood: "never", consequence: "minor" } }), five))).toBe("target_not_scorable");
    expect(code(suggestResidualRating(high, planWith(1, [], { target: { likelihood: "rare", consequence: "minor", methodology: { id: "five", version: 2 } } }), five))).toBe(
      "methodology_mismatch",
    );
  });
});
