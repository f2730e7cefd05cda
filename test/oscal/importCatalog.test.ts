import { describe, expect, it } from "vitest";
import { CustomCatalogueSchema, resolveControlRef, type CustomCatalogue } from "../../src/catalogue/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { ISMS_OSCAL_NS, checkOscal, exportCatalog, exportOscal, importCatalog } from "../../src/oscal/index.js";
import { BASIC_CATALOG, SP800_53_LOW, WITHDRAWN_CATALOG, readContent, schemaErrors } from "./_ajv.js";

const AS_OF = "2026-11-27T09:00:00Z";

type RawControl = { id: string; title: string; controls?: RawControl[] };
type RawGroup = { id?: string; title: string; groups?: RawGroup[]; controls?: RawControl[] };

/** Every control of an OSCAL catalog JSON with its deepest group and parent control, read independently of the importer. */
function sourceControls(json: unknown): { id: string; title: string; group: string | undefined; parent: string | undefined }[] {
  const out: { id: string; title: string; group: string | undefined; parent: string | undefined }[] = [];
  const control = (c: RawControl, group: string | undefined, parent: string | undefined): void => {
    out.push({ id: c.id, title: c.title, group, parent });
    for (const child of c.controls ?? []) control(child, group, c.id);
  };
  const group = (g: RawGroup): void => {
    for (const sub of g.groups ?? []) group(sub);
    for (const c of g.controls ?? []) control(c, g.id, undefined);
  };
  const catalog = (json as { catalog: { groups?: RawGroup[]; controls?: RawControl[] } }).catalog;
  for (const g of catalog.groups ?? []) group(g);
  for (const c of catalog.controls ?? []) control(c, undefined, undefined);
  return out;
}

function imported(json: unknown, options = {}): CustomCatalogue {
  const result = importCatalog(json, options);
  if (!result.ok) throw new Error(JSON.stringify(result.error.slice(0, 5)));
  return result.value;
}

describe.each([
  ["NIST's basic catalog", BASIC_CATALOG, 4],
  ["the SP 800-53 rev. 5 LOW baseline", SP800_53_LOW, 149],
])("importCatalog: %s", (_name, file, count) => {
  const json = readContent(file);
  const source = sourceControls(json);
  const catalogue = imported(json);

  it("is a valid OSCAL catalog to begin with", () => {
    expect(schemaErrors("catalog", json)).toEqual([]);
  });

  it("keeps every control: count and ids as in the source file", () => {
    expect(source).toHaveLength(count);
    expect(catalogue.controls).toHaveLength(count);
    expect(catalogue.controls.map((control) => control.id)).toEqual(source.map((control) => control.id));
  });

  it("keeps every title, group and parent", () => {
    expect(catalogue.controls.map((control) => [control.id, control.title, control.group, control.parent])).toEqual(
      source.map((control) => [control.id, control.title, control.group, control.parent]),
    );
  });

  it("keeps the controls' props", () => {
    const first = (json as { catalog: { groups: RawGroup[] } }).catalog.groups;
    const firstControl = sourceControls({ catalog: { groups: first } })[0]!;
    expect(catalogue.controls[0]?.props?.some((prop) => prop.name === "label")).toBe(true);
    expect(catalogue.controls[0]?.id).toBe(firstControl.id);
  });

  it("re-exports valid OSCAL that passes the library's checks", () => {
    const again = exportCatalog(catalogue, { asOf: AS_OF });
    expect(schemaErrors("catalog", again)).toEqual([]);
    expect(checkOscal(again)).toEqual([]);
  });

  it("re-exports every control id, title and group", () => {
    const again = exportCatalog(catalogue, { asOf: AS_OF });
    const exported = sourceControls(again);
    expect(exported.map((control) => [control.id, control.title, control.group, control.parent])).toEqual(
      source.map((control) => [control.id, control.title, control.group, control.parent]),
    );
  });

  it("survives a second round trip unchanged", () => {
    const once = exportCatalog(catalogue, { asOf: AS_OF });
    const twice = exportCatalog(imported(once), { asOf: AS_OF });
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
    expect(imported(once).id).toBe(catalogue.id);
  });
});

