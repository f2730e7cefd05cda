import { describe, expect, it } from "vitest";
import { CustomCatalogueSchema, listCatalogueControls, type CustomCatalogue } from "../../src/catalogue/index.js";
import { ISMS_OSCAL_NS, checkOscal, exportCatalog, importCatalog, importProfile } from "../../src/oscal/index.js";
import { SP800_53_HIGH, SP800_53_LOW, SP800_53_LOW_PROFILE, readContent, schemaErrors } from "./_ajv.js";
import { OTHER_CATALOG, SMALL_CATALOG, catalogsFrom, profileOf } from "./_profiles.js";

function value(result: ReturnType<typeof importProfile>): CustomCatalogue {
  if (!result.ok) throw new Error(JSON.stringify(result.error.slice(0, 5)));
  return result.value;
}

const small = catalogsFrom({ "small.json": SMALL_CATALOG, "other.json": OTHER_CATALOG });

describe("importProfile: NIST's SP 800-53 rev. 5 LOW baseline over the HIGH resolved catalog", () => {
  const high = readContent(SP800_53_HIGH);
  const catalogs = catalogsFrom({ "../../../../nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json": high });
  const result = importProfile(readContent(SP800_53_LOW_PROFILE), catalogs, { id: "sp800-53-low" });
  const catalogue = value(result);
  const nist = importCatalog(readContent(SP800_53_LOW), { id: "sp800-53-low" });

  it("holds the controls of NIST's resolved LOW catalog: ids, titles, groups and parents", () => {
    if (!nist.ok) throw new Error("the LOW catalog does not import");
    const shape = (c: CustomCatalogue): unknown[] => c.controls.map(({ id, title, group, parent }) => ({ id, title, group, parent }));
    expect(catalogue.controls).toHaveLength(149);
    expect(shape(catalogue)).toEqual(shape(nist.value));
    expect(catalogue.groups?.map((group) => group.id)).toEqual(nist.value.groups?.map((group) => group.id));
  });
  it("records on each control the profile that selected it", () => {
    for (const control of catalogue.controls) {
      expect(control.props).toContainEqual({ name: "selected-by", ns: ISMS_OSCAL_NS, value: "NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE" });
    }
  });
  it("takes the profile's title and version, and has nothing to warn about", () => {
    expect(catalogue.title).toBe("NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE");
    expect(catalogue.version).toBe("5.1.1+u4");
    expect(result.warnings).toEqual([]);
  });
  it("asks the SoA about the selected controls only", () => {
    expect(listCatalogueControls("sp800-53-low", [catalogue]).map((control) => control.id)).toEqual(catalogue.controls.map((control) => control.id));
  });
  it("exports again as a valid OSCAL catalog", () => {
    const exported = exportCatalog(catalogue, { asOf: "2026-11-27" });
    expect(schemaErrors("catalog", exported)).toEqual([]);
    expect(checkOscal(exported)).toEqual([]);
  });
});

describe("importProfile: hand-written profiles", () => {
  it("keeps only the selected controls and the groups that hold them", () => {
    const catalogue = value(importProfile(profileOf([{ href: "small.json", "include-controls": [{ "with-ids": ["au-2", "au-2.1"] }] }]), small, { id: "audit" }));
    expect(catalogue.controls.map((control) => [control.id, control.group, control.parent])).toEqual([
      ["au-2", "au", undefined],
      ["au-2.1", "au", "au-2"],
    ]);
    expect(catalogue.groups?.map((group) => group.id)).toEqual(["au"]);
    expect(catalogue.id).toBe("audit");
  });
  it("an enhancement whose parent is not selected loses its parent, with a warning", () => {
    const result = importProfile(profileOf([{ href: "small.json", "include-controls": [{ "with-ids": ["ac-2.2"] }] }]), small, { id: "partial" });
    expect(value(result).controls.map((control) => control.parent)).toEqual([undefined]);
    expect(result.warnings.map((found) => found.code)).toEqual(["parent_not_selected"]);
  });
  it("keeps the profile's set-parameters in custom, as OSCAL writes them", () => {
    const catalogue = value(
      importProfile(
        profileOf([{ href: "small.json", "include-all": {} }], { modify: { "set-parameters": [{ "param-id": "ac-1_prm_1", values: ["yearly"], label: "frequency" }] } }),
        small,
        { id: "with-params" },
      ),
    );
    expect(catalogue.custom).toEqual({ "oscal-set-parameters": { "ac-1_prm_1": { label: "frequency", values: ["yearly"] } } });
  });
  it("two catalogs sharing a control id give a duplicate-id issue, not a silent merge", () => {
    const result = importProfile(
      profileOf([
        { href: "small.json", "include-controls": [{ "with-ids": ["ac-1"] }] },
        { href: "other.json", "include-all": {} },
      ]),
      small,
      { id: "both" },
    );
    expect(!result.ok && result.error.map((found) => found.code)).toContain("duplicate_control_id");
  });
  it("passes the resolution's issues through: a missing catalog", () => {
    const result = importProfile(profileOf([{ href: "gone.json", "include-all": {} }]), small, { id: "gone" });
    expect(!result.ok && result.error.map((found) => found.code)).toEqual(["profile_catalog_missing"]);
  });
  it("reports a catalog that does not import, with a path into it", () => {
    const broken = { catalog: { uuid: "u", metadata: { title: "Broken", version: "1", "oscal-version": "9.9.9" }, controls: [{ id: "b-1", title: "B" }] } };
    const result = importProfile(profileOf([{ href: "broken.json", "include-all": {} }]), () => broken, { id: "broken" });
    expect(!result.ok && result.error.map((found) => [found.code, found.path.slice(0, 2)])).toEqual([["unsupported_oscal_version", ["catalogs", "broken.json"]]]);
  });
  it("selects by the OSCAL id and keeps the id an ISMS export recorded (control-id prop)", () => {
    const acme = CustomCatalogueSchema.parse({ id: "acme", title: "ACME", controls: [{ id: "a-5.1", title: "Clashes with an Annex A OSCAL id" }, { id: "K-2", title: "Plain" }] });
    const exported = exportCatalog(acme, { asOf: "2026-11-27" });
    const oscalIds = exported.catalog.controls?.map((control) => control.id) ?? exported.catalog.groups?.flatMap((group) => group.controls?.map((control) => control.id) ?? []);
    expect(oscalIds).toContain("acme.a-5.1");
    const result = importProfile(profileOf([{ href: "acme", "include-controls": [{ "with-ids": ["acme.a-5.1"] }] }]), () => exported, { id: "acme-baseline" });
    expect(value(result).controls.map((control) => control.id)).toEqual(["a-5.1"]);
  });
  it("copies prose when asked, as importCatalog does", () => {
    const withProse = {
      catalog: {
        ...SMALL_CATALOG.catalog,
        controls: [{ id: "p-1", title: "Prose", parts: [{ id: "p-1_smt", name: "statement", prose: "Do the thing." }] }],
      },
    };
    const selectP1 = profileOf([{ href: "p", "include-controls": [{ "with-ids": ["p-1"] }] }]);
    expect(value(importProfile(selectP1, () => withProse, { id: "prose", prose: true })).controls[0]?.description).toBe("Do the thing.");
    expect(value(importProfile(selectP1, () => withProse, { id: "prose" })).controls[0]?.description).toBeUndefined();
  });
});
