import { describe, expect, it } from "vitest";
import { CustomCatalogueSchema, type ControlRef, type CustomCatalogue } from "../../src/catalogue/index.js";
import { createStarterIsms, deriveIsmsSoa, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import {
  ISMS_OSCAL_NS,
  checkOscal,
  exportAssessmentResults,
  exportOscal,
  importCatalog,
  safeExportOscal,
  type OscalProfileDocument,
  type OscalSspDocument,
} from "../../src/oscal/index.js";
import { SP800_53_LOW, WITHDRAWN_CATALOG, readContent, schemaErrors } from "./_ajv.js";

const asOf = "2026-11-27T09:00:00Z";
const example = createExampleIsms();
const starter = createStarterIsms({ organisation: "Starter Ltd", date: "2026-01-05" });
const decided = (document: IsmsDocument, ...decisions: IsmsDocument["soaDecisions"]): IsmsDocument => ({ ...document, soaDecisions: [...document.soaDecisions, ...decisions] });
// A starter that has decided one control: every other is still undecided.
const begun = decided(starter, { control: "annex-a:5.1" as ControlRef, applicable: true, status: "planned" });

function soaRefs(document: IsmsDocument): ControlRef[] {
  return deriveIsmsSoa(document).map((row) => row.ref);
}

function requirementsOf(ssp: OscalSspDocument): OscalSspDocument["system-security-plan"]["control-implementation"]["implemented-requirements"] {
  return ssp["system-security-plan"]["control-implementation"]["implemented-requirements"];
}

function own(props: readonly { name: string; ns?: string; value: string }[] | undefined, name: string): string[] {
  return (props ?? []).filter((prop) => prop.ns === ISMS_OSCAL_NS && prop.name === name).map((prop) => prop.value);
}

function selectedIds(profile: OscalProfileDocument): string[] {
  return profile.profile.imports.flatMap((imported) => imported["include-controls"].flatMap((include) => include["with-ids"]));
}

/** The file the SSP's import-profile names: `#uuid` → back-matter resource → its rlink. */
function importedProfileFile(ssp: OscalSspDocument): string | undefined {
  const plan = ssp["system-security-plan"];
  const resource = plan["back-matter"].resources.find((candidate) => `#${candidate.uuid}` === plan["import-profile"].href);
  return resource?.rlinks?.[0]?.href;
}

describe("the SSP and the profile of a document are a pair that resolves", () => {
  it.each([
    ["the example organisation", example],
    ["a starter that has decided one control", begun],
  ])("for %s, the profile selects every control the SSP lists, and the SSP imports that profile", (_name, document) => {
    const ssp = exportOscal(document, "ssp", { asOf }) as OscalSspDocument;
    const profile = exportOscal(document, "profile", { asOf }) as OscalProfileDocument;
    const selected = new Set(selectedIds(profile));
    const listed = requirementsOf(ssp).map((requirement) => requirement["control-id"]);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((id) => !selected.has(id))).toEqual([]);
    expect(selected.size).toBe(listed.length);
    // The example's hrefs test names each model's file `<model>.json`: the SSP names the profile's.
    expect(importedProfileFile(ssp)).toBe("profile.json");
    expect(schemaErrors("profile", profile)).toEqual([]);
    expect(checkOscal(profile)).toEqual([]);
  });

  it("selects the example's excluded controls in the profile, since the SSP states their exclusion", () => {
    const selected = selectedIds(exportOscal(example, "profile", { asOf }) as OscalProfileDocument);
    expect(selected).toEqual(expect.arrayContaining(["a-7.6", "a-7.12", "a-8.30"]));
  });

  it("gives a starter, where nothing is applicable yet, neither a profile nor an SSP, and names the undecided controls", () => {
    for (const model of ["profile", "ssp"] as const) {
      const result = safeExportOscal(starter, model, { asOf });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toHaveLength(1);
      expect(result.error[0]).toMatchObject({ code: "invalid_argument", path: ["soaDecisions"] });
      expect(result.error[0]?.message).toContain("93 controls are undecided");
      expect(result.error[0]?.message).toContain("annex-a:5.1, annex-a:5.2,");
      expect(result.error[0]?.message).toContain("annex-a:8.34");
    }
  });

  it("says why when no control is listed at all, or when every control is excluded", () => {
    const message = (document: IsmsDocument) => {
      const result = safeExportOscal(document, "ssp", { asOf });
      return result.ok ? undefined : result.error[0]?.message;
    };
    expect(message({ ...starter, cataloguesInScope: [] })).toMatch(/has no control \(no catalogue in scope\)/);
    const excluded = { ...starter, soaDecisions: soaRefs(starter).map((control) => ({ control, applicable: false, justification: "Out of scope." })) };
    expect(message(excluded)).toBe("No control of the Statement of Applicability is applicable yet, so there is no profile or system security plan to export.");
  });

  it("still checks the date first", () => {
    const result = safeExportOscal(starter, "ssp", { asOf: "later" });
    expect(result.ok ? undefined : result.error[0]?.code).toBe("invalid_date");
  });
});

