import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
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

describe("exportOscal options and edge cases", () => {
  it("exports the catalogue asked for: clauses, the 2013 edition or a custom catalogue of the document", () => {
    const clauses = exportOscal(document, "catalog", { asOf, catalogue: "clauses" }) as unknown as { catalog: { groups: { id: string }[] } };
    expect(clauses.catalog.groups[0]?.id).toBe("clause-4");
    const custom = document.catalogues[0]!;
    const exported = exportOscal(document, "catalog", { asOf, catalogue: custom.id });
    expect(schemaErrors("catalog", exported)).toEqual([]);
    expect(checkOscal(exported)).toEqual([]);
    expect(() => exportOscal(document, "catalog", { asOf, catalogue: "nowhere" })).toThrow(IsmsError);
  });

  it("writes the scope's boundaries, interfaces and exclusions into the SSP, and a sentence without scope", () => {
    const scoped = {
      ...document,
      scope: { statement: "Northwind Insight.", boundaries: ["EU cloud"], interfaces: ["Payment provider"], exclusions: [{ what: "Office Wi-Fi", reason: "No data" }] },
    };
    const ssp = exportOscal(scoped, "ssp", { asOf }) as unknown as { "system-security-plan": { "system-characteristics": { description: string } } };
    expect(ssp["system-security-plan"]["system-characteristics"].description).toBe(
      "Northwind Insight.\n\nBoundaries: EU cloud.\n\nInterfaces: Payment provider.\n\nExcluded: Office Wi-Fi. Reason: No data.",
    );
    const { scope: _scope, ...unscoped } = document;
    const plain = exportOscal(unscoped as typeof document, "ssp", { asOf }) as unknown as { "system-security-plan": { "system-characteristics": { description: string } } };
    expect(plain["system-security-plan"]["system-characteristics"].description).toContain(document.organisation.name);
  });

  it("joins scope items into sentences whether or not they end with a period", () => {
    const scoped = {
      ...document,
      scope: {
        statement: "Northwind Insight",
        boundaries: ["EU cloud.", "Dublin office", "Laptops;"],
        interfaces: ["Paylane Payments B.V.", "Customers' systems"],
        exclusions: [
          { what: "Office Wi-Fi.", reason: "No data." },
          { what: "Marketing website", reason: "Public content only" },
        ],
      },
    };
    const ssp = exportOscal(scoped, "ssp", { asOf }) as unknown as { "system-security-plan": { "system-characteristics": { description: string } } };
    const description = ssp["system-security-plan"]["system-characteristics"].description;
    expect(description).toBe(
      [
        "Northwind Insight.",
        "Boundaries: EU cloud. Dublin office. Laptops.",
        "Interfaces: Paylane Payments B.V. Customers' systems.",
        "Excluded: Office Wi-Fi. Reason: No data.",
        "Excluded: Marketing website. Reason: Public content only.",
      ].join("\n\n"),
    );
    expect(description).not.toMatch(/\.\.|\.;|;\.|\.\)/);
  });

  it("throws for a model it does not know", () => {
    expect(() => exportOscal(document, "component" as OscalModel, { asOf })).toThrow(IsmsError);
  });
});
