import { describe, expect, it } from "vitest";
import { createExampleIsms } from "../../src/example/index.js";
import { fieldDictionary, recogniseHeader } from "../../src/spreadsheet/_internal/headers.js";

const doc = createExampleIsms();
const soa = fieldDictionary("soa", doc);
const risks = fieldDictionary("risks", doc);
const assets = fieldDictionary("assets", doc);
const actions = fieldDictionary("actions", doc);

describe("recogniseHeader", () => {
  it.each([
    ["Control", "control"], ["Control ID", "control"], ["Ref", "control"], ["Annex A ref", "control"], ["Reference", "control"],
    ["Applicable?", "applicable"], ["Included", "applicable"], ["Applicability", "applicable"], ["Applicable (Y/N)", "applicable"],
    ["Justification", "justification"], ["Reason for exclusion", "justification"], ["Rationale", "justification"],
    ["Status", "status"], ["Implementation status", "status"], ["Owner", "owner"], ["Responsible", "owner"], ["Control owner", "owner"],
    ["Last reviewed", "lastReviewed"], ["Reasons", "reasons"], ["Notes", "notes"],
  ])("SoA: %s → %s", (header, field) => {
    expect(recogniseHeader(soa, header)).toBe(field);
  });
  it.each([
    ["Likelihood", "inherent.likelihood"], ["Probability", "inherent.likelihood"], ["Impact", "inherent.consequence"], ["Consequence", "inherent.consequence"],
    ["Severity", "inherent.consequence"], ["Risk score", "inherent.level"], ["Residual likelihood", "residual.likelihood"], ["Net risk score", "residual.level"],
    ["Current consequence", "current.consequence"], ["Target level", "target.level"], ["Inherent date", "inherent.date"], ["Likelihood (1-5)", "inherent.likelihood"],
    ["Treatment", "treatment"], ["Response", "treatment"], ["Risk owner", "owner"], ["Risk ID", "id"], ["Risk", "title"], ["Risk type", "kind"],
  ])("risks: %s → %s", (header, field) => {
    expect(recogniseHeader(risks, header)).toBe(field);
  });
  it.each([
    ["Asset", "name"], ["Asset name", "name"], ["Asset type", "type"], ["Classification", "classification"], ["Confidentiality", "requirement.confidentiality"],
    ["C", "requirement.confidentiality"], ["I", "requirement.integrity"], ["A", "requirement.availability"], ["Depends on", "dependsOn"], ["Asset ID", "id"],
  ])("assets: %s → %s", (header, field) => {
    expect(recogniseHeader(assets, header)).toBe(field);
  });
  it.each([["Due date", "due"], ["Due", "due"], ["Deadline", "due"], ["Plan ID", "planId"], ["Action ID", "actionId"], ["Action", "title"], ["Completed on", "completedOn"]])("actions: %s → %s", (header, field) => {
    expect(recogniseHeader(actions, header)).toBe(field);
  });
  it("a custom.<key> header names the custom key", () => {
    expect(recogniseHeader(soa, "custom.auditor")).toBe("custom.auditor");
  });
  it("an unknown header names nothing", () => {
    expect(recogniseHeader(soa, "Colour code")).toBeUndefined();
    expect(recogniseHeader(risks, "L")).toBeUndefined();
  });
});
