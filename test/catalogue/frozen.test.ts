import { describe, expect, it } from "vitest";
import * as catalogue from "../../src/catalogue/index.js";
import { annexA2013, correspondence, CustomCatalogueSchema, listCatalogueControls, predecessorsOf, successorsOf, validateCustomCatalogue } from "../../src/catalogue/index.js";

/** Paths under `value` to an object or array that is not frozen. */
function unfrozen(value: unknown, path = "", seen = new Set<object>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path || "(root)"];
  return [...here, ...Object.entries(value).flatMap(([key, child]) => unfrozen(child, `${path}.${key}`, seen))];
}

const isSchema = (value: unknown): boolean => typeof value === "object" && value !== null && "_zod" in value;

describe("the catalogue's shared data cannot be changed by a caller", () => {
  it("every exported value that is data (not a function or schema) is deeply frozen", () => {
    const data = Object.entries(catalogue).filter(([, value]) => typeof value === "object" && value !== null && !isSchema(value));
    expect(data.map(([name]) => name)).toEqual(expect.arrayContaining(["annexA", "annexA2013", "correspondence", "clauses", "attributeVocabulary", "ANNEX_A_IDS", "NEW_IN_2022"]));
    for (const [name, value] of data) expect(unfrozen(value, name)).toEqual([]);
  });

  it("the vocabulary is not zod's own options array, so changing it is impossible and changes no schema", () => {
    expect(catalogue.attributeVocabulary.controlTypes).not.toBe(catalogue.ControlTypeSchema.options);
    expect(() => (catalogue.attributeVocabulary.controlTypes as string[]).push("Invented")).toThrow(TypeError);
    expect(catalogue.ControlTypeSchema.options).not.toContain("Invented");
  });

  it("cached answers are frozen: successorsOf, predecessorsOf and the controls of a custom catalogue", () => {
    const some2013 = annexA2013.map((control) => control.id).filter((id) => successorsOf(id).length > 0);
    expect(some2013.length).toBeGreaterThan(100);
    for (const id of some2013) expect(Object.isFrozen(successorsOf(id))).toBe(true);
    for (const edge of correspondence) expect(Object.isFrozen(predecessorsOf(edge.to2022))).toBe(true);
    expect(() => (predecessorsOf("8.15") as string[]).push("A.0.0")).toThrow(TypeError);
    expect(predecessorsOf("8.15")).toEqual(["A.12.4.1", "A.12.4.2", "A.12.4.3"]);

    const custom = CustomCatalogueSchema.parse({ id: "acme", title: "Acme", controls: [{ id: "AC-1", title: "Own control" }] });
    expect(validateCustomCatalogue(custom)).toEqual([]);
    const controls = listCatalogueControls("acme", [custom]);
    expect(unfrozen(controls)).toEqual([]);
    expect(listCatalogueControls("acme", [custom])).toBe(controls);
  });
});
