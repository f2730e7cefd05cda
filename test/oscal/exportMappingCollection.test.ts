import { describe, expect, it } from "vitest";
import { NEW_IN_2022, annexA, annexA2013, correspondence } from "../../src/catalogue/index.js";
import { checkOscal, exportCatalog, exportMappingCollection, type OscalControl, type OscalGroup } from "../../src/oscal/index.js";
import { schemaErrors } from "./_ajv.js";

const AS_OF = "2026-11-27T09:00:00Z";

function ids(groups: readonly OscalGroup[] = []): Set<string> {
  const nested = (control: OscalControl): string[] => [control.id, ...(control.controls ?? []).flatMap(nested)];
  return new Set(groups.flatMap((group) => [...ids(group.groups), ...(group.controls ?? []).flatMap(nested)]));
}

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
