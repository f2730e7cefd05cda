import { fc } from "@fast-check/vitest";
import * as z from "zod";
import { addDays, type IsmsIssue } from "../../src/core/index.js";
import { AcknowledgementSchema, createStarterIsms, parseIsms, type Acknowledgement, type IsmsDocument } from "../../src/document/index.js";
import { listCatalogueControls } from "../../src/catalogue/index.js";
import { hasReservedKey, inventoryArb } from "./assets.js";
import { registerArb } from "./risk.js";
import { treatmentScenarioArb, type TreatmentScenario } from "./treatment.js";

/** The document every generated one starts from. */
export const starter: IsmsDocument = createStarterIsms({ organisation: "Generated Ltd", date: "2026-01-05" });

const controls = listCatalogueControls("annex-a").map((control) => control.ref);

const customArb = fc.option(
  fc
    .dictionary(fc.constantFrom("ticket", "cost", "tags", "nested"), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
    .map((value) => JSON.parse(JSON.stringify(value)) as Record<string, never>)
    .filter((value) => !hasReservedKey(value)),
  { nil: undefined },
);

/** Valid documents: assets with dependencies, rated risks, SoA decisions, obligations and custom fields. */
export const documentArb: fc.Arbitrary<IsmsDocument> = fc
  .record({
    assets: inventoryArb({ maxSize: 8 }),
    risks: registerArb(starter.methodologies[0]!, 8),
    decided: fc.subarray(controls, { maxLength: 12 }),
    excludedEvery: fc.integer({ min: 2, max: 5 }),
    obligations: fc.subarray(controls, { maxLength: 4 }),
    custom: customArb,
  })
  .map(({ assets, risks, decided, excludedEvery, obligations, custom }) =>
    parseIsms({
      ...starter,
      assets,
      risks,
      soaDecisions: decided.map((control, index) =>
        index % excludedEvery === 0
          ? { control, applicable: false, justification: `No ${control} activity exists in the scope.` }
          : { control, applicable: true, reasons: [{ kind: "best_practice" }], status: "planned", owner: "CISO" },
      ),
      obligations:
        obligations.length === 0 ? [] : [{ id: "OB-1", kind: "contractual", title: "Customer contract", controls: obligations }],
      ...(custom === undefined ? {} : { custom }),
    }),
  );

/**
 * Acknowledgements aimed at a document's issues: codes and paths taken from the issues (so
 * that they match warnings and errors) or made up (so that some match nothing), dated around
 * `asOf`. With `uniqueIds` every id is distinct and every `until` is on or after its `on`.
 */
export function acknowledgementsArb(
  issues: readonly IsmsIssue[],
  asOf: string,
  options: { readonly uniqueIds: boolean },
): fc.Arbitrary<Acknowledgement[]> {
  const targets = issues.map((found) => ({ code: found.code, path: [...found.path] }));
  const targetArb = targets.length > 0 ? fc.constantFrom(...targets) : fc.constant({ code: "missing_scope", path: ["scope"] as (string | number)[] });
  const dayArb = fc.integer({ min: -3, max: 3 }).map((days) => addDays(asOf, days));
  const one = fc
    .record({
      target: fc.oneof(targetArb, fc.record({ code: fc.constantFrom("no_such_code", "unused_acknowledgement"), path: fc.constant(["nowhere"] as (string | number)[]) })),
      withPath: fc.boolean(),
      id: fc.integer({ min: 1, max: 6 }),
      on: dayArb,
      until: fc.option(dayArb, { nil: undefined }),
    })
    .map(({ target, withPath, id, on, until }) => ({
      id: `ACK-${id}`,
      code: target.code,
      ...(withPath ? { path: target.path } : {}),
      reason: "Known and accepted",
      by: "CISO",
      on,
      ...(until === undefined ? {} : { until: options.uniqueIds && until < on ? on : until }),
    }));
  const list = options.uniqueIds ? fc.uniqueArray(one, { maxLength: 6, selector: (ack) => ack.id }) : fc.array(one, { maxLength: 6 });
  return list.map((acks) => z.array(AcknowledgementSchema).parse(acks));
}

/** The starter document holding a treatment scenario: its methodology, risks, plans and decisions. */
export function documentOfScenario(scenario: TreatmentScenario): IsmsDocument {
  return parseIsms({ ...starter, methodologies: [scenario.methodology], risks: scenario.risks, treatmentPlans: scenario.plans, decisions: scenario.decisions });
}

/** A document holding a generated treatment scenario (see `treatmentScenarioArb`), with the scenario's `asOf`. */
export const treatmentDocumentArb: fc.Arbitrary<{ readonly document: IsmsDocument; readonly asOf: string }> = treatmentScenarioArb.map((scenario) => ({
  document: documentOfScenario(scenario),
  asOf: scenario.asOf,
}));
