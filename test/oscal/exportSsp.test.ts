import { describe, expect, it } from "vitest";
import { deriveIsmsSoa } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { IsmsError } from "../../src/core/index.js";
import type { SoaRow } from "../../src/soa/index.js";
import { ISMS_OSCAL_NS, checkOscal, exportSsp, type OscalImplementedRequirement } from "../../src/oscal/index.js";
import { schemaErrors } from "./_ajv.js";

const AS_OF = "2026-11-27T09:00:00Z";
const document = createExampleIsms();
const rows = deriveIsmsSoa(document, "2026-11-27");
const base = { organisation: document.organisation.name, asOf: AS_OF };

function ownValues(props: readonly { name: string; ns?: string; value: string }[] | undefined, name: string): string[] {
  return (props ?? []).filter((prop) => prop.ns === ISMS_OSCAL_NS && prop.name === name).map((prop) => prop.value);
}

function row(patch: Partial<SoaRow>): SoaRow {
  return { ...rows.find((candidate) => candidate.ref === "annex-a:5.1")!, ...patch };
}

describe("exportSsp", () => {
  const ssp = exportSsp({ ...base, scope: "  All of Northwind.\n", rows });
  const plan = ssp["system-security-plan"];
  const requirements = plan["control-implementation"]["implemented-requirements"];
  const requirement = (ref: string): OscalImplementedRequirement =>
    requirements.find((candidate) => ownValues(candidate.props, "control-ref")[0] === ref)!;

  it("validates against NIST's SSP schema and the library's checks", () => {
    expect(schemaErrors("system-security-plan", ssp)).toEqual([]);
    expect(checkOscal(ssp)).toEqual([]);
  });

  it("writes one implemented requirement per SoA row, each with a by-component", () => {
    expect(requirements).toHaveLength(rows.length);
    expect(requirements.every((candidate) => candidate["by-components"].length >= 1)).toBe(true);
  });

  it("writes the scope as the system's description and boundary", () => {
    const characteristics = plan["system-characteristics"] as { description: string; "authorization-boundary": { description: string } };
    expect(characteristics.description).toBe("All of Northwind.");
    expect(characteristics["authorization-boundary"].description).toBe("All of Northwind.");
  });

  it("maps each implementation status to OSCAL's state", () => {
    const states = new Map<string, string>();
    for (const soaRow of rows) {
      const state = requirement(soaRow.ref)["by-components"][0]?.["implementation-status"]?.state;
      states.set(soaRow.applicable ? soaRow.status : "excluded", state!);
    }
    expect(Object.fromEntries(states)).toEqual({
      implemented: "implemented",
      partially_implemented: "partial",
      planned: "planned",
      excluded: "not-applicable",
    });
  });

  it.each([
    ["not_started", "planned"],
    ["not_implemented", "not-implemented"],
  ] as const)("maps %s to %s", (status, state) => {
    const doc = exportSsp({ ...base, scope: "x", rows: [row({ status })] });
    expect(doc["system-security-plan"]["control-implementation"]["implemented-requirements"][0]?.["by-components"][0]?.["implementation-status"]?.state).toBe(state);
    expect(schemaErrors("system-security-plan", doc)).toEqual([]);
  });

  it("writes the justification of an excluded control in remarks", () => {
    const excluded = rows.find((candidate) => !candidate.applicable)!;
    const found = requirement(excluded.ref);
    expect(found.remarks).toContain(excluded.justification!.trim());
    expect(ownValues(found.props, "applicability")).toEqual(["excluded"]);
  });

  it("writes the inclusion reasons and risks as props in the project's namespace", () => {
    const included = rows.find((candidate) => candidate.applicable && candidate.risks.length > 0)!;
    const found = requirement(included.ref);
    expect(ownValues(found.props, "inclusion-reason")).toEqual(included.reasons.map((reason) => reason.kind));
    expect(ownValues(found.props, "risk-id")).toEqual(included.risks);
  });

  it("makes the owner a responsible role filled by a party", () => {
    const owned = rows.find((candidate) => candidate.owner !== undefined)!;
    const role = requirement(owned.ref)["responsible-roles"]?.[0];
    expect(role?.["role-id"]).toBe("control-owner");
    const party = plan.metadata.parties?.find((candidate) => candidate.uuid === role?.["party-uuids"]?.[0]);
    expect(party).toMatchObject({ name: owned.owner, type: "person" });
  });

  it("adds a component and a by-component for each provider", () => {
    const provided = rows.find((candidate) => candidate.provider !== undefined)!;
    const found = requirement(provided.ref);
    expect(found["by-components"]).toHaveLength(2);
    const components = (plan["system-implementation"] as { components: { uuid: string; title: string; type: string }[] }).components;
    const component = components.find((candidate) => candidate.uuid === found["by-components"][1]?.["component-uuid"]);
    expect(component).toMatchObject({ title: provided.provider, type: "service" });
    expect(components[0]?.type).toBe("this-system");
  });

  it("writes evidence as back-matter resources linked from the by-component", () => {
    const soaRow = row({
      evidence: [
        { ref: "https://intranet.example/policy.pdf", title: "Policy", date: "2026-01-10" },
        { ref: "Board minutes 12 January", date: "2026-01-12" },
      ],
    });
    const doc = exportSsp({ ...base, scope: "x", rows: [soaRow] })["system-security-plan"];
    const links = doc["control-implementation"]["implemented-requirements"][0]!["by-components"][0]!.links!;
    const resources = doc["back-matter"].resources;
    expect(links.map((link) => link.rel)).toEqual(["evidence", "evidence"]);
    const first = resources.find((resource) => `#${resource.uuid}` === links[0]?.href);
    const second = resources.find((resource) => `#${resource.uuid}` === links[1]?.href);
    expect(first?.rlinks).toEqual([{ href: "https://intranet.example/policy.pdf" }]);
    expect(second).toMatchObject({ title: "Board minutes 12 January", remarks: "Reference: Board minutes 12 January" });
    expect(second?.rlinks).toBeUndefined();
    expect(checkOscal({ "system-security-plan": doc })).toEqual([]);
  });

  it("links evidence only when its reference is plainly a URI; register ids such as EV-052 or JIRA:SEC-12 become props", () => {
    const refs = ["EV-052", "POL-01", "policies/access.pdf", "C:\\docs\\policy.pdf", "JIRA:SEC-12", "SOC2:CC6.1", "file:///srv/evidence/backup.log", "urn:isbn:0451450523", "https://wiki.example/backup-test"];
    const soaRow = row({ evidence: refs.map((ref) => ({ ref, date: "2026-01-10" })) });
    const doc = exportSsp({ ...base, scope: "x", rows: [soaRow] })["system-security-plan"];
    const links = doc["control-implementation"]["implemented-requirements"][0]!["by-components"][0]!.links!;
    const resources = links.map((link) => doc["back-matter"].resources.find((resource) => `#${resource.uuid}` === link.href)!);
    expect(resources.map((resource) => resource.rlinks?.[0]?.href ?? null)).toEqual([null, null, null, null, null, null, "file:///srv/evidence/backup.log", "urn:isbn:0451450523", "https://wiki.example/backup-test"]);
    expect(resources.map((resource) => ownValues(resource.props, "evidence-ref")[0] ?? null)).toEqual(["EV-052", "POL-01", "policies/access.pdf", "C:\\docs\\policy.pdf", "JIRA:SEC-12", "SOC2:CC6.1", null, null, null]);
    expect(resources[0]?.remarks).toBe("Reference: EV-052");
    expect(checkOscal({ "system-security-plan": doc })).toEqual([]);
    expect(schemaErrors("system-security-plan", { "system-security-plan": doc })).toEqual([]);
  });

  it("writes no relative rlink for the example organisation's evidence", () => {
    const hrefs = plan["back-matter"].resources.flatMap((resource) => (resource.rlinks ?? []).map((link) => link.href));
    expect(hrefs.filter((href) => !/^[a-z][a-z0-9+.-]+:/i.test(href))).toEqual(["profile.json"]);
    const refs = plan["back-matter"].resources.flatMap((resource) => ownValues(resource.props, "evidence-ref"));
    expect(refs).toContain("EV-052");
  });

  it("uses the organisation's own description of a control", () => {
    const doc = exportSsp({ ...base, scope: "x", rows: [row({})], descriptions: [{ ref: "annex-a:5.1", description: "Board-approved policy set." }] });
    expect(doc["system-security-plan"]["control-implementation"]["implemented-requirements"][0]?.["by-components"][0]?.description).toBe("Board-approved policy set.");
  });

  describe("a control nobody has decided on", () => {
    const bare: SoaRow = {
      ref: "annex-a:5.7" as SoaRow["ref"],
      catalogue: "annex-a",
      id: "5.7",
      title: "Threat intelligence",
      applicable: false,
      reasons: [],
      risks: [],
      obligations: [],
      status: "not_implemented",
      evidence: [],
    };
    const only = (input: Partial<Parameters<typeof exportSsp>[0]>) =>
      exportSsp({ ...base, scope: "x", rows: [bare], ...input })["system-security-plan"]["control-implementation"]["implemented-requirements"][0]!;

    it("is undecided when the decisions given do not name it", () => {
      const found = only({ decisions: [] });
      expect(ownValues(found.props, "applicability")).toEqual(["undecided"]);
      expect(found["by-components"][0]?.["implementation-status"]).toEqual({ state: "undecided" });
      expect(found["by-components"][0]?.props).toBeUndefined();
      expect(found.remarks).toMatch(/^No applicability decision yet/);
    });

    it("is excluded when a decision names it, even before its justification is written", () => {
      const found = only({ decisions: [{ control: "annex-a:5.7" }] });
      expect(ownValues(found.props, "applicability")).toEqual(["excluded"]);
      expect(found["by-components"][0]?.["implementation-status"]?.state).toBe("not-applicable");
    });

    it("is told from an exclusion by what a decision leaves on the row when no decisions are given", () => {
      expect(ownValues(only({}).props, "applicability")).toEqual(["undecided"]);
      for (const patch of [{ justification: "Not relevant." }, { owner: "CISO" }, { notes: "Check" }, { lastReviewed: "2026-01-01" }, { status: "planned" as const }]) {
        const found = exportSsp({ ...base, scope: "x", rows: [{ ...bare, ...patch }] })["system-security-plan"]["control-implementation"]["implemented-requirements"][0]!;
        expect(ownValues(found.props, "applicability"), JSON.stringify(patch)).toEqual(["excluded"]);
      }
    });

    it("is counted in the control implementation's description", () => {
      const doc = exportSsp({ ...base, scope: "x", rows: [row({}), bare], decisions: [{ control: "annex-a:5.1" }] });
      expect(doc["system-security-plan"]["control-implementation"].description).toMatch(/; 1 control is not decided yet\.$/);
      expect(schemaErrors("system-security-plan", doc)).toEqual([]);
      expect(checkOscal(doc)).toEqual([]);
    });
  });

  it("gives a row that appears twice unique uuids", () => {
    const doc = exportSsp({ ...base, scope: "x", rows: [row({}), row({})] });
    expect(checkOscal(doc)).toEqual([]);
  });

  it("falls back to a scope sentence and uses the version and system name given", () => {
    const doc = exportSsp({ ...base, scope: " ", rows: [row({})], version: "4", systemName: "Northwind ISMS", profileHref: "p.json" })["system-security-plan"];
    expect((doc["system-characteristics"] as { description: string; "system-name": string }).description).toContain("Northwind Analytics Ltd");
    expect((doc["system-characteristics"] as { "system-name": string })["system-name"]).toBe("Northwind ISMS");
    expect(doc.metadata.version).toBe("4");
    expect(doc["back-matter"].resources[0]?.rlinks?.[0]?.href).toBe("p.json");
  });

  it("throws invalid_argument without rows", () => {
    expect(() => exportSsp({ ...base, scope: "x", rows: [] })).toThrow(IsmsError);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(exportSsp({ ...base, scope: "  All of Northwind.\n", rows }))).toBe(JSON.stringify(ssp));
  });
});
