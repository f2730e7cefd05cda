import { describe, expect, it } from "vitest";
import { ControlMappingSchema, CustomCatalogueSchema } from "../../src/catalogue/index.js";
import { exportCatalog } from "../../src/oscal/index.js";
import { frameworksDoc } from "../document/_frameworks.js";
import { fakeIo } from "./fakeIo.js";

const catalog = JSON.stringify(exportCatalog("annex-a", { asOf: "2026-11-27" }));
const profile = (href: string) =>
  JSON.stringify({
    profile: {
      uuid: "5a0b8f6c-2f6e-4a53-9d0e-6c1f5e8b7a10",
      metadata: { title: "People controls", "last-modified": "2026-11-27T00:00:00Z", version: "1", "oscal-version": "1.2.1" },
      imports: [{ href, "include-controls": [{ "with-ids": ["a-6.1", "a-6.3", "a-9.9"] }] }],
    },
  });

const collection = JSON.stringify({
  "mapping-collection": {
    uuid: "0d7f4b1e-3c2a-4f7e-9b1d-2a6c8e5f4a31",
    metadata: { title: "Illustrative crosswalk", "last-modified": "2026-11-27T00:00:00Z", version: "1", "oscal-version": "1.2.1" },
    provenance: { method: "human", "matching-rationale": "semantic", status: "draft", "mapping-description": "By hand." },
    mappings: [
      {
        uuid: "b3c1f9a2-6d4e-4c8b-a7f0-1e2d3c4b5a69",
        "source-resource": { type: "catalog", href: "low.json" },
        "target-resource": { type: "catalog", href: "annex-a.json" },
        maps: [
          { uuid: "c1", relationship: "subset-of", sources: [{ type: "control", "id-ref": "ac-1" }], targets: [{ type: "control", "id-ref": "a-5.15" }] },
          { uuid: "c2", relationship: "related-to", sources: [{ type: "control", "id-ref": "ac-2" }], targets: [{ type: "control", "id-ref": "a-5.16" }] },
        ],
      },
    ],
  },
});

describe("isms import-profile", () => {
  it("writes the profile's selected controls as a custom catalogue, with the warnings on standard error", () => {
    const fake = fakeIo({ "profile.json": profile("catalogs/annex-a.json"), "annex-a.json": catalog });
    const result = fake.run("import-profile", "profile.json", "--catalog", "annex-a.json", "--id", "people", "--out", "people.json");
    expect(result.code).toBe(0);
    const written = CustomCatalogueSchema.parse(JSON.parse(fake.files.get("people.json")!));
    expect([written.id, written.controls.map((control) => control.id)]).toEqual(["people", ["a-6.1", "a-6.3"]]);
    expect(result.stdout).toContain('Wrote people.json: catalogue "people" with 2 controls.');
    expect(result.stderr).toContain("a-9.9");
  });

  it("prints the catalogue without --out, and needs --id and --catalog", () => {
    const fake = fakeIo({ "profile.json": profile("annex-a.json"), "annex-a.json": catalog });
    const printed = fake.run("import-profile", "profile.json", "--catalog", "annex-a.json", "--id", "people");
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).id).toBe("people");
    expect(fake.run("import-profile", "profile.json", "--catalog", "annex-a.json").code).toBe(2);
    expect(fake.run("import-profile", "profile.json", "--id", "people").code).toBe(2);
  });

  it("fails with 1 and writes nothing when the profile cannot be resolved", () => {
    const fake = fakeIo({ "profile.json": JSON.stringify({ hello: "world" }), "annex-a.json": catalog });
    expect(fake.run("import-profile", "profile.json", "--catalog", "annex-a.json", "--id", "people", "--out", "p.json").code).toBe(1);
    expect(fake.writes).toHaveLength(0);
  });
});

describe("isms import-mapping", () => {
  it("reads the collection with the catalogue ids given, leaving out what it cannot read", () => {
    const fake = fakeIo({ "crosswalk.json": collection });
    const result = fake.run("import-mapping", "crosswalk.json", "--source-catalogue", "sp-low", "--target-catalogue", "annex-a", "--out", "mappings.json");
    expect(result.code).toBe(0);
    const [mapping] = ControlMappingSchema.array().parse(JSON.parse(fake.files.get("mappings.json")!));
    expect(mapping).toMatchObject({ source: "sp-low", target: "annex-a", entries: [{ source: "sp-low:ac-1", target: "annex-a:5.15", relationship: "subset" }] });
    expect(result.stderr).toContain("related-to");
  });

  it("without the catalogue ids, a collection that does not name them is refused (exit 1); one of the two alone is a usage error", () => {
    const fake = fakeIo({ "crosswalk.json": collection });
    expect(fake.run("import-mapping", "crosswalk.json").code).toBe(1);
    expect(fake.run("import-mapping", "crosswalk.json", "--source-catalogue", "sp-low").code).toBe(2);
  });
});

describe("isms coverage", () => {
  const files = { "isms.json": JSON.stringify(frameworksDoc()) };

  it("prints the coverage as Markdown by default", () => {
    const result = fakeIo(files).run("coverage", "isms.json", "--framework", "sp-low");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("SP 800-53 LOW (subset): 4 of 6 covered by implemented Annex A controls, 1 partly, 1 not at all.");
  });

  it("writes JSON and CSV", () => {
    const fake = fakeIo(files);
    expect(fake.run("coverage", "isms.json", "--framework", "sp-low", "--format", "json", "--out", "c.json").code).toBe(0);
    expect(JSON.parse(fake.files.get("c.json")!)).toMatchObject({ framework: "sp-low", total: 6, covered: 4 });
    expect(fake.run("coverage", "isms.json", "--framework", "sp-low", "--format", "csv").stdout.split("\r\n")[0]).toBe("Requirement,Title,Coverage,Covered by");
  });

  it("refuses an unknown catalogue and a missing --framework (exit 2)", () => {
    const fake = fakeIo(files);
    const unknown = fake.run("coverage", "isms.json", "--framework", "sp-lwo");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("sp-low");
    expect(fake.run("coverage", "isms.json").code).toBe(2);
    expect(fake.run("coverage", "isms.json", "--framework", "sp-low", "--via", "nope").code).toBe(2);
  });

  it("says on standard error when the document holds no mappings", () => {
    const result = fakeIo({ "isms.json": JSON.stringify({ ...frameworksDoc(), mappings: [] }) }).run("coverage", "isms.json", "--framework", "sp-low");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("no control mappings");
  });

  it("the help lists the three commands", () => {
    const help = fakeIo().run("--help").stdout;
    for (const name of ["import-profile", "import-mapping", "coverage"]) expect(help).toContain(name);
  });
});
