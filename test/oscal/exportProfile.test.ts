import { describe, expect, it } from "vitest";
import { CustomCatalogueSchema } from "../../src/catalogue/index.js";
import { IsmsError } from "../../src/core/index.js";
import { checkOscal, exportCatalog, exportProfile, type OscalControl, type OscalGroup } from "../../src/oscal/index.js";
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
