import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { heatMapCounts, scoreRating, type Methodology, type Rating, type RatingLayer, type Risk } from "../../src/risk/index.js";
import type { RiskId } from "../../src/core/index.js";
import { m1, m2 } from "./fixtures.js";

// heatMapCounts places each risk by its keys' indexes on the matrix, without building a score
// per risk; the reference scores every risk with scoreRating, as the function did before, and
// restates by the rule its documentation gives.
const broken: Methodology = { ...m2, version: 3, matrix: { ...m2.matrix, cells: m2.matrix.cells.map((row) => row.map(() => "no_such_level")) } };
const methodologies = [m1, m2, broken];
const keys = [...new Set([...m1.matrix.likelihood.levels, ...m2.matrix.likelihood.levels, ...m1.matrix.consequence.levels, ...m2.matrix.consequence.levels].map((level) => level.key)), "nope"];

function reference(methodology: Methodology, risks: readonly Risk[], layer: RatingLayer, restateOn: boolean, known: readonly Methodology[] | undefined) {
  const { matrix } = methodology;
  const rows = new Map(matrix.likelihood.levels.map((level, index) => [level.key, index]));
  const columns = new Map(matrix.consequence.levels.map((level, index) => [level.key, index]));
  const place = (key: string, drawn: Map<string, number>, own: readonly { key: string }[] | undefined): number | undefined => {
    if (drawn.has(key) || own === undefined) return drawn.get(key);
    const rank = own.findIndex((level) => level.key === key);
    if (rank < 0) return undefined;
    return own.length === 1 ? 0 : Math.round((rank * (drawn.size - 1)) / (own.length - 1));
  };
  const cells = matrix.likelihood.levels.map(() => matrix.consequence.levels.map(() => [] as RiskId[]));
  const unrated: RiskId[] = [];
  const notScored: RiskId[] = [];
  const restated: RiskId[] = [];
  let total = 0;
  for (const risk of risks) {
    const rating = risk.ratings[layer];
    if (rating === undefined) {
      unrated.push(risk.id);
      continue;
    }
    const restate = restateOn && rating.methodology.id === methodology.id && rating.methodology.version !== methodology.version;
    let placed: Rating = rating;
    if (restate) {
      const own = known?.find((candidate) => candidate.id === rating.methodology.id && candidate.version === rating.methodology.version);
      const l = place(rating.likelihood, rows, own?.matrix.likelihood.levels);
      const c = place(rating.consequence, columns, own?.matrix.consequence.levels);
      if (l === undefined || c === undefined) {
        notScored.push(risk.id);
        continue;
      }
      placed = { ...rating, likelihood: matrix.likelihood.levels[l]!.key, consequence: matrix.consequence.levels[c]!.key };
    }
    try {
      const score = scoreRating(methodology, placed, { restate });
      cells[score.likelihoodIndex]![score.consequenceIndex]!.push(risk.id);
      total += 1;
      if (restate) restated.push(risk.id);
    } catch {
      notScored.push(risk.id);
    }
  }
  return { cells: cells.map((row) => row.map((riskIds) => riskIds)), total, unrated, notScored, restated };
}

const ratingArb = fc.record({
  likelihood: fc.constantFrom(...keys),
  consequence: fc.constantFrom(...keys),
  methodology: fc.constantFrom({ id: "acme", version: 1 }, { id: "acme", version: 2 }, { id: "acme", version: 3 }, { id: "other", version: 1 }),
  date: fc.constant("2026-03-01"),
});
const risksArb = fc.array(fc.option(ratingArb, { nil: undefined, freq: 5 }), { maxLength: 40 }).map((ratings) =>
  ratings.map((rating, index) => ({ id: `R-${index}`, ratings: rating === undefined ? {} : { residual: rating } }) as unknown as Risk),
);

describe("heatMapCounts properties", () => {
  test.prop([risksArb, fc.constantFrom(...methodologies), fc.boolean(), fc.option(fc.constantFrom(methodologies, [m1]), { nil: undefined })], { numRuns: 400 })(
    "places, restates and leaves out exactly the risks the reference does, in register order",
    (risks, methodology, restate, known) => {
      const map = heatMapCounts(methodology, risks, "residual", { restate, ...(known === undefined ? {} : { methodologies: known }) });
      const expected = reference(methodology, risks, "residual", restate, known);
      expect(map.cells.map((row) => row.map((cell) => cell.riskIds))).toEqual(expected.cells);
      expect(map.cells.flat().map((cell) => cell.count)).toEqual(expected.cells.flat().map((ids) => ids.length));
      expect([map.total, map.unrated, map.notScored, map.restated]).toEqual([expected.total, expected.unrated, expected.notScored, expected.restated]);
    },
  );
});
