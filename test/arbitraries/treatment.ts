import { fc } from "@fast-check/vitest";
import { ANNEX_A_IDS } from "../../src/catalogue/index.js";
import { cox3x3Preset, createMethodology, levelOf, RiskSchema, type Methodology, type Risk } from "../../src/risk/index.js";
import {
  DecisionSchema,
  planFingerprint,
  TREATMENT_OPTION_ALIASES,
  TreatmentOptionSchema,
  TreatmentPlanSchema,
  type Decision,
  type TreatmentPlan,
} from "../../src/treatment/index.js";

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

/** A day of 2026 (from 1 January, 0–364 days on): the span the treatment scenarios' dates and `asOf` share, so that they often cross. */
export const day2026Arb: fc.Arbitrary<string> = fc.integer({ min: 0, max: 364 }).map((days) => {
  const date = new Date(Date.UTC(2026, 0, 1 + days));
  return date.toISOString().slice(0, 10);
});

/** The Cox 3×3 methodology `acme` v1 with the default acceptance criteria (low: risk owner; medium: also CISO; high: also top management and compensating controls). */
export const scenarioMethodology: Methodology = createMethodology({ id: "acme", name: "Acme method", reviewDate: "2027-01-01", matrix: cox3x3Preset });

/** Risks, plans and decisions that refer to each other, and a day to judge them on. */
export interface TreatmentScenario {
  readonly methodology: Methodology;
  readonly risks: readonly Risk[];
  readonly plans: readonly TreatmentPlan[];
  readonly decisions: readonly Decision[];
  readonly asOf: string;
}

const scenarioRating = fc.record({ likelihood: likelihoodArb, consequence: consequenceArb, date: day2026Arb });

const scenarioRiskArb = (index: number): fc.Arbitrary<Risk> =>
  fc
    .record({
      inherent: fc.option(scenarioRating, { nil: undefined }),
      current: fc.option(scenarioRating, { nil: undefined }),
      target: fc.option(scenarioRating, { nil: undefined }),
      residual: fc.option(scenarioRating, { nil: undefined }),
    })
    .map((layers) =>
      RiskSchema.parse({
        kind: "event_based",
        id: `R-${index}`,
        title: `Risk ${index}`,
        owner: "Jo Smith",
        status: "evaluated",
        affectedProperties: ["confidentiality"],
        ratings: Object.fromEntries(
          Object.entries(layers).flatMap(([layer, rating]) => (rating === undefined ? [] : [[layer, { ...rating, methodology: { id: "acme", version: 1 } }]])),
        ),
        riskSource: "Criminals",
        event: "Data theft",
        consequenceDescription: "Customer data leaks",
      }),
    );

/** An action of a plan: any status, completed on a day (or not, also when done), maybe naming one of the plan's controls. */
const scenarioActionArb = (planKey: string, index: number, refs: readonly string[]) =>
  fc
    .record({
      status: fc.constantFrom("planned", "in_progress", "done", "done", "cancelled"),
      due: day2026Arb,
      completedOn: fc.option(day2026Arb, { nil: undefined, freq: 3 }),
      names: refs.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...refs), { nil: undefined }),
    })
    .map(({ status, due, completedOn, names }) => ({
      id: `${planKey}-A${index}`,
      title: "Do it",
      owner: "Head of IT",
      due,
      status,
      ...(completedOn === undefined ? {} : { completedOn }),
      ...(names === undefined ? {} : { controls: [names] }),
    }));

const scenarioPlanArb = (index: number, riskCount: number): fc.Arbitrary<TreatmentPlan> =>
  fc
    .record({
      risks: fc.uniqueArray(fc.integer({ min: 0, max: riskCount - 1 }), { minLength: 1, maxLength: riskCount }),
      options: fc.uniqueArray(fc.constantFrom("modify", "retain"), { minLength: 1, maxLength: 2 }),
      controls: fc.uniqueArray(fc.record({ ref: annexARefArb, state: fc.constantFrom("existing", "planned", "planned") }), { maxLength: 3, selector: (c) => c.ref }),
      actionCount: fc.integer({ min: 0, max: 4 }),
      target: fc.record({ likelihood: likelihoodArb, consequence: consequenceArb }),
    })
    .chain((raw) =>
      fc.tuple(...Array.from({ length: raw.actionCount }, (_, a) => scenarioActionArb(`TP-${index}`, a, raw.controls.map((control) => control.ref)))).map((actions) =>
        TreatmentPlanSchema.parse({
          id: `TP-${index}`,
          title: `Plan ${index}`,
          risks: raw.risks.map((r) => `R-${r}`),
          options: raw.options,
          controls: raw.controls,
          actions,
          target: raw.target,
        }),
      ),
    );

