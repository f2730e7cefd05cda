import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { compareIssues, IsmsError } from "../../src/core/index.js";
import { createCycle, transition } from "../../src/cycle/index.js";
import { passingFacts } from "../arbitraries/cycle.js";
import { isPlanApproved } from "../../src/treatment/index.js";
import { isRiskAssessed } from "../../src/risk/index.js";
import {
  applyIsmsCommand,
  createStarterIsms,
  CURRENT_SCHEMA_VERSION,
  currentMethodology,
  listIsmsDatedItems,
  deriveIsmsSoa,
  IsmsCommandSchema,
  ismsJsonSchema,
  migrateIsms,
  parseIsms,
  pdcaFacts,
  replayChangeLog,
  safeParseIsms,
  undoChangeLog,
  validateIsms,
  type ChangeLogEntry,
  type IsmsCommand,
  type IsmsDocument,
} from "../../src/document/index.js";

import { documentWithText } from "../report/_fixture.js";
import { createExampleIsms } from "../../src/example/index.js";
import { deepFreeze } from "../../src/core/_internal/index.js";

const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };
const starter = (): IsmsDocument => createStarterIsms({ organisation: "Test Ltd", date: "2026-01-05" });

function run(document: IsmsDocument, command: IsmsCommand): { document: IsmsDocument; entry?: ChangeLogEntry } {
  const result = applyIsmsCommand(document, command, meta);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const asset = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Asset ${id}`, type: "software", owner: "CTO", status: "in_use", ...extra });

describe("parse", () => {
  it("a starter document parses and survives a JSON round trip unchanged", () => {
    const document = starter();
    expect(parseIsms(JSON.parse(JSON.stringify(document)))).toEqual(document);
    expect(document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });
  it("reports an unknown key anywhere with its path instead of dropping it", () => {
    const document = JSON.parse(JSON.stringify(run(starter(), { type: "entity.add", collection: "assets", value: asset("A-1") }).document));
    document.assets[0].colour = "red";
    document.extra = 1;
    const result = safeParseIsms(document);
    expect(result.ok ? [] : result.error.map((found) => [found.code, found.path.join(".")])).toEqual([
      ["invalid_unrecognized_keys", "assets.0.colour"],
      ["invalid_unrecognized_keys", "extra"],
    ]);
    expect(() => parseIsms(document)).toThrow(ZodError);
  });
  it("rejects a __proto__ key and does not pollute prototypes", () => {
    const text = JSON.stringify(starter()).replace('"organisation":{', '"organisation":{"__proto__":{"polluted":true},');
    const result = safeParseIsms(JSON.parse(text));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
  it("migrates nothing at the current version and refuses a newer one", () => {
    const document = starter();
    expect(migrateIsms(document)).toBe(document);
    expect(migrateIsms("text")).toBe("text");
    expect(() => migrateIsms({ ...document, schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(IsmsError);
    const newer = safeParseIsms({ ...document, schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(newer.ok ? [] : newer.error.map((found) => [found.code, found.path])).toEqual([["unsupported_version", ["schemaVersion"]]]);
  });
});

describe("commands and the change log", () => {
  it("adding an entity returns the next document and an entry whose patches replay and undo it", () => {
    const first = deepFreeze(starter());
    const { document, entry } = run(first, { type: "entity.add", collection: "assets", value: asset("A-1") });
    expect(document.assets).toHaveLength(1);
    expect(first.assets).toHaveLength(0);
    expect(entry?.summary).toBe("Asset A-1 added");
    expect(entry?.patches).toEqual([{ op: "add", path: ["assets", 0], value: document.assets[0] }]);
    expect(replayChangeLog(first, [entry!])).toEqual(document);
    expect(undoChangeLog(document, [entry!])).toEqual(first);
  });
  it("a sequence of commands replays to the last document and undoes to the first", () => {
    const first = deepFreeze(starter());
    const log: ChangeLogEntry[] = [];
    let document = first;
    const commands: IsmsCommand[] = [
      { type: "entity.add", collection: "assets", value: asset("A-1") },
      { type: "entity.add", collection: "assets", value: asset("A-2", { dependsOn: ["A-1"] }) },
      { type: "entity.update", collection: "assets", id: "A-1", patch: { owner: "CFO" } },
      { type: "asset.retire", id: "A-2", date: "2026-11-01" },
      { type: "asset.correctDates", id: "A-2", retiredOn: "2026-10-15" },
      { type: "entity.add", collection: "assets", value: asset("A-3") },
      { type: "entity.remove", collection: "assets", id: "A-3" },
      { type: "scope.set", scope: { statement: "Everything." } },
    ];
    for (const command of commands) {
      const outcome = run(document, command);
      document = outcome.document;
      if (outcome.entry) log.push(outcome.entry);
    }
    expect(log).toHaveLength(commands.length);
    expect(replayChangeLog(first, log)).toEqual(document);
    expect(undoChangeLog(document, log)).toEqual(first);
    expect(JSON.parse(JSON.stringify(log))).toEqual(log);
  });
  it("corrects a retirement date as its own change, and refuses it for an asset in use", () => {
    const { document } = run(starter(), { type: "entity.add", collection: "assets", value: asset("A-1") });
    const inUse = applyIsmsCommand(document, { type: "asset.correctDates", id: "A-1", retiredOn: "2026-10-15" }, meta);
    expect(inUse.ok ? [] : inUse.error.map((found) => [found.code, found.path])).toEqual([["invalid_lifecycle_transition", [0, "retiredOn"]]]);
    const retired = run(document, { type: "asset.retire", id: "A-1", date: "2026-11-01" }).document;
    const corrected = run(retired, { type: "asset.correctDates", id: "A-1", retiredOn: "2026-10-15" });
    expect(corrected.document.assets[0]).toMatchObject({ status: "retired", retiredOn: "2026-10-15" });
    expect(corrected.entry?.summary).toBe("Asset A-1: dates corrected (retired on 2026-10-15)");
    expect(corrected.entry?.patches).toEqual([{ op: "replace", path: ["assets", 0, "retiredOn"], value: "2026-10-15" }]);
    expect(run(retired, { type: "asset.correctDates", id: "A-1", retiredOn: "2026-11-01" }).entry).toBeUndefined();
  });
  it("a command that changes nothing returns the same reference and no entry", () => {
    const { document } = run(starter(), { type: "entity.add", collection: "assets", value: asset("A-1") });
    const again = run(document, { type: "entity.update", collection: "assets", id: "A-1", patch: { owner: "CTO" } });
    expect(again.document).toBe(document);
    expect(again.entry).toBeUndefined();
  });
  it("does not freeze the caller's document, and replaying leaves the first document extensible", () => {
    const first = run(starter(), { type: "entity.add", collection: "assets", value: asset("A-1") }).document;
    const outcome = run(first, { type: "entity.add", collection: "assets", value: asset("A-2") });
    expect(Object.isFrozen(first.assets[0])).toBe(false);
    expect(Object.isFrozen(first)).toBe(false);
    const replayed = replayChangeLog(first, [outcome.entry!]);
    expect(replayed).toEqual(outcome.document);
    expect(Object.isFrozen(first.assets[0])).toBe(false);
  });
  it("never mutates its input", () => {
    const first = deepFreeze(run(starter(), { type: "entity.add", collection: "assets", value: asset("A-1") }).document);
    const snapshot = JSON.stringify(first);
    run(first, { type: "entity.update", collection: "assets", id: "A-1", patch: { name: "Renamed" } });
    run(first, { type: "asset.reclassify", id: "A-1", classification: "confidential" });
    expect(JSON.stringify(first)).toBe(snapshot);
  });
  it("a refused command returns issues and changes nothing", () => {
    const document = run(starter(), { type: "entity.add", collection: "assets", value: asset("A-1") }).document;
    const duplicate = applyIsmsCommand(document, { type: "entity.add", collection: "assets", value: asset("A-1") }, meta);
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.error[0]?.code).toBe("duplicate_id");
    const invalid = applyIsmsCommand(document, { type: "entity.add", collection: "assets", value: { id: "A-2", colour: "red" } }, meta);
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.error.some((found) => found.path[0] === "value")).toBe(true);
    const unknown = applyIsmsCommand(document, { type: "entity.update", collection: "assets", id: "nope", patch: {} }, meta);
    expect(unknown.ok ? "" : unknown.error[0]?.code).toBe("unknown_entity");
    const idChange = applyIsmsCommand(document, { type: "entity.update", collection: "assets", id: "A-1", patch: { id: "A-9" } }, meta);
    expect(idChange.ok ? "" : idChange.error[0]?.code).toBe("id_change");
  });
  it("refuses to remove an asset others depend on", () => {
    let document = run(starter(), { type: "entity.add", collection: "assets", value: asset("A-1") }).document;
    document = run(document, { type: "entity.add", collection: "assets", value: asset("A-2", { dependsOn: ["A-1"] }) }).document;
    const result = applyIsmsCommand(document, { type: "entity.remove", collection: "assets", id: "A-1" }, meta);
    expect(result.ok).toBe(false);
  });
  it("keeps risk owners' decisions and methodology versions append-only", () => {
    const document = starter();
    const update = applyIsmsCommand(document, { type: "entity.update", collection: "methodologies", id: "risk-method@1", patch: { name: "x" } }, meta);
    expect(update.ok ? "" : update.error[0]?.code).toBe("append_only");
    const remove = applyIsmsCommand(document, { type: "entity.remove", collection: "decisions", id: "D-1" }, meta);
    expect(remove.ok ? "" : remove.error[0]?.code).toBe("append_only");
  });
  it("keeps custom fields untouched through commands", () => {
    const custom = { jira: "SEC-1", nested: { list: [1, "two", null] } };
    let document = run(starter(), { type: "entity.add", collection: "assets", value: asset("A-1", { custom }) }).document;
    document = run(document, { type: "entity.update", collection: "assets", id: "A-1", patch: { name: "Renamed" } }).document;
    document = run(document, { type: "asset.retire", id: "A-1", date: "2026-05-01" }).document;
    expect(document.assets[0]?.custom).toEqual(custom);
  });
  it("refuses a PDCA event whose exit criteria are not met, naming what is missing", () => {
    const document = starter();
    const result = applyIsmsCommand(document, { type: "cycle.transition", event: "start_operation", date: "2026-02-01" }, meta);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((found) => found.code)).toContain("missing_scope");
    expect(pdcaFacts(document).hasScope).toBe(false);
  });
  it("judges plan approvals on the date of the PDCA event, not undated", () => {
    const example = createExampleIsms();
    const asOf = "2026-11-27";
    // A new cycle in its plan phase, with only the plans approved by the demo day.
    const plans = example.treatmentPlans.filter((plan) => isPlanApproved(plan, example.decisions, asOf));
    const lastApproval = example.decisions
      .flatMap((decision) => (decision.kind === "plan_approval" && plans.some((plan) => plan.id === decision.plan) ? [decision.date] : []))
      .sort()
      .at(-1)!;
    // Only the risks assessed by then: a risk first rated later leaves the assessment incomplete on that day.
    const risks = example.risks.filter((risk) => isRiskAssessed(risk, lastApproval));
    const document = { ...example, risks, treatmentPlans: plans, cycle: createCycle("2025-01-06", { cycle: 3 }) };
    const early = applyIsmsCommand(document, { type: "cycle.transition", event: "start_operation", date: "2025-06-01" }, meta);
    expect(lastApproval > "2025-06-01").toBe(true);
    expect(early.ok ? [] : early.error.map((found) => found.code)).toContain("treatment_plan_not_approved");
    const onTheDay = applyIsmsCommand(document, { type: "cycle.transition", event: "start_operation", date: lastApproval }, meta);
    expect(onTheDay.ok ? onTheDay.value.document.cycle.phase : onTheDay.error.map((found) => found.code)).toBe("do");
  });
  it("throws for a meta date without a time zone (a programmer error)", () => {
    expect(() => applyIsmsCommand(starter(), { type: "scope.set", scope: { statement: "x" } }, { by: "x", at: "2026-11-27" })).toThrow(IsmsError);
  });
});

describe("validateIsms", () => {
  it("a starter document has no errors; its open SoA decisions are warnings", () => {
    const issues = validateIsms(starter(), { asOf: "2026-11-27" });
    expect(issues.filter((found) => found.severity === "error")).toEqual([]);
    expect(issues.filter((found) => found.code === "undecided_control" && found.severity === "warning")).toHaveLength(93);
    expect(issues.map((found) => found.code)).toContain("missing_scope");
  });
  it("reports dangling references across modules with their paths", () => {
    const document = parseIsms({
      ...starter(),
      cataloguesInScope: ["annex-a", "ghost"],
      risks: [
        {
          kind: "asset_based",
          id: "R-1",
          title: "Laptop theft",
          owner: "CISO",
          status: "identified",
          affectedProperties: ["confidentiality"],
          ratings: {},
          assets: ["A-404"],
          threat: "Theft",
          vulnerability: "Unencrypted disk",
        },
      ],
      controlDescriptions: [{ ref: "annex-a:9.9", description: "x" }],
      obligations: [{ id: "OB-1", kind: "legal", title: "Law", controls: ["annex-a:5.99"] }],
    });
    const issues = validateIsms(document, { asOf: "2026-11-27" });
    const at = (path: string) => issues.filter((found) => found.path.join(".").startsWith(path)).map((found) => found.code);
    expect(at("cataloguesInScope.1")).toContain("unknown_catalogue");
    expect(at("risks.0").length).toBeGreaterThan(0);
    expect(at("controlDescriptions.0.ref")).toContain("unknown_control");
    expect(at("obligations.0").length).toBeGreaterThan(0);
  });
  it("sorts issues by path, severity, code and message, whatever order the checks find them in", () => {
    const example = createExampleIsms();
    // Issues from several checks: the frame, a registry check, module validators and the SoA.
    const document = parseIsms({
      ...example,
      cataloguesInScope: [...example.cataloguesInScope, "nope"],
      policies: [...example.policies, example.policies[0]],
      assets: [...example.assets, example.assets[0]],
      controlDescriptions: [{ ref: "annex-a:9.9", description: "x" }, ...example.controlDescriptions],
    });
    const issues = validateIsms(document, { asOf: "2026-11-27" });
    expect(new Set(issues.map((found) => found.path[0])).size).toBeGreaterThan(3);
    expect(issues).toEqual([...issues].sort(compareIssues));
    // The order of the document's fields does not matter either.
    const reversed = Object.fromEntries(Object.entries(document).reverse()) as IsmsDocument;
    expect(validateIsms(reversed, { asOf: "2026-11-27" })).toEqual(issues);
  });
});

describe("derived SoA and JSON Schema", () => {
  it("derives one row per Annex A control", () => {
    expect(deriveIsmsSoa(starter())).toHaveLength(93);
  });
  it("the shipped schema.json equals the generated schema", () => {
    const shipped = JSON.parse(readFileSync(new URL("../../schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(ismsJsonSchema());
  });
  it("the JSON Schema is strict about unknown keys", () => {
    const schema = ismsJsonSchema();
    expect(schema["additionalProperties"]).toBe(false);
    expect((schema["required"] as string[]).includes("schemaVersion")).toBe(true);
  });
});

describe("document queries", () => {
  it("currentMethodology is the highest version of the methodology most ratings use", () => {
    const base = starter();
    const v1 = base.methodologies[0]!;
    const v2 = { ...v1, version: 2, name: "Second" };
    const other = { ...v1, id: "other" as typeof v1.id, version: 5 };
    const document = parseIsms({ ...base, methodologies: [v1, v2, other] });
    expect(currentMethodology(document).version).toBe(2);
    expect(currentMethodology(document).id).toBe("risk-method");
  });
  it("listIsmsDatedItems includes treatment actions and acceptance reviews, in date order", () => {
    const document = documentWithText("Dated");
    const items = listIsmsDatedItems(document);
    expect(items.some((item) => item.kind === "other" && item.parent === "TP-1" && item.due === "2026-06-30")).toBe(true);
    const dues = items.map((item) => item.due);
    expect([...dues].sort()).toEqual(dues);
  });
});

describe("commands arriving as data are validated before they touch the document", () => {
  const document = run(starter(), { type: "entity.add", collection: "assets", value: asset("A-1") }).document;
  const refused = (command: unknown): string[] => {
    const result = applyIsmsCommand(document, command as IsmsCommand, meta);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.error.map((found) => `${found.code}@${found.path.join(".")}`);
  };
  it("refuses unknown command types and collections, including prototype names", () => {
    expect(refused({ type: "frobnicate" })[0]).toMatch(/@command\.type$/);
    for (const collection of ["__proto__", "toString", "constructor", "nope"]) {
      expect(refused({ type: "entity.add", collection, value: {} })[0]).toMatch(/@command\.collection$/);
    }
  });
  it("refuses bad payloads of the domain commands with paths", () => {
    expect(refused({ type: "organisation.update", patch: { name: "", bogus: 1 } }).some((found) => found.startsWith("invalid_"))).toBe(true);
    expect(refused({ type: "risk.rate", id: "R-1", layer: "bogus", rating: undefined })[0]).toMatch(/command\.layer/);
    expect(refused({ type: "asset.retire", id: "A-1", date: "nope" })[0]).toMatch(/command\.date/);
    expect(refused({ type: "nonconformity.advance", id: "NC-1", event: { kind: "bogus" } })[0]).toMatch(/command\.event/);
    expect(refused({ type: "objective.measure", id: "O-1" })[0]).toMatch(/command\.measurement/);
    expect(refused({ type: "certification.set", certification: { x: 1 } }).length).toBeGreaterThan(0);
    expect(refused({ type: "auditProgramme.set", programme: { x: 1 } }).length).toBeGreaterThan(0);
  });
  it("every accepted command leaves a document that still parses", () => {
    const example = createExampleIsms();
    const { audits: _audits, ...programme } = example.auditProgramme!;
    // One accepted command of every type the command schema knows.
    const commands: IsmsCommand[] = [
      { type: "entity.add", collection: "policies", value: { id: "POL-NEW", title: "Clear desk", version: "1.0", owner: "CISO", status: "draft" } },
      { type: "entity.update", collection: "policies", id: example.policies[0]!.id, patch: { version: "9.9" } },
      { type: "entity.remove", collection: "objectives", id: example.objectives[0]!.id },
      { type: "organisation.update", patch: { headcount: 61 } },
      { type: "scope.set", scope: { statement: "All of Northwind." } },
      { type: "cataloguesInScope.set", catalogues: ["annex-a", "annex-a-2013"] },
      { type: "auditProgramme.set", programme: { ...programme, owner: "Head of Internal Audit" } },
      { type: "certification.set", certification: { ...example.certification!, certificateNumber: "CERT-NEW" } },
      { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" },
      { type: "asset.dispose", id: "A-HW-LEGACY-SRV", date: "2026-12-15" },
      { type: "asset.correctDates", id: "A-HW-LAPTOPS-2021", disposedOn: "2025-11-25" },
      { type: "asset.link", id: "A-SW-NLQ", dependsOn: "A-CS-DB" },
      { type: "asset.unlink", id: "A-HW-PRINTER", dependsOn: "A-HW-OFFICE-NET" },
      { type: "asset.reclassify", id: "A-HW-PRINTER", classification: "confidential" },
      { type: "risk.rate", id: example.risks[0]!.id, layer: "target", rating: undefined },
      { type: "objective.measure", id: example.objectives[0]!.id, measurement: { date: "2026-11-27", value: 99.5 } },
      { type: "nonconformity.advance", id: "NC-2026-02", event: { kind: "update_action", action: "NC-2026-02-CA2", status: "done", date: "2026-11-27" } },
      { type: "cycle.transition", event: "restart", date: "2026-11-28" },
      {
        type: "incident.raiseNonconformity",
        incident: "INC-2026-009",
        lesson: "L-1",
        nonconformity: {
          id: "NC-2026-04", source: { kind: "incident", reference: "INC-2026-009" }, severity: "minor", description: "No out-of-hours contact for lost laptops.",
          raised: "2026-05-28", owner: "IT Manager", status: "open", correctiveActions: [],
        },
      },
      { type: "supplier.raiseRisk", supplier: "SUP-FIXPOINT", assessment: "SA-FIXPOINT-2026", finding: "F-1", risk: { ...example.risks[0]!, id: "R-90" } },
    ];
    // The example is in its check phase with this cycle's audit and review still to come: act first.
    const improving = transition(example.cycle, "start_improvement", { guards: passingFacts, date: "2026-11-20" });
    if (!improving.ok) throw new Error("the example's cycle cannot enter act");
    expect(new Set(commands.map((command) => command.type))).toEqual(new Set(IsmsCommandSchema.options.map((option) => option.shape.type.value)));
    for (const command of commands) {
      const result = applyIsmsCommand(command.type === "cycle.transition" ? { ...example, cycle: improving.value } : example, command, meta);
      expect(result.ok ? [] : result.error.map((found) => `${command.type}: ${found.code} ${found.message}`)).toEqual([]);
      if (!result.ok) continue;
      expect(result.value.entry?.command, command.type).toBe(command.type);
      const next = result.value.document;
      expect(parseIsms(JSON.parse(JSON.stringify(next)))).toEqual(next);
    }
  });
  it("refuses to remove an entity others refer to, naming them", () => {
    const example = createExampleIsms();
    const risk = example.treatmentPlans[0]!.risks[0]!;
    const result = applyIsmsCommand(example, { type: "entity.remove", collection: "risks", id: risk }, meta);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.code).toBe("entity_in_use");
      expect(result.error[0]?.message).toContain(example.treatmentPlans[0]!.id);
    }
    const assetId = example.risks.find((item) => item.kind === "asset_based")!.assets![0]!;
    const onAsset = applyIsmsCommand(example, { type: "entity.remove", collection: "assets", id: assetId }, meta);
    expect(onAsset.ok ? "" : onAsset.error[0]?.code).toMatch(/entity_in_use|asset_in_use/);
  });
  it("throws for a blank author (a programmer error)", () => {
    expect(() => applyIsmsCommand(document, { type: "scope.set", scope: { statement: "x" } }, { by: "", at: meta.at })).toThrow(IsmsError);
  });
  it("safeParseIsms says why a newer schema version is refused", () => {
    const result = safeParseIsms({ ...starter(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error[0]?.message).toContain("Upgrade isms");
  });
});

describe("validateIsms checks what no single module can", () => {
  it("reports a nonconformity naming a review that does not exist", () => {
    const example = createExampleIsms();
    const nonconformities = example.nonconformities.map((nc, index) => (index === 0 ? { ...nc, source: { kind: "review" as const, review: "MR-NOPE" } } : nc));
    const issues = validateIsms(parseIsms({ ...example, nonconformities }), { asOf: "2026-11-27" });
    expect(issues.some((found) => found.code === "unknown_review" && found.path.join(".") === "nonconformities.0.source.review")).toBe(true);
  });
  it("reports duplicate ids of policies, documents, context issues, interested parties and control descriptions", () => {
    const example = createExampleIsms();
    const doubled = parseIsms({
      ...example,
      policies: [...example.policies, example.policies[0]],
      documents: [...example.documents, example.documents[0]],
      contextIssues: [...example.contextIssues, example.contextIssues[0]],
      interestedParties: [...example.interestedParties, example.interestedParties[0]],
      controlDescriptions: [{ ref: "annex-a:5.1", description: "a" }, { ref: "annex-a:5.1", description: "b" }],
    });
    const codes = new Set(validateIsms(doubled, { asOf: "2026-11-27" }).map((found) => found.code));
    for (const code of ["duplicate_policy_id", "duplicate_document_id", "duplicate_context_issue_id", "duplicate_interested_party_id", "duplicate_control_description"]) {
      expect(codes.has(code), code).toBe(true);
    }
  });
  it("validates SoA versions", () => {
    const example = createExampleIsms();
    const doubled = parseIsms({ ...example, soaVersions: [...example.soaVersions, example.soaVersions[0]] });
    expect(validateIsms(doubled, { asOf: "2026-11-27" }).some((found) => found.path[0] === "soaVersions")).toBe(true);
  });
});
