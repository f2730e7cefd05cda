import { describe, expect, it } from "vitest";
import {
  ControlDescriptionSchema,
  CustomCatalogueSchema,
  listCatalogueControls,
  resolveControlRef,
  validateCustomCatalogue,
  type CustomCatalogue,
} from "../../src/catalogue/index.js";

const acme: CustomCatalogue = CustomCatalogueSchema.parse({
  id: "acme",
  title: "ACME baseline",
  groups: [{ id: "cloud", title: "Cloud" }, { id: "cloud-eu", title: "EU cloud", parent: "cloud" }],
  controls: [
    { id: "ACME-1", title: "Customer data residency", group: "cloud-eu", related: ["annex-a:5.23", "annex-a-2013:A.15.1.1"] },
    { id: "ACME-1.1", title: "Residency attestations", parent: "ACME-1", related: ["acme:ACME-1"] },
  ],
});

describe("custom catalogues", () => {
  it("keep a withdrawn control: it resolves and is listed with the flag", () => {
    const withdrawn = CustomCatalogueSchema.parse({ id: "sp", title: "SP", controls: [{ id: "ac-1", title: "Policy" }, { id: "ac-13", title: "Supervision", withdrawn: true }] });
    expect(listCatalogueControls("sp", [withdrawn]).map((control) => [control.id, control.withdrawn])).toEqual([
      ["ac-1", undefined],
      ["ac-13", true],
    ]);
    expect(resolveControlRef("sp:ac-13", [withdrawn])).toMatchObject({ id: "ac-13", withdrawn: true });
    expect(CustomCatalogueSchema.safeParse({ id: "sp", title: "SP", controls: [{ id: "ac-13", title: "Supervision", withdrawn: false }] }).success).toBe(false);
  });

  it("a sound catalogue has no issues", () => {
    expect(validateCustomCatalogue(acme)).toEqual([]);
  });
  it("rejects unknown keys at parse time", () => {
    const result = CustomCatalogueSchema.safeParse({ id: "x", title: "X", controls: [], colour: "red" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
  it("reports duplicate control ids and group ids, naming them", () => {
    const found = validateCustomCatalogue({
      id: "x",
      title: "X",
      groups: [{ id: "g", title: "G" }, { id: "g", title: "G again" }],
      controls: [{ id: "X-1", title: "One" }, { id: "X-1", title: "Again" }],
    } as unknown as CustomCatalogue);
    expect(found.map((f) => [f.code, f.path])).toEqual([
      ["duplicate_group_id", ["groups", 1, "id"]],
      ["duplicate_control_id", ["controls", 1, "id"]],
    ]);
    expect(found[1]?.message).toContain("X-1");
  });
  it("reports bad references: unknown groups, parents and related controls", () => {
    const found = validateCustomCatalogue({
      id: "x",
      title: "X",
      groups: [{ id: "g", title: "G", parent: "nope" }],
      controls: [
        { id: "X-1", title: "One", group: "missing", parent: "X-9", related: ["annex-a:9.9", "annex-a:5.1", "annex-a-2013:A.1.1.1", "other:O-1", "x:X-1", "broken"] },
      ],
    } as unknown as CustomCatalogue);
    expect(found.map((f) => f.code)).toEqual([
      "unknown_group",
      "unknown_group",
      "unknown_parent",
      "unknown_control_reference",
      "unknown_control_reference",
      "unknown_control_reference",
      "unknown_control_reference",
    ]);
    expect(found.filter((f) => f.code === "unknown_control_reference").map((f) => f.path.at(-1))).toEqual([0, 2, 3, 5]);
  });
  it("accepts references into other catalogues it is told about", () => {
    const other = CustomCatalogueSchema.parse({ id: "other", title: "Other", controls: [{ id: "O-1", title: "O" }] });
    const mine = CustomCatalogueSchema.parse({ id: "mine", title: "Mine", controls: [{ id: "M-1", title: "M", related: ["other:O-1"] }] });
    expect(validateCustomCatalogue(mine).map((f) => f.code)).toEqual(["unknown_control_reference"]);
    expect(validateCustomCatalogue(mine, { catalogues: [other] })).toEqual([]);
  });
  it("refuses the reserved catalogue ids", () => {
    expect(validateCustomCatalogue({ id: "annex-a", title: "Fake", controls: [] } as unknown as CustomCatalogue)[0]?.code).toBe("reserved_catalogue_id");
  });
  it("round-trips through JSON", () => {
    expect(CustomCatalogueSchema.parse(JSON.parse(JSON.stringify(acme)))).toEqual(acme);
  });
  it("holds the organisation's own description of a control", () => {
    expect(ControlDescriptionSchema.parse({ ref: "annex-a:5.7", description: "Two feeds." }).description).toBe("Two feeds.");
    expect(ControlDescriptionSchema.safeParse({ ref: "5.7" }).success).toBe(false);
  });
});
