import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { annexA, findControl, getControl, filterControls, type AnnexAId } from "../../src/catalogue/index.js";

describe("queries", () => {
  it("finds a control by id and not a 2013 id", () => {
    expect(findControl("8.24")?.title).toBe("Use of cryptography");
    expect(findControl("A.10.1.1")).toBeUndefined();
  });
  it("getControl throws IsmsError unknown_entity for an id that bypassed the type", () => {
    expect(() => getControl("9.9" as AnnexAId)).toThrowError(IsmsError);
    try {
      getControl("9.9" as AnnexAId);
    } catch (error) {
      expect((error as IsmsError).code).toBe("unknown_entity");
    }
  });
  it("filters by several attribute sets with AND across sets and OR within a set", () => {
    const found = filterControls({ controlTypes: ["Detective"], securityProperties: ["Availability"] });
    expect(found.length).toBeGreaterThan(0);
    for (const control of found) {
      expect(control.attributes.controlTypes).toContain("Detective");
      expect(control.attributes.securityProperties).toContain("Availability");
    }
    const expected = annexA.filter(
      (control) => control.attributes.controlTypes.includes("Detective") && control.attributes.securityProperties.includes("Availability"),
    );
    expect(found).toEqual(expected);
    const either = filterControls({ securityDomains: ["Defence", "Resilience"] });
    expect(either).toEqual(
      annexA.filter((c) => c.attributes.securityDomains.includes("Defence") || c.attributes.securityDomains.includes("Resilience")),
    );
  });
  it("filters by theme and ignores empty sets", () => {
    expect(filterControls({ themes: ["Physical"], controlTypes: [] })).toHaveLength(14);
    expect(filterControls({})).toHaveLength(93);
    expect(filterControls({ themes: ["People"], cybersecurityConcepts: ["Recover"] })).toEqual([]);
  });
});