describe("undecided controls in the SSP", () => {
  const ssp = exportOscal(begun, "ssp", { asOf }) as OscalSspDocument;
  const requirements = requirementsOf(ssp);

  it("are written as undecided, never as excluded or not applicable", () => {
    expect(requirements).toHaveLength(93);
    const undecided = requirements.filter((requirement) => own(requirement.props, "applicability")[0] === "undecided");
    expect(undecided).toHaveLength(92);
    for (const requirement of undecided) {
      expect(requirement["by-components"][0]?.["implementation-status"]?.state).toBe("undecided");
      expect(requirement.remarks).toMatch(/^No applicability decision yet/);
      expect(JSON.stringify(requirement)).not.toMatch(/not-applicable|not_applicable|Justification for exclusion|excluded from/);
    }
    expect(requirements.filter((requirement) => own(requirement.props, "applicability")[0] === "excluded")).toEqual([]);
  });

  it("keep the SSP valid", () => {
    expect(schemaErrors("system-security-plan", ssp)).toEqual([]);
    expect(checkOscal(ssp)).toEqual([]);
  });

  it("are not undecided once a decision excludes them, even without a justification yet", () => {
    const excluded = decided(begun, { control: "annex-a:7.6" as ControlRef, applicable: false });
    const found = requirementsOf(exportOscal(excluded, "ssp", { asOf }) as OscalSspDocument).find((requirement) => requirement["control-id"] === "a-7.6")!;
    expect(own(found.props, "applicability")).toEqual(["excluded"]);
    expect(found["by-components"][0]?.["implementation-status"]?.state).toBe("not-applicable");
  });
});

describe("withdrawn controls of an imported catalogue", () => {
  const rev4 = importCatalog(readContent(WITHDRAWN_CATALOG), { id: "sp800-53-rev4" });
  if (!rev4.ok) throw new Error("the rev. 4 catalog does not import");
  const withRev4 = decided(
    { ...begun, catalogues: [rev4.value], cataloguesInScope: [...begun.cataloguesInScope, rev4.value.id] as IsmsDocument["cataloguesInScope"] },
    { control: "sp800-53-rev4:ac-2" as ControlRef, applicable: true },
    { control: "sp800-53-rev4:ac-13" as ControlRef, applicable: false, justification: "Withdrawn by NIST (incorporated into AC-2 and AU-6)." },
  );
  const ssp = exportOscal(withRev4, "ssp", { asOf }) as OscalSspDocument;
  const listed = requirementsOf(ssp);
  const profile = selectedIds(exportOscal(withRev4, "profile", { asOf }) as OscalProfileDocument);

  it("demand no decision: the undecided ones are left out of the SSP and the profile", () => {
    const ids = new Set(listed.map((requirement) => requirement["control-id"]));
    expect(ids.has("ac-3.1")).toBe(false);
    expect(profile).not.toContain("ac-3.1");
    expect(listed).toHaveLength(93 + 9 - 3 + 1);
  });

  it("keep the SSP valid", () => {
    expect(schemaErrors("system-security-plan", ssp)).toEqual([]);
    expect(checkOscal(ssp)).toEqual([]);
  });

  it("are kept and marked when a decision names them", () => {
    const found = listed.find((requirement) => requirement["control-id"] === "ac-13")!;
    expect(own(found.props, "withdrawn")).toEqual(["true"]);
    expect(own(found.props, "applicability")).toEqual(["excluded"]);
    expect(profile).toContain("ac-13");
    expect(own(listed.find((requirement) => requirement["control-id"] === "ac-2")?.props, "withdrawn")).toEqual([]);
  });
});

