import { describe, expect, it } from "vitest";
import { applyIsmsCommand, type IsmsCommand, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };
const rename = (id: string, owner: string): IsmsCommand => ({ type: "entity.update", collection: "risks", id, patch: { owner } });

function next(document: IsmsDocument, command: IsmsCommand): IsmsDocument {
  const result = applyIsmsCommand(document, command, meta);
  if (!result.ok) throw new Error(result.error.map((found) => found.message).join("; "));
  return result.value.document;
}

describe("finding the entity a command changes", () => {
  it("finds each risk of a document after commands on it (the index follows the next document)", () => {
    let document = createExampleIsms();
    const ids = document.risks.map((risk) => risk.id as string);
    for (const id of [...ids].reverse()) document = next(document, rename(id, `Owner of ${id}`));
    expect(document.risks.map((risk) => risk.owner)).toEqual(ids.map((id) => `Owner of ${id}`));
  });

  it("the patch names the index of the risk changed", () => {
    const document = createExampleIsms();
    const last = document.risks.length - 1;
    const result = applyIsmsCommand(document, rename(document.risks[last]!.id, "CFO"), meta);
    expect(result.ok && result.value.entry?.patches).toEqual([{ op: "replace", path: ["risks", last, "owner"], value: "CFO" }]);
  });

  it("reads an array a caller changed in place after a command as it is now (inputs are documented as immutable)", () => {
    const document = createExampleIsms();
    const [first, second] = document.risks;
    next(document, rename(first!.id, "CFO"));
    // Swapping two risks in place leaves the array's reference as it was.
    document.risks[0] = second!;
    document.risks[1] = first!;
    const result = applyIsmsCommand(document, rename(first!.id, "Internal auditor"), meta);
    expect(result.ok && result.value.entry?.patches).toEqual([{ op: "replace", path: ["risks", 1, "owner"], value: "Internal auditor" }]);
  });

  it("refuses a risk removed in place from an array it has indexed", () => {
    const document = createExampleIsms();
    const removed = document.risks[0]!;
    next(document, rename(removed.id, "CFO"));
    document.risks.splice(0, 1);
    const result = applyIsmsCommand(document, rename(removed.id, "CTO"), meta);
    expect(result.ok).toBe(false);
  });

  it("risk.rate and entity.update find the same risk through one index", () => {
    const document = createExampleIsms();
    const id = document.risks[1]!.id;
    const renamed = next(document, rename(id, "CFO"));
    const rated = applyIsmsCommand(renamed, { type: "risk.rate", id, layer: "target", rating: undefined }, meta);
    expect(rated.ok).toBe(true);
    if (rated.ok && rated.value.entry) expect(rated.value.entry.patches.every((patch) => patch.path[1] === 1)).toBe(true);
  });
});
