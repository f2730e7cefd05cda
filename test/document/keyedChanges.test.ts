import type { Patch } from "immer";
import { describe, expect, it } from "vitest";
import { keyedChanges, overlaps, valueAtKeyedPath } from "../../src/document/_internal/keyedChanges.js";
import { createExampleIsms } from "../../src/example/index.js";

const doc = createExampleIsms();
const paths = (patches: Patch[]): readonly (readonly string[])[] => keyedChanges(doc, patches).paths;

describe("keyedChanges", () => {
  it("names a record of a collection by its key", () => {
    expect(paths([{ op: "replace", path: ["risks", 3, "owner"], value: "CFO" }])).toEqual([["risks", doc.risks[3]!.id, "owner"]]);
    expect(paths([{ op: "replace", path: ["soaDecisions", 0, "owner"], value: "CFO" }])).toEqual([["soaDecisions", doc.soaDecisions[0]!.control, "owner"]]);
    expect(paths([{ op: "replace", path: ["auditProgramme", "audits", 0, "title"], value: "T" }])).toEqual([["auditProgramme", "audits", doc.auditProgramme!.audits[0]!.id, "title"]]);
    const methodology = doc.methodologies[0]!;
    expect(paths([{ op: "replace", path: ["methodologies", 0, "name"], value: "M" }])).toEqual([["methodologies", `${methodology.id}@${methodology.version}`, "name"]]);
  });

  it("resolves an added record in the document after the patch, also when appended with -", () => {
    const added = { ...doc.assets[0]!, id: "A-NEW" };
    expect(paths([{ op: "add", path: ["assets", doc.assets.length], value: added }])).toEqual([["assets", "A-NEW"]]);
    expect(paths([{ op: "add", path: ["assets", "-"], value: added }])).toEqual([["assets", "A-NEW"]]);
    expect(paths([{ op: "remove", path: ["assets", 0] }])).toEqual([["assets", doc.assets[0]!.id]]);
  });

  it("keys the elements of a nested array by their id, and stops at an array without ids", () => {
    const plan = doc.treatmentPlans[0]!;
    expect(paths([{ op: "replace", path: ["treatmentPlans", 0, "actions", 0, "status"], value: "done" }])).toEqual([
      ["treatmentPlans", plan.id, "actions", plan.actions[0]!.id, "status"],
    ]);
    expect(paths([{ op: "replace", path: ["treatmentPlans", 0, "risks", 0], value: "R-02" }])).toEqual([["treatmentPlans", plan.id, "risks"]]);
  });

  it("counts a replaced collection as a change of each record that differs", () => {
    const risks = doc.risks.map((risk, index) => (index === 2 ? { ...risk, owner: "CFO" } : risk)).slice(1);
    expect(paths([{ op: "replace", path: ["risks"], value: risks }])).toEqual([
      ["risks", doc.risks[0]!.id],
      ["risks", doc.risks[2]!.id],
    ]);
  });

  it("applies the patches one by one, each resolved in the document it applies to", () => {
    const result = keyedChanges(doc, [
      { op: "remove", path: ["assets", 0] },
      { op: "replace", path: ["assets", 0, "owner"], value: "CFO" },
    ]);
    expect(result.paths).toEqual([
      ["assets", doc.assets[0]!.id],
      ["assets", doc.assets[1]!.id, "owner"],
    ]);
    expect(valueAtKeyedPath(result.document, ["assets", doc.assets[1]!.id, "owner"])).toBe("CFO");
  });
});

describe("valueAtKeyedPath", () => {
  it("finds records by key and gives undefined where nothing is", () => {
    expect(valueAtKeyedPath(doc, ["risks", "R-01", "owner"])).toBe(doc.risks.find((risk) => risk.id === "R-01")?.owner);
    expect(valueAtKeyedPath(doc, ["risks", "R-NONE", "owner"])).toBeUndefined();
    expect(valueAtKeyedPath(doc, ["treatmentPlans", doc.treatmentPlans[0]!.id, "risks", "0"])).toBeUndefined();
    expect(valueAtKeyedPath(doc, ["organisation", "name", "more"])).toBeUndefined();
  });
});

describe("overlaps", () => {
  it("holds when one path is a prefix of the other", () => {
    expect(overlaps(["risks", "R-01"], ["risks", "R-01", "owner"])).toBe(true);
    expect(overlaps(["risks", "R-01", "owner"], ["risks", "R-01", "owner"])).toBe(true);
    expect(overlaps(["risks", "R-01", "owner"], ["risks", "R-01", "title"])).toBe(false);
    expect(overlaps(["risks", "R-1"], ["risks", "R-10"])).toBe(false);
  });
});
