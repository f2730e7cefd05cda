import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { oscalControlId } from "../../src/oscal/index.js";

describe("oscalControlId", () => {
  it("maps each catalogue's references to tokens", () => {
    expect(oscalControlId("annex-a:8.24")).toBe("a-8.24");
    expect(oscalControlId("annex-a-2013:A.12.4.1")).toBe("a2013-12.4.1");
    expect(oscalControlId("sp:ac-2.1")).toBe("ac-2.1");
    expect(oscalControlId("acme:1.2/b")).toBe("_1.2_b");
  });

  it("throws invalid_argument for a malformed reference", () => {
    expect(() => oscalControlId("8.24")).toThrow(IsmsError);
  });
});
