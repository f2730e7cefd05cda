import { describe, expect, it } from "vitest";
import { validateObligations } from "../../src/soa/index.js";
import { acme, obligation } from "./fixtures.js";

describe("validateObligations", () => {
  const options = { catalogues: ["annex-a", "acme"], customCatalogues: [acme] };

  it("sound obligations have no issues", () => {
    expect(validateObligations([obligation({ id: "OB-1", kind: "legal", title: "GDPR", controls: ["annex-a:5.34", "acme:ACME-1"] })], options)).toEqual([]);
  });

  it("reports duplicate ids, controls out of scope or unknown, repeated controls and obligations without controls", () => {
    const issues = validateObligations(
      [
        obligation({ id: "OB-1", kind: "legal", title: "A", controls: ["annex-a:9.9", "other:X", "annex-a:5.1", "annex-a:5.1"] }),
        obligation({ id: "OB-1", kind: "business", title: "B", controls: [] }),
      ],
      options,
    );
    expect(issues.map((found) => [found.code, found.path, found.severity])).toEqual([
      ["unknown_control", [0, "controls", 0], "error"],
      ["control_not_in_scope", [0, "controls", 1], "error"],
      ["duplicate_control", [0, "controls", 3], "warning"],
      ["obligation_without_controls", [1, "controls"], "info"],
      ["duplicate_obligation", [1, "id"], "error"],
    ]);
  });

  it("works without custom catalogues", () => {
    expect(validateObligations([obligation({ id: "OB-1", kind: "legal", title: "A", controls: ["acme:ACME-1"] })], { catalogues: ["annex-a"] })[0]?.code).toBe(
      "control_not_in_scope",
    );
  });
});
