import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { levelOf, scoreRating } from "../../src/risk/index.js";
import { methodologyArb, ratingArb } from "../arbitraries/risk.js";

describe("scoreRating (properties)", () => {
  test.prop([methodologyArb.chain((methodology) => fc.tuple(fc.constant(methodology), ratingArb(methodology)))], { numRuns: 200 })(
    "scoring through the methodology equals the grid lookup",
    ([methodology, rated]) => {
      const score = scoreRating(methodology, rated);
      const l = methodology.matrix.likelihood.levels.findIndex((level) => level.key === rated.likelihood);
      const c = methodology.matrix.consequence.levels.findIndex((level) => level.key === rated.consequence);
      expect(score.level.key).toBe(methodology.matrix.cells[l]![c]);
      expect(levelOf(methodology.matrix, rated.likelihood, rated.consequence)).toBe(score.level);
      expect(methodology.matrix.levels[score.levelIndex]).toBe(score.level);
    },
  );
});
