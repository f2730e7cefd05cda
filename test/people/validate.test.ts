import { describe, expect, it } from "vitest";
import { applyIsmsCommand, ISMS_COLLECTIONS, parseIsms, validateIsms, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { validatePeople, validateRoles, validateTrainings } from "../../src/people/index.js";
import { person, role, training } from "./_build.js";

const asOf = "2026-11-27";
const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };

function codesAt(document: IsmsDocument, code: string): unknown[] {
  return validateIsms(document, { asOf }).filter((found) => found.code === code).map((found) => found.path);
}

describe("validateRoles", () => {
  it("reports holdings out of order, a self-conflict and a role nobody holds", () => {
    const broken = role("R-1", [{ person: "P-1", from: "2026-01-10", until: "2026-01-01" }], { conflictsWith: ["R-1"] });
    const found = validateRoles([broken], { people: [person("P-1", "2020-01-01")], asOf });
    expect(found.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ["holder_until_before_from", "error", [0, "holders", 0, "until"]],
      ["role_conflicts_with_itself", "error", [0, "conflictsWith", 0]],
      ["role_unassigned", "warning", [0, "holders"]],
    ]);
  });

  it("warns about a person holding conflicting roles in overlapping periods, once, whichever role declares it", () => {
    const a = role("A", [{ person: "P-1", from: "2024-01-01", until: "2024-12-31" }]);
    const b = role("B", [{ person: "P-1", from: "2024-12-31" }, { person: "P-1", from: "2025-06-01" }], { conflictsWith: ["A"] });
    const found = validateRoles([a, b], { people: [person("P-1", "2020-01-01")], asOf });
    expect(found.filter((issue) => issue.code === "segregation_conflict").map((issue) => issue.path)).toEqual([[1, "holders", 0]]);
    const apart = role("B", [{ person: "P-1", from: "2025-01-01" }], { conflictsWith: ["A"] });
    expect(validateRoles([a, apart], { people: [], asOf }).map((issue) => issue.code)).toEqual(["role_unassigned"]);
  });

  it("warns about a holding outside the person's employment", () => {
    const held = role("R", [{ person: "P-1", from: "2020-01-01" }]);
    const found = validateRoles([held], { people: [person("P-1", "2020-01-01", { left: "2026-01-01" })], asOf: "2025-01-01" });
    expect(found.map((issue) => issue.code)).toEqual(["role_holder_not_employed"]);
  });
});

describe("validatePeople and validateTrainings", () => {
  it("reports leaving before starting, offboarding without leaving and an unknown competence", () => {
    const found = validatePeople(
      [
        person("P-1", "2026-01-10", { left: "2026-01-01" }),
        person("P-2", "2020-01-01", { offboarding: { accessReviewed: "2026-01-01" }, competences: [{ competence: "juggling", date: "2024-01-01" }] }),
      ],
      { roles: [], trainings: [] },
    );
    expect(found.map((issue) => [issue.code, issue.path])).toEqual([
      ["left_before_started", [0, "left"]],
      ["offboarding_without_leaving", [1, "offboarding", "accessReviewed"]],
      ["unknown_competence", [1, "competences", 0, "competence"]],
    ]);
  });

  it("reports a campaign ending before it starts", () => {
    expect(validateTrainings([training("T", { from: "2026-10-01", until: "2026-09-01" })]).map((issue) => issue.code)).toEqual(["training_until_before_from"]);
  });
});