const ROLES = ["Risk owner", "CISO", "Top management"] as const;

/** One decision `D-<n>` on the scenario's plans and risks: an approval, an acceptance or a revocation of an earlier decision. */
const scenarioDecisionArb = (n: number, plans: readonly TreatmentPlan[], risks: readonly Risk[]): fc.Arbitrary<Decision> => {
  const signed = { date: day2026Arb, expires: fc.option(day2026Arb, { nil: undefined, freq: 3 }) };
  const approval = fc
    .record({ plan: fc.constantFrom(...plans), fingerprint: fc.constantFrom("current", "current", "stale", "none"), ...signed })
    .map(({ plan, fingerprint, date, expires }) => ({
      kind: "plan_approval",
      plan: plan.id,
      decidedBy: "Jo Smith",
      role: "Risk owner",
      date,
      rationale: "Fine",
      ...(expires === undefined ? {} : { expires }),
      ...(fingerprint === "none" ? {} : { planFingerprint: fingerprint === "current" ? planFingerprint(plan) : "0000000000000000" }),
    }));
  const acceptance = fc
    .record({
      risk: fc.constantFrom(...risks),
      asResidual: fc.boolean(),
      rating: fc.record({ likelihood: likelihoodArb, consequence: consequenceArb }),
      cosigners: fc.subarray([...ROLES.slice(1)]),
      compensating: fc.boolean(),
      ...signed,
    })
    .map(({ risk, asResidual, rating, cosigners, compensating, date, expires }) => {
      const residual = risk.ratings.residual;
      const frozen = asResidual && residual ? { likelihood: residual.likelihood, consequence: residual.consequence } : rating;
      return {
        kind: "risk_acceptance",
        risk: risk.id,
        decidedBy: "Jo Smith",
        role: "Risk owner",
        ...(cosigners.length === 0 ? {} : { cosigners: cosigners.map((role, c) => ({ decidedBy: `Signer ${c}`, role })) }),
        date,
        rationale: "Within appetite",
        rating: { ...frozen, methodology: { id: "acme", version: 1 } },
        level: levelOf(scenarioMethodology.matrix, frozen.likelihood, frozen.consequence).key,
        ...(compensating ? { compensatingControls: ["annex-a:8.24"] } : {}),
        ...(expires === undefined ? {} : { expires }),
      };
    });
  const options: fc.Arbitrary<Record<string, unknown>>[] = [approval, acceptance];
  if (n > 0) {
    options.push(
      fc.record({ target: fc.integer({ min: 0, max: n - 1 }), date: day2026Arb }).map(({ target, date }) => ({
        kind: "revocation",
        revokes: `D-${target}`,
        decidedBy: "Jo Smith",
        role: "Risk owner",
        date,
        reason: "Changed",
      })),
    );
  }
  return fc.oneof(...options).map((raw) => DecisionSchema.parse({ ...raw, id: `D-${n}` }));
};

/**
 * A treatment scenario that parses: 1–4 risks rated (or not) on days of 2026 under
 * {@link scenarioMethodology}; 1–3 plans with controls and actions of every status, completed
 * on days of 2026; up to 8 decisions (approvals, fresh or stale, acceptances with or without
 * the authority their level needs, revocations of earlier decisions), and `asOf` in 2026.
 */
export const treatmentScenarioArb: fc.Arbitrary<TreatmentScenario> = fc
  .record({ riskCount: fc.integer({ min: 1, max: 4 }), planCount: fc.integer({ min: 1, max: 3 }), decisionCount: fc.integer({ min: 0, max: 8 }) })
  .chain(({ riskCount, planCount, decisionCount }) =>
    fc
      .record({
        risks: fc.tuple(...Array.from({ length: riskCount }, (_, r) => scenarioRiskArb(r))),
        plans: fc.tuple(...Array.from({ length: planCount }, (_, p) => scenarioPlanArb(p, riskCount))),
        asOf: day2026Arb,
      })
      .chain(({ risks, plans, asOf }) =>
        fc
          .tuple(...Array.from({ length: decisionCount }, (_, n) => scenarioDecisionArb(n, plans, risks)))
          .map((decisions) => ({ methodology: scenarioMethodology, risks, plans, decisions, asOf })),
      ),
  );
