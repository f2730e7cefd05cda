import { CustomCatalogueSchema } from "../../src/catalogue/index.js";
import { ApplicabilityDecisionSchema, deriveSoa, ObligationSchema, type DeriveSoaInput } from "../../src/soa/index.js";
import { TreatmentPlanSchema, type TreatmentPlan } from "../../src/treatment/index.js";
import { riskOf } from "../arbitraries/soa.js";

export const acme = CustomCatalogueSchema.parse({
  id: "acme",
  title: "ACME baseline",
  groups: [{ id: "cloud", title: "Cloud" }],
  controls: [
    { id: "ACME-1", title: "Customer data residency", group: "cloud" },
    { id: "ACME-2", title: "Tenant isolation review" },
  ],
});

/** A plan in the shape of the treatment module's TreatmentPlan. */
export function plan(
  id: string,
  risks: string[],
  controls: { ref: string; state: "existing" | "planned" }[],
  actions: { status: "planned" | "in_progress" | "done" | "cancelled"; controls?: string[] }[] = [],
): TreatmentPlan {
  return TreatmentPlanSchema.parse({
    id,
    title: `Plan ${id}`,
    risks,
    options: ["modify"],
    controls,
    actions: actions.map((action, index) => ({
      id: `ACT-${index}`,
      title: "Action",
      owner: "CISO",
      due: "2026-12-31",
      ...(action.status === "done" ? { completedOn: "2026-05-01" } : {}),
      ...action,
    })),
  });
}

export const decision = (value: unknown) => ApplicabilityDecisionSchema.parse(value);
export const obligation = (value: unknown) => ObligationSchema.parse(value);

export function baseInput(overrides: Partial<DeriveSoaInput> = {}): DeriveSoaInput {
  return {
    catalogues: ["annex-a"],
    customCatalogues: [acme],
    risks: [riskOf("R-1"), riskOf("R-2")],
    plans: [],
    obligations: [],
    decisions: [],
    ...overrides,
  };
}

/** The rows of a first SoA version the version tests share: 5.1 applicable and planned, 7.5 excluded, the acme catalogue in scope. */
export const rowsV1 = deriveSoa(
  baseInput({
    catalogues: ["annex-a", "acme"],
    decisions: [
      decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business" }], owner: "CISO", status: "planned" }),
      decision({ control: "annex-a:7.5", applicable: false, justification: "Remote only" }),
    ],
  }),
);

/** The rows of a second version: acme out of scope, 5.1 implemented by another owner, 7.5 included through plan TP-1. */
export const rowsV2 = deriveSoa(
  baseInput({
    catalogues: ["annex-a"],
    plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:7.5", state: "planned" }])],
    decisions: [
      decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business", note: "tenders" }], owner: "COO", status: "implemented", provider: "Host" }),
      decision({ control: "annex-a:7.5", applicable: true, justification: "Remote only, new office" }),
    ],
  }),
);
