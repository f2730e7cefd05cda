import { describe, expect, it } from "vitest";
import * as isms from "../src/index.js";
import { exportOscal, safeExportOscal } from "../src/oscal/index.js";
import { createExampleIsms } from "../src/example/index.js";

// The error contract of docs/errors.md: an id typed as existing that names nothing is a
// programmer error, IsmsError `unknown_entity` naming the kind and the id, in every function
// that looks one up; input (documents, commands, records) gives issues; every `safe…`
// function returns the library's Result with issues.

const {
  ActionIdSchema,
  AssetIdSchema,
  DecisionIdSchema,
  IsmsError,
  TreatmentPlanIdSchema,
  applyIsmsCommand,
  completeAction,
  correctAssetLifecycleDates,
  disposeAsset,
  getControl,
  isNewIn2022,
  linkDependency,
  reclassifyAsset,
  removeAsset,
  retireAsset,
  revokeDecision,
  safeParseIsms,
  advanceNonconformity,
  unlinkDependency,
  updateAsset,
  updateTreatmentPlan,
} = isms;

const doc = createExampleIsms();
const ghostAsset = AssetIdSchema.parse("A-GHOST");
const printer = AssetIdSchema.parse("A-HW-PRINTER");
const plan = TreatmentPlanIdSchema.parse("TP-01");
const ghostPlan = TreatmentPlanIdSchema.parse("TP-GHOST");
const ghostAction = ActionIdSchema.parse("TP-01-GHOST");
const asOf = "2026-11-27T09:00:00Z";

/** The inventory of docs/errors.md: every public function that looks up an id it is given. */
const inventory: readonly (readonly [name: string, kind: string, id: string, call: () => unknown])[] = [
  ["retireAsset", "asset", "A-GHOST", () => retireAsset(doc.assets, ghostAsset, "2026-06-30")],
  ["disposeAsset", "asset", "A-GHOST", () => disposeAsset(doc.assets, ghostAsset, "2026-06-30")],
  ["correctAssetLifecycleDates", "asset", "A-GHOST", () => correctAssetLifecycleDates(doc.assets, ghostAsset, { retiredOn: "2026-06-30" })],
  ["linkDependency", "asset", "A-GHOST", () => linkDependency(doc.assets, ghostAsset, printer)],
  ["unlinkDependency", "asset", "A-GHOST", () => unlinkDependency(doc.assets, ghostAsset, printer)],
  ["reclassifyAsset", "asset", "A-GHOST", () => reclassifyAsset(doc.assets, ghostAsset, "public", doc.assetSettings)],
  ["removeAsset", "asset", "A-GHOST", () => removeAsset(doc.assets, ghostAsset)],
  ["updateAsset", "asset", "A-GHOST", () => updateAsset(doc.assets, ghostAsset, { owner: "CFO" })],
  ["completeAction (plan)", "treatment plan", "TP-GHOST", () => completeAction(doc.treatmentPlans, ghostPlan, ghostAction, "2026-11-27")],
  ["completeAction (action)", "action", "TP-01-GHOST", () => completeAction(doc.treatmentPlans, plan, ghostAction, "2026-11-27")],
  ["updateTreatmentPlan", "treatment plan", "TP-GHOST", () => updateTreatmentPlan(doc.treatmentPlans, ghostPlan, { priority: "high" })],
  ["getControl", "ISO/IEC 27001:2022 Annex A control", "9.9", () => getControl("9.9" as isms.AnnexAId)],
  ["isNewIn2022", "ISO/IEC 27001:2022 Annex A control", "9.9", () => isNewIn2022("9.9" as isms.AnnexAId)],
  ["oscal.exportOscal (catalogue)", "catalogue", "ghost", () => exportOscal(doc, "catalog", { asOf, catalogue: "ghost" })],
];

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("an id typed as existing that names nothing", () => {
  it.each(inventory)("%s throws IsmsError unknown_entity naming the %s and the id", (_name, kind, id, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(IsmsError);
    expect((error as InstanceType<typeof IsmsError>).code).toBe("unknown_entity");
    expect((error as Error).message).toContain(`There is no ${kind} with id "${id}"`);
  });

  it("the same calls with ids that exist do not throw", () => {
    expect(retireAsset(doc.assets, printer, "2026-06-30").ok).toBe(true);
    expect(completeAction(doc.treatmentPlans, plan, ActionIdSchema.parse("TP-01-A2"), "2026-11-27").ok).toBe(true);
    expect(getControl("5.1").id).toBe("5.1");
    expect(isNewIn2022("5.7")).toBe(true);
    expect(Object.keys(exportOscal(doc, "catalog", { asOf, catalogue: "annex-a" }))).toEqual(["catalog"]);
  });

  it("applyIsmsCommand answers the same unknown id in a command (input) with an issue of the same code", () => {
    const result = applyIsmsCommand(doc, { type: "asset.retire", id: "A-GHOST", date: "2026-06-30" }, { by: "IT Manager", at: asOf });
    expect(result.ok ? [] : result.error.map((found) => [found.code, found.path, found.severity])).toEqual([["unknown_entity", ["id"], "error"]]);
  });

  it("safeExportOscal returns it as an issue at the option's path", () => {
    const result = safeExportOscal(doc, "catalog", { asOf, catalogue: "ghost" });
    expect(result.ok ? [] : result.error.map((found) => [found.code, found.path, found.severity])).toEqual([["unknown_entity", ["catalogue"], "error"]]);
  });
});

