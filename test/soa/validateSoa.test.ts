import { describe, expect, it } from "vitest";
import { annexA } from "../../src/catalogue/index.js";
import { IsmsError } from "../../src/core/index.js";
import { validateSoa, type ApplicabilityDecision, type DeriveSoaInput } from "../../src/soa/index.js";
import { riskOf } from "../arbitraries/soa.js";
import { acme, baseInput, decision, obligation, plan } from "./fixtures.js";

const asOf = "2026-06-30";

/** Decisions that include every Annex A control with a business reason, so that only the case under test speaks. */
function everything(overrides: ApplicabilityDecision[] = []): ApplicabilityDecision[] {
  const refs = new Set(overrides.map((item) => item.control));
  return [
    ...overrides,
    ...annexA.filter((control) => !refs.has(`annex-a:${control.id}`)).map((control) => decision({ control: `annex-a:${control.id}`, applicable: true, reasons: [{ kind: "business" }] })),
  ];
}

function codes(input: Partial<DeriveSoaInput>, options: Partial<Parameters<typeof validateSoa>[1]> = {}) {
  return validateSoa(baseInput({ decisions: everything(), ...input }), { asOf, ...options });
}

const only = (issues: ReturnType<typeof validateSoa>, code: string) => issues.filter((found) => found.code === code);

