import { annexAToSp80053Low, sp80053LowSubset } from "./_internal/frameworks.js";
import * as z from "zod";
import { AssetSchema, defaultAssetSettings } from "../assets/index.js";
import { annexA, CustomCatalogueSchema, type CustomCatalogue } from "../catalogue/index.js";
import { RiskSchema, type Risk } from "../risk/index.js";
import { DecisionSchema, TreatmentPlanSchema, type TreatmentPlan } from "../treatment/index.js";
import {
  ApplicabilityDecisionSchema,
  createSoaVersion,
  deriveSoa,
  ObligationSchema,
  type ApplicabilityDecision,
  type ImplementationStatus,
  type Obligation,
  type SoaVersion,
} from "../soa/index.js";
import { CURRENT_SCHEMA_VERSION, IsmsDocumentSchema, type IsmsDocument } from "../document/index.js";
import { contextIssues, documents, interestedParties, organisation, policies, scope } from "./_internal/context.js";
import { assets } from "./_internal/assets.js";
import { methodologies } from "./_internal/methodology.js";
import { risks } from "./_internal/risks.js";
import { plans } from "./_internal/plans.js";
import { decisions } from "./_internal/decisions.js";
import { controlDescriptions, northwindCatalogue, obligations, soaDecisions } from "./_internal/soa.js";
import { people, roles, trainings } from "./_internal/people.js";
import { suppliers } from "./_internal/suppliers.js";
import { auditProgramme, certification, nonconformities, objectives, pdcaCycle, readiness, reviews } from "./_internal/cycle.js";
import { incidentNonconformities, incidents } from "./_internal/incidents.js";

/**
 * The day the example organisation's data is "current" on: judge due dates, expiries,
 * evidence ages and overdue actions of {@link createExampleIsms} as of this date.
 *
 * @category Example
 * @example
 * ```ts
 * validateIsms(createExampleIsms(), { asOf: EXAMPLE_AS_OF });
 * ```
 */
export const EXAMPLE_AS_OF = "2026-11-27";

const CATALOGUES_IN_SCOPE = ["annex-a", "northwind"] as const;

interface SoaBaseInput {
  readonly catalogues: readonly string[];
  readonly customCatalogues: readonly CustomCatalogue[];
  readonly risks: readonly Risk[];
  readonly obligations: readonly Obligation[];
}
const SOA_V1_DATE = "2025-07-21";

/** The plans as they stood on `date`: those created by then, with actions not yet done then reset to planned. */
function plansAsOf(all: readonly TreatmentPlan[], date: string): TreatmentPlan[] {
  return all
    .filter((plan) => String(plan.created) <= date)
    .map((plan) => ({
      ...plan,
      actions: plan.actions.map((action) => {
        if (action.status === "done" && String(action.completedOn) <= date) return action;
        const { completedOn: _dropped, ...rest } = action;
        return { ...rest, status: "planned" as const };
      }),
    }));
}

/** Controls that came later: Northwind's AI-feature controls were added to its catalogue in November 2026. */
const ADDED_LATER = new Set(["NW-1", "NW-3"]);

/**
 * The approved SoA version 1 (July 2025), derived from the catalogue, plans and decisions of
 * that time: plans created later are left out, later progress is undone, and controls that
 * only later plans select are included for the organisation's own reason, as they were then.
 */
function soaVersion1(
  allPlans: readonly TreatmentPlan[],
  decided: readonly ApplicabilityDecision[],
  input: SoaBaseInput,
): SoaVersion {
  const then = plansAsOf(allPlans, SOA_V1_DATE);
  const catalogues = input.customCatalogues.map((catalogue) => ({
    ...catalogue,
    controls: catalogue.controls.filter((control) => !ADDED_LATER.has(control.id)),
  }));
  const known = new Set(catalogues.flatMap((catalogue) => catalogue.controls.map((control) => `${catalogue.id}:${control.id}`)));
  const requiredThen = new Set<string>([
    ...then.flatMap((plan) => plan.controls.map((control) => control.ref)),
    ...input.obligations.flatMap((obligation) => obligation.controls),
  ]);
  const decisionsThen = decided
    .filter((decision) => decision.control.startsWith("annex-a:") || known.has(decision.control))
    .map((decision): ApplicabilityDecision => {
      const { status, evidence: _evidence, ...rest } = decision;
      const selected = then.some((plan) => plan.controls.some((control) => control.ref === decision.control));
      const ownReason = decision.applicable && rest.reasons === undefined && !requiredThen.has(decision.control);
      return {
        ...rest,
        ...(selected || status === undefined ? {} : { status }),
        ...(ownReason ? { reasons: [{ kind: "best_practice" }] } : {}),
        lastReviewed: SOA_V1_DATE,
      };
    });
  const rows = deriveSoa({ ...input, customCatalogues: catalogues, plans: then, decisions: decisionsThen, asOf: SOA_V1_DATE });
  return createSoaVersion([], rows, {
    date: SOA_V1_DATE,
    approvedBy: "Maya Lindqvist (CEO)",
    approvedOn: "2025-07-28",
    note: "First Statement of Applicability, approved before the ISMS went into operation.",
  });
}

