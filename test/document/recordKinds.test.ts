import { describe, expect, it } from "vitest";
import * as z from "zod";
import { AssetIdSchema } from "../../src/core/index.js";
import {
  createStarterIsms,
  ISMS_COLLECTIONS,
  ISMS_RECORD_KINDS,
  IsmsCollectionSchema,
  IsmsDocumentSchema,
  type IsmsDocument,
  type RecordKinds,
} from "../../src/document/index.js";
import { DOCUMENT_FIELD_REFERENCES, DOCUMENT_FRAME_FIELDS, documentSchemaOf } from "../../src/document/schema.js";
import { starterOf } from "../../src/document/createStarterIsms.js";
import { checkCollections, commandCollectionsOf, keyOf, recordsOf, referencesIn } from "../../src/document/_internal/registry.js";
import { entityStep } from "../../src/document/_internal/entityCommands.js";
import { createExampleIsms } from "../../src/example/index.js";
import { WIDGET_KINDS } from "./_widgets.js";

const example = createExampleIsms();

/** Whether a path of field names (and "*" for every element or value) leads somewhere in a zod schema. */
function schemaHasPath(schema: z.core.$ZodType, path: readonly string[]): boolean {
  const def = schema._zod.def;
  const [head, ...rest] = path;
  if (head === undefined) return true;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return schemaHasPath((def as z.core.$ZodOptionalDef).innerType, path);
    case "pipe":
      return schemaHasPath((def as z.core.$ZodPipeDef).in, path);
    case "union":
      return (def as z.core.$ZodUnionDef).options.some((option) => schemaHasPath(option, path));
    case "array":
      return head === "*" && schemaHasPath((def as z.core.$ZodArrayDef).element, rest);
    case "record":
      return head === "*" && schemaHasPath((def as z.core.$ZodRecordDef).valueType, rest);
    case "object": {
      const shape = (def as z.core.$ZodObjectDef).shape;
      if (head === "*") return Object.values(shape).some((value) => schemaHasPath(value, rest));
      return Object.hasOwn(shape, head) && schemaHasPath(shape[head]!, rest);
    }
    default:
      return false;
  }
}
const kinds = Object.entries(ISMS_RECORD_KINDS);
const topLevel = kinds.filter(([, kind]) => !("parent" in kind)).map(([name]) => name);

// Arrays of records inside one record of the document's frame: parts of that record, not collections.
const PARTS_OF_ONE_RECORD = ["scope.exclusions", "cycle.history", "certification.externalAudits"];

describe("the registry has every collection of the document", () => {
  it("the document's schema is its frame plus one field per top-level record kind", () => {
    const fields = Object.keys(IsmsDocumentSchema.shape);
    expect(fields.filter((field) => !DOCUMENT_FRAME_FIELDS.includes(field)).sort()).toEqual([...topLevel].sort());
    // The frame holds no array of records of its own: those belong in the registry.
    const recordArrays = DOCUMENT_FRAME_FIELDS.filter((field) => {
      const schema: z.ZodType | undefined = Object.entries(IsmsDocumentSchema.shape).find(([name]) => name === field)?.[1];
      const unwrapped = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
      return unwrapped instanceof z.ZodArray && !(unwrapped.element instanceof z.ZodString);
    });
    expect(recordArrays).toEqual([]);
  });

  it("every array of records in the fully populated example is a registry collection", () => {
    const places: string[] = [];
    const isRecordArray = (value: unknown): boolean => Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "object" && item !== null);
    for (const [field, value] of Object.entries(example)) {
      if (isRecordArray(value)) places.push(field);
      else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        for (const [inner, innerValue] of Object.entries(value)) if (isRecordArray(innerValue)) places.push(`${field}.${inner}`);
      }
    }
    const registered = kinds.map(([name, kind]) => ("parent" in kind ? `${kind.parent.field}.${name}` : name));
    expect(places.filter((place) => !PARTS_OF_ONE_RECORD.includes(place)).sort()).toEqual(registered.filter((place) => places.includes(place)).sort());
    // The example holds every collection but the acknowledgements, so nothing above is vacuous.
    expect(registered.filter((place) => !places.includes(place))).toEqual(["acknowledgements"]);
  });

  it("every key field and every reference path of the registry exists in the kind's schema", () => {
    const wrong: string[] = [];
    for (const [name, kind] of kinds) {
      for (const field of kind.key) if (!schemaHasPath(kind.schema, [field])) wrong.push(`${name}: key ${field}`);
      for (const reference of kind.references) if (!schemaHasPath(kind.schema, reference.path)) wrong.push(`${name}: ${reference.path.join(".")}`);
    }
    expect(wrong).toEqual([]);
    expect(schemaHasPath(ISMS_RECORD_KINDS.nonconformities.schema, ["source", "reviews"])).toBe(false);
    const parties: string[] = [];
    for (const [name, kind] of kinds) for (const path of ("parties" in kind ? kind.parties : [])) if (!schemaHasPath(kind.schema, path)) parties.push(`${name}: ${path.join(".")}`);
    expect(parties).toEqual([]);
    for (const [name, kind] of kinds) for (const record of recordsOf(example, name, kind)) expect(keyOf(kind, record), name).not.toMatch(/undefined/);
  });

  it("a reference to a record is resolved by the target's key, an object reference by the key's fields", () => {
    const risk = example.risks.find((item) => item.ratings.current !== undefined)!;
    const methodology = ISMS_RECORD_KINDS.risks.references.find((reference) => reference.path.at(-1) === "methodology")!;
    const found = referencesIn(ISMS_RECORD_KINDS, methodology, risk);
    expect(found[0]?.key).toMatch(/^northwind-risk-method@\d+$/);
    expect(found[0]?.at[0]).toBe("ratings");
  });

  it("the entity commands reach the registry's collections but the stored SoA versions and readiness assessments", () => {
    expect([...ISMS_COLLECTIONS]).toEqual(kinds.filter(([, kind]) => kind.commands).map(([name]) => name));
    expect(kinds.filter(([, kind]) => !kind.commands).map(([name]) => name)).toEqual(["soaVersions", "readiness"]);
  });
});

