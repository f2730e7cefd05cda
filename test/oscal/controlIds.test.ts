import { describe, expect, it } from "vitest";
import { CustomCatalogueSchema, type CustomCatalogue } from "../../src/catalogue/index.js";
import { checkOscal, exportCatalog, importCatalog } from "../../src/oscal/index.js";
import { controlIdResolver } from "../../src/oscal/_internal/controlIds.js";

const catalogue = (id: string, ...controls: string[]): CustomCatalogue =>
  CustomCatalogueSchema.parse({ id, title: id, controls: controls.map((control) => ({ id: control, title: control })) });

describe("controlIdResolver", () => {
  it("leaves built-in ids and ids no other catalogue uses as oscalControlId writes them", () => {
    const idOf = controlIdResolver([catalogue("acme", "ACME-1", "1.2/b")]);
    expect(["annex-a:5.1", "annex-a-2013:A.5.1.1", "acme:ACME-1", "acme:1.2/b"].map(idOf)).toEqual(["a-5.1", "a2013-5.1.1", "ACME-1", "_1.2_b"]);
  });

  it("qualifies every control of an id two catalogues share, and only those", () => {
    const idOf = controlIdResolver([catalogue("low", "ac-1", "ac-2"), catalogue("low-copy", "ac-2", "ac-2.1")]);
    expect(["low:ac-1", "low:ac-2", "low-copy:ac-2", "low-copy:ac-2.1"].map(idOf)).toEqual(["ac-1", "low.ac-2", "low-copy.ac-2", "ac-2.1"]);
  });

  it("qualifies a custom id that is also a built-in one", () => {
    expect(controlIdResolver([catalogue("acme", "a-5.1", "clause-4.1")])("acme:a-5.1")).toBe("acme.a-5.1");
    expect(controlIdResolver([catalogue("acme", "a-5.1", "clause-4.1")])("acme:clause-4.1")).toBe("acme.clause-4.1");
  });

  it("qualifies an id already given away (two ids of one catalogue with one token, an id equal to a qualified one), and numbers what still collides", () => {
    const idOf = controlIdResolver([catalogue("low", "ac-2"), catalogue("copy", "ac-2"), catalogue("other", "low.ac-2", "1.2/b", "1.2_b", "other.x", "x", "x")]);
    expect(["low:ac-2", "copy:ac-2", "other:low.ac-2", "other:1.2/b", "other:1.2_b", "other:other.x"].map(idOf)).toEqual([
      "low.ac-2",
      "copy.ac-2",
      "other.low.ac-2",
      "_1.2_b",
      "other.1.2_b",
      "other.x",
    ]);
    expect(idOf("other:x")).toBe("x");
    const twice = controlIdResolver([catalogue("z", "z.y", "y", "q"), catalogue("w", "q")]);
    expect(["z:z.y", "z:y", "z:q", "w:q"].map(twice)).toEqual(["z.y", "y", "z.q", "w.q"]);
    const suffixed = controlIdResolver([catalogue("x", "ac-2"), catalogue("y", "ac-2"), catalogue("z", "z.x.ac-2", "x.ac-2")]);
    expect(["x:ac-2", "y:ac-2", "z:z.x.ac-2", "z:x.ac-2"].map(suffixed)).toEqual(["x.ac-2", "y.ac-2", "z.x.ac-2", "z.x.ac-2-2"]);
  });

  it("qualifies references to other catalogues among themselves, never changing the known ones", () => {
    const idOf = controlIdResolver([catalogue("low", "ac-2")], ["gone:ac-2", "x:ac-9", "y:ac-9", "x:ac-3", "low:zz-1", "not a ref"]);
    expect(["low:ac-2", "gone:ac-2", "x:ac-9", "y:ac-9", "x:ac-3", "low:zz-1"].map(idOf)).toEqual(["ac-2", "gone.ac-2", "x.ac-9", "y.ac-9", "ac-3", "zz-1"]);
  });

  it("is the same whatever the references asked about", () => {
    const catalogues = [catalogue("low", "ac-2"), catalogue("copy", "ac-2")];
    expect(controlIdResolver(catalogues, ["copy:ac-2"])("low:ac-2")).toBe(controlIdResolver(catalogues)("low:ac-2"));
  });
});

describe("exportCatalog with ids that become one token", () => {
  it("gives each control its own id, and import restores the original ids", () => {
    const acme = catalogue("acme", "1.2/b", "1.2_b");
    const exported = exportCatalog(acme, { asOf: "2026-11-27T09:00:00Z" });
    expect(checkOscal(exported)).toEqual([]);
    const back = importCatalog(exported);
    expect(back.ok && back.value.controls.map((control) => control.id)).toEqual(["1.2/b", "1.2_b"]);
  });
});
