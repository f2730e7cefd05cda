import { fc } from "@fast-check/vitest";
import { ANNEX_A_IDS } from "../../src/catalogue/index.js";
import { DecisionSchema, TREATMENT_OPTION_ALIASES, TreatmentOptionSchema, TreatmentPlanSchema, type Decision, type TreatmentPlan } from "../../src/treatment/index.js";

const LIKELIHOOD = ["unlikely", "possible", "likely"] as const;
const CONSEQUENCE = ["minor", "moderate", "major"] as const;

/** A likelihood key of the Cox 3×3 preset. */
export const likelihoodArb = fc.constantFrom(...LIKELIHOOD);
/** A consequence key of the Cox 3×3 preset. */
export const consequenceArb = fc.constantFrom(...CONSEQUENCE);

/**
 * A calendar date `YYYY-MM-DD` between 2023 and 2031, biased to month ends and February
 * (28, 29, 30, 31 and the 1st), so that month-end and leap-year rules are exercised.
 */
export const isoDateArb: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 2023, max: 2031 }),
    month: fc.oneof(fc.constant(2), fc.integer({ min: 1, max: 12 })),
    day: fc.oneof(fc.constantFrom(1, 28, 29, 30, 31), fc.integer({ min: 1, max: 31 })),
  })
  .map(({ year, month, day }) => {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(day, last)).padStart(2, "0")}`;
  });

/** An Annex A 2022 control reference. */
export const annexARefArb = fc.constantFrom(...ANNEX_A_IDS).map((id) => `annex-a:${id}` as const);

/** A treatment plan for risk R-1 that parses: random options, controls, actions and target. */
export const planArb: fc.Arbitrary<TreatmentPlan> = fc
  .record({
    options: fc.uniqueArray(fc.constantFrom(...TreatmentOptionSchema.options), { minLength: 1, maxLength: 4 }),
    controls: fc.uniqueArray(fc.record({ ref: annexARefArb, state: fc.constantFrom("existing", "planned") }), { maxLength: 3, selector: (c) => c.ref }),
    withActions: fc.boolean(),
    due: isoDateArb,
    target: fc.option(fc.record({ likelihood: likelihoodArb, consequence: consequenceArb }), { nil: undefined }),
    sharing: fc.option(fc.constant({ counterparty: "Insurer AG", instrument: { kind: "insurance_policy" as const } }), { nil: undefined }),
    avoidance: fc.option(fc.constant({ activityStopped: "Public FTP server" }), { nil: undefined }),
  })
  .map((raw) =>
    TreatmentPlanSchema.parse({
      id: "TP-1",
      title: "Plan",
      risks: ["R-1"],
      options: raw.options,
      controls: raw.controls,
      actions: raw.withActions
        ? raw.controls.map((control, index) => ({ id: `ACT-${index}`, title: "Implement", owner: "Head of IT", due: raw.due, status: "planned", controls: [control.ref] }))
        : [],
      ...(raw.target ? { target: raw.target } : {}),
      ...(raw.sharing ? { sharing: raw.sharing } : {}),
      ...(raw.avoidance ? { avoidance: raw.avoidance } : {}),
    }),
  );

/** A decision record with id `D-<n>` for risk R-1 / plan TP-1 that parses; revocations name `D-0`…`D-9`. */
export function decisionArb(n: number): fc.Arbitrary<Decision> {
  const common = { decidedBy: fc.constantFrom("Jo Smith", "Dana"), role: fc.constantFrom("Risk owner", "CISO"), date: isoDateArb };
  return fc
    .oneof(
      fc.record({ kind: fc.constant("plan_approval"), ...common, plan: fc.constant("TP-1"), rationale: fc.constant("Fine") }),
      fc.record({
        kind: fc.constant("risk_acceptance"),
        ...common,
        risk: fc.constant("R-1"),
        rationale: fc.constant("Within appetite"),
        rating: fc.record({ likelihood: likelihoodArb, consequence: consequenceArb, methodology: fc.constant({ id: "acme", version: 1 }) }),
        level: fc.constantFrom("low", "medium", "high"),
      }),
      fc.record({ kind: fc.constant("revocation"), ...common, revokes: fc.integer({ min: 0, max: 9 }).map((k) => `D-${k}`), reason: fc.constant("Changed") }),
    )
    .map((raw) => DecisionSchema.parse({ ...raw, id: `D-${n}` }));
}

/**
 * A treatment word as people write it: a canonical option or an alias in random case, maybe
 * with a "risk" prefix joined by a space, `_` or `-`, and surrounding white space.
 */
export const optionWordArb: fc.Arbitrary<string> = fc
  .record({
    alias: fc.constantFrom(...Object.keys(TREATMENT_OPTION_ALIASES)),
    upper: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    prefix: fc.option(fc.constantFrom("risk ", "Risk_", "RISK-", "risk - "), { nil: undefined }),
    lead: fc.constantFrom("", " ", "\t", "  "),
    trail: fc.constantFrom("", " ", "\n"),
  })
  .map(({ alias, upper, prefix, lead, trail }) => {
    const cased = [...alias].map((char, index) => (upper[index % upper.length] ? char.toUpperCase() : char)).join("");
    return `${lead}${prefix ?? ""}${cased}${trail}`;
  });
