import { describe, expect, it } from "vitest";
import { CustomCatalogueSchema } from "../../src/catalogue/index.js";
import { validateTreatmentPlans, type Decision, type TreatmentPlan } from "../../src/treatment/index.js";
import type { Risk } from "../../src/risk/index.js";
import { acceptance, M, methodology, plan, rating, revocation, risk } from "./fixtures.js";

const acme = CustomCatalogueSchema.parse({ id: "acme", title: "ACME baseline", controls: [{ id: "ACME-7", title: "Data residency" }] });
const R1 = risk("R-1", { current: rating("likely", "major"), target: rating("unlikely", "major") });
/** R-1 with the residual rating the fixture acceptance freezes. */
const accepted = risk("R-1", { current: rating("likely", "major"), target: rating("unlikely", "major"), residual: rating("unlikely", "major") });

function codes(plans: readonly TreatmentPlan[], risks: readonly Risk[] = [R1], decisions: readonly Decision[] = [], extra: Record<string, unknown> = {}): string[] {
  return validateTreatmentPlans(plans, { risks, methodologies: methodology, decisions, catalogues: [acme], ...extra }).map((found) => found.code);
}

describe("validateTreatmentPlans", () => {
  it("a sound modify plan has no issues", () => {
    expect(validateTreatmentPlans([plan()], { risks: [R1], methodologies: [methodology], decisions: [] })).toEqual([]);
  });

  it("reports duplicate plan ids at the second plan", () => {
    const found = validateTreatmentPlans([plan(), plan()], { risks: [R1], methodologies: methodology, decisions: [] });
    expect(found).toContainEqual(expect.objectContaining({ code: "duplicate_plan_id", path: [1, "id"] }));
  });

  it("reports unknown and duplicate risks, and duplicate options", () => {
    expect(codes([plan("TP-1", { risks: ["R-1", "R-9", "R-1"], options: ["modify", "modify"] })])).toEqual(
      expect.arrayContaining(["unknown_risk", "duplicate_risk", "duplicate_option"]),
    );
  });

  it("modify without a control is an error", () => {
    expect(codes([plan("TP-1", { controls: [], actions: [] })])).toEqual(["modify_without_control"]);
  });

  it("modify without a target in the plan or the risk is an error", () => {
    const bare = risk("R-1", { current: rating("likely", "major") });
    expect(codes([plan("TP-1", { target: undefined })], [bare])).toEqual(["modify_without_target"]);
  });

  it("modify falls back to the risk's target rating", () => {
    expect(codes([plan("TP-1", { target: undefined })])).toEqual([]);
  });

  it("a target worse than the current rating is an error", () => {
    const low = risk("R-1", { current: rating("possible", "minor") });
    expect(codes([plan("TP-1", { target: { likelihood: "likely", consequence: "major" } })], [low])).toEqual(["target_worse_than_current"]);
  });

  it("a target equal to the current rating passes", () => {
    expect(codes([plan("TP-1", { target: { likelihood: "likely", consequence: "major" } })])).toEqual([]);
  });

  it("a target that cannot be scored is an error", () => {
    expect(codes([plan("TP-1", { target: { likelihood: "never", consequence: "major" } })])).toEqual(["target_not_scorable"]);
  });

  it("a risk without a current rating is not compared", () => {
    expect(codes([plan()], [risk("R-1")])).toEqual([]);
  });

  it("avoid needs the activity that stops", () => {
    const avoid = plan("TP-1", { options: ["avoid"], controls: [], actions: [], target: undefined });
    expect(codes([avoid])).toEqual(["avoid_without_activity"]);
    expect(codes([{ ...avoid, avoidance: { activityStopped: "Public FTP" } }])).toEqual([]);
  });

  it("avoid with a target or residual above the lowest level is an error", () => {
    const avoid = plan("TP-1", { options: ["avoid"], controls: [], actions: [], avoidance: { activityStopped: "FTP" } });
    expect(codes([{ ...avoid, target: { likelihood: "possible", consequence: "major" } }])).toEqual(["avoid_residual_not_lowest"]);
    const residualHigh = risk("R-1", { residual: rating("likely", "major") });
    expect(codes([{ ...avoid, target: undefined }], [residualHigh])).toEqual(["avoid_residual_not_lowest"]);
    const residualLow = risk("R-1", { residual: rating("unlikely", "major") });
    expect(codes([avoid], [residualLow])).toEqual([]);
  });

  it("avoid with a target but no rating to take the methodology from is not judged", () => {
    const avoid = plan("TP-1", { options: ["avoid"], controls: [], actions: [], avoidance: { activityStopped: "FTP" }, target: { likelihood: "likely", consequence: "major" } });
    expect(codes([avoid], [risk("R-1")])).toEqual([]);
  });

  it("share needs a counterparty and warns without an instrument", () => {
    const share = plan("TP-1", { options: ["share"], controls: [], actions: [] });
    expect(codes([share])).toEqual(["share_without_counterparty"]);
    expect(codes([{ ...share, sharing: { counterparty: "Insurer AG" } }])).toEqual(["share_without_instrument"]);
    expect(codes([{ ...share, sharing: { counterparty: "Insurer AG", instrument: { kind: "insurance_policy", reference: "P-1" } } }])).toEqual([]);
  });

  it("retain needs an acceptance that is not revoked (nor expired on asOf)", () => {
    const retain = plan("TP-1", { options: ["retain"], controls: [], actions: [] });
    expect(validateTreatmentPlans([retain], { risks: [R1], methodologies: methodology, decisions: [] })).toContainEqual(
      expect.objectContaining({ code: "retain_without_acceptance", path: [0, "risks", 0] }),
    );
    expect(codes([retain], [accepted], [acceptance("D-1")])).toEqual([]);
    expect(codes([retain], [accepted], [acceptance("D-1"), revocation("D-2", "D-1")])).toEqual(["retain_without_acceptance"]);
    const expiring = acceptance("D-1", { expires: "2026-06-30" });
    expect(codes([retain], [accepted], [expiring], { asOf: "2026-06-30" })).toEqual([]);
    expect(codes([retain], [accepted], [expiring], { asOf: "2026-07-01" })).toEqual(["retain_without_acceptance"]);
  });

  describe("retain counts only an acceptance that holds", () => {
    const retain = plan("TP-1", { options: ["retain"], controls: [], actions: [] });
    const messageOf = (decisions: readonly Decision[], extra: Record<string, unknown> = {}, risks: readonly Risk[] = [accepted]): string => {
      const found = validateTreatmentPlans([retain], { risks, methodologies: methodology, decisions, ...extra });
      expect(found.map((f) => f.code)).toEqual(["retain_without_acceptance"]);
      return found[0]!.message;
    };

    it("not one requested by its own signer", () => {
      expect(messageOf([acceptance("D-1", { requestedBy: "Jo Smith" })])).toContain("D-1: requester_is_approver");
    });

    it("not one signed without the authority the level needs, or by one person in two roles", () => {
      const medium = { rating: { likelihood: "possible", consequence: "major", methodology: M }, level: "medium" };
      const atMedium = risk("R-1", { current: rating("likely", "major"), residual: rating("possible", "major") });
      expect(messageOf([acceptance("D-1", medium)], {}, [atMedium])).toContain("insufficient_authority");
      expect(messageOf([acceptance("D-1", { ...medium, cosigners: [{ decidedBy: "jo smith", role: "CISO" }] })], {}, [atMedium])).toContain("same_person_multiple_roles");
      expect(codes([retain], [atMedium], [acceptance("D-1", { ...medium, cosigners: [{ decidedBy: "Dana", role: "CISO" }] })])).toEqual([]);
    });

    it("not one whose level does not match its rating, or whose required compensating controls are missing", () => {
      expect(messageOf([acceptance("D-1", { level: "medium" })])).toContain("level_mismatch");
      const high = { rating: { likelihood: "likely", consequence: "major", methodology: M }, level: "high", cosigners: [{ decidedBy: "Dana", role: "CISO" }, { decidedBy: "Lee", role: "Top management" }] };
      const atHigh = risk("R-1", { current: rating("likely", "major"), residual: rating("likely", "major") });
      expect(messageOf([acceptance("D-1", high)], {}, [atHigh])).toContain("compensating_controls_missing");
    });

    it("not a stale one: the residual rating changed or is missing", () => {
      expect(messageOf([acceptance("D-1")], {}, [R1])).toContain("D-1: stale");
    });

    it("not one dated after asOf, nor one revoked on or before asOf; a later revocation does not count yet", () => {
      expect(messageOf([acceptance("D-1", { date: "2026-07-01" })], { asOf: "2026-06-01" })).toContain("decision_in_future");
      const decisions = [acceptance("D-1"), revocation("D-2", "D-1", { date: "2026-05-01" })];
      expect(messageOf(decisions, { asOf: "2026-05-01" })).toContain("D-1: revoked by D-2");
      expect(codes([retain], [accepted], decisions, { asOf: "2026-04-30" })).toEqual([]);
    });

    it("without asOf, expiry and dates are not judged", () => {
      expect(codes([retain], [accepted], [acceptance("D-1", { date: "2030-01-01", expires: "2030-02-01" })])).toEqual([]);
    });

    it("one acceptance that holds is enough, whatever the others", () => {
      expect(codes([retain], [accepted], [acceptance("D-1", { requestedBy: "Jo Smith" }), acceptance("D-2")])).toEqual([]);
      expect(messageOf([acceptance("D-1", { requestedBy: "Jo Smith" }), acceptance("D-2", { level: "high" })])).toMatch(/D-1: requester_is_approver; D-2: .*level_mismatch/);
    });
  });

  it("a control from a catalogue not in scope is reported; one that does not exist too", () => {
    const controls = [
      { ref: "annex-a-2013:A.10.1.1", state: "existing" },
      { ref: "annex-a:9.99", state: "existing" },
      { ref: "acme:ACME-7", state: "existing" },
      { ref: "acme:ACME-8", state: "existing" },
      { ref: "nist:AC-1", state: "existing" },
    ];
    const found = validateTreatmentPlans([plan("TP-1", { controls, actions: [] })], { risks: [R1], methodologies: methodology, decisions: [], catalogues: [acme] });
    expect(found.map((f) => [f.code, f.path[2]])).toEqual([
      ["control_not_in_scope", 0],
      ["unknown_control", 1],
      ["unknown_control", 3],
      ["control_not_in_scope", 4],
    ]);
    expect(codes([plan("TP-1", { controls: controls.slice(0, 1), actions: [] })], [R1], [], { cataloguesInScope: ["annex-a", "annex-a-2013"] })).toEqual([]);
  });

  it("a duplicate control is a warning", () => {
    const found = validateTreatmentPlans([plan("TP-1", { controls: [{ ref: "annex-a:5.15", state: "existing" }, { ref: "annex-a:5.15", state: "existing" }], actions: [] })], {
      risks: [R1],
      methodologies: methodology,
      decisions: [],
    });
    expect(found).toEqual([expect.objectContaining({ code: "duplicate_control", severity: "warning" })]);
  });

  it("a planned control without an action that is not cancelled is flagged", () => {
    const p = plan();
    expect(codes([{ ...p, actions: [] }])).toEqual(["planned_control_without_action"]);
    expect(codes([{ ...p, actions: [{ ...p.actions[0]!, status: "cancelled" }] }])).toEqual(["planned_control_without_action"]);
  });

  it("an action naming a control that exists in no catalogue in scope is an error, at the action's reference", () => {
    const p = plan();
    const actions = [
      { ...p.actions[0]!, id: "ACT-8", controls: ["annex-a:9.99"] },
      { ...p.actions[0]!, id: "ACT-9", controls: ["acme:ACME-8", "nist:AC-1", "acme:ACME-7"] },
    ];
    const found = validateTreatmentPlans([{ ...p, actions: [...p.actions, ...actions] } as TreatmentPlan], { risks: [R1], methodologies: methodology, decisions: [], catalogues: [acme] });
    expect(found.map((f) => [f.code, f.severity, f.path.join(".")])).toEqual([
      ["unknown_control", "error", "0.actions.2.controls.0"],
      ["unknown_control", "error", "0.actions.3.controls.0"],
      ["control_not_in_scope", "error", "0.actions.3.controls.1"],
      ["action_control_not_in_plan", "warning", "0.actions.3.controls.2"],
    ]);
  });

  it("checks actions: duplicate ids, done without date, date without done, controls not in the plan", () => {
    const p = plan();
    const actions = [
      { ...p.actions[0]! },
      { ...p.actions[1]!, id: p.actions[0]!.id },
      { ...p.actions[1]!, id: "ACT-3", completedOn: undefined },
      { ...p.actions[0]!, id: "ACT-4", completedOn: "2026-01-01", controls: ["annex-a:5.1"] },
    ];
    expect(codes([{ ...p, actions } as TreatmentPlan])).toEqual(["duplicate_action_id", "action_done_without_date", "completion_date_without_done", "action_control_not_in_plan"]);
  });
});
