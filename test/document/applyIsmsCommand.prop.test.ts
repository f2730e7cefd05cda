import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { applyIsmsCommand, replayChangeLog, undoChangeLog, type IsmsCommand, type IsmsDocument } from "../../src/document/index.js";
import { diffToPatches } from "../../src/document/_internal/diff.js";
import { documentArb, starter } from "../arbitraries/document.js";

const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };
const methodology = { id: starter.methodologies[0]!.id, version: starter.methodologies[0]!.version };

/** Commands on one entity (the ones whose patches are emitted for the element they replace), and some others. */
function commandArb(document: IsmsDocument): fc.Arbitrary<IsmsCommand> {
  const assetIds = document.assets.map((asset) => asset.id as string);
  const riskIds = document.risks.map((risk) => risk.id as string);
  // An id that names nothing now and then, so that the refusing path runs too.
  const id = (ids: string[]) => fc.constantFrom(...ids, "NONE");
  return fc.oneof(
    fc.tuple(id(riskIds), fc.constantFrom("CFO", "CTO", "IT")).map(([target, owner]): IsmsCommand => ({ type: "entity.update", collection: "risks", id: target, patch: { owner } })),
    id(riskIds).map((target): IsmsCommand => ({ type: "entity.update", collection: "risks", id: target, patch: {}, unset: ["custom"] })),
    id(riskIds).map((target): IsmsCommand => ({ type: "entity.update", collection: "risks", id: target, patch: { id: "R-OTHER" } })),
    fc
      .tuple(id(riskIds), fc.constantFrom("inherent", "current", "target"), fc.constantFrom("rare", "likely"), fc.option(fc.constant("2026-11-01"), { nil: undefined }))
      .map(([target, layer, likelihood, date]): IsmsCommand => ({
        type: "risk.rate",
        id: target,
        layer: layer as "current",
        rating: date === undefined ? undefined : { likelihood, consequence: "major", methodology, date, rationale: "Re-rated" },
      })),
    fc.tuple(id(assetIds), fc.constantFrom("CFO", "IT")).map(([target, owner]): IsmsCommand => ({ type: "entity.update", collection: "assets", id: target, patch: { owner } })),
    id(assetIds).map((target): IsmsCommand => ({ type: "asset.retire", id: target, date: "2026-10-01" })),
    id(riskIds).map((target): IsmsCommand => ({ type: "entity.remove", collection: "risks", id: target })),
    fc.integer({ min: 100, max: 999 }).map((n): IsmsCommand => ({
      type: "entity.add",
      collection: "risks",
      value: { ...document.risks[0], id: `R-N${n}` },
    })),
  );
}

/** A deep copy: the same content in arrays and objects the library has never seen. */
const copy = (document: IsmsDocument): IsmsDocument => structuredClone(document);

describe("the patches a command emits", () => {
  test.prop(
    [documentArb.chain((document) => fc.tuple(fc.constant(document), fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 10 })))],
    { numRuns: 80 },
  )("are those a diff of the whole document gives, replay to the next document and undo to the one before", ([first, seeds]) => {
    let document = first;
    for (const seed of seeds) {
      const command = fc.sample(commandArb(document), { numRuns: 1, seed })[0]!;
      const result = applyIsmsCommand(document, command, meta);
      // The same content in other arrays (a caller's copy) gets the same answer.
      const again = applyIsmsCommand(copy(document), command, meta);
      expect(again.ok).toBe(result.ok);
      if (!result.ok) {
        expect(again.ok ? [] : again.error).toEqual(result.error);
        continue;
      }
      expect(again.ok && again.value.document).toEqual(result.value.document);
      const next = result.value.document;
      const entry = result.value.entry;
      if (entry === undefined) {
        expect(next).toBe(document);
        continue;
      }
      const diffed = diffToPatches(document, next);
      expect(entry.patches).toEqual(diffed.patches);
      expect(entry.inversePatches).toEqual(diffed.inversePatches);
      expect(replayChangeLog(document, [entry])).toEqual(next);
      expect(undoChangeLog(next, [entry])).toEqual(document);
      document = next;
    }
  });
});
