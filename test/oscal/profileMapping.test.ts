import { describe, expect, it } from "vitest";
import { CustomCatalogueSchema, NEW_IN_2022, annexA, annexA2013, correspondence } from "../../src/catalogue/index.js";
import { IsmsError } from "../../src/core/index.js";
import { checkOscal, exportCatalog, exportMappingCollection, exportProfile, type OscalControl, type OscalGroup } from "../../src/oscal/index.js";
import { schemaErrors } from "./_ajv.js";

const AS_OF = "2026-11-27T09:00:00Z";

function ids(groups: readonly OscalGroup[] = []): Set<string> {
  const nested = (control: OscalControl): string[] => [control.id, ...(control.controls ?? []).flatMap(nested)];
  return new Set(groups.flatMap((group) => [...ids(group.groups), ...(group.controls ?? []).flatMap(nested)]));
}

describe("exportProfile", () => {
  const doc = exportProfile(["annex-a:5.1", "annex-a:8.24", "acme:ACME-1", "annex-a:5.1"], {
    asOf: AS_OF,
    organisation: "ACME Ltd",
    hrefs: { "annex-a": "out/annex-a.json" },
    catalogues: [CustomCatalogueSchema.parse({ id: "acme", title: "ACME baseline", controls: [{ id: "ACME-1", title: "Tenant isolation" }] })],
  });

  it("keeps the title on one trimmed line even when the organisation name has white space around it", () => {
    const spaced = exportProfile(["annex-a:5.1"], { asOf: AS_OF, organisation: "  Acme \n Ltd  " });
    expect(spaced["profile"].metadata.title).toBe("Acme Ltd: applicable controls");
    expect(checkOscal(spaced)).toEqual([]);
  });

  it("validates against NIST's profile schema and the library's checks", () => {
    expect(schemaErrors("profile", doc)).toEqual([]);
    expect(checkOscal(doc)).toEqual([]);
  });

  it("imports each catalogue once, selecting its controls in order without duplicates", () => {
    expect(doc.profile.imports.map((imported) => imported["include-controls"][0]?.["with-ids"])).toEqual([["a-5.1", "a-8.24"], ["ACME-1"]]);
  });

  it("points each import to a back-matter resource that links the catalog", () => {
    const [first, second] = doc.profile["back-matter"].resources;
    expect(doc.profile.imports[0]?.href).toBe(`#${first?.uuid}`);
    expect(first?.rlinks?.[0]?.href).toBe("out/annex-a.json");
    expect(second).toMatchObject({ title: "ACME baseline", rlinks: [{ href: "acme.catalog.json" }] });
  });

  it("selects only ids that the exported catalog has", () => {
    const catalogIds = ids(exportCatalog("annex-a", { asOf: AS_OF }).catalog.groups);
    for (const id of doc.profile.imports[0]!["include-controls"][0]!["with-ids"]) expect(catalogIds.has(id)).toBe(true);
  });

  it("is deterministic", () => {
    const again = exportProfile(["annex-a:5.1", "annex-a:8.24", "acme:ACME-1", "annex-a:5.1"], {
      asOf: AS_OF,
      organisation: "ACME Ltd",
      hrefs: { "annex-a": "out/annex-a.json" },
      catalogues: [CustomCatalogueSchema.parse({ id: "acme", title: "ACME baseline", controls: [{ id: "ACME-1", title: "Tenant isolation" }] })],
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
  });

  it("names its title after the organisation, or generically", () => {
    expect(doc.profile.metadata.title).toBe("ACME Ltd: applicable controls");
    expect(exportProfile(["annex-a-2013:A.5.1.1"], { asOf: AS_OF }).profile.metadata.title).toBe("Applicable controls");
  });

  it("throws invalid_argument for no controls or a malformed reference", () => {
    expect(() => exportProfile([], { asOf: AS_OF })).toThrow(IsmsError);
    expect(() => exportProfile(["5.1"], { asOf: AS_OF })).toThrow(/not a control reference/);
  });
});

describe("exportMappingCollection", () => {
  const doc = exportMappingCollection({ asOf: AS_OF });
  const mapping = doc["mapping-collection"].mappings[0]!;

  it("validates against NIST's mapping schema and the library's checks", () => {
    expect(schemaErrors("mapping-collection", doc)).toEqual([]);
    expect(checkOscal(doc)).toEqual([]);
  });

  it("has one map per correspondence edge", () => {
    expect(mapping.maps).toHaveLength(correspondence.length);
  });

  it("uses ids the exported 2013 and 2022 catalogs have", () => {
    const from = ids(exportCatalog("annex-a-2013", { asOf: AS_OF }).catalog.groups);
    const to = ids(exportCatalog("annex-a", { asOf: AS_OF }).catalog.groups);
    for (const map of mapping.maps) {
      expect(from.has(map.sources[0]!["id-ref"])).toBe(true);
      expect(to.has(map.targets[0]!["id-ref"])).toBe(true);
    }
    expect(new Set(mapping.maps.map((map) => map.sources[0]!["id-ref"])).size).toBe(annexA2013.length);
  });

  it("qualifies merges, splits and one-to-one edges", () => {
    const relation = (from: string, to: string): string | undefined =>
      mapping.maps.find((map) => map.sources[0]?.["id-ref"] === from && map.targets[0]?.["id-ref"] === to)?.relationship;
    expect(relation("a2013-12.4.1", "a-8.15")).toBe("subset-of");
    expect(relation("a2013-6.1.2", "a-5.3")).toBe("equivalent-to");
    const values = new Set(mapping.maps.map((map) => map.relationship));
    for (const value of values) expect(["equivalent-to", "subset-of", "superset-of", "intersects-with"]).toContain(value);
  });

  it("finds a split 2013 control as superset-of or intersects-with", () => {
    const fanOut = new Map<string, number>();
    for (const map of mapping.maps) fanOut.set(map.sources[0]!["id-ref"], (fanOut.get(map.sources[0]!["id-ref"]) ?? 0) + 1);
    const split = [...fanOut].find(([, count]) => count > 1)?.[0];
    expect(split).toBeDefined();
    for (const map of mapping.maps.filter((m) => m.sources[0]?.["id-ref"] === split)) {
      expect(["superset-of", "intersects-with"]).toContain(map.relationship);
    }
  });

  it("names the controls new in 2022 in its remarks, and maps none of them", () => {
    for (const id of NEW_IN_2022) expect(mapping.remarks).toContain(id);
    const targets = new Set(mapping.maps.map((map) => map.targets[0]!["id-ref"]));
    for (const id of NEW_IN_2022) expect(targets.has(`a-${id}`)).toBe(false);
    expect(targets.size).toBe(annexA.length - NEW_IN_2022.length);
  });

  it("links the two catalogs through back-matter resources, with the hrefs given", () => {
    const custom = exportMappingCollection({ asOf: AS_OF, sourceHref: "a13.json", targetHref: "a22.json", version: "2" })["mapping-collection"];
    expect(custom["back-matter"].resources.map((resource) => resource.rlinks?.[0]?.href)).toEqual(["a13.json", "a22.json"]);
    expect(custom.mappings[0]?.["source-resource"].href).toBe(`#${custom["back-matter"].resources[0]?.uuid}`);
    expect(custom.metadata.version).toBe("2");
  });

  it("is deterministic", () => {
    expect(JSON.stringify(exportMappingCollection({ asOf: AS_OF }))).toBe(JSON.stringify(doc));
  });
});
