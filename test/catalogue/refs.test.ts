import { describe, expect, it } from "vitest";
import {
  annexA2013Ref,
  annexARef,
  controlRef,
  ControlRefSchema,
  CustomCatalogueSchema,
  listCatalogueControls,
  resolveControlRef,
  splitControlRef,
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

describe("control references", () => {
  it("are catalogue-qualified so editions and custom ids never collide", () => {
    expect(annexARef("5.1")).toBe("annex-a:5.1");
    expect(annexA2013Ref("A.5.1.1")).toBe("annex-a-2013:A.5.1.1");
    expect(controlRef("acme", "ACME-7")).toBe("acme:ACME-7");
    expect(new Set([annexARef("5.1"), annexA2013Ref("A.5.1.1"), controlRef("acme", "5.1")]).size).toBe(3);
  });
  it("parse only the qualified form", () => {
    expect(ControlRefSchema.safeParse("annex-a:8.24").success).toBe(true);
    expect(ControlRefSchema.safeParse("8.24").success).toBe(false);
    expect(ControlRefSchema.safeParse("Annex-A:8.24").success).toBe(false);
    expect(ControlRefSchema.safeParse("annex-a:").success).toBe(false);
  });
  it("split at the first colon", () => {
    expect(splitControlRef("acme:X:1")).toEqual({ catalogue: "acme", id: "X:1" });
    expect(splitControlRef("nocolon")).toBeUndefined();
    expect(splitControlRef(":x")).toBeUndefined();
    expect(splitControlRef("x:")).toBeUndefined();
  });
  it("resolve across Annex A, 2013 and custom catalogues", () => {
    expect(resolveControlRef("annex-a:8.24")).toEqual({ ref: "annex-a:8.24", catalogue: "annex-a", id: "8.24", title: "Use of cryptography", group: "Technological" });
    expect(resolveControlRef("annex-a-2013:A.10.1.1")?.group).toBe("A.10");
    expect(resolveControlRef("acme:ACME-1", [acme])?.title).toBe("Customer data residency");
    expect(resolveControlRef("acme:ACME-1")).toBeUndefined();
    expect(resolveControlRef("annex-a:9.9")).toBeUndefined();
    expect(resolveControlRef("garbage")).toBeUndefined();
  });
  it("list the controls of each catalogue in order", () => {
    expect(listCatalogueControls("annex-a")).toHaveLength(93);
    expect(listCatalogueControls("annex-a-2013")).toHaveLength(114);
    expect(listCatalogueControls("acme", [acme]).map((control) => control.id)).toEqual(["ACME-1", "ACME-1.1"]);
    expect(listCatalogueControls("acme", [acme])).toBe(listCatalogueControls("acme", [acme]));
    expect(listCatalogueControls("nope")).toEqual([]);
  });
});
