import { fc } from "@fast-check/vitest";
import { createStarterIsms, parseIsms, type IsmsDocument } from "../../src/document/index.js";
import { listCatalogueControls } from "../../src/catalogue/index.js";
import { hasReservedKey, inventoryArb } from "./assets.js";
import { registerArb } from "./risk.js";

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