describe("control ids shared by two catalogues", () => {
  const low = importCatalog(readContent(SP800_53_LOW), { id: "low" });
  if (!low.ok) throw new Error("the LOW baseline does not import");
  const copy: CustomCatalogue = { ...low.value, id: "low-copy" as CustomCatalogue["id"], title: "LOW, modified" };
  const both = decided(
    { ...begun, catalogues: [low.value, copy], cataloguesInScope: [...begun.cataloguesInScope, "low", "low-copy"] as IsmsDocument["cataloguesInScope"] },
    { control: "low:ac-2" as ControlRef, applicable: true },
    { control: "low-copy:ac-2" as ControlRef, applicable: false, justification: "The copy's AC-2 is met by the original's." },
  );
  const ssp = exportOscal(both, "ssp", { asOf }) as OscalSspDocument;
  const listed = requirementsOf(ssp);
  const profile = exportOscal(both, "profile", { asOf }) as OscalProfileDocument;

  it("are qualified by their catalogue in the SSP, so that no control id is listed twice", () => {
    const ids = listed.map((requirement) => requirement["control-id"]);
    expect(new Set(ids).size).toBe(ids.length);
    const ac2 = listed.filter((requirement) => own(requirement.props, "control-ref")[0]?.endsWith(":ac-2"));
    expect(ac2.map((requirement) => [own(requirement.props, "control-ref")[0], requirement["control-id"]])).toEqual([
      ["low:ac-2", "low.ac-2"],
      ["low-copy:ac-2", "low-copy.ac-2"],
    ]);
    expect(schemaErrors("system-security-plan", ssp)).toEqual([]);
    expect(checkOscal(ssp)).toEqual([]);
  });

  it("are qualified the same way in the profile and in each catalog it imports", () => {
    const byHref = new Map(profile.profile.imports.map((imported) => [imported.href, imported["include-controls"][0]!["with-ids"]]));
    for (const catalogue of ["low", "low-copy"]) {
      const resource = profile.profile["back-matter"].resources.find((candidate) => candidate.props?.some((prop) => prop.value === catalogue))!;
      const selected = byHref.get(`#${resource.uuid}`)!;
      expect(selected).toContain(`${catalogue}.ac-2`);
      const catalog = JSON.stringify(exportOscal(both, "catalog", { asOf, catalogue }));
      for (const id of selected) expect(catalog).toContain(`"id":"${id}"`);
    }
    expect(new Set(selectedIds(profile)).size).toBe(selectedIds(profile).length);
  });

  it("are qualified the same way in the assessment results' reviewed controls and finding targets", () => {
    const audit = {
      id: "AUD-1",
      title: "Access audit",
      scope: "IAM",
      criteria: ["SP 800-53"],
      controls: ["low:ac-2", "low-copy:ac-2"],
      plannedDate: "2026-03-01",
      status: "completed",
      auditors: ["Ann Auditor"],
      auditees: ["IT"],
      findings: [{ id: "F-1", grade: "minor_nonconformity", description: "Late review.", controls: ["low-copy:ac-2"] }],
    } as unknown as NonNullable<IsmsDocument["auditProgramme"]>["audits"][number];
    const ar = exportAssessmentResults({ organisation: "Starter Ltd", asOf, methodologies: both.methodologies, risks: [], audits: [audit], catalogues: both.catalogues });
    const result = ar["assessment-results"].results[0] as unknown as {
      "reviewed-controls": { "control-selections": { "include-controls": { "control-id": string }[] }[] };
      findings: { target: { "target-id": string } }[];
    };
    expect(result["reviewed-controls"]["control-selections"][0]?.["include-controls"].map((found) => found["control-id"])).toEqual(["low.ac-2", "low-copy.ac-2"]);
    expect(result.findings[0]?.target["target-id"]).toBe("low-copy.ac-2_smt");
    expect(schemaErrors("assessment-results", ar)).toEqual([]);
  });

  it("leave ids no other catalogue uses as they are", () => {
    const acme = CustomCatalogueSchema.parse({ id: "acme", title: "ACME", controls: [{ id: "ACME-1", title: "Tenant isolation" }, { id: "ac-2", title: "Clash" }] });
    const document = decided(
      { ...begun, catalogues: [low.value, acme], cataloguesInScope: [...begun.cataloguesInScope, "low", "acme"] as IsmsDocument["cataloguesInScope"] },
      { control: "acme:ACME-1" as ControlRef, applicable: true },
    );
    const ids = requirementsOf(exportOscal(document, "ssp", { asOf }) as OscalSspDocument).map((requirement) => requirement["control-id"]);
    expect(ids).toEqual(expect.arrayContaining(["ACME-1", "acme.ac-2", "low.ac-2", "ac-1", "a-5.1"]));
    expect(ids).not.toContain("ac-2");
  });
});