describe("roles, people and trainings in the document", () => {
  const example = createExampleIsms();

  it("are optional collections the entity commands reach, and round-trip", () => {
    expect(ISMS_COLLECTIONS).toEqual(expect.arrayContaining(["roles", "people", "trainings"]));
    const { roles: _roles, people: _people, trainings: _trainings, ...without } = example;
    expect(parseIsms(JSON.parse(JSON.stringify(without))).roles).toBeUndefined();
    expect(parseIsms(JSON.parse(JSON.stringify(example)))).toEqual(example);
    const added = applyIsmsCommand(example, { type: "entity.add", collection: "trainings", value: { id: "TR-NEW", title: "Clean desk", kind: "course", audience: "everyone" } }, meta);
    expect(added.ok && added.value.document.trainings?.at(-1)?.id).toBe("TR-NEW");
  });

  it("the registry reports references to nothing and duplicate ids", () => {
    const document: IsmsDocument = {
      ...example,
      roles: [...(example.roles ?? []), role("ROLE-X", [{ person: "P-404", from: "2026-01-01" }], { conflictsWith: ["ROLE-404"] })],
      trainings: [...(example.trainings ?? []), training("TR-AWARENESS", { audience: { roles: ["ROLE-404"] } })],
      people: [...(example.people ?? []), person("P-900", "2020-01-01", { completions: [{ training: "TR-404", date: "2026-01-01" }] })],
    };
    const roles = example.roles?.length ?? 0;
    const trainings = example.trainings?.length ?? 0;
    const people = example.people?.length ?? 0;
    expect(codesAt(document, "unknown_person")).toEqual([["roles", roles, "holders", 0, "person"]]);
    expect(codesAt(document, "unknown_role")).toEqual([
      ["roles", roles, "conflictsWith", 0],
      ["trainings", trainings, "audience", "roles", 0],
    ]);
    expect(codesAt(document, "unknown_training")).toEqual([["people", people, "completions", 0, "training"]]);
    expect(codesAt(document, "duplicate_training_id")).toEqual([["trainings", trainings, "id"]]);
  });

  it("refuses to remove a person who holds a role", () => {
    const removed = applyIsmsCommand(example, { type: "entity.remove", collection: "people", id: "P-003" }, meta);
    expect(removed.ok).toBe(false);
  });
});

describe("owner_not_role_holder", () => {
  const example = createExampleIsms();

  it("the example's owners, approvers, deciders and auditors all hold roles", () => {
    expect(codesAt(example, "owner_not_role_holder")).toEqual([]);
  });

  it("warns with the field's path when an owner names no holder", () => {
    const [first, ...rest] = example.assets;
    if (first === undefined) throw new Error("no asset");
    const document: IsmsDocument = { ...example, assets: [{ ...first, owner: "Head of Nothing", custodian: "Priya Nair" }, ...rest] };
    expect(codesAt(document, "owner_not_role_holder")).toEqual([["assets", 0, "owner"]]);
  });

  it("a role nobody holds on asOf does not count, nor does its former holder", () => {
    const roles = (example.roles ?? []).map((found) => (found.name === "CTO" ? { ...found, holders: found.holders.map((holder) => ({ ...holder, until: "2026-01-01" })) } : found));
    const paths = codesAt({ ...example, roles }, "owner_not_role_holder");
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => Array.isArray(path) && path.at(-1) !== "custodian")).toBe(true);
  });

  it("matches the name or the bracketed part of \"name (role)\", and the frame's fields", () => {
    const document: IsmsDocument = {
      ...example,
      scope: example.scope && { ...example.scope, approvedBy: "Someone (CEO)" },
      auditProgramme: example.auditProgramme && { ...example.auditProgramme, owner: "Nobody (Nothing)" },
    };
    expect(codesAt(document, "owner_not_role_holder")).toEqual([["auditProgramme", "owner"]]);
  });

  it("is not checked when the document has no roles", () => {
    const { roles: _roles, ...without } = example;
    const document: IsmsDocument = { ...without, assets: example.assets.map((asset) => ({ ...asset, owner: "Head of Nothing" })) };
    expect(codesAt(document, "owner_not_role_holder")).toEqual([]);
  });

  it("the example validates without errors", () => {
    expect(validateIsms(example, { asOf: EXAMPLE_AS_OF }).filter((found) => found.severity === "error")).toEqual([]);
  });
});
