import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { checkOscal, exportPoam } from "../../src/oscal/index.js";
import { schemaErrors } from "./_ajv.js";

const AS_OF = "2026-11-27T09:00:00Z";
const document = createExampleIsms();
const base = { organisation: document.organisation.name, asOf: AS_OF };

describe("exportPoam", () => {
  const poam = exportPoam({ ...base, methodologies: document.methodologies, risks: document.risks, plans: document.treatmentPlans, decisions: document.decisions, sspHref: "ssp.json" });
  const body = poam["plan-of-action-and-milestones"];

  it("validates against NIST's POA&M schema and the library's checks", () => {
    expect(schemaErrors("plan-of-action-and-milestones", poam)).toEqual([]);
    expect(checkOscal(poam)).toEqual([]);
  });

  it("writes one item per treatment plan whose related risks resolve", () => {
    expect(body["poam-items"]).toHaveLength(document.treatmentPlans.length);
    const riskUuids = new Set((body.risks ?? []).map((risk) => risk.uuid));
    for (const item of body["poam-items"] as { "related-risks"?: { "risk-uuid": string }[] }[]) {
      for (const related of item["related-risks"] ?? []) expect(riskUuids.has(related["risk-uuid"])).toBe(true);
    }
  });

  it("names the SSP it belongs to", () => {
    expect(body["import-ssp"]?.href).toBe(`#${body["back-matter"]?.resources[0]?.uuid}`);
  });

  it("holds one item saying so when nothing is planned", () => {
    const empty = exportPoam({ ...base, methodologies: document.methodologies, risks: document.risks, plans: [] });
    expect(empty["plan-of-action-and-milestones"]["poam-items"]).toHaveLength(1);
    expect(empty["plan-of-action-and-milestones"].risks).toBeUndefined();
    expect(schemaErrors("plan-of-action-and-milestones", empty)).toEqual([]);
    expect(checkOscal(empty)).toEqual([]);
  });

  it("remarks on plans that name risks missing from the register", () => {
    const plan = { ...document.treatmentPlans[0]!, risks: ["R-GONE" as never] };
    const doc = exportPoam({ ...base, methodologies: document.methodologies, risks: document.risks, plans: [plan] });
    expect((doc["plan-of-action-and-milestones"]["poam-items"][0] as { remarks: string }).remarks).toContain("R-GONE");
    expect(checkOscal(doc)).toEqual([]);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(exportPoam({ ...base, methodologies: document.methodologies, risks: document.risks, plans: document.treatmentPlans, decisions: document.decisions, sspHref: "ssp.json" }))).toBe(JSON.stringify(poam));
  });
});
