import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { effectiveCriticality, effectiveRequirements, requirementScore, type Asset } from "../../src/assets/index.js";
import { addDays, type AssetId } from "../../src/core/index.js";
import { listSuppliersDueForReview, supplierCriticality, SupplierSchema, type Supplier } from "../../src/suppliers/index.js";
import { inventoryArb, levelArb } from "../arbitraries/assets.js";

const PROPERTIES = ["confidentiality", "integrity", "availability"] as const;
const LEVELS = ["low", "medium", "high", "very_high"];

/** An inventory, and a supplier whose one service touches some of its assets. */
const caseArb = inventoryArb({ maxSize: 10 }).chain((assets) =>
  fc.record({
    assets: fc.constant(assets),
    touched: fc.subarray(assets.map((asset) => asset.id)),
    raise: fc.record({ index: fc.nat({ max: assets.length - 1 }), property: fc.constantFrom(...PROPERTIES), level: levelArb }),
  }),
);

function supplierOf(touched: readonly AssetId[]): Supplier {
  return SupplierSchema.parse({ id: "SUP-P", name: "P", owner: "CISO", services: [{ name: "S", assets: touched }], assessments: [], status: "active" });
}

describe("supplier criticality follows the asset requirements", () => {
  test.prop([caseArb], { numRuns: 60 })("equals the highest effective criticality over its assets", ({ assets, touched }) => {
    const effective = effectiveRequirements(assets);
    const scores = touched.map((id) => {
      const top = effectiveCriticality(effective.get(id) ?? {});
      return top === undefined ? -1 : requirementScore(top);
    });
    const criticality = supplierCriticality(supplierOf(touched), { assets });
    const best = Math.max(-1, ...scores);
    expect(criticality?.score ?? -1).toBe(best);
    expect(criticality?.critical ?? false).toBe(best === 1);
  });

  test.prop([caseArb], { numRuns: 60 })("raising an asset's requirement never lowers the supplier's criticality", ({ assets, touched, raise }) => {
    const before = supplierCriticality(supplierOf(touched), { assets })?.score ?? -1;
    const raised: Asset[] = assets.map((asset, index) => {
      if (index !== raise.index) return asset;
      const current = asset.requirements?.[raise.property];
      const level = current !== undefined && LEVELS.indexOf(current) > LEVELS.indexOf(raise.level) ? current : raise.level;
      return { ...asset, requirements: { ...asset.requirements, [raise.property]: level } };
    });
    const after = supplierCriticality(supplierOf(touched), { assets: raised })?.score ?? -1;
    expect(after).toBeGreaterThanOrEqual(before);
  });
});

const dayArb = fc.integer({ min: 0, max: 2000 }).map((days) => addDays("2022-01-01", days));

describe("due for review", () => {
  test.prop(
    [
      fc.array(dayArb, { maxLength: 4 }),
      fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
      dayArb,
      fc.integer({ min: 0, max: 800 }),
    ],
    { numRuns: 60 },
  )("is monotone in asOf when no assessment falls in between", (dates, cadence, asOf, later) => {
    const sorted = [...dates].sort();
    const supplier = SupplierSchema.parse({
      id: "SUP-M",
      name: "M",
      owner: "CISO",
      services: [],
      ...(cadence === undefined ? {} : { reviewEveryMonths: cadence }),
      assessments: sorted.map((date, index) => ({ id: `SA-${index}`, date, by: "CISO", result: "satisfactory", findings: [] })),
      status: "active",
    });
    const end = addDays(asOf, later);
    fc.pre(!sorted.some((date) => date > asOf && date <= end));
    const dueThen = listSuppliersDueForReview([supplier], asOf).length === 1;
    const dueLater = listSuppliersDueForReview([supplier], end).length === 1;
    if (dueThen) expect(dueLater).toBe(true);
  });
});
