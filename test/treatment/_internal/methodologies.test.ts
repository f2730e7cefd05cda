import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cox3x3Preset, createMethodology, product5x5Preset, type Methodology, type MethodologyRef } from "../../../src/risk/index.js";
import { scorerOf, tryScore } from "../../../src/treatment/_internal/methodologies.js";

const v1: Methodology = createMethodology({ id: "acme", name: "Acme", reviewDate: "2027-01-31", matrix: cox3x3Preset });
const v2: Methodology = createMethodology({ id: "acme", version: 2, name: "Acme v2", reviewDate: "2028-01-31", matrix: product5x5Preset });
// A second "acme" v2: findMethodology takes the first of a repeated version, and so must the scorer.
const v2again: Methodology = { ...v2, matrix: cox3x3Preset };
const methodologies = [v1, v2, v2again];
// Ids are branded; the tests name versions that do not exist too.
const ref = (id: string, version: number): MethodologyRef => ({ id, version }) as MethodologyRef;
const keys = [...new Set([...v1.matrix.likelihood.levels, ...v2.matrix.likelihood.levels, ...v1.matrix.consequence.levels, ...v2.matrix.consequence.levels].map((level) => level.key)), "nope"];

describe("scorerOf", () => {
  test.prop(
    [
      fc.array(
        fc.record({
          likelihood: fc.constantFrom(...keys),
          consequence: fc.constantFrom(...keys),
          methodology: fc.tuple(fc.constantFrom("acme", "other"), fc.constantFrom(1, 2, 3, Number.NaN)).map(([id, version]) => ref(id, version)),
        }),
        { maxLength: 40 },
      ),
    ],
    { numRuns: 40 },
  )("answers as tryScore does, however often a rating repeats", (ratings) => {
    const score = scorerOf(methodologies);
    for (const rating of [...ratings, ...ratings]) expect(score(rating)).toEqual(tryScore(methodologies, rating));
  });

  it("finds the first of a repeated version and scores on its matrix", () => {
    const score = scorerOf(methodologies);
    const scored = score({ likelihood: "almost_certain", consequence: "severe", methodology: ref("acme", 2) });
    expect(scored?.methodology).toBe(v2);
    expect(scored?.score.level.key).toBe(tryScore(methodologies, { likelihood: "almost_certain", consequence: "severe", methodology: ref("acme", 2) })?.score.level.key);
  });

  it("answers undefined for an unknown version, a NaN version and a key off the scale", () => {
    const score = scorerOf(v1);
    expect(score({ likelihood: "likely", consequence: "major", methodology: ref("acme", 2) })).toBeUndefined();
    expect(score({ likelihood: "likely", consequence: "major", methodology: ref("acme", Number.NaN) })).toBeUndefined();
    expect(score({ likelihood: "often", consequence: "major", methodology: ref("acme", 1) })).toBeUndefined();
  });
});
