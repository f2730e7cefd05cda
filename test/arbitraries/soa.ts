import { fc } from "@fast-check/vitest";
import { PartySchema, RiskIdSchema, type IsoDate } from "../../src/core/index.js";
import { CustomCatalogueSchema, listCatalogueControls, type ControlRef, type CustomCatalogue } from "../../src/catalogue/index.js";
import { RiskSchema, type Risk } from "../../src/risk/index.js";
import { TreatmentPlanSchema, type TreatmentPlan } from "../../src/treatment/index.js";
import {
  ApplicabilityDecisionSchema,
  ObligationSchema,
  SoaRowSchema,
  type ApplicabilityDecision,
  type DeriveSoaInput,
  type Obligation,
  type SoaRow,
} from "../../src/soa/index.js";

/** Texts that have broken renderers somewhere: formulas, markup, entities, separators, line breaks. */
export const NASTY = [
  "=SUM(A1:A9)",
  "+1",
  "-2",
  "@cmd",
  "\tx",
  "\rx",
  " =1+1",
  "\uFF1D1",
  "<script>alert(1)</script>",
  "a & b",
  "&amp;",
  "a|b",
  '"quoted"',
  "comma, here",
  "line\nbreak",
  "crlf\r\nline",
  "*bold* _it_ `code` [link](x) ~~s~~ $x$",
  "# heading",
  "1. list",
  "\\",
  "\u0000nul",
  "risk accepted by the CFO",
  "N/A",
  "   ",
  "",
] as const;

/** Any string, weighted towards {@link NASTY} ones. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);

/** A text that is not blank (for titles). */
export const nonBlankTextArb: fc.Arbitrary<string> = textArb.filter((text) => /\S/.test(text));

/** A party that parses (owner, provider). */
export const partyArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("CISO", "Head of IT", "=cmd|' /C calc'!A0", "<b>Ops</b>", "R&D", "-Finance", "@team"),
  fc.string({ minLength: 1, maxLength: 10 }),
).filter((text) => PartySchema.safeParse(text).success);

/** A calendar date in 2024–2027. */
export const dateArb: fc.Arbitrary<IsoDate> = fc
  .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** The Annex A controls the generated ISMS talks about (a few, to keep decisions dense). */
export const ANNEX_A_POOL: readonly ControlRef[] = listCatalogueControls("annex-a")
  .slice(0, 10)
  .map((control) => control.ref);

/** A small custom catalogue `acme` with 1–4 controls whose titles may be nasty. */
export const customCatalogueArb: fc.Arbitrary<CustomCatalogue> = fc
  .array(fc.record({ title: nonBlankTextArb, group: fc.option(fc.constantFrom("cloud", "hr"), { nil: undefined }) }), { minLength: 1, maxLength: 4 })
  .map((controls) =>
    CustomCatalogueSchema.parse({
      id: "acme",
      title: "ACME baseline",
      groups: [
        { id: "cloud", title: "Cloud" },
        { id: "hr", title: "People" },
      ],
      controls: controls.map((control, index) => ({ id: `ACME-${index + 1}`, title: control.title, ...(control.group ? { group: control.group } : {}) })),
    }),
  );

/** A minimal event-based risk that parses. */
export function riskOf(id: string): Risk {
  return RiskSchema.parse({
    kind: "event_based",
    id,
    title: `Risk ${id}`,
    owner: "CISO",
    status: "evaluated",
    affectedProperties: ["confidentiality"],
    ratings: {},
    riskSource: "Criminals",
    event: "Breach",
    consequenceDescription: "Data leaks",
  });
}

/** A generated ISMS: the input of deriveSoa, with every value parsing through its schema. */
export interface SoaWorld {
  readonly input: DeriveSoaInput & {
    readonly customCatalogues: readonly CustomCatalogue[];
    readonly risks: readonly Risk[];
    readonly obligations: readonly Obligation[];
    readonly plans: readonly TreatmentPlan[];
    readonly decisions: readonly ApplicabilityDecision[];
  };
  readonly asOf: IsoDate;
}

const statusArb = fc.constantFrom("not_started", "planned", "partially_implemented", "implemented", "not_implemented");
const reasonKindArb = fc.constantFrom("risk_treatment", "legal", "statutory", "regulatory", "contractual", "business", "best_practice");
const obligationKindArb = fc.constantFrom("legal", "statutory", "regulatory", "contractual", "business", "best_practice");

function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 2 });
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** Options of {@link soaWorldArb}. */
export interface SoaWorldOptions {
  /** Also refer to controls of a catalogue that is not in scope. */
  readonly outOfScope?: boolean;
}

