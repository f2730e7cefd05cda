import { describe, expect, it } from "vitest";
import { CustomCatalogueSchema, NEW_IN_2022, annexA, annexA2013, clauses, type CustomCatalogue } from "../../src/catalogue/index.js";
import { IsmsError } from "../../src/core/index.js";
import {
  ISMS_OSCAL_NS,
  OSCAL_VERSION,
  checkOscal,
  exportCatalog,
  oscalControlId,
  type OscalControl,
  type OscalGroup,
} from "../../src/oscal/index.js";
import { schemaErrors } from "./_ajv.js";

const AS_OF = "2026-11-27T09:00:00Z";

function allControls(groups: readonly OscalGroup[] = [], controls: readonly OscalControl[] = []): OscalControl[] {
  const nested = (control: OscalControl): OscalControl[] => [control, ...(control.controls ?? []).flatMap(nested)];
  return [...groups.flatMap((group) => allControls(group.groups, group.controls)), ...controls.flatMap(nested)];
}

function propValues(control: OscalControl, name: string): string[] {
  return (control.props ?? []).filter((prop) => prop.name === name).map((prop) => prop.value);
}

describe("exportCatalog: Annex A", () => {
  const doc = exportCatalog("annex-a", { asOf: AS_OF, organisation: "ACME Ltd" });
  const controls = allControls(doc.catalog.groups);

  it("validates against NIST's catalog schema", () => {
    expect(schemaErrors("catalog", doc)).toEqual([]);
  });

  it("passes the library's own constraint checks", () => {
    expect(checkOscal(doc)).toEqual([]);
  });

  it("has one group per theme with 37, 8, 14 and 34 controls", () => {
    expect(doc.catalog.groups?.map((group) => [group.id, group.controls?.length])).toEqual([
      ["organizational", 37],
      ["people", 8],
      ["physical", 14],
      ["technological", 34],
    ]);
  });

  it("writes every control with a token id, its label and a zero-padded sort-id", () => {
    expect(controls.map((control) => control.id)).toEqual(annexA.map((control) => `a-${control.id}`));
    const c510 = controls.find((control) => control.id === "a-5.10");
    expect(propValues(c510!, "label")).toEqual(["5.10"]);
    expect(propValues(c510!, "sort-id")).toEqual(["05.10"]);
    const sortIds = controls.map((control) => propValues(control, "sort-id")[0]!);
    expect([...sortIds].sort()).toEqual(sortIds);
  });

  it("writes each ISO/IEC 27002 attribute value as a prop in the project's namespace", () => {
    const c816 = controls.find((control) => control.id === "a-8.16")!;
    const source = annexA.find((control) => control.id === "8.16")!;
    expect(propValues(c816, "control-type")).toEqual(source.attributes.controlTypes);
    expect(propValues(c816, "security-domain")).toEqual(source.attributes.securityDomains);
    expect(propValues(c816, "operational-capability")).toEqual(source.attributes.operationalCapabilities);
    const own = (c816.props ?? []).filter((prop) => prop.name !== "label" && prop.name !== "sort-id");
    expect(own.every((prop) => prop.ns === ISMS_OSCAL_NS)).toBe(true);
  });

  it("flags exactly the controls new in 2022", () => {
    const flagged = controls.filter((control) => propValues(control, "new-in-2022")[0] === "true").map((control) => control.id);
    expect(flagged).toEqual(NEW_IN_2022.map((id) => `a-${id}`));
  });

  it("writes the ISO/IEC 27002 title where it differs", () => {
    expect(propValues(controls.find((control) => control.id === "a-5.34")!, "iso27002-title")).toEqual(["Privacy and protection of PII"]);
  });

  it("holds a placeholder statement, not ISO text, when the organisation gave none", () => {
    for (const control of controls) {
      expect(control.parts?.[0]?.name).toBe("statement");
      expect(control.parts?.[0]?.prose).toMatch(/^Placeholder for the organisation's own description/);
    }
  });

  it("holds the organisation's own text and guidance when given", () => {
    const withText = exportCatalog("annex-a", {
      asOf: AS_OF,
      descriptions: [{ ref: "annex-a:5.7", description: "  We read two threat feeds weekly.\n", guidance: "Feeds: CERT-EU, vendor." }],
    });
    const c57 = allControls(withText.catalog.groups).find((control) => control.id === "a-5.7")!;
    expect(c57.parts).toEqual([
      { id: "a-5.7_smt", name: "statement", prose: "We read two threat feeds weekly." },
      { id: "a-5.7_gdn", name: "guidance", prose: "Feeds: CERT-EU, vendor." },
    ]);
    expect(checkOscal(withText)).toEqual([]);
  });

  it("writes OSCAL 1.2.1 metadata with last-modified from asOf", () => {
    expect(doc.catalog.metadata).toMatchObject({ "last-modified": AS_OF, "oscal-version": OSCAL_VERSION, version: "2022" });
  });

  it("turns a calendar date into midnight UTC", () => {
    expect(exportCatalog("annex-a", { asOf: "2026-11-27" }).catalog.metadata["last-modified"]).toBe("2026-11-27T00:00:00Z");
  });

  it("keeps an offset time zone", () => {
    expect(exportCatalog("annex-a", { asOf: "2026-11-27T09:00:00+01:00" }).catalog.metadata["last-modified"]).toBe("2026-11-27T09:00:00+01:00");
  });

  it("throws invalid_date for a timestamp without time zone", () => {
    expect(() => exportCatalog("annex-a", { asOf: "2026-11-27T09:00:00" })).toThrow(IsmsError);
    try {
      exportCatalog("annex-a", { asOf: "yesterday" });
    } catch (error) {
      expect((error as IsmsError).code).toBe("invalid_date");
    }
  });

  it("is deterministic: two runs give identical bytes", () => {
    const again = exportCatalog("annex-a", { asOf: AS_OF, organisation: "ACME Ltd" });
    expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
  });

  it("derives different uuids for different organisations", () => {
    expect(exportCatalog("annex-a", { asOf: AS_OF, organisation: "Other plc" }).catalog.uuid).not.toBe(doc.catalog.uuid);
  });

  it("uses the title and version given", () => {
    const custom = exportCatalog("annex-a", { asOf: AS_OF, title: "Our Annex A", version: "3" });
    expect(custom.catalog.metadata).toMatchObject({ title: "Our Annex A", version: "3" });
  });
});

describe("exportCatalog: clauses 4–10", () => {
  const doc = exportCatalog("clauses", { asOf: AS_OF, descriptions: [{ ref: "clauses:4.3", description: "Scope: all of ACME." }] });
  const controls = allControls(doc.catalog.groups);

  it("validates against NIST's schema and the library's checks", () => {
    expect(schemaErrors("catalog", doc)).toEqual([]);
    expect(checkOscal(doc)).toEqual([]);
  });

  it("has one group per clause 4 to 10, each holding controls only", () => {
    expect(doc.catalog.groups?.map((group) => group.id)).toEqual(["clause-4", "clause-5", "clause-6", "clause-7", "clause-8", "clause-9", "clause-10"]);
    for (const group of doc.catalog.groups ?? []) expect(group.groups).toBeUndefined();
  });

  it("writes every sub-clause and item once, with prefixed ids", () => {
    expect(controls.map((control) => control.id).sort()).toEqual(
      clauses.filter((clause) => clause.kind !== "clause").map((clause) => `clause-${clause.id}`).sort(),
    );
  });

  it("nests the items of 6.1.2 in 6.1.2 and labels them as the standard does", () => {
    const c612 = controls.find((control) => control.id === "clause-6.1.2")!;
    expect(c612.controls?.map((control) => control.id)).toEqual(["clause-6.1.2.a", "clause-6.1.2.b", "clause-6.1.2.c", "clause-6.1.2.d", "clause-6.1.2.e"]);
    expect(propValues(c612.controls![0]!, "label")).toEqual(["6.1.2 a)"]);
  });

  it("writes the documented information a clause requires and the organisation's text", () => {
    const c43 = controls.find((control) => control.id === "clause-4.3")!;
    expect(propValues(c43, "documented-information")).toHaveLength(1);
    expect(c43.parts?.[0]?.prose).toBe("Scope: all of ACME.");
  });
});

describe("exportCatalog: ISO/IEC 27001:2013 Annex A", () => {
  const doc = exportCatalog("annex-a-2013", { asOf: AS_OF });

  it("validates and writes the 114 controls grouped by section", () => {
    expect(schemaErrors("catalog", doc)).toEqual([]);
    expect(checkOscal(doc)).toEqual([]);
    expect(allControls(doc.catalog.groups).map((control) => control.id)).toEqual(annexA2013.map((control) => oscalControlId(`annex-a-2013:${control.id}`)));
    expect(doc.catalog.groups?.[0]?.id).toBe("a2013-5");
  });
});

describe("exportCatalog: custom catalogues", () => {
  const acme: CustomCatalogue = CustomCatalogueSchema.parse({
    id: "acme",
    title: "ACME\nbaseline",
    version: "2",
    groups: [
      { id: "cloud", title: "Cloud" },
      { id: "cloud/iaas", title: "IaaS", parent: "cloud", props: [{ name: "owner", value: "CTO" }] },
      { id: "hr", title: "HR" },
    ],
    controls: [
      { id: "ACME-1", title: "Tenant isolation", group: "cloud" },
      { id: "ACME-1(1)", title: "Isolation test", parent: "ACME-1", group: "cloud" },
      { id: "2.1", title: "VM hardening", group: "cloud/iaas", description: "CIS level 1.", attributes: { tier: ["gold"] } },
      { id: "ACME-3", title: "Onboarding", group: "hr", props: [{ name: "label", value: "HR-1" }, { name: "x", value: "y", ns: "urn:acme" }] },
      { id: "ACME-4", title: "Loose control" },
    ],
  });
  const doc = exportCatalog(acme, { asOf: AS_OF });

  it("validates against NIST's schema and the library's checks", () => {
    expect(schemaErrors("catalog", doc)).toEqual([]);
    expect(checkOscal(doc)).toEqual([]);
  });

  it("keeps the title on one line and the version", () => {
    expect(doc.catalog.metadata.title).toBe("ACME baseline");
    expect(doc.catalog.metadata.version).toBe("2");
  });

  it("moves the controls of a group that also has sub-groups into a sub-group of their own", () => {
    const cloud = doc.catalog.groups?.find((group) => group.id === "cloud");
    expect(cloud?.controls).toBeUndefined();
    expect(cloud?.groups?.map((group) => group.id)).toEqual(["cloud-controls", "cloud_iaas"]);
    expect(cloud?.groups?.[0]?.controls?.map((control) => control.id)).toEqual(["ACME-1"]);
  });

  it("nests enhancements in their parent control", () => {
    const acme1 = allControls(doc.catalog.groups).find((control) => control.id === "ACME-1")!;
    expect(acme1.controls?.map((control) => control.id)).toEqual(["ACME-1_1_"]);
  });

  it("makes ids tokens and records the original id in the project's namespace", () => {
    const c21 = allControls(doc.catalog.groups).find((control) => control.id === "_2.1")!;
    expect(c21.props).toContainEqual({ name: "control-id", ns: ISMS_OSCAL_NS, value: "2.1" });
    expect(c21.parts?.[0]?.prose).toBe("CIS level 1.");
  });

  it("adds a label when the control has none and keeps the one it has", () => {
    const controls = allControls(doc.catalog.groups, doc.catalog.controls);
    expect(propValues(controls.find((control) => control.id === "ACME-4")!, "label")).toEqual(["ACME-4"]);
    expect(propValues(controls.find((control) => control.id === "ACME-3")!, "label")).toEqual(["HR-1"]);
  });

  it("gives free props without a namespace the project's custom namespace and keeps foreign ones", () => {
    const iaas = doc.catalog.groups?.find((group) => group.id === "cloud")?.groups?.[1];
    expect(iaas?.props).toContainEqual({ name: "owner", ns: `${ISMS_OSCAL_NS}/custom`, value: "CTO" });
    const acme3 = allControls(doc.catalog.groups).find((control) => control.id === "ACME-3")!;
    expect(acme3.props).toContainEqual({ name: "x", ns: "urn:acme", value: "y" });
  });

  it("puts controls without a group at the top level", () => {
    expect(doc.catalog.controls?.map((control) => control.id)).toEqual(["ACME-4"]);
  });

  it("exports an empty custom catalogue without empty arrays", () => {
    const empty = exportCatalog(CustomCatalogueSchema.parse({ id: "empty", title: "Empty", controls: [] }), { asOf: AS_OF });
    expect(empty.catalog.groups).toBeUndefined();
    expect(empty.catalog.controls).toBeUndefined();
    expect(schemaErrors("catalog", empty)).toEqual([]);
    expect(checkOscal(empty)).toEqual([]);
  });
});
