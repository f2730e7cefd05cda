import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ControlMappingSchema, CustomCatalogueSchema, correspondence, correspondenceMapping, type ControlMapping } from "../../src/catalogue/index.js";
import { exportMappingCollection, importMappingCollection, type ImportMappingCollectionResult } from "../../src/oscal/index.js";

function value(result: ImportMappingCollectionResult): ControlMapping[] {
  if (!result.ok) throw new Error(JSON.stringify(result.error.slice(0, 5)));
  return result.value;
}

const ACME = CustomCatalogueSchema.parse({
  id: "acme",
  title: "ACME",
  controls: [
    { id: "ACME-1", title: "One" },
    { id: "ACME-2", title: "Two" },
  ],
});

/** A small mapping collection from ACME's catalog to Annex A 2022, with hrefs the caller names. */
function acmeCollection(maps: unknown[]): unknown {
  return {
    "mapping-collection": {
      uuid: "6f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
      metadata: { title: "ACME to Annex A", "last-modified": "2026-11-27T00:00:00Z", version: "1", "oscal-version": "1.2.1" },
      provenance: { method: "human", "matching-rationale": "semantic", status: "complete", "mapping-description": "Test." },
      mappings: [
        {
          uuid: "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d",
          "source-resource": { type: "catalog", href: "acme.json" },
          "target-resource": { type: "catalog", href: "#9d8c" },
          maps,
        },
      ],
      "back-matter": { resources: [{ uuid: "9d8c", rlinks: [{ href: "annex-a.catalog.json" }] }] },
    },
  };
}

const catalogueOf = (href: string): string | undefined => ({ "acme.json": "acme", "annex-a.catalog.json": "annex-a" })[href];
const map = (relationship: string, source: string, target: string, more: Record<string, unknown> = {}): unknown => ({
  uuid: "00000000-0000-4000-8000-000000000000",
  relationship,
  sources: [{ type: "control", "id-ref": source }],
  targets: [{ type: "control", "id-ref": target }],
  ...more,
});

describe("importMappingCollection: the 2013 → 2022 correspondence round trip", () => {
  const doc = exportMappingCollection({ asOf: "2026-11-27T09:00:00Z" });
  const result = importMappingCollection(doc);
  const [mapping] = value(result);

  it("gives one mapping from annex-a-2013 to annex-a, named by the export's back-matter", () => {
    expect(value(result)).toHaveLength(1);
    expect(mapping?.source).toBe("annex-a-2013");
    expect(mapping?.target).toBe("annex-a");
    expect(result.warnings).toEqual([]);
  });
  it("gives exactly the edges of correspondence, in order", () => {
    expect(mapping?.entries.map((entry) => [entry.source, entry.target])).toEqual(
      correspondence.map((edge) => [`annex-a-2013:${edge.from2013}`, `annex-a:${edge.to2022}`]),
    );
  });
  it("keeps the relationship the export wrote on each edge", () => {
    const written = doc["mapping-collection"].mappings[0]!.maps.map((m) => m.relationship.replace(/-(to|of|with)$/, ""));
    expect(mapping?.entries.map((entry) => entry.relationship)).toEqual(written);
    expect(mapping?.entries).toEqual(correspondenceMapping().entries);
  });
  it("has merges and splits as well as one-to-one edges", () => {
    // The 2022 revision split no control without also merging it, so "superset" does not occur.
    expect(new Set(mapping?.entries.map((entry) => entry.relationship))).toEqual(new Set(["equivalent", "subset", "intersects"]));
  });
  it("gives a value ControlMappingSchema accepts", () => {
    expect(ControlMappingSchema.safeParse(mapping).success).toBe(true);
  });
});