describe("a reference inside the data being recorded stays an issue", () => {
  it("linkDependency: a dependency that is not in the inventory is unknown_asset_reference, as validateAssets says", () => {
    const result = linkDependency(doc.assets, printer, ghostAsset);
    expect(result.ok ? [] : result.error.map((found) => found.code)).toEqual(["unknown_asset_reference"]);
  });

  it("revokeDecision: a revocation of a decision that does not exist is unknown_decision, as validateDecisions says", () => {
    const result = revokeDecision(doc.decisions, {
      id: DecisionIdSchema.parse("D-900"),
      revokes: DecisionIdSchema.parse("D-GHOST"),
      decidedBy: "CTO",
      role: "Risk owner",
      date: "2026-11-27",
      reason: "Test",
    });
    expect(result.ok ? [] : result.error.map((found) => found.code)).toEqual(["unknown_decision"]);
  });

  it("advanceNonconformity: an event naming an action the nonconformity lacks is unknown_action", () => {
    const nc = doc.nonconformities.find((candidate) => candidate.status === "action_planned");
    expect(nc).toBeDefined();
    const result = advanceNonconformity(nc!, { kind: "update_action", action: ActionIdSchema.parse("CA-GHOST"), status: "done", date: "2026-11-27" });
    expect(result.ok ? [] : result.error.map((found) => found.code)).toEqual(["unknown_action"]);
  });
});

describe("every safe… function returns the library's Result with issues", () => {
  it("safeParseIsms and safeExportOscal succeed as { ok: true, value }", () => {
    const parsed = safeParseIsms(JSON.parse(JSON.stringify(doc)));
    expect(Object.keys(parsed).sort()).toEqual(["ok", "value"]);
    const exported = safeExportOscal(doc, "ssp", { asOf });
    expect(Object.keys(exported).sort()).toEqual(["ok", "value"]);
  });

  it("and fail as { ok: false, error } with issues of severity error, a code and a path", () => {
    const parsed = safeParseIsms({ ...JSON.parse(JSON.stringify(doc)), colour: "blue" });
    const starter = isms.createStarterIsms({ organisation: "Starter Ltd", date: "2026-01-05" });
    const exported = safeExportOscal(starter, "profile", { asOf });
    for (const result of [parsed, exported]) {
      expect(Object.keys(result).sort()).toEqual(["error", "ok"]);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.length).toBeGreaterThan(0);
      for (const found of result.error) {
        expect(found.severity).toBe("error");
        expect(found.code).toMatch(/^[a-z][a-z_]*$/);
        expect(Array.isArray(found.path)).toBe(true);
        expect(found.message.length).toBeGreaterThan(0);
      }
    }
    expect(parsed.ok ? [] : parsed.error.map((found) => [found.code, found.path])).toEqual([["invalid_unrecognized_keys", ["colour"]]]);
  });
});

describe("an argument of the wrong shape", () => {
  it("is IsmsError invalid_argument, not unknown_entity: the caller passed no inventory at all", () => {
    const error = thrown(() => retireAsset(null as never, printer, "2026-06-30"));
    expect(error).toBeInstanceOf(IsmsError);
    expect((error as InstanceType<typeof IsmsError>).code).toBe("invalid_argument");
  });
});
