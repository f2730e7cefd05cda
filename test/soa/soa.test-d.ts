import { describe, expectTypeOf, it } from "vitest";
import type { ControlRef } from "../../src/catalogue/index.js";
import type { ObligationId, RiskId } from "../../src/core/index.js";
import type { TreatmentPlan } from "../../src/treatment/index.js";
import type { ApplicabilityDecision, DeriveSoaInput, ImplementationStatus, Obligation, SoaChangeKind, SoaRow } from "../../src/soa/index.js";
import { deriveSoa } from "../../src/soa/index.js";

describe("soa types", () => {
  it("rows carry branded risk and obligation ids and catalogue-qualified refs", () => {
    expectTypeOf<SoaRow["risks"]>().toEqualTypeOf<RiskId[]>();
    expectTypeOf<SoaRow["obligations"]>().toEqualTypeOf<ObligationId[]>();
    expectTypeOf<SoaRow["ref"]>().toEqualTypeOf<ControlRef>();
    expectTypeOf<ApplicabilityDecision["control"]>().toEqualTypeOf<ControlRef>();
    expectTypeOf<Obligation["id"]>().toEqualTypeOf<ObligationId>();
  });

  it("statuses and change kinds are closed unions", () => {
    expectTypeOf<ImplementationStatus>().toEqualTypeOf<"not_started" | "planned" | "partially_implemented" | "implemented" | "not_implemented">();
    expectTypeOf<SoaChangeKind>().toEqualTypeOf<"added" | "removed" | "applicability" | "justification" | "reasons" | "status" | "owner" | "provider">();
  });

  it("deriveSoa takes the treatment module's plans and returns rows", () => {
    expectTypeOf<TreatmentPlan[]>().toMatchTypeOf<NonNullable<DeriveSoaInput["plans"]>>();
    expectTypeOf(deriveSoa).returns.toEqualTypeOf<SoaRow[]>();
  });

  it("a decision's control must be a catalogue-qualified reference", () => {
    // @ts-expect-error a bare Annex A id is not a ControlRef
    const bad: ApplicabilityDecision = { control: "8.24", applicable: true };
    void bad;
  });
});
