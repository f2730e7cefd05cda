import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { NonconformityStatusSchema, advanceNonconformity, validateNonconformities } from "../../src/cycle/index.js";
import { nonconformityEventArb } from "../arbitraries/cycle.js";
import { makeNonconformity } from "./_fixtures.js";

test.prop([fc.array(nonconformityEventArb, { maxLength: 40 })], { numRuns: 200 })(
  "nonconformity lifecycles never reach closed without an effectiveness review",
  (events) => {
    let nc = makeNonconformity();
    for (const event of events) {
      const before = nc;
      const result = advanceNonconformity(nc, event);
      if (!result.ok) {
        expect(nc).toBe(before);
        continue;
      }
      const order = NonconformityStatusSchema.options;
      // one step forward at most, or back to root cause after an ineffective review
      expect(order.indexOf(result.value.status) - order.indexOf(before.status)).toBeLessThanOrEqual(1);
      nc = result.value;
      if (nc.status === "closed" || nc.status === "effective") {
        expect(nc.effectivenessReview?.effective).toBe(true);
      }
    }
    expect(validateNonconformities([nc])).toEqual([]);
  },
);
