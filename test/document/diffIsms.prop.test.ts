import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { applyIsmsCommand, applyIsmsDiff, diffIsms, revisionOf, type IsmsCommand, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { documentArb, treatmentDocumentArb } from "../arbitraries/document.js";

const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };
const AS_OF = "2026-11-27";

/** One edit of a document: a command through applyIsmsCommand, or a direct change of its JSON (which may leave it invalid, e.g. a duplicate key). */
type Edit = (document: IsmsDocument) => IsmsDocument;

function command(make: (document: IsmsDocument) => IsmsCommand | undefined): Edit {
  return (document) => {
    const made = make(document);
    if (made === undefined) return document;
    const result = applyIsmsCommand(document, made, meta);
    return result.ok ? result.value.document : document;
  };
}

function direct(change: (document: IsmsDocument) => void): Edit {
  return (document) => {
    const copy = structuredClone(document);
    change(copy);
    return copy;
  };
}

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(20), fc.constantFrom("CFO", "CTO", "IT")).map(([pick, owner]) =>
    command((document) => {
      const risk = document.risks[pick % Math.max(1, document.risks.length)];
      return risk && { type: "entity.update", collection: "risks", id: risk.id, patch: { owner } };
    }),
  ),
  fc.nat(20).map((pick) =>
    command((document) => {
      const risk = document.risks[pick % Math.max(1, document.risks.length)];
      return risk && { type: "entity.remove", collection: "risks", id: risk.id };
    }),
  ),
  fc.nat(20).map((pick) =>
    command((document) => {
      const asset = document.assets[pick % Math.max(1, document.assets.length)];
      return asset && { type: "entity.update", collection: "assets", id: asset.id, patch: { owner: "Head of IT" }, unset: ["custom"] };
    }),
  ),
  fc.integer({ min: 100, max: 999 }).map((n) => command((document) => document.risks[0] && { type: "entity.add", collection: "risks", value: { ...document.risks[0], id: `R-N${n}` } })),
  fc.constant(direct((document) => void document.risks.reverse())),
  fc.constant(direct((document) => void document.decisions.reverse())),
  fc.constant(direct((document) => void document.decisions.pop())),
  fc.constant(direct((document) => void document.assets.reverse())),
  fc.constant(direct((document) => document.risks[0] !== undefined && document.risks.push(structuredClone(document.risks[0])))),
  fc.constant(direct((document) => document.soaDecisions.shift())),
  fc.constantFrom("plan", "do", "check", "act").map((phase) => direct((document) => void (document.cycle.phase = phase as IsmsDocument["cycle"]["phase"]))),
  fc.string({ minLength: 1, maxLength: 8 }).map((name) => direct((document) => void (document.organisation.name = name))),
  fc.constant(direct((document) => void delete document.custom)),
  fc.jsonValue({ maxDepth: 1 }).map((value) => direct((document) => void (document.custom = { ticket: JSON.parse(JSON.stringify(value ?? null)) as never }))),
  fc.constant(direct((document) => void delete document.scope)),
  fc.constant(direct((document) => void delete document.auditProgramme)),
  fc.constant(direct((document) => void (document.acknowledgements === undefined ? (document.acknowledgements = []) : delete document.acknowledgements))),
);

const docArb = fc.oneof(documentArb, treatmentDocumentArb.map(({ document }) => document), fc.constant(createExampleIsms()));

/** A document and another: an edit sequence of it, or an unrelated one. */
const pairArb: fc.Arbitrary<[IsmsDocument, IsmsDocument]> = fc.oneof(
  fc.tuple(docArb, fc.array(editArb, { maxLength: 6 })).map(([first, edits]): [IsmsDocument, IsmsDocument] => [first, edits.reduce((document, edit) => edit(document), first)]),
  fc.tuple(docArb, docArb),
);

describe("diffIsms and applyIsmsDiff", () => {
  test.prop([pairArb], { numRuns: 50 })("applying the diff of a and b to a gives b's revision, also after a JSON round trip", ([a, b]) => {
    const diff = diffIsms(a, b);
    expect(revisionOf(applyIsmsDiff(a, diff))).toBe(revisionOf(b));
    expect(revisionOf(applyIsmsDiff(a, JSON.parse(JSON.stringify(diff)) as typeof diff))).toBe(revisionOf(b));
  });

  test.prop([pairArb], { numRuns: 40 })("equal holds exactly when the revisions agree, and then nothing is listed", ([a, b]) => {
    const diff = diffIsms(a, b, { asOf: AS_OF });
    expect(diff.equal).toBe(revisionOf(a) === revisionOf(b));
    const listed = diff.entities.length + diff.frame.length + diff.collections.length;
    expect(listed === 0).toBe(diff.equal);
  });

  test.prop([docArb, fc.array(editArb, { maxLength: 3 })], { numRuns: 30 })("a document does not differ from itself, nor from a copy", (first, edits) => {
    const document = edits.reduce((current, edit) => edit(current), first);
    const diff = diffIsms(document, structuredClone(document), { asOf: AS_OF });
    expect(diff.equal).toBe(true);
    expect(diff.entities).toEqual([]);
    expect(diff.consequences).toEqual({ riskLevels: [], soa: [], staleAcceptances: [] });
  });

  test.prop([pairArb], { numRuns: 30 })("is deterministic and leaves its inputs alone", ([a, b]) => {
    const revisions = [revisionOf(a), revisionOf(b)];
    const first = diffIsms(a, b, { asOf: AS_OF });
    expect(diffIsms(structuredClone(a), structuredClone(b), { asOf: AS_OF })).toEqual(first);
    applyIsmsDiff(a, first);
    expect([revisionOf(a), revisionOf(b)]).toEqual(revisions);
  });
});
