import { describe, expect } from "vitest";
import { test, fc } from "@fast-check/vitest";
import {
  OSCAL_MODELS,
  checkOscal,
  exportCatalog,
  exportOscal,
  exportSsp,
  importCatalog,
  safeExportOscal,
  type OscalModel,
  type OscalProfileDocument,
  type OscalSspDocument,
} from "../../src/oscal/index.js";
import { IsmsError } from "../../src/core/index.js";
import { deriveIsmsSoa } from "../../src/document/index.js";
import { documentArb } from "../arbitraries/document.js";
import { soaRowArb } from "../arbitraries/soa.js";
import { oscalCustomCatalogueArb } from "../arbitraries/oscal.js";
import { schemaErrors, type SchemaModel } from "./_ajv.js";

const SCHEMA_OF: Record<OscalModel, SchemaModel> = {
  catalog: "catalog",
  profile: "profile",
  ssp: "system-security-plan",
  "assessment-results": "assessment-results",
  poam: "plan-of-action-and-milestones",
  mapping: "mapping-collection",
};

const asOfArb = fc.oneof(
  fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom("2026-11-27", "2026-11-27T09:00:00+05:30", "2024-02-29T23:59:59.5-03:00"),
);

describe("OSCAL export of generated documents", () => {
  test.prop([documentArb, fc.constantFrom(...OSCAL_MODELS.filter((model) => model !== "mapping")), asOfArb], { numRuns: 40 })(
    "every model validates against NIST's schema, passes the library's checks and is deterministic",
    (document, model, asOf) => {
      if ((model === "profile" || model === "ssp") && !deriveIsmsSoa(document, asOf.slice(0, 10)).some((row) => row.applicable)) {
        expect(() => exportOscal(document, model, { asOf })).toThrow(IsmsError);
        return;
      }
      const exported = exportOscal(document, model, { asOf });
      expect(schemaErrors(SCHEMA_OF[model], exported)).toEqual([]);
      expect(checkOscal(exported)).toEqual([]);
      expect(JSON.stringify(exportOscal(document, model, { asOf }))).toBe(JSON.stringify(exported));
    },
  );

  test.prop([documentArb, asOfArb], { numRuns: 40 })("the SSP and the profile are a pair: both or neither, and the profile selects every control the SSP lists", (document, asOf) => {
    const ssp = safeExportOscal(document, "ssp", { asOf });
    const profile = safeExportOscal(document, "profile", { asOf });
    expect(ssp.ok).toBe(profile.ok);
    if (!ssp.ok || !profile.ok) return;
    const selected = new Set(
      (profile.value as OscalProfileDocument).profile.imports.flatMap((imported) => imported["include-controls"].flatMap((include) => include["with-ids"])),
    );
    const listed = (ssp.value as OscalSspDocument)["system-security-plan"]["control-implementation"]["implemented-requirements"].map((requirement) => requirement["control-id"]);
    expect(listed.filter((id) => !selected.has(id))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  test.prop([fc.array(soaRowArb, { minLength: 1, maxLength: 8 }), fc.string({ maxLength: 30 }), fc.string({ minLength: 1, maxLength: 20 })], { numRuns: 100 })(
    "an SSP of any SoA rows, with nasty texts, validates and passes the checks",
    (rows, scope, organisation) => {
      const ssp = exportSsp({ organisation, asOf: "2026-11-27T09:00:00Z", scope, rows });
      expect(schemaErrors("system-security-plan", ssp)).toEqual([]);
      expect(checkOscal(ssp)).toEqual([]);
    },
  );
});

describe("OSCAL catalogs of generated custom catalogues", () => {
  test.prop([oscalCustomCatalogueArb], { numRuns: 150 })("export validates, passes the checks and is deterministic", (catalogue) => {
    const exported = exportCatalog(catalogue, { asOf: "2026-11-27T09:00:00Z" });
    expect(schemaErrors("catalog", exported)).toEqual([]);
    expect(checkOscal(exported)).toEqual([]);
    expect(JSON.stringify(exportCatalog(catalogue, { asOf: "2026-11-27T09:00:00Z" }))).toBe(JSON.stringify(exported));
  });

  test.prop([oscalCustomCatalogueArb], { numRuns: 150 })("import of the export keeps every control id, title, group and parent", (catalogue) => {
    const imported = importCatalog(exportCatalog(catalogue, { asOf: "2026-11-27T09:00:00Z" }));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.value.id).toBe(catalogue.id);
    const shape = (controls: typeof catalogue.controls) =>
      controls.map((control) => [control.id, control.title.replace(/\s+/g, " ").trim(), control.group, control.parent]).sort();
    expect(shape(imported.value.controls)).toEqual(shape(catalogue.controls));
    expect((imported.value.groups ?? []).map((group) => [group.id, group.parent]).sort()).toEqual(
      (catalogue.groups ?? []).map((group) => [group.id, group.parent]).sort(),
    );
  });
});
