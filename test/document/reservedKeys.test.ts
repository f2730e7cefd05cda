import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { applyIsmsCommand, ismsJsonSchema, safeParseIsms, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

// Each case plants a placeholder key in a record-shaped place of the example document; the
// JSON text then names it "__proto__", and JSON.parse makes that an own property, as it is
// in a file read from disk. zod's records drop such a key without a word, so every place
// must refuse it with its path instead.
const PLACEHOLDER = "__reserved_placeholder__";

type Place = { readonly name: string; readonly path: readonly (string | number)[]; readonly plant: (doc: Record<string, any>) => void };

const places: readonly Place[] = [
  {
    name: "a management review's inputs",
    path: ["reviews", 0, "inputs", "__proto__"],
    plant: (doc) => (doc.reviews[0].inputs[PLACEHOLDER] = { present: true }),
  },
  {
    name: "a methodology's consequence mapping by property",
    path: ["methodologies", 0, "consequenceMapping", "byProperty", "__proto__"],
    plant: (doc) => (doc.methodologies[0].consequenceMapping = { byProperty: { [PLACEHOLDER]: ["minor"] } }),
  },
  {
    name: "a custom control's attributes",
    path: ["catalogues", 0, "controls", 0, "attributes", "__proto__"],
    plant: (doc) => (doc.catalogues[0].controls[0].attributes = { [PLACEHOLDER]: ["x"] }),
  },
  {
    name: "an asset's requirements",
    path: ["assets", 0, "requirements", "__proto__"],
    plant: (doc) => (doc.assets[0].requirements = { ...doc.assets[0].requirements, [PLACEHOLDER]: "high" }),
  },
  {
    name: "an asset's requirement overrides",
    path: ["assets", 0, "requirementOverrides", "__proto__"],
    plant: (doc) => (doc.assets[0].requirementOverrides = { [PLACEHOLDER]: { level: "low", justification: "why" } }),
  },
  {
    name: "the requirement scales of the asset settings",
    path: ["assetSettings", "requirementScales", "__proto__"],
    plant: (doc) => (doc.assetSettings.requirementScales[PLACEHOLDER] = doc.assetSettings.requirementScales.integrity),
  },
  {
    name: "an entity's custom fields",
    path: ["risks", 0, "custom", "__proto__"],
    plant: (doc) => (doc.risks[0].custom = { [PLACEHOLDER]: 1 }),
  },
  {
    name: "a nested object inside custom fields",
    path: ["custom", "a", "__proto__"],
    plant: (doc) => (doc.custom = { a: { [PLACEHOLDER]: { polluted: true } } }),
  },
];

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: true });
addFormats(ajv);
const validateAgainstJsonSchema = ajv.compile(ismsJsonSchema());

function withReservedKey(place: Place): unknown {
  const document = JSON.parse(JSON.stringify(createExampleIsms())) as Record<string, any>;
  place.plant(document);
  const text = JSON.stringify(document);
  expect(text.split(`"${PLACEHOLDER}"`)).toHaveLength(2);
  return JSON.parse(text.replace(`"${PLACEHOLDER}"`, '"__proto__"'));
}

describe("a __proto__ key in a record-shaped place", () => {
  it.each(places)("is refused with its path in $name", (place) => {
    const input = withReservedKey(place);
    const result = safeParseIsms(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.map((found) => found.path)).toContainEqual(place.path);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it.each(places)("is refused by the JSON Schema in $name", (place) => {
    expect(validateAgainstJsonSchema(withReservedKey(place))).toBe(false);
  });

  it("the example document itself parses, so each refusal is the key's doing", () => {
    const plain = JSON.parse(JSON.stringify(createExampleIsms()));
    expect(safeParseIsms(plain).ok).toBe(true);
    expect(validateAgainstJsonSchema(plain)).toBe(true);
  });

  it("is refused in an entity.update patch instead of being dropped", () => {
    const document: IsmsDocument = createExampleIsms();
    const command = JSON.parse(`{"type":"entity.update","collection":"assets","id":"${document.assets[0]!.id}","patch":{"__proto__":{"name":"x"}}}`);
    const result = applyIsmsCommand(document, command, { by: "CISO", at: "2026-11-27T10:00:00Z" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((found) => found.path.join("."))).toContain("command.patch.__proto__");
  });
});
