import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { AppetiteStatusSchema, evaluateLevel } from "../../src/risk/index.js";
import { methodologyArb } from "../arbitraries/risk.js";

describe("evaluateLevel (properties)", () => {
  const order = AppetiteStatusSchema.options;
  test.prop([methodologyArb], { numRuns: 100 })("evaluation is monotone in level", (methodology) => {
    const statuses = methodology.matrix.levels.map((level) => order.indexOf(evaluateLevel(methodology, level.key)!.appetite));
    for (let i = 1; i < statuses.length; i += 1) expect(statuses[i]!).toBeGreaterThanOrEqual(statuses[i - 1]!);
  });
});
