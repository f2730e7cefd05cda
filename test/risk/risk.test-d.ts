import { expectTypeOf, test } from "vitest";
import type { MethodologyId, RiskId } from "../../src/core/index.js";
import { type Rating, type RatingLayer, type RatingScore, type Risk, type RiskEvaluation } from "../../src/risk/index.js";

test("risk kinds are an exhaustive union", () => {
  function describe(risk: Risk): string {
    switch (risk.kind) {
      case "asset_based":
        return risk.threat;
      case "event_based":
        return risk.event;
      default: {
        const unreachable: never = risk;
        return unreachable;
      }
    }
  }
  expectTypeOf(describe).returns.toEqualTypeOf<string>();
});

test("ids are branded", () => {
  expectTypeOf<Risk["id"]>().toEqualTypeOf<RiskId>();
  expectTypeOf<Rating["methodology"]["id"]>().toEqualTypeOf<MethodologyId>();
  // @ts-expect-error a plain string is not a RiskId
  const id: RiskId = "R-1";
  void id;
});

test("layers are a literal union", () => {
  expectTypeOf<RatingLayer>().toEqualTypeOf<"inherent" | "current" | "target" | "residual">();
  // @ts-expect-error "planned" is not a layer
  const layer: RatingLayer = "planned";
  void layer;
});

test("scores and evaluations expose the keys an exporter needs", () => {
  expectTypeOf<RatingScore["likelihood"]>().toEqualTypeOf<string>();
  expectTypeOf<RatingScore["methodology"]["version"]>().toEqualTypeOf<number>();
  expectTypeOf<RiskEvaluation["appetite"]>().toEqualTypeOf<"within_appetite" | "within_tolerance" | "above_tolerance">();
});
