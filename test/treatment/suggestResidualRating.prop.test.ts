import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createMethodology, product5x5Preset, RiskSchema, type Methodology, type Risk } from "../../src/risk/index.js";
import { suggestResidualRating, TreatmentPlanSchema, type ResidualSuggestion, type TreatmentPlan } from "../../src/treatment/index.js";
import { deepFreeze } from "./fixtures.js";

const five: Methodology = createMethodology({ id: "five", name: "Five", reviewDate: "2027-01-01", matrix: product5x5Preset });
const L = product5x5Preset.likelihood.levels.map((level) => level.key);
const C = product5x5Preset.consequence.levels.map((level) => level.key);
const REFS = ["annex-a:5.1", "annex-a:5.2", "annex-a:5.3", "annex-a:5.4", "annex-a:5.5", "annex-a:5.7"];
const STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;

const indexArb = fc.integer({ min: 0, max: 4 });

/** A risk R-1 with a current rating (and maybe a residual) on the 5×5, and a plan for it with random controls and actions. */
const caseArb = fc
  .record({
    current: fc.tuple(indexArb, indexArb),
    target: fc.tuple(indexArb, indexArb),
    residual: fc.option(fc.tuple(indexArb, indexArb), { nil: undefined }),
    controls: fc.array(fc.record({ state: fc.constantFrom("existing", "planned"), actions: fc.array(fc.constantFrom(...STATUSES), { maxLength: 3 }) }), { maxLength: REFS.length }),
    looseActions: fc.array(fc.constantFrom(...STATUSES), { maxLength: 3 }),
    options: fc.uniqueArray(fc.constantFrom("modify", "share", "retain"), { minLength: 1, maxLength: 3 }),
  })
  .map((raw) => {
    const rate = ([l, c]: [number, number]) => ({ likelihood: L[l]!, consequence: C[c]!, methodology: { id: "five", version: 1 }, date: "2026-01-15" });
    const risk: Risk = RiskSchema.parse({
      kind: "event_based", id: "R-1", title: "Risk", owner: "Jo", status: "evaluated", affectedProperties: ["confidentiality"],
      ratings: { current: rate(raw.current), ...(raw.residual ? { residual: rate(raw.residual) } : {}) },
      riskSource: "Criminals", event: "Theft", consequenceDescription: "Leak",
    });
    const action = (status: (typeof STATUSES)[number], id: string, controls: string[]) => ({
      id, title: "Do", owner: "Head of IT", due: "2026-06-30", status, ...(status === "done" ? { completedOn: "2026-05-01" } : {}), controls,
    });
    const plan: TreatmentPlan = TreatmentPlanSchema.parse({
      id: "TP-1", title: "Plan", risks: ["R-1"], options: raw.options,
      controls: raw.controls.map((control, index) => ({ ref: REFS[index]!, state: control.state })),
      actions: [
        ...raw.controls.flatMap((control, index) => control.actions.map((status, a) => action(status, `ACT-${index}-${a}`, [REFS[index]!]))),
        ...raw.looseActions.map((status, a) => action(status, `ACT-X-${a}`, [])),
      ],
      target: { likelihood: L[raw.target[0]]!, consequence: C[raw.target[1]]! },
    });
    return { risk, plan, current: raw.current, target: raw.target };
  });

const suggest = (risk: Risk, plan: TreatmentPlan): ResidualSuggestion => {
  const result = suggestResidualRating(risk, plan, five);
  if (!result.ok) throw new Error(result.error.map((found) => found.message).join(" "));
  return result.value;
};
const indexes = (suggestion: ResidualSuggestion): [number, number] => [L.indexOf(suggestion.rating.likelihood), C.indexOf(suggestion.rating.consequence)];
const between = (value: number, a: number, b: number): boolean => Math.min(a, b) <= value && value <= Math.max(a, b);

describe("suggestResidualRating properties", () => {
  test.prop([caseArb], { numRuns: 200 })("the suggestion lies between the current rating and the target on each axis", ({ risk, plan, current, target }) => {
    const [l, c] = indexes(suggest(risk, plan));
    expect(between(l, current[0], target[0])).toBe(true);
    expect(between(c, current[1], target[1])).toBe(true);
  });

  test.prop([caseArb], { numRuns: 200 })("nothing in place gives the current rating; everything in place gives the target", ({ risk, plan, current, target }) => {
    const suggestion = suggest(risk, plan);
    if (suggestion.inPlace === 0) expect(indexes(suggestion)).toEqual(current);
    if (suggestion.outOf > 0 && suggestion.inPlace === suggestion.outOf) expect(indexes(suggestion)).toEqual(target);
    expect(suggestion.ratio).toBeGreaterThanOrEqual(0);
    expect(suggestion.ratio).toBeLessThanOrEqual(1);
  });

  test.prop([caseArb, fc.nat()], { numRuns: 200 })("monotone in progress: completing an open action never moves the suggestion back towards the current rating", ({ risk, plan, current }, pick) => {
    const open = plan.actions.map((action, index) => ({ action, index })).filter(({ action }) => action.status === "planned" || action.status === "in_progress");
    fc.pre(open.length > 0);
    const { index } = open[pick % open.length]!;
    const progressed: TreatmentPlan = {
      ...plan,
      actions: plan.actions.map((action, position) => (position === index ? { ...action, status: "done" as const, completedOn: "2026-05-02" } : action)),
    };
    const before = suggest(risk, plan);
    const after = suggest(risk, progressed);
    expect(after.ratio).toBeGreaterThanOrEqual(before.ratio);
    const [lb, cb] = indexes(before);
    const [la, ca] = indexes(after);
    expect(Math.abs(la - current[0])).toBeGreaterThanOrEqual(Math.abs(lb - current[0]));
    expect(Math.abs(ca - current[1])).toBeGreaterThanOrEqual(Math.abs(cb - current[1]));
  });

  test.prop([caseArb], { numRuns: 100 })("never mutates its input and never writes the residual rating to the risk", ({ risk, plan }) => {
    const frozenRisk = deepFreeze(structuredClone(risk));
    const frozenPlan = deepFreeze(structuredClone(plan));
    const suggestion = suggest(frozenRisk, frozenPlan);
    expect(frozenRisk).toEqual(risk);
    expect(frozenPlan).toEqual(plan);
    expect(frozenRisk.ratings.residual).toEqual(risk.ratings.residual);
    // The suggestion is a fresh object, not any rating held by the risk.
    for (const held of Object.values(frozenRisk.ratings)) {
      expect(suggestion.rating).not.toBe(held);
      expect(suggestion.rating.methodology).not.toBe(held?.methodology);
    }
    expect(suggestion.differsFromResidual).toBe(
      risk.ratings.residual === undefined
        ? undefined
        : risk.ratings.residual.likelihood !== suggestion.rating.likelihood || risk.ratings.residual.consequence !== suggestion.rating.consequence,
    );
  });
});
