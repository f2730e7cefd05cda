import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { buildControlIndex, displayRef, parseControlId } from "../../src/spreadsheet/_internal/controlIds.js";

const doc = createExampleIsms();
const index = buildControlIndex(doc.cataloguesInScope, doc.catalogues);
const refs = (text: string, kind?: "n" | "s") => {
  const result = parseControlId(text, kind, index);
  return result.ok ? result.value.refs : result.code;
};

describe("parseControlId", () => {
  it.each(["A.5.1", "5.1", "A 5.1", "A5.1", "5.01", "annex-a:5.1", "Annex A 5.1", "a.5.1"])("reads %s as annex-a:5.1", (text) => {
    expect(refs(text)).toEqual(["annex-a:5.1"]);
  });
  it("maps a 2013 id to its 2022 successors", () => {
    expect(refs("A.9.2.3")).toEqual(["annex-a:8.2"]);
    const many = parseControlId("A.18.2.3", undefined, index);
    expect(many.ok && many.value.from2013).toBe("18.2.3");
    expect(many.ok && many.value.refs).toEqual(["annex-a:5.36", "annex-a:8.8"]);
  });
  it("flags a number that may have lost a trailing zero", () => {
    const result = parseControlId("5.3", "n", index);
    expect(result.ok && result.value.alternative).toBe("annex-a:5.30");
    const text = parseControlId("5.3", "s", index);
    expect(text.ok && text.value.alternative).toBeUndefined();
  });
  it("reads a custom catalogue's controls, qualified or by their own id", () => {
    const custom = doc.catalogues[0];
    const control = custom?.controls[0];
    expect(control).toBeDefined();
    if (custom && control) {
      expect(refs(`${custom.id}:${control.id}`)).toEqual([`${custom.id}:${control.id}`]);
      expect(refs(control.id)).toEqual([`${custom.id}:${control.id}`]);
    }
  });
  it("refuses unknown and malformed ids", () => {
    expect(refs("A.5.99")).toBe("unknown_control");
    expect(refs("A.99.9.9")).toBe("unknown_control");
    expect(refs("Organisational controls")).toBe("unrecognised_control");
    expect(refs("other:1")).toBe("unknown_control");
  });
  it("displayRef writes Annex A as A.x.y and others qualified", () => {
    expect(displayRef("annex-a:8.24")).toBe("A.8.24");
    expect(displayRef("northwind:NW-1")).toBe("northwind:NW-1");
  });
});
