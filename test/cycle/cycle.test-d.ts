import { expectTypeOf, test } from "vitest";
import type { FindingGrade, PdcaEvent, PdcaPhase, ReadinessStatus } from "../../src/cycle/index.js";
import { transition, createCycle } from "../../src/cycle/index.js";
import { passingFacts } from "../arbitraries/cycle.js";

test("closed vocabularies are literal unions", () => {
  expectTypeOf<PdcaPhase>().toEqualTypeOf<"plan" | "do" | "check" | "act">();
  expectTypeOf<PdcaEvent>().toEqualTypeOf<"start_operation" | "start_evaluation" | "start_improvement" | "restart">();
  expectTypeOf<FindingGrade>().toEqualTypeOf<"major_nonconformity" | "minor_nonconformity" | "observation" | "opportunity_for_improvement">();
  expectTypeOf<ReadinessStatus>().toEqualTypeOf<"met" | "partly_met" | "not_met" | "not_assessed">();
});

test("transition only takes known events", () => {
  // @ts-expect-error "skip" is not a PDCA event
  transition(createCycle("2026-01-05"), "skip", { guards: passingFacts, date: "2026-02-01" });
});
