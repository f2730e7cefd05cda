import { describe, expect, it } from "vitest";
import { parseIsms, validateIsms, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";

const example = createExampleIsms();
const issuesOf = (doc: IsmsDocument) => validateIsms(doc, { asOf: EXAMPLE_AS_OF });
const at = (doc: IsmsDocument, path: string) => issuesOf(doc).filter((found) => found.path.join(".") === path);

describe("validateIsms paths for what the SoA finds", () => {
  it("points a plan's bad control reference and unknown risk at the plan, once each, and nothing at soaDecisions", () => {
    const [first, ...rest] = example.treatmentPlans;
    const broken = parseIsms({
      ...example,
      treatmentPlans: [
        { ...first!, risks: [...first!.risks, "R-404"], controls: [...first!.controls, { ref: "annex-a:9.9", state: "planned" }, { ref: "other:X-1", state: "planned" }] },
        ...rest,
      ],
    });
    const n = first!.controls.length;
    expect(at(broken, `treatmentPlans.0.controls.${n}.ref`).map((found) => found.code)).toEqual(["unknown_control"]);
    expect(at(broken, `treatmentPlans.0.controls.${n + 1}.ref`).map((found) => found.code)).toEqual(["control_not_in_scope"]);
    expect(at(broken, `treatmentPlans.0.risks.${first!.risks.length}`).map((found) => [found.code, found.severity])).toEqual([["unknown_risk", "error"]]);
    const before = new Set(issuesOf(example).filter((found) => found.path[0] === "soaDecisions").map((found) => `${found.code} ${found.path.join(".")}`));
    const added = issuesOf(broken).filter((found) => found.path[0] === "soaDecisions" && !before.has(`${found.code} ${found.path.join(".")}`));
    expect(added).toEqual([]);
  });

  it("points an unknown catalogue in scope at cataloguesInScope, once", () => {
    const doc = parseIsms({ ...example, cataloguesInScope: [...example.cataloguesInScope, "ghost"] });
    expect(at(doc, `cataloguesInScope.${example.cataloguesInScope.length}`).map((found) => found.code)).toEqual(["unknown_catalogue"]);
  });

  it("checks that every row of a stored SoA version names a control the document holds", () => {
    const [version, ...others] = example.soaVersions;
    expect(version).toBeDefined();
    const rows = version!.rows.map((row, index) => (index === 0 ? { ...row, ref: "annex-a:9.99" } : row));
    const doc = parseIsms({ ...example, soaVersions: [{ ...version!, rows }, ...others] });
    expect(at(doc, "soaVersions.0.rows.0.ref").map((found) => [found.code, found.severity])).toEqual([["unknown_control", "error"]]);
    expect(issuesOf(example).filter((found) => found.path[0] === "soaVersions" && found.code === "unknown_control")).toEqual([]);
  });
});
