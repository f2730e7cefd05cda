import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { deriveIsmsSoa, parseIsms, validateIsms } from "../../src/document/index.js";
import { renderRiskRegisterCsv, renderSoaCsv } from "../../src/report/index.js";
import { documentArb } from "../arbitraries/document.js";
import { example, json } from "./_fastParseInputs.js";

// A document checked in place keeps the input's key order; everything computed from it must
// not depend on that order. Reversing the keys of chosen objects of a valid document, then
// parsing with copy: false and with the default, gives the same issues, SoA and CSVs.

/** The value with the keys of every n-th object (by walk order) reversed. */
function reverseSomeKeys(value: unknown, every: number, counter = { seen: 0 }): unknown {
  if (Array.isArray(value)) return value.map((item) => reverseSomeKeys(item, every, counter));
  if (typeof value !== "object" || value === null) return value;
  counter.seen += 1;
  const entries = Object.entries(value).map(([key, item]) => [key, reverseSomeKeys(item, every, counter)] as const);
  return Object.fromEntries(counter.seen % every === 0 ? entries.reverse() : entries);
}

const baseArb = fc.oneof(fc.constant(example), documentArb.map((document) => json(document)));

describe("copy: false gives the same results whatever the input's key order", () => {
  let differed = 0;
  test.prop([baseArb, fc.integer({ min: 1, max: 7 }), fc.constantFrom("2026-01-01", "2026-11-27", "2027-06-30")], { numRuns: 30 })(
    "validateIsms, deriveIsmsSoa and both CSVs agree with the copying parse",
    (base, every, asOf) => {
      const input = reverseSomeKeys(json(base), every);
      const inPlace = parseIsms(json(input), { copy: false });
      const copied = parseIsms(json(input));
      if (JSON.stringify(inPlace) !== JSON.stringify(copied)) differed += 1; // the orders do differ
      expect(validateIsms(inPlace, { asOf })).toEqual(validateIsms(copied, { asOf }));
      expect(deriveIsmsSoa(inPlace)).toEqual(deriveIsmsSoa(copied));
      expect(renderSoaCsv(deriveIsmsSoa(inPlace))).toBe(renderSoaCsv(deriveIsmsSoa(copied)));
      expect(renderRiskRegisterCsv(inPlace)).toBe(renderRiskRegisterCsv(copied));
    },
  );

  it("compared documents whose key orders differ", () => {
    expect(differed).toBeGreaterThan(0);
  });
});