describe("a record kind added to a registry reaches every derived place", () => {
  const registry: RecordKinds<IsmsDocument> = WIDGET_KINDS;
  const schema = documentSchemaOf(WIDGET_KINDS);
  const asset = example.assets[0]!;
  const widget = { id: "W-1", name: "Badge reader", asset: asset.id };
  const withWidgets = (widgets: unknown[]): IsmsDocument & { widgets: unknown[] } => ({ ...example, widgets });
  const meta = { asOf: "2026-11-27" };
  const resolver = { isControl: () => true, isCatalogue: () => true };

  it("the document's schema has the collection, required and strict", () => {
    expect(schema.safeParse(withWidgets([widget])).success).toBe(true);
    expect(schema.safeParse(example).success).toBe(false);
    expect(schema.safeParse(withWidgets([{ ...widget, colour: "red" }])).success).toBe(false);
    expect(IsmsDocumentSchema.safeParse(withWidgets([])).success).toBe(false);
    expect(Object.keys(schema.shape).at(-1)).toBe("widgets");
  });

  it("the starter holds the empty collection", () => {
    const starter = starterOf(WIDGET_KINDS, { organisation: "Widgets Ltd", date: "2026-01-05" });
    expect(starter.widgets).toEqual([]);
    expect(schema.safeParse(starter).success).toBe(true);
    const { widgets: _widgets, ...plain } = starter;
    expect(plain).toEqual(createStarterIsms({ organisation: "Widgets Ltd", date: "2026-01-05" }));
  });

  it("commands accept the collection: add, update, remove, duplicate ids refused", () => {
    expect(z.enum(commandCollectionsOf(WIDGET_KINDS)).safeParse("widgets").success).toBe(true);
    expect(IsmsCollectionSchema.safeParse("widgets").success).toBe(false);
    const added = entityStep(registry, DOCUMENT_FIELD_REFERENCES, withWidgets([]), { type: "entity.add", collection: "widgets", value: widget });
    expect(added.ok && added.value.summary).toBe("Widget W-1 added");
    if (!added.ok) return;
    const again = entityStep(registry, DOCUMENT_FIELD_REFERENCES, added.value.document, { type: "entity.add", collection: "widgets", value: widget });
    expect(again.ok ? [] : again.error.map((found) => found.code)).toEqual(["duplicate_id"]);
    const renamed = entityStep(registry, DOCUMENT_FIELD_REFERENCES, added.value.document, { type: "entity.update", collection: "widgets", id: "W-1", patch: { name: "Door" } });
    expect(renamed.ok && renamed.value.document.widgets).toEqual([{ ...widget, name: "Door" }]);
    const removed = entityStep(registry, DOCUMENT_FIELD_REFERENCES, added.value.document, { type: "entity.remove", collection: "widgets", id: "W-1" });
    expect(removed.ok && removed.value.document.widgets).toEqual([]);
  });

  it("an asset a widget runs on cannot be removed, and the refusal names the widget", () => {
    const unused = example.assets.find((candidate) => !example.risks.some((risk) => risk.assets?.includes(candidate.id)) && !example.assets.some((other) => other.dependsOn?.includes(candidate.id)))!;
    const document = withWidgets([{ ...widget, asset: unused.id }]);
    const refused = entityStep(registry, DOCUMENT_FIELD_REFERENCES, document, { type: "entity.remove", collection: "assets", id: unused.id });
    expect(refused.ok ? [] : refused.error.map((found) => `${found.code}: ${found.message}`)).toEqual([`entity_in_use: Asset ${unused.id} cannot be removed while widget W-1 refer to it.`]);
    const withoutWidget = entityStep(registry, DOCUMENT_FIELD_REFERENCES, withWidgets([]), { type: "entity.remove", collection: "assets", id: unused.id });
    expect(withoutWidget.ok).toBe(true);
  });

  it("validation reports its dangling references, duplicate ids and its validator's issues, at the collection's paths", () => {
    const document = withWidgets([widget, { ...widget, name: " ", asset: AssetIdSchema.parse("A-GONE") }]);
    const found = checkCollections(registry, document, meta, resolver)
      .filter((issue) => issue.path[0] === "widgets")
      .map((issue) => `${issue.code}@${issue.path.join(".")}`);
    expect(found.sort()).toEqual(["duplicate_widget_id@widgets.1.id", "unknown_widget_asset@widgets.1.asset", "widget_without_name@widgets.1.name"]);
    expect(checkCollections(registry, withWidgets([widget]), meta, resolver).filter((issue) => issue.path[0] === "widgets")).toEqual([]);
  });
});