describe("importMappingCollection: a hand-written collection", () => {
  it("reads the four relationship kinds, with remarks", () => {
    const result = importMappingCollection(
      acmeCollection([
        map("equivalent-to", "ACME-1", "a-5.1"),
        map("subset-of", "ACME-1", "a-5.2", { remarks: "only the policy part" }),
        map("superset-of", "ACME-2", "a-8.15"),
        map("intersects-with", "ACME-2", "a-8.16"),
      ]),
      { catalogueOf, catalogues: [ACME] },
    );
    expect(value(result)[0]?.entries).toEqual([
      { source: "acme:ACME-1", target: "annex-a:5.1", relationship: "equivalent" },
      { source: "acme:ACME-1", target: "annex-a:5.2", relationship: "subset", remarks: "only the policy part" },
      { source: "acme:ACME-2", target: "annex-a:8.15", relationship: "superset" },
      { source: "acme:ACME-2", target: "annex-a:8.16", relationship: "intersects" },
    ]);
    expect(value(result)[0]).toMatchObject({ id: "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d", source: "acme", target: "annex-a", title: "ACME to Annex A" });
  });
  it("leaves out a map with an unknown control, with the item's path", () => {
    const result = importMappingCollection(acmeCollection([map("equivalent-to", "ACME-9", "a-5.1"), map("equivalent-to", "ACME-1", "a-9.9")]), {
      catalogueOf,
      catalogues: [ACME],
    });
    expect(value(result)[0]?.entries).toEqual([]);
    expect(result.warnings.map((found) => [found.code, found.path])).toEqual([
      ["unknown_mapping_control", ["mapping-collection", "mappings", 0, "maps", 0, "sources", 0, "id-ref"]],
      ["unknown_mapping_control", ["mapping-collection", "mappings", 0, "maps", 1, "targets", 0, "id-ref"]],
    ]);
  });
  it("knownControl wins over the catalogues", () => {
    const result = importMappingCollection(acmeCollection([map("equivalent-to", "ACME-9", "a-5.1")]), { catalogueOf, knownControl: () => true });
    expect(value(result)[0]?.entries).toHaveLength(1);
  });
  it("with unknownControls: error, an unknown control fails the import", () => {
    const result = importMappingCollection(acmeCollection([map("equivalent-to", "ACME-9", "a-5.1")]), { catalogueOf, catalogues: [ACME], unknownControls: "error" });
    expect(!result.ok && result.error.map((found) => found.code)).toEqual(["unknown_mapping_control"]);
  });
  it("leaves out, with a warning, other relationships and statement items", () => {
    const result = importMappingCollection(
      acmeCollection([
        map("no-relationship", "ACME-1", "a-5.1"),
        { ...(map("equivalent-to", "ACME-1", "a-5.1") as object), sources: [{ type: "statement", "id-ref": "ACME-1_smt" }] },
        map("equivalent-to", "ACME-1", "a-5.1"),
      ]),
      { catalogueOf, catalogues: [ACME] },
    );
    expect(value(result)[0]?.entries).toHaveLength(1);
    expect(result.warnings.map((found) => [found.code, found.path])).toEqual([
      ["unsupported_mapping_relationship", ["mapping-collection", "mappings", 0, "maps", 0, "relationship"]],
      ["unsupported_mapping_item", ["mapping-collection", "mappings", 0, "maps", 1, "sources", 0]],
    ]);
  });
  it("a map with several sources and targets gives one entry per pair", () => {
    const several = {
      uuid: "00000000-0000-4000-8000-000000000001",
      relationship: "intersects-with",
      sources: [{ type: "control", "id-ref": "ACME-1" }, { type: "control", "id-ref": "ACME-2" }],
      targets: [{ type: "control", "id-ref": "a-5.1" }, { type: "control", "id-ref": "a-5.2" }],
    };
    expect(value(importMappingCollection(acmeCollection([several]), { catalogueOf, catalogues: [ACME] }))[0]?.entries).toHaveLength(4);
  });
  it("a resource whose catalogue is not known is an issue with its path", () => {
    const result = importMappingCollection(acmeCollection([map("equivalent-to", "ACME-1", "a-5.1")]));
    expect(!result.ok && result.error.map((found) => [found.code, found.path])).toEqual([
      ["unknown_mapping_catalogue", ["mapping-collection", "mappings", 0, "source-resource", "href"]],
      ["unknown_mapping_catalogue", ["mapping-collection", "mappings", 0, "target-resource", "href"]],
    ]);
  });
  it("reads mappings written as one object (the schema allows it)", () => {
    const doc = acmeCollection([map("equivalent-to", "ACME-1", "a-5.1")]) as { "mapping-collection": { mappings: unknown[] } };
    const single = { "mapping-collection": { ...doc["mapping-collection"], mappings: doc["mapping-collection"].mappings[0] } };
    expect(value(importMappingCollection(single, { catalogueOf, catalogues: [ACME] }))[0]?.entries).toHaveLength(1);
  });
  it("does not change its input", () => {
    const doc = Object.freeze(exportMappingCollection({ asOf: "2026-11-27T09:00:00Z" }));
    const before = JSON.stringify(doc);
    importMappingCollection(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
  it("another OSCAL model is not a mapping collection", () => {
    const result = importMappingCollection({ catalog: {} });
    expect(!result.ok && result.error[0]?.message).toContain("catalog");
  });
  test.prop([fc.subarray(["ACME-1", "ACME-2", "ACME-3", "ACME-4"], { minLength: 1 })], { numRuns: 30 })(
    "exactly the maps whose source is unknown are left out",
    (sources) => {
      const result = importMappingCollection(acmeCollection(sources.map((source) => map("equivalent-to", source, "a-5.1"))), { catalogueOf, catalogues: [ACME] });
      const knownSources = sources.filter((source) => source === "ACME-1" || source === "ACME-2");
      expect(value(result)[0]?.entries.map((entry) => entry.source)).toEqual(knownSources.map((source) => `acme:${source}`));
      expect(result.warnings).toHaveLength(sources.length - knownSources.length);
    },
  );
});
