import { describe, expect, it } from "vitest";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { OSCAL_MODELS, checkOscal, exportOscal, type OscalModel } from "../../src/oscal/index.js";
import { schemaErrors, type SchemaModel } from "./_ajv.js";

const SCHEMA_OF: Record<OscalModel, SchemaModel> = {
  catalog: "catalog",
  profile: "profile",
  ssp: "system-security-plan",
  "assessment-results": "assessment-results",
  poam: "plan-of-action-and-milestones",
  mapping: "mapping-collection",
};

const document = createExampleIsms();
const asOf = `${EXAMPLE_AS_OF}T09:00:00Z`;

describe.each(OSCAL_MODELS)("exportOscal(example organisation, %s)", (model) => {
  const exported = exportOscal(document, model, { asOf });

  it("validates against NIST's schema for the model", () => {
    expect(schemaErrors(SCHEMA_OF[model], exported)).toEqual([]);
  });

  it("passes the library's own constraint checks", () => {
    expect(checkOscal(exported)).toEqual([]);
  });

  it("is deterministic: two runs give identical bytes", () => {
    expect(JSON.stringify(exportOscal(createExampleIsms(), model, { asOf }))).toBe(JSON.stringify(exported));
  });
});
