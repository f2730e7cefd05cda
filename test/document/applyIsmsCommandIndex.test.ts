import { describe, expect, it } from "vitest";
import { applyIsmsCommand, type IsmsCommand, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { ObjectiveIdSchema } from "../../src/core/index.js";

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

  describe("adding entities one by one", () => {
    const template = createExampleIsms().objectives[0]!;
    const objective = (id: string) => ({ ...template, id });
    const add = (id: string): IsmsCommand => ({ type: "entity.add", collection: "objectives", value: objective(id) });
    const refusal = (document: IsmsDocument, command: IsmsCommand) => {
      const result = applyIsmsCommand(document, command, meta);
      return result.ok ? undefined : result.error.map((found) => found.code);
    };

    it("refuses every key already there, also keys added by earlier commands", () => {
      let document = createExampleIsms();
      const ids = Array.from({ length: 30 }, (_, at) => `OBJ-ADD-${at}`);
      for (const id of ids) document = next(document, add(id));
      for (const id of [...ids, ...createExampleIsms().objectives.map((item) => item.id)]) expect(refusal(document, add(id)), id).toEqual(["duplicate_id"]);
      expect(document.objectives.slice(-30).map((item) => item.id)).toEqual(ids);
    });

    it("keeps two documents made from one apart (each knows only its own additions)", () => {
      const base = createExampleIsms();
      next(base, rename(base.risks[0]!.id, "CFO")); // the base's arrays are indexed
      const withX = next(base, add("OBJ-X"));
      const withY = next(base, add("OBJ-Y"));
      expect(refusal(withY, add("OBJ-X"))).toBeUndefined();
      expect(refusal(withX, add("OBJ-X"))).toEqual(["duplicate_id"]);
      expect(refusal(base, add("OBJ-X"))).toBeUndefined();
      const both = next(withY, add("OBJ-X"));
      expect(refusal(both, add("OBJ-Y"))).toEqual(["duplicate_id"]);
      expect(refusal(both, add("OBJ-X"))).toEqual(["duplicate_id"]);
      expect(both.objectives.slice(-2).map((item) => item.id)).toEqual(["OBJ-Y", "OBJ-X"]);
    });

    it("reads an array a caller pushed to in place as it is now", () => {
      const document = next(createExampleIsms(), add("OBJ-1"));
      document.objectives.push({ ...document.objectives[0]!, id: ObjectiveIdSchema.parse("OBJ-PUSHED") });
      expect(refusal(document, add("OBJ-PUSHED"))).toEqual(["duplicate_id"]);
    });

    it("the patch of an addition is one add at the new index, and its inverse removes it", () => {
      const document = createExampleIsms();
      const result = applyIsmsCommand(document, add("OBJ-NEW"), meta);
      const at = document.objectives.length;
      expect(result.ok && result.value.entry?.patches).toEqual([{ op: "add", path: ["objectives", at], value: objective("OBJ-NEW") }]);
      expect(result.ok && result.value.entry?.inversePatches).toEqual([{ op: "remove", path: ["objectives", at] }]);
    });
  });
});
