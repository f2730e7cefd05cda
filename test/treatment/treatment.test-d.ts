import { describe, expectTypeOf, it } from "vitest";
import type { ControlRef } from "../../src/catalogue/index.js";
import type { DecisionId, Result, RiskId, TreatmentPlanId } from "../../src/core/index.js";
import {
  listSelectedControls,
  normaliseTreatmentOption,
  toOscalResponseType,
  TreatmentOptionInputSchema,
  TreatmentPlanSchema,
  suggestResidualRating,
  type ApprovedRating,
  type FrozenRating,
  type PlanApproval,
  type ResidualSuggestion,
  type Decision,
  type TreatmentOption,
  type TreatmentPlan,
  type TreatmentPlanPatch,
} from "../../src/treatment/index.js";
import type * as z from "zod";

describe("treatment types", () => {
  it("options are a closed union and normalisation may fail", () => {
    expectTypeOf<TreatmentOption>().toEqualTypeOf<"modify" | "retain" | "avoid" | "share">();
    expectTypeOf(normaliseTreatmentOption).returns.toEqualTypeOf<TreatmentOption | undefined>();
    expectTypeOf(toOscalResponseType).returns.toEqualTypeOf<"mitigate" | "accept" | "avoid" | "share">();
    expectTypeOf<z.output<typeof TreatmentOptionInputSchema>>().toEqualTypeOf<TreatmentOption>();
    expectTypeOf<z.input<typeof TreatmentOptionInputSchema>>().toEqualTypeOf<string>();
  });

  it("a parsed plan's options are canonical options; on input any string is allowed", () => {
    expectTypeOf<TreatmentPlan["options"]>().toEqualTypeOf<TreatmentOption[]>();
    expectTypeOf<z.output<typeof TreatmentPlanSchema>["options"]>().toEqualTypeOf<TreatmentOption[]>();
    expectTypeOf<z.input<typeof TreatmentPlanSchema>["options"]>().toEqualTypeOf<string[]>();
  });

  it("plan approvals may carry frozen ratings; suggestions are results", () => {
    expectTypeOf<PlanApproval["ratings"]>().toEqualTypeOf<ApprovedRating[] | undefined>();
    expectTypeOf<ApprovedRating["risk"]>().toEqualTypeOf<RiskId>();
    expectTypeOf(suggestResidualRating).returns.toEqualTypeOf<Result<ResidualSuggestion>>();
    expectTypeOf<ResidualSuggestion["rating"]>().toEqualTypeOf<FrozenRating>();
  });

  it("plan ids, risk ids and control references are typed", () => {
    expectTypeOf<TreatmentPlan["id"]>().toEqualTypeOf<TreatmentPlanId>();
    expectTypeOf<TreatmentPlan["risks"]>().toEqualTypeOf<RiskId[]>();
    expectTypeOf<TreatmentPlan["controls"][number]["ref"]>().toEqualTypeOf<ControlRef>();
    // @ts-expect-error a raw string is not a plan id
    const id: TreatmentPlanId = "TP-1";
    void id;
  });

  it("decisions narrow on kind", () => {
    function describeDecision(decision: Decision): string {
      switch (decision.kind) {
        case "plan_approval":
          expectTypeOf(decision.plan).toEqualTypeOf<TreatmentPlanId>();
          return decision.rationale;
        case "risk_acceptance":
          expectTypeOf(decision.risk).toEqualTypeOf<RiskId>();
          return decision.level;
        case "revocation":
          expectTypeOf(decision.revokes).toEqualTypeOf<DecisionId>();
          return decision.reason;
        default: {
          const unreachable: never = decision;
          return unreachable;
        }
      }
    }
    expectTypeOf(describeDecision).returns.toBeString();
  });

  it("the selected controls map is keyed by control reference", () => {
    expectTypeOf(listSelectedControls).returns.toEqualTypeOf<
      ReadonlyMap<ControlRef, { readonly plans: readonly TreatmentPlanId[]; readonly risks: readonly RiskId[]; readonly states: readonly ("existing" | "planned")[] }>
    >();
  });
});

describe("plan patches", () => {
  it("optional fields may be removed with undefined, required ones may not", () => {
    expectTypeOf<{ priority: undefined }>().toExtend<TreatmentPlanPatch>();
    expectTypeOf<{ title: undefined }>().not.toExtend<TreatmentPlanPatch>();
    expectTypeOf<{ id: TreatmentPlanId }>().not.toExtend<TreatmentPlanPatch>();
  });
});
