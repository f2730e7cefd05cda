import { describe, expect, it } from "vitest";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { OSCAL_MODELS, checkOscal, exportOscal, type OscalModel } from "../../src/oscal/index.js";
import { schemaErrors } from "./_ajv.js";

// The files a consumer (e.g. `npm run demo`) writes to keep the exports' relative links
// resolving: each non-catalog model as `<model>.json` (the SSP links `profile.json`), each
// catalogue as `<catalogue id>.catalog.json` (the default hrefs of the profile and the mapping).
const document = createExampleIsms();
const asOf = `${EXAMPLE_AS_OF}T09:00:00Z`;

function relativeHrefs(value: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        if (key === "href" && typeof child === "string" && !child.startsWith("#") && !/^[a-z][a-z0-9+.-]+:/i.test(child)) found.push(child);
        else walk(child);
      }
    }
  };
  walk(value);
  return found;
}

/** What the exporter writes under a file name, or undefined when it writes nothing by that name. */
function produce(file: string): unknown {
  const catalog = /^(.+)\.catalog\.json$/.exec(file);
  if (catalog) return exportOscal(document, "catalog", { asOf, catalogue: catalog[1]! });
  const model = /^(.+)\.json$/.exec(file)?.[1];
  return model !== undefined && model !== "catalog" && (OSCAL_MODELS as readonly string[]).includes(model) ? exportOscal(document, model as OscalModel, { asOf }) : undefined;
}

describe("relative links between the example organisation's OSCAL files", () => {
  const hrefs = new Map(OSCAL_MODELS.map((model) => [model, relativeHrefs(exportOscal(document, model, { asOf }))]));

  it("link the catalogs the profile and the mapping import, and the profile the SSP imports", () => {
    expect(hrefs.get("profile")).toEqual(["annex-a.catalog.json", `${document.catalogues[0]!.id}.catalog.json`]);
    expect(hrefs.get("mapping")).toEqual(["annex-a-2013.catalog.json", "annex-a.catalog.json"]);
    expect(hrefs.get("ssp")).toEqual(["profile.json"]);
    expect(hrefs.get("catalog")).toEqual([]);
  });

  it.each([...new Set([...hrefs.values()].flat())])("%s is a file the exporter produces, valid OSCAL of the model linked", (file) => {
    const produced = produce(file) as Record<string, unknown> | undefined;
    expect(produced).toBeDefined();
    const model = Object.keys(produced!)[0];
    expect(model).toBe(file.endsWith(".catalog.json") ? "catalog" : "profile");
    expect(schemaErrors(model as "catalog" | "profile", produced)).toEqual([]);
    expect(checkOscal(produced!)).toEqual([]);
  });

  it("every catalog linked holds every control the profile and the mapping select from it", () => {
    const profile = exportOscal(document, "profile", { asOf }) as unknown as {
      profile: { imports: { href: string; "include-controls": { "with-ids": string[] }[] }[]; "back-matter": { resources: { uuid: string; rlinks: { href: string }[] }[] } };
    };
    const controlIds = (file: string): Set<string> => {
      const ids = new Set<string>();
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node !== null && typeof node === "object") {
          const record = node as Record<string, unknown>;
          if (Array.isArray(record.controls)) for (const control of record.controls as { id: string }[]) ids.add(control.id);
          Object.values(record).forEach(walk);
        }
      };
      walk(produce(file));
      return ids;
    };
    for (const imported of profile.profile.imports) {
      const resource = profile.profile["back-matter"].resources.find((candidate) => `#${candidate.uuid}` === imported.href)!;
      const ids = controlIds(resource.rlinks[0]!.href);
      for (const id of imported["include-controls"][0]!["with-ids"]) expect(ids.has(id), `${id} in ${resource.rlinks[0]!.href}`).toBe(true);
    }
    const mapping = exportOscal(document, "mapping", { asOf }) as unknown as {
      "mapping-collection": { mappings: { maps: { sources: { "id-ref": string }[]; targets: { "id-ref": string }[] }[] }[] };
    };
    const from2013 = controlIds("annex-a-2013.catalog.json");
    const to2022 = controlIds("annex-a.catalog.json");
    for (const map of mapping["mapping-collection"].mappings[0]!.maps) {
      expect(from2013.has(map.sources[0]!["id-ref"])).toBe(true);
      expect(to2022.has(map.targets[0]!["id-ref"])).toBe(true);
    }
  });
});