describe("validateSoa", () => {
  it("a fully decided SoA with reasons has no issues", () => {
    expect(codes({})).toEqual([]);
  });

  it("an excluded control without justification is an error at its justification", () => {
    for (const justification of [undefined, "", "   "]) {
      const issues = codes({ decisions: everything([decision({ control: "annex-a:7.5", applicable: false, ...(justification === undefined ? {} : { justification }) })]) });
      expect(issues).toEqual([expect.objectContaining({ code: "exclusion_without_justification", severity: "error", path: [0, "justification"] })]);
    }
  });

  it("a placeholder justification is a warning", () => {
    const issues = codes({ decisions: everything([decision({ control: "annex-a:7.5", applicable: false, justification: " N/A " })]) });
    expect(issues).toEqual([expect.objectContaining({ code: "generic_justification", severity: "warning", path: [0, "justification"] })]);
  });

  it.each(["Risk accepted by the CFO.", "We accept the residual risk", "Within our risk appetite", "Risk is tolerated"])(
    "%s as an exclusion reason is a risk_acceptance_as_exclusion warning",
    (justification) => {
      const issues = codes({ decisions: everything([decision({ control: "annex-a:7.5", applicable: false, justification })]) });
      expect(issues).toEqual([expect.objectContaining({ code: "risk_acceptance_as_exclusion", severity: "warning", path: [0, "justification"] })]);
    },
  );

  it("a specific justification that does not talk about accepting risk raises nothing", () => {
    const issues = codes({ decisions: everything([decision({ control: "annex-a:7.5", applicable: false, justification: "We have no premises; all staff work remotely." })]) });
    expect(issues).toEqual([]);
  });

  it("excluding a control because a supplier operates it is a provider_as_exclusion warning", () => {
    const issues = codes({ decisions: everything([decision({ control: "annex-a:8.14", applicable: false, justification: "Redundancy is handled by the cloud provider" })]) });
    expect(only(issues, "provider_as_exclusion")).toEqual([expect.objectContaining({ severity: "warning", path: [0, "justification"] })]);
  });

  it("an excluded control that names a provider is an excluded_with_provider warning", () => {
    const issues = codes({ decisions: everything([decision({ control: "annex-a:8.14", applicable: false, justification: "Single site, no redundancy needed", provider: "Host Ltd" })]) });
    expect(issues).toEqual([expect.objectContaining({ code: "excluded_with_provider", severity: "warning", path: [0, "provider"] })]);
  });

  it("an excluded control that a plan or obligation requires is an error naming them", () => {
    const issues = codes({
      plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:8.24", state: "planned" }])],
      obligations: [obligation({ id: "OB-1", kind: "contractual", title: "Customer DPA", controls: ["annex-a:8.24"] })],
      decisions: everything([decision({ control: "annex-a:8.24", applicable: false, justification: "We do not encrypt" })]),
    });
    const found = only(issues, "excluded_but_required");
    expect(found).toEqual([expect.objectContaining({ severity: "error", path: [0, "applicable"] })]);
    expect(found[0]?.message).toContain("TP-1");
    expect(found[0]?.message).toContain("OB-1");
  });

  it("an included control with no reason is an error; a plan, obligation or own reason is enough", () => {
    const bare = decision({ control: "annex-a:5.1", applicable: true });
    expect(codes({ decisions: everything([bare]) })).toEqual([expect.objectContaining({ code: "inclusion_without_reason", severity: "error", path: [0, "reasons"] })]);
    expect(codes({ decisions: everything([bare]), plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:5.1", state: "planned" }])] })).toEqual([]);
    expect(codes({ decisions: everything([bare]), obligations: [obligation({ id: "OB-1", kind: "legal", title: "L", controls: ["annex-a:5.1"] })] })).toEqual([]);
  });

  it("a risk-treatment reason without a plan is a warning at that reason", () => {
    const issues = codes({ decisions: everything([decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business" }, { kind: "risk_treatment" }] })]) });
    expect(issues).toEqual([expect.objectContaining({ code: "risk_treatment_without_plan", severity: "warning", path: [0, "reasons", 1] })]);
  });

  it("an implemented control without evidence is a warning", () => {
    const issues = codes({ decisions: everything([decision({ control: "annex-a:5.1", applicable: true, status: "implemented", reasons: [{ kind: "business" }] })]) });
    expect(issues).toEqual([expect.objectContaining({ code: "implemented_without_evidence", severity: "warning", path: [0, "evidence"] })]);
  });

  it("an implemented control whose newest evidence is older than the review period is a warning", () => {
    const make = (date: string) =>
      everything([decision({ control: "annex-a:5.1", applicable: true, status: "implemented", reasons: [{ kind: "business" }], evidence: [{ ref: "E1", date: "2020-01-01" }, { ref: "E2", date }] })]);
    expect(codes({ decisions: make("2025-06-29") })).toEqual([expect.objectContaining({ code: "evidence_outdated", severity: "warning", path: [0, "evidence"] })]);
    expect(codes({ decisions: make("2025-06-30") })).toEqual([]);
    expect(codes({ decisions: make("2026-01-01") }, { evidenceMaxAgeDays: 90 })).toEqual([expect.objectContaining({ code: "evidence_outdated" })]);
  });

  it("evidence dated after asOf is a warning and does not count as evidence", () => {
    const issues = codes({
      decisions: everything([decision({ control: "annex-a:5.1", applicable: true, status: "implemented", reasons: [{ kind: "business" }], evidence: [{ ref: "E1", date: "2026-07-01" }] })]),
    });
    expect(issues.map((found) => [found.code, found.path])).toEqual([
      ["implemented_without_evidence", [0, "evidence"]],
      ["evidence_in_future", [0, "evidence", 0, "date"]],
    ]);
  });

  it("a decision last reviewed longer ago than the review period is a warning", () => {
    const decisions = everything([decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business" }], lastReviewed: "2025-01-01" })]);
    expect(codes({ decisions })).toEqual([expect.objectContaining({ code: "review_overdue", severity: "warning", path: [0, "lastReviewed"] })]);
    expect(codes({ decisions }, { reviewMaxAgeDays: 730 })).toEqual([]);
  });

  it("a status that the plans' progress contradicts is a warning at the status", () => {
    const issues = codes({
      plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:8.24", state: "planned" }], [{ status: "planned" }])],
      decisions: everything([decision({ control: "annex-a:8.24", applicable: true, status: "implemented", evidence: [{ ref: "E", date: "2026-06-01" }] })]),
    });
    expect(issues).toEqual([expect.objectContaining({ code: "status_mismatch", severity: "warning", path: [0, "status"] })]);
    expect(issues[0]?.message).toContain("planned");
  });

  it("a second decision for a control is a duplicate_decision error at the second", () => {
    const decisions = everything([decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business" }] })]);
    decisions.push(decision({ control: "annex-a:5.1", applicable: false }));
    const issues = codes({ decisions });
    expect(issues).toEqual([expect.objectContaining({ code: "duplicate_decision", severity: "error", path: [decisions.length - 1, "control"] })]);
  });

  it("a decision on a control outside the catalogues in scope, or unknown to its catalogue, is an error", () => {
    const issues = codes({
      decisions: everything([
        decision({ control: "acme:ACME-1", applicable: true, reasons: [{ kind: "business" }] }),
        decision({ control: "annex-a:9.9", applicable: true }),
      ]),
    });
    expect(issues.map((found) => [found.code, found.path])).toEqual([
      ["control_not_in_scope", [0, "control"]],
      ["unknown_control", [1, "control"]],
    ]);
    const inScope = codes({ catalogues: ["annex-a", "acme"], customCatalogues: [acme], decisions: everything([decision({ control: "acme:ACME-3", applicable: true })]) });
    expect(inScope.map((found) => found.code)).toContain("unknown_control");
  });

  it("a plan that selects a control out of scope is an error at the plan's control reference", () => {
    const issues = codes({ plans: [plan("TP-1", ["R-1"], [{ ref: "other:X-1", state: "planned" }, { ref: "annex-a:9.9", state: "planned" }])] });
    expect(issues.map((found) => [found.code, found.path])).toEqual([
      ["control_not_in_scope", ["plans", 0, "controls", 0, "ref"]],
      ["unknown_control", ["plans", 0, "controls", 1, "ref"]],
    ]);
  });

  it("a plan that names a risk missing from the register is a warning, checked only when risks are given", () => {
    const plans = [plan("TP-1", ["R-1", "R-9"], [{ ref: "annex-a:5.1", state: "planned" }, { ref: "annex-a:5.2", state: "planned" }])];
    // Once per risk of the plan, however many controls the plan selects.
    expect(codes({ plans, risks: [riskOf("R-1")] })).toEqual([expect.objectContaining({ code: "unknown_risk", severity: "warning", path: ["plans", 0, "risks", 1] })]);
    expect(validateSoa({ catalogues: ["annex-a"], plans, decisions: everything() }, { asOf })).toEqual([]);
  });

  it("a catalogue in scope that does not exist is an error; an empty custom catalogue is not", () => {
    expect(codes({ catalogues: ["annex-a", "ghost", "ghost"] })).toEqual([expect.objectContaining({ code: "unknown_catalogue", path: ["catalogues", 1] })]);
    const empty = { ...acme, id: "empty" as typeof acme.id, controls: [] };
    expect(codes({ catalogues: ["annex-a", "empty"], customCatalogues: [empty] })).toEqual([]);
  });

  it("an undecided control that nothing selects is an undecided_control error; one a plan selects is included", () => {
    const issues = validateSoa(baseInput({ plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:5.1", state: "planned" }])] }), { asOf });
    expect(issues).toHaveLength(92);
    expect(issues.every((found) => found.code === "undecided_control" && found.severity === "error" && found.path.length === 0)).toBe(true);
    expect(issues.some((found) => found.message.includes("annex-a:5.1 "))).toBe(false);
  });

  it("an undecided control is a warning while no SoA version is approved, and an error once one is", () => {
    const input = baseInput({ decisions: everything().filter((item) => item.control !== "annex-a:7.5") });
    const draft = validateSoa(input, { asOf, hasApprovedVersion: false });
    expect(draft.map((found) => [found.code, found.severity, found.path])).toEqual([["undecided_control", "warning", []]]);
    expect(draft[0]?.message).toContain("annex-a:7.5 ");
    const operating = validateSoa(input, { asOf, hasApprovedVersion: true });
    expect(operating.map((found) => [found.code, found.severity])).toEqual([["undecided_control", "error"]]);
  });

  it("without hasApprovedVersion an undecided control stays an error, as before the option existed", () => {
    const input = baseInput({ decisions: everything().filter((item) => item.control !== "annex-a:7.5") });
    expect(validateSoa(input, { asOf }).map((found) => found.severity)).toEqual(["error"]);
  });

  it("a draft SoA keeps every other error: an exclusion without justification is still an error", () => {
    const issues = codes({ decisions: everything([decision({ control: "annex-a:7.5", applicable: false })]) }, { hasApprovedVersion: false });
    expect(issues.map((found) => [found.code, found.severity])).toEqual([["exclusion_without_justification", "error"]]);
  });

  it("a control only its plans make implemented, with no decision to hold evidence, is an implemented_without_evidence warning", () => {
    const issues = validateSoa(baseInput({ plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:5.1", state: "existing" }])] }), { asOf });
    const about = issues.filter((found) => found.message.includes("annex-a:5.1 "));
    expect(about.map((found) => [found.code, found.severity, found.path])).toEqual([["implemented_without_evidence", "warning", []]]);
    const planned = validateSoa(baseInput({ plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:5.1", state: "planned" }])] }), { asOf });
    expect(planned.some((found) => found.code === "implemented_without_evidence")).toBe(false);
  });

  it("returns every issue at once, sorted by path", () => {
    const issues = codes({
      decisions: everything([
        decision({ control: "annex-a:7.5", applicable: false }),
        decision({ control: "annex-a:5.1", applicable: true }),
      ]),
    });
    expect(issues.map((found) => found.code)).toEqual(["exclusion_without_justification", "inclusion_without_reason"]);
  });

  it("throws for an asOf that is not a calendar date", () => {
    expect(() => validateSoa(baseInput(), { asOf: "2026-02-30" })).toThrow(IsmsError);
  });
});