describe("importCatalog: details", () => {
  const basic = readContent(BASIC_CATALOG) as { catalog: { metadata: Record<string, unknown> } };
  const withVersion = (version: string): unknown => ({ ...basic, catalog: { ...basic.catalog, metadata: { ...basic.catalog.metadata, "oscal-version": version } } });

  it("derives the catalogue id from the title, cut at a word within 64 characters", () => {
    expect(imported(basic).id).toBe("sample-security-catalog-for-demonstration-and-testing");
    const low = imported(readContent(SP800_53_LOW));
    expect(low.id.length).toBeLessThanOrEqual(64);
    expect(low.id).toBe("nist-special-publication-800-53-revision-5-1-1-low-impact");
    expect(low.version).toBe("5.1.1+u4");
  });

  it("uses the id and source given", () => {
    const catalogue = imported(basic, { id: "iso-sample", source: "basic-catalog.json" });
    expect(catalogue).toMatchObject({ id: "iso-sample", source: "basic-catalog.json" });
  });

  it("records the OSCAL version and uuid as the default source", () => {
    expect(imported(basic).source).toMatch(/^OSCAL 1\.1\.2 catalog [0-9a-f-]{36}$/);
  });

  it.each(["1.0.0", "1.1.2", "v1.1.2", "1.2.1", "1.0.0-rc2"])("accepts OSCAL version %s", (version) => {
    expect(importCatalog(withVersion(version)).ok).toBe(true);
  });

  it.each(["2.0.0", "1.3.0", "0.9.0", "latest"])("rejects OSCAL version %s with an issue", (version) => {
    const result = importCatalog(withVersion(version));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]).toMatchObject({ code: "unsupported_oscal_version", path: ["catalog", "metadata", "oscal-version"] });
  });

  it("reports what is missing in malformed input, with paths", () => {
    const result = importCatalog({ catalog: { uuid: "u", metadata: { title: "T", version: "1" }, controls: [{ id: "x" }] } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.every((found) => found.code === "invalid_oscal_catalog")).toBe(true);
      expect(result.error.map((found) => found.path.join("/"))).toEqual(
        expect.arrayContaining(["catalog/metadata/oscal-version", "catalog/controls/0/title"]),
      );
    }
    expect(importCatalog("not json").ok).toBe(false);
  });

  it.each(["system-security-plan", "profile", "mapping-collection", "component-definition", "assessment-plan", "assessment-results", "plan-of-action-and-milestones"])(
    "says that a document holding a %s is not a catalog",
    (model) => {
    const result = importCatalog({ [model]: { uuid: "0f7cbb4a-83d9-4d07-8a4c-2b4d1d9e3f0e", metadata: basic.catalog.metadata } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toHaveLength(1);
      expect(result.error[0]).toMatchObject({ code: "not_a_catalog", path: [model] });
      expect(result.error[0]?.message).toContain(`this is a ${model}, not a catalog`);
    }
  },
  );

  it("names the models it found in the exports of this library", () => {
    const ssp = exportOscal(createExampleIsms(), "ssp", { asOf: AS_OF });
    const result = importCatalog(ssp);
    expect(result.ok ? [] : result.error.map((found) => found.message)).toEqual([expect.stringContaining("this is a system-security-plan, not a catalog")]);
  });

  it("copies statement and guidance prose only when asked", () => {
    expect(imported(basic).controls.some((control) => control.description !== undefined)).toBe(false);
    const withProse = imported(basic, { prose: true });
    expect(withProse.controls[0]?.description).toContain("information security responsibilities");
    expect(withProse.controls[0]?.guidance).toBeDefined();
  });

  it("writes sub-part labels before their prose", () => {
    const low = imported(readContent(SP800_53_LOW), { prose: true });
    expect(low.controls.find((control) => control.id === "ac-2")?.description).toMatch(/^a\. /);
  });

  it("does not copy the exporter's placeholder statements", () => {
    const annexA = imported(exportCatalog("annex-a", { asOf: AS_OF }), { prose: true });
    expect(annexA.controls.every((control) => control.description === undefined)).toBe(true);
  });

  it("gives the re-import of an exported Annex A its own id, never the reserved one", () => {
    const annexA = imported(exportCatalog("annex-a", { asOf: AS_OF }));
    expect(annexA.id).toBe("iso-iec-27001-2022-annex-a-controls");
    expect(annexA.controls).toHaveLength(93);
    expect(annexA.controls[0]?.props).toContainEqual({ name: "new-in-2022", ns: ISMS_OSCAL_NS, value: "false" });
  });

  it("restores the catalogue id, ids, groups and nesting of an exported custom catalogue", () => {
    const acme: CustomCatalogue = CustomCatalogueSchema.parse({
      id: "acme",
      title: "ACME",
      version: "1",
      groups: [
        { id: "cloud", title: "Cloud" },
        { id: "cloud/iaas", title: "IaaS", parent: "cloud" },
      ],
      controls: [
        { id: "ACME-1", title: "Tenant isolation", group: "cloud" },
        { id: "ACME-1(1)", title: "Isolation test", parent: "ACME-1", group: "cloud" },
        { id: "2.1", title: "VM hardening", group: "cloud/iaas" },
      ],
    });
    const back = imported(exportCatalog(acme, { asOf: AS_OF }));
    expect(back.id).toBe("acme");
    expect(back.groups).toEqual([
      { id: "cloud", title: "Cloud" },
      { id: "cloud/iaas", title: "IaaS", parent: "cloud" },
    ]);
    expect(back.controls.map((control) => [control.id, control.group, control.parent])).toEqual([
      ["ACME-1", "cloud", undefined],
      ["ACME-1(1)", "cloud", "ACME-1"],
      ["2.1", "cloud/iaas", undefined],
    ]);
  });

  it("names groups without an id by position", () => {
    const catalogue = imported({
      catalog: {
        uuid: "0f7cbb4a-83d9-4d07-8a4c-2b4d1d9e3f0e",
        metadata: { title: "No ids", version: "1", "oscal-version": "1.1.2", "last-modified": AS_OF },
        groups: [{ title: "Outer", groups: [{ title: "Inner", controls: [{ id: "c1", title: "One" }] }] }],
        controls: [{ id: "c2", title: "Two" }],
      },
    });
    expect(catalogue.groups).toEqual([
      { id: "g1", title: "Outer" },
      { id: "g1.1", title: "Inner", parent: "g1" },
    ]);
    expect(catalogue.controls).toEqual([
      { id: "c1", title: "One", group: "g1.1" },
      { id: "c2", title: "Two" },
    ]);
  });

  it("reports control ids a custom catalogue cannot hold and duplicates", () => {
    const result = importCatalog({
      catalog: {
        uuid: "0f7cbb4a-83d9-4d07-8a4c-2b4d1d9e3f0e",
        metadata: { title: "Bad", version: "1", "oscal-version": "1.2.0" },
        controls: [
          { id: "ключ", title: "Cyrillic" },
          { id: "c1", title: "One" },
          { id: "c1", title: "Again" },
        ],
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((found) => found.code)).toEqual(expect.arrayContaining(["unsupported_control_id", "invalid_imported_catalogue"]));
    const duplicate = importCatalog({
      catalog: {
        uuid: "0f7cbb4a-83d9-4d07-8a4c-2b4d1d9e3f0e",
        metadata: { title: "Dup", version: "1", "oscal-version": "1.2.0" },
        controls: [
          { id: "c1", title: "One" },
          { id: "c1", title: "Again" },
        ],
      },
    });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.error).toContainEqual(expect.objectContaining({ code: "duplicate_control_id", path: ["catalogue", "controls", 1, "id"] }));
  });

  it("falls back to a generic id for a title without letters, and keeps the title as written", () => {
    const catalogue = imported({
      catalog: { uuid: "0f7cbb4a-83d9-4d07-8a4c-2b4d1d9e3f0e", metadata: { title: "  2024 ", version: "2", "oscal-version": "1.2.0" } },
    });
    expect(catalogue).toMatchObject({ id: "imported-catalog", title: "  2024 ", version: "2", controls: [] });
  });

  const spaced = {
    catalog: {
      uuid: "0f7cbb4a-83d9-4d07-8a4c-2b4d1d9e3f0e",
      metadata: { title: "Two  spaces", version: "1", "oscal-version": "1.2.0" },
      groups: [{ id: "g", title: "Access  control", controls: [{ id: "c1", title: "Review  of  rights" }] }],
    },
  };

  it("keeps titles as the source writes them, double spaces included, and reports no change", () => {
    const result = importCatalog(spaced);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([result.value.title, result.value.groups?.[0]?.title, result.value.controls[0]?.title]).toEqual(["Two  spaces", "Access  control", "Review  of  rights"]);
    expect(result.warnings).toEqual([]);
  });

  it("keeps double spaces of titles through export and import", () => {
    const again = imported(exportCatalog(imported(spaced), { asOf: AS_OF }));
    expect([again.title, again.groups?.[0]?.title, again.controls[0]?.title]).toEqual(["Two  spaces", "Access  control", "Review  of  rights"]);
  });

  it("replaces a blank title or version by what a custom catalogue needs, and lists each change as a warning", () => {
    const result = importCatalog({
      catalog: {
        uuid: "0f7cbb4a-83d9-4d07-8a4c-2b4d1d9e3f0e",
        metadata: { title: " ", version: " ", "oscal-version": "1.2.0" },
        groups: [{ id: "g", title: "", controls: [{ id: "c1", title: "" }, { id: "c2", title: "Kept" }] }],
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ title: "Imported OSCAL catalog", version: "1", groups: [{ id: "g", title: "g" }] });
    expect(result.value.controls.map((control) => control.title)).toEqual(["c1", "Kept"]);
    expect(result.warnings.map((found) => [found.code, found.severity, found.path.join("/")])).toEqual([
      ["blank_title_replaced", "warning", "catalog/metadata/title"],
      ["blank_version_replaced", "warning", "catalog/metadata/version"],
      ["blank_title_replaced", "warning", "catalog/groups/0/title"],
      ["blank_title_replaced", "warning", "catalog/groups/0/controls/0/title"],
    ]);
    expect(result.warnings[3]?.message).toContain('"c1"');
  });
});

describe("importCatalog: parameters", () => {
  const low = importCatalog(readContent(SP800_53_LOW), { prose: true });
  const control = (id: string): CustomCatalogue["controls"][number] => (low.ok ? low.value.controls.find((candidate) => candidate.id === id) : undefined)!;

  it("resolves every parameter insert of the SP 800-53 LOW baseline, with no warning", () => {
    expect(low.ok).toBe(true);
    if (!low.ok) return;
    const texts = low.value.controls.flatMap((found) => [found.description ?? "", found.guidance ?? ""]);
    expect(texts.filter((found) => found.includes("{{"))).toEqual([]);
    expect(low.warnings).toEqual([]);
  });

  it("writes assignments and selections as SP 800-53 does: [Assignment: label], [Selection (one or more): a; b]", () => {
    const ac1 = control("ac-1").description!;
    expect(ac1).toContain("Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:");
    expect(ac1).toContain("[Selection (one or more): organization-level; mission/business process-level; system-level] access control policy that:");
    expect(ac1).toContain("Designate an [Assignment: official] to manage");
  });

  it("resolves parameters inserted in the choices of a selection", () => {
    expect(control("ac-7").description).toContain(
      "Automatically [Selection (one or more): lock the account or node for [Assignment: time period]; lock the account or node until released by an administrator; delay next logon prompt per [Assignment: delay algorithm]; notify system administrator; take other [Assignment: action]] when",
    );
  });

  it("keeps the parameters themselves in the control's custom fields", () => {
    const params = control("ac-1").custom?.["oscal-params"] as { id: string; label?: string; select?: unknown }[];
    expect(params.map((param) => param.id)).toEqual(["ac-1_prm_1", ...Array.from({ length: 8 }, (_, index) => `ac-01_odp.0${index + 1}`)]);
    expect(params[3]).toMatchObject({ id: "ac-01_odp.03", select: { "how-many": "one-or-more", choice: ["organization-level", "mission/business process-level", "system-level"] } });
  });

  it("writes a single selection, set values and unknown parameters, and warns about the unknown ones", () => {
    const result = importCatalog(
      {
        catalog: {
          uuid: "0f7cbb4a-83d9-4d07-8a4c-2b4d1d9e3f0e",
          metadata: { title: "Params", version: "1", "oscal-version": "1.2.0" },
          params: [{ id: "shared", label: "catalog-wide value" }],
          controls: [
            {
              id: "c1",
              title: "One",
              params: [
                { id: "p1", select: { choice: ["restrict", "prohibit"] } },
                { id: "p2", label: "frequency", values: ["daily", "weekly"] },
                { id: "p3", label: "personnel" },
                { id: "p4" },
              ],
              parts: [
                {
                  id: "c1_smt",
                  name: "statement",
                  prose: "{{ insert: param, p1 }} at {{ insert: param, p2 }} by {{insert: param, p3}}, {{ insert: param, p4 }}, {{ insert: param, shared }} and {{ insert: param, nope }}.",
                },
              ],
            },
          ],
        },
      },
      { prose: true },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.controls[0]?.description).toBe(
      "[Selection: restrict; prohibit] at daily, weekly by [Assignment: personnel], [Assignment: p4], [Assignment: catalog-wide value] and [Assignment: nope].",
    );
    expect(result.warnings.map((found) => [found.code, found.path.join("/")])).toEqual([["unknown_parameter", "catalog/controls/0/parts/0/prose"]]);
  });

  it("copies no parameter without prose", () => {
    const plain = importCatalog(readContent(SP800_53_LOW));
    expect(plain.ok && plain.value.controls.some((found) => found.custom !== undefined)).toBe(false);
  });
});

describe("importCatalog: withdrawn controls", () => {
  const json = readContent(WITHDRAWN_CATALOG);
  type Raw = { id: string; props?: { name: string; value: string }[]; controls?: Raw[] };
  const raw: Raw[] = [];
  const collect = (control: Raw): void => {
    raw.push(control);
    (control.controls ?? []).forEach(collect);
  };
  for (const group of (json as { catalog: { groups: { controls?: Raw[] }[] } }).catalog.groups) (group.controls ?? []).forEach(collect);
  const withdrawnInSource = raw.filter((control) => control.props?.some((prop) => prop.name === "status" && prop.value.toLowerCase() === "withdrawn"));
  const rev4 = imported(json, { id: "sp800-53-rev4" });
  const isWithdrawn = (control: { props?: readonly { name: string; ns?: string | undefined; value: string }[] | undefined }): boolean =>
    (control.props ?? []).some((prop) => prop.name === "status" && prop.ns === undefined && prop.value.toLowerCase() === "withdrawn");

  it("keeps the withdrawn controls, each marked as its source marks it (Withdrawn or withdrawn)", () => {
    expect(rev4.controls).toHaveLength(9);
    expect(withdrawnInSource).toHaveLength(3);
    expect(rev4.controls.filter(isWithdrawn).map((control) => control.id)).toEqual(withdrawnInSource.map((control) => control.id));
    expect(rev4.controls.find((control) => control.id === "ac-3.1")?.props).toContainEqual({ name: "status", value: "Withdrawn" });
  });

  it("flags each withdrawn control withdrawn, so that the SoA asks for no decision on it", () => {
    expect(rev4.controls.filter((control) => control.withdrawn === true).map((control) => control.id)).toEqual(withdrawnInSource.map((control) => control.id));
  });

  it("still resolves a withdrawn control by its reference", () => {
    expect(resolveControlRef("sp800-53-rev4:ac-3.1", [rev4])).toMatchObject({ id: "ac-3.1", title: "Restricted access to privileged functions" });
  });

  it("marks withdrawn controls in the exported catalog with status withdrawn (the current spelling) and no placeholder statement", () => {
    const again = exportCatalog(rev4, { asOf: AS_OF });
    expect(schemaErrors("catalog", again)).toEqual([]);
    expect(checkOscal(again)).toEqual([]);
    const found = new Map<string, { props?: { name: string; value: string }[]; parts?: unknown[] }>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === "object") {
        const record = node as { id?: string; title?: string; props?: { name: string; value: string }[]; parts?: unknown[] };
        if (typeof record.id === "string" && typeof record.title === "string") found.set(record.id, record);
        Object.values(record).forEach(walk);
      }
    };
    walk(again.catalog.groups);
    const ac31 = found.get("ac-3.1")!;
    expect(ac31.props?.filter((prop) => prop.name === "status")).toEqual([{ name: "status", value: "withdrawn" }]);
    expect(ac31.parts).toBeUndefined();
    expect(found.get("ac-2")?.parts?.length).toBeGreaterThan(0);
  });

  it("recognises the current spelling and NIST's namespace written out, and writes one status prop", () => {
    const catalogue = imported({
      catalog: {
        uuid: "0f7cbb4a-83d9-4d07-8a4c-2b4d1d9e3f0e",
        metadata: { title: "Rev 5 style", version: "1", "oscal-version": "1.2.0" },
        controls: [
          { id: "ac-2.10", title: "Shared accounts", props: [{ name: "status", value: "withdrawn" }] },
          { id: "ac-2.14", title: "Other", props: [{ name: "status", ns: "http://csrc.nist.gov/ns/oscal", value: "withdrawn" }] },
          { id: "ac-3", title: "Access enforcement", props: [{ name: "status", ns: "urn:acme", value: "withdrawn" }] },
        ],
      },
    });
    const controls = exportCatalog(catalogue, { asOf: AS_OF }).catalog.controls ?? [];
    expect(controls.map((control) => (control.props ?? []).filter((prop) => prop.name === "status"))).toEqual([
      [{ name: "status", value: "withdrawn" }],
      [{ name: "status", value: "withdrawn" }],
      [{ name: "status", ns: "urn:acme", value: "withdrawn" }],
    ]);
    expect(controls.map((control) => control.parts === undefined)).toEqual([true, true, false]);
  });

  it("reads the withdrawn status back from its own export", () => {
    const again = imported(exportCatalog(rev4, { asOf: AS_OF }));
    expect(again.controls.filter(isWithdrawn)).toHaveLength(3);
  });
});
