import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { currentMethodology, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import type { Rating, RatingLayer } from "../../src/risk/index.js";

const example = createExampleIsms();
const base = example.methodologies[0]!;
const methodologies = [...example.methodologies, { ...base, id: "other" as typeof base.id, version: 1 }, { ...base, id: "other" as typeof base.id, version: 3 }, { ...base, id: "alpha" as typeof base.id, version: 2 }];
const IDS = ["alpha", "other", base.id] as const;
const LAYERS: readonly RatingLayer[] = ["inherent", "current", "target", "residual"];

/** The rule as written: count the ratings per methodology id, most wins, a tie goes to the smaller id; its highest version. */
function reference(document: IsmsDocument): { id: string; version: number } {
  const votes = new Map<string, number>();
  for (const risk of document.risks) for (const rating of Object.values(risk.ratings)) if (rating) votes.set(rating.methodology.id, (votes.get(rating.methodology.id) ?? 0) + 1);
  const id = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? document.methodologies[0]!.id;
  const version = Math.max(...document.methodologies.filter((methodology) => methodology.id === id).map((methodology) => methodology.version));
  return { id, version };
}

const template: Rating = example.risks.flatMap((risk) => Object.values(risk.ratings)).find((rating) => rating !== undefined)!;
// For each risk, which layers are rated and under which methodology id (or none).
const ratingsArb = fc.array(fc.array(fc.option(fc.constantFrom(...IDS), { nil: undefined }), { minLength: 4, maxLength: 4 }), { maxLength: 40 });

describe("currentMethodology", () => {
  test.prop([ratingsArb])("is the highest version of the methodology most ratings name (a tie: the smaller id)", (plan) => {
    const risks = plan.map((layers, at) => {
      const risk = example.risks[at % example.risks.length]!;
      const ratings: Partial<Record<RatingLayer, Rating>> = {};
      layers.forEach((id, layer) => {
        if (id !== undefined) ratings[LAYERS[layer]!] = { ...template, methodology: { id: id as typeof template.methodology.id, version: 1 } };
      });
      return { ...risk, ratings };
    });
    const document: IsmsDocument = { ...example, methodologies, risks };
    const found = currentMethodology(document);
    expect({ id: found.id, version: found.version }).toEqual(reference(document));
  });
});