/** A random but valid ISMS for the SoA: scope, custom catalogue, risks, plans, obligations, decisions. */
export function soaWorldArb(options: SoaWorldOptions = {}): fc.Arbitrary<SoaWorld> {
  return fc
    .record({
      custom: customCatalogueArb,
      scope: fc.constantFrom(["annex-a"], ["annex-a", "acme"], ["acme"], ["acme", "annex-a", "acme"]),
      riskCount: fc.integer({ min: 1, max: 4 }),
      asOf: dateArb,
    })
    .chain(({ custom, scope, riskCount, asOf }) => {
      const pool: ControlRef[] = [...ANNEX_A_POOL, ...custom.controls.map((control) => `acme:${control.id}` as ControlRef)];
      if (options.outOfScope === true) pool.push("other:X-1", "annex-a-2013:A.5.1.1");
      const riskIds = Array.from({ length: riskCount }, (_, index) => RiskIdSchema.parse(`R-${index}`));
      const refArb = fc.constantFrom(...pool);
      const planArb = fc
        .record({
          risks: fc.subarray(riskIds, { minLength: 1 }),
          controls: fc.uniqueArray(fc.record({ ref: refArb, state: fc.constantFrom("existing", "planned") }), { selector: (c) => c.ref, maxLength: 4 }),
          actions: fc.array(
            fc.record({ status: fc.constantFrom("planned", "in_progress", "done", "cancelled"), controls: optional(fc.subarray(pool, { maxLength: 2 })) }),
            { maxLength: 3 },
          ),
        });
      const obligationArb = fc.record({
        kind: obligationKindArb,
        title: nonBlankTextArb,
        controls: fc.array(refArb, { maxLength: 3 }),
        source: optional(textArb),
      });
      const decisionArb = fc
        .record({
          control: refArb,
          applicable: fc.boolean(),
          justification: optional(textArb),
          reasons: optional(fc.array(fc.record({ kind: reasonKindArb, note: optional(textArb) }).map(compact), { maxLength: 2 })),
          provider: optional(partyArb),
          status: optional(statusArb),
          owner: optional(partyArb),
          evidence: optional(fc.array(fc.record({ ref: nonBlankTextArb, title: optional(textArb), date: dateArb }).map(compact), { maxLength: 2 })),
          lastReviewed: optional(dateArb),
          notes: optional(textArb),
        })
        .map((raw) => ApplicabilityDecisionSchema.parse(compact(raw)));
      return fc.record({
        plans: fc.array(planArb, { maxLength: 3 }),
        obligations: fc.array(obligationArb, { maxLength: 3 }),
        decisions: fc.array(decisionArb, { maxLength: 10 }),
      }).map(({ plans, obligations, decisions }) => ({
        asOf,
        input: {
          catalogues: scope,
          customCatalogues: [custom],
          risks: riskIds.map(riskOf),
          plans: plans.map((plan, index) => TreatmentPlanSchema.parse({
            id: `TP-${index}`,
            title: `Plan ${index}`,
            risks: plan.risks,
            options: ["modify"],
            controls: plan.controls,
            actions: plan.actions.map((action, actionIndex) =>
              compact({
                id: `ACT-${actionIndex}`,
                title: "Do it",
                owner: "CISO",
                due: "2026-12-31",
                status: action.status,
                ...(action.status === "done" ? { completedOn: "2026-06-01" } : {}),
                controls: action.controls,
              }),
            ),
          })),
          obligations: obligations.map((obligation, index) => ObligationSchema.parse(compact({ id: `OB-${index}`, ...obligation }))),
          decisions,
        },
      }));
    });
}

/** A single row with arbitrary (nasty) texts everywhere a text may go. */
export const soaRowArb: fc.Arbitrary<SoaRow> = fc
  .record({
    id: fc.constantFrom("5.1", "5.10", "8.24", "ACME-1"),
    catalogue: fc.constantFrom("annex-a", "acme"),
    title: textArb,
    group: optional(textArb),
    applicable: fc.boolean(),
    undecided: optional(fc.constant(true as const)),
    reasons: fc.array(
      fc.record({ kind: reasonKindArb, risks: optional(fc.constantFrom(["R-1"], ["R-1", "R-2"])), obligations: optional(fc.constantFrom(["OB-1"])), note: optional(textArb) }).map(compact),
      { maxLength: 3 },
    ),
    risks: fc.constantFrom([], ["R-1"], ["R-1", "R-2"]),
    obligations: fc.constantFrom([], ["OB-1"]),
    justification: optional(textArb),
    status: statusArb,
    provider: optional(partyArb),
    owner: optional(partyArb),
    evidence: fc.constant([]),
    lastEvidenceDate: optional(dateArb),
    notes: optional(textArb),
  })
  // An undecided row is never applicable.
  .map((raw) => SoaRowSchema.parse(compact({ ...raw, undecided: raw.applicable ? undefined : raw.undecided, ref: `${raw.catalogue}:${raw.id}` })));
