import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { applyIsmsCommand, type IsmsCommand, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

// Risk owners' decisions are append-only (6.1.3 f): whatever commands arrive, the decisions
// already recorded stay, unchanged and in order; only new records are added after them.
const example = createExampleIsms();
const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };
const ids = example.decisions.map((decision) => decision.id as string);

const commandArb: fc.Arbitrary<IsmsCommand> = fc.oneof(
  fc.tuple(fc.constantFrom(...ids), fc.constantFrom("Changed my mind.", "")).map(([id, rationale]): IsmsCommand => ({ type: "entity.update", collection: "decisions", id, patch: { rationale } })),
  fc.constantFrom(...ids).map((id): IsmsCommand => ({ type: "entity.update", collection: "decisions", id, patch: { date: "2020-01-01" } })),
  fc.constantFrom(...ids).map((id): IsmsCommand => ({ type: "entity.remove", collection: "decisions", id })),
  fc.tuple(fc.constantFrom(...ids), fc.integer({ min: 100, max: 999 })).map(([revokes, n]): IsmsCommand => ({
    type: "entity.add",
    collection: "decisions",
    value: { kind: "revocation", id: `D-R${n}`, revokes, decidedBy: "CISO", role: "CISO", date: "2026-11-20", reason: "Superseded." },
  })),
  // A copy of a recorded decision under the same id.
  fc.constantFrom(...example.decisions).map((decision): IsmsCommand => ({ type: "entity.add", collection: "decisions", value: decision })),
);

describe("decisions in the document are append-only", () => {
  test.prop([fc.array(commandArb, { minLength: 1, maxLength: 12 })], { numRuns: 150 })(
    "no sequence of commands removes, edits or reorders a recorded decision",
    (commands) => {
      let document: IsmsDocument = example;
      for (const command of commands) {
        const before = document.decisions;
        const result = applyIsmsCommand(document, command, meta);
        if (!result.ok) {
          // Changing or removing a recorded decision is refused as append-only; adding one is
          // refused only when its id is taken.
          const expected = command.type === "entity.add" ? "duplicate_id" : "append_only";
          expect(result.error.map((found) => found.code)).toEqual([expected]);
          continue;
        }
        expect(command.type).toBe("entity.add");
        document = result.value.document;
        expect(document.decisions.slice(0, before.length)).toEqual(before);
      }
      expect(document.decisions.slice(0, example.decisions.length)).toEqual(example.decisions);
    },
  );
});