/**
 * Builds the example organisation: Northwind Analytics Ltd, a fictional 60-person B2B
 * analytics SaaS company hosted on a public cloud in the EU, with a complete ISMS as it stands
 * on {@link EXAMPLE_AS_OF} (2026-11-27): scope, context, policies, the documented-information
 * register, 56 assets, two methodology versions, 27 risks of both kinds, 27 treatment plans,
 * risk owners' decisions (one acceptance deliberately stale), obligations, an applicability
 * decision for every Annex A control and three own controls, an approved SoA version,
 * objectives, an internal audit with findings, three nonconformities (one raised by a lesson learned
 * from an incident), three incidents and an event of 2026, a management review, the
 * PDCA cycle in its second `check` phase and the certification record. The demo, the reports,
 * `isms init --example` and the OSCAL tests run on it. Deterministic: every call returns a new,
 * equal value.
 *
 * @returns a fresh document that parses with {@link IsmsDocumentSchema}
 * @throws `ZodError` or `Error` only if the example data itself were inconsistent (a bug)
 * @category Example
 * @example
 * ```ts
 * const doc = createExampleIsms();
 * doc.organisation.name; // "Northwind Analytics Ltd"
 * validateIsms(doc, { asOf: EXAMPLE_AS_OF }).filter((found) => found.severity === "error"); // []
 * ```
 */
export function createExampleIsms(): IsmsDocument {
  const assetList = z.array(AssetSchema).parse(assets());
  const [methodologyV1, methodologyV2] = methodologies();
  const riskList = z.array(RiskSchema).parse(risks());
  const planList = z.array(TreatmentPlanSchema).parse(plans());
  const catalogue = CustomCatalogueSchema.parse(northwindCatalogue());
  const obligationList = z.array(ObligationSchema).parse(obligations());
  const decisionList = z.array(DecisionSchema).parse(decisions(planList, riskList, methodologyV1));

  const soaInput: SoaBaseInput = { catalogues: CATALOGUES_IN_SCOPE, customCatalogues: [catalogue], risks: riskList, obligations: obligationList };
  const required = new Set<string>([
    ...planList.flatMap((plan) => plan.controls.map((control) => control.ref)),
    ...obligationList.flatMap((obligation) => obligation.controls),
  ]);
  const statusFromPlans = new Map<string, ImplementationStatus>();
  for (const row of deriveSoa({ ...soaInput, plans: planList, decisions: [] })) {
    if (row.statusFromPlans !== undefined) statusFromPlans.set(row.ref, row.statusFromPlans);
  }
  const soaDecisionList = z.array(ApplicabilityDecisionSchema).parse(
    soaDecisions(
      annexA.map((control) => control.id),
      required,
      statusFromPlans,
    ),
  );

  return IsmsDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    organisation: organisation(),
    scope: scope(),
    contextIssues: contextIssues(),
    interestedParties: interestedParties(),
    policies: policies(),
    documents: documents(),
    cataloguesInScope: [...CATALOGUES_IN_SCOPE],
    catalogues: [catalogue, sp80053LowSubset()],
    controlDescriptions: controlDescriptions(),
    mappings: [annexAToSp80053Low()],
    assetSettings: defaultAssetSettings,
    assets: assetList,
    methodologies: [methodologyV1, methodologyV2],
    risks: riskList,
    treatmentPlans: planList,
    decisions: decisionList,
    obligations: obligationList,
    soaDecisions: soaDecisionList,
    soaVersions: [soaVersion1(planList, soaDecisionList, soaInput)],
    objectives: objectives(),
    auditProgramme: auditProgramme(),
    nonconformities: [...nonconformities(), ...incidentNonconformities()],
    reviews: reviews(),
    cycle: pdcaCycle(),
    certification: certification(),
    readiness: readiness(),
    incidents: incidents(),
    roles: roles(),
    people: people(),
    trainings: trainings(),
    suppliers: suppliers(),
  });
}
