import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { deepFreeze } from "../../src/core/_internal/index.js";
import {
  applyIsmsCommand,
  rebaseCommands,
  replayChangeLog,
  revisionOf,
  type ChangeLogEntry,
  type CommandMeta,
  type IsmsCommand,
  type IsmsDocument,
} from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

const base = createExampleIsms();
const theirMeta: CommandMeta = { by: "CISO", at: "2026-11-30T09:00:00Z" };
const myMeta: CommandMeta = { by: "IT Manager", at: "2026-11-30T09:05:00Z" };

/** The entries of other writers' commands, applied in order on `document`. */
function entriesOf(document: IsmsDocument, commands: readonly IsmsCommand[]): ChangeLogEntry[] {
  const entries: ChangeLogEntry[] = [];
  let current = document;
  for (const command of commands) {
    const result = applyIsmsCommand(current, command, theirMeta);
    if (!result.ok) throw new Error(`their command was refused: ${result.error[0]?.message}`);
    if (result.value.entry !== undefined) entries.push(result.value.entry);
    current = result.value.document;
  }
  return entries;
}

/** The document after applying commands in order (each must be accepted). */
function applyAll(document: IsmsDocument, commands: readonly IsmsCommand[], meta: CommandMeta): IsmsDocument {
  return commands.reduce((current, command) => {
    const result = applyIsmsCommand(current, command, meta);
    if (!result.ok) throw new Error(`refused: ${result.error[0]?.message}`);
    return result.value.document;
  }, document);
}

const owner = (collection: "risks" | "assets", id: string, value: string): IsmsCommand => ({ type: "entity.update", collection, id, patch: { owner: value } });

describe("rebaseCommands", () => {
  it("applies commands on other records on top of their entries", () => {
    const theirs: IsmsCommand[] = [owner("risks", "R-01", "CFO")];
    const mine: IsmsCommand[] = [owner("risks", "R-02", "CTO"), { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" }];
    const result = rebaseCommands(base, entriesOf(base, theirs), mine, myMeta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { document, entries, revision } = result.value;
    expect(document.risks.find((risk) => risk.id === "R-01")?.owner).toBe("CFO");
    expect(document.risks.find((risk) => risk.id === "R-02")?.owner).toBe("CTO");
    expect(document.assets.find((asset) => asset.id === "A-HW-PRINTER")?.status).toBe("retired");
    expect(entries.map((entry) => [entry.command, entry.by, entry.at])).toEqual([
      ["entity.update", "IT Manager", "2026-11-30T09:05:00Z"],
      ["asset.retire", "IT Manager", "2026-11-30T09:05:00Z"],
    ]);
    expect(revision).toBe(revisionOf(document));
    expect(revision).toBe(revisionOf(applyAll(applyAll(base, theirs, theirMeta), mine, myMeta)));
    // Their entries then mine replay from the base to the result.
    expect(revisionOf(replayChangeLog(base, [...entriesOf(base, theirs), ...entries]))).toBe(revision);
  });

  it("reports a command refused on top of their changes", () => {
    const theirs = entriesOf(base, [{ type: "entity.remove", collection: "assets", id: "A-HW-KEYS" }]);
    const mine: IsmsCommand[] = [{ type: "asset.retire", id: "A-HW-KEYS", date: "2026-11-30" }];
    const result = rebaseCommands(base, theirs, mine, myMeta);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    const [rejection] = result.error;
    expect(rejection).toMatchObject({ index: 0, command: mine[0], code: "command_refused", path: ["assets", "A-HW-KEYS"] });
    expect(rejection?.issues.map((found) => found.code)).toEqual(["unknown_entity"]);
    expect(rejection?.message).toContain("no longer applies");
    expect(rejection?.message).toContain("A-HW-KEYS");
  });

  it("names the entity of a refused command by key, or nothing for a command on the frame", () => {
    const theirs = entriesOf(base, [{ type: "entity.add", collection: "assets", value: { ...base.assets[0]!, id: "A-TAKEN" } }]);
    const mine: IsmsCommand[] = [
      { type: "entity.add", collection: "assets", value: { ...base.assets[0]!, id: "A-TAKEN" } },
      { type: "entity.update", collection: "audits", id: "AUD-NONE", patch: { title: "T" } },
      { type: "entity.remove", collection: "soaDecisions", id: "annex-a:99.9" },
      { type: "asset.link", id: "A-NONE", dependsOn: "A-HW-KEYS" },
      { type: "risk.rate", id: "R-NONE", layer: "current" },
      { type: "objective.measure", id: "O-NONE", measurement: { date: "2026-11-30", value: 1 } } as never,
      { type: "nonconformity.advance", id: "NC-NONE", event: { type: "close" } } as never,
      { type: "cycle.transition", event: { type: "nonsense" }, date: "2026-11-30" } as never,
      { type: "entity.update", collection: "nonsense", id: "X", patch: {} } as never,
    ];
    const result = rebaseCommands(base, theirs, mine, myMeta);
    expect(result.ok ? [] : result.error.map((rejection) => [rejection.index, rejection.code, rejection.path])).toEqual([
      [0, "command_refused", ["assets", "A-TAKEN"]],
      [1, "command_refused", ["auditProgramme", "audits", "AUD-NONE"]],
      [2, "command_refused", ["soaDecisions", "annex-a:99.9"]],
      [3, "command_refused", ["assets", "A-NONE"]],
      [4, "command_refused", ["risks", "R-NONE"]],
      [5, "command_refused", ["objectives", "O-NONE"]],
      [6, "command_refused", ["nonconformities", "NC-NONE"]],
      [7, "command_refused", []],
      [8, "command_refused", []],
    ]);
  });

  it("shortens long values in the message", () => {
    const long = "x".repeat(200);
    const theirs = entriesOf(base, [{ type: "entity.update", collection: "risks", id: "R-04", patch: { title: long } }]);
    const result = rebaseCommands(base, theirs, [{ type: "entity.update", collection: "risks", id: "R-04", patch: { title: "Short" } }], myMeta);
    expect(result.ok ? "" : result.error[0]?.message).toContain(`"${"x".repeat(76)}…`);
    expect(result.ok ? undefined : result.error[0]?.theirs).toBe(long);
  });

  it("reports a concurrent change of the same field with their value and mine", () => {
    const theirs = entriesOf(base, [owner("risks", "R-04", "CFO")]);
    const result = rebaseCommands(base, theirs, [owner("risks", "R-04", "CTO")], myMeta);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual([
      expect.objectContaining({ index: 0, code: "concurrent_change", path: ["risks", "R-04", "owner"], theirs: "CFO", mine: "CTO", issues: [] }),
    ]);
    expect(result.error[0]?.message).toContain("CISO changed at 2026-11-30T09:00:00Z");
    expect(result.error[0]?.message).toContain('it is now "CFO", the command sets "CTO"');
  });

  it("does not count writing the same value as theirs as a conflict", () => {
    const theirs = entriesOf(base, [owner("risks", "R-04", "CFO")]);
    const result = rebaseCommands(base, theirs, [owner("risks", "R-04", "CFO")], myMeta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entries).toEqual([]);
    expect(result.value.revision).toBe(revisionOf(replayChangeLog(base, theirs)));
  });

  it("does not count another field of the same record as a conflict", () => {
    const theirs = entriesOf(base, [owner("risks", "R-04", "CFO")]);
    const result = rebaseCommands(base, theirs, [{ type: "entity.update", collection: "risks", id: "R-04", patch: { title: "Renamed" } }], myMeta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const risk = result.value.document.risks.find((found) => found.id === "R-04");
    expect([risk?.owner, risk?.title]).toEqual(["CFO", "Renamed"]);
  });

  it("finds records by key when their entries moved them to another index", () => {
    const keys = base.assets.findIndex((asset) => asset.id === "A-HW-KEYS");
    const removed = base.assets.findIndex((asset) => asset.id === "A-INF-CRM");
    expect(removed).toBeLessThan(keys);
    // They change A-HW-KEYS, then remove a record before it: its index moves down by one.
    const theirs = entriesOf(base, [owner("assets", "A-HW-KEYS", "CFO"), { type: "entity.remove", collection: "assets", id: "A-INF-CRM" }]);
    const conflict = rebaseCommands(base, theirs, [owner("assets", "A-HW-KEYS", "CTO")], myMeta);
    expect(conflict.ok ? [] : conflict.error.map((rejection) => rejection.path)).toEqual([["assets", "A-HW-KEYS", "owner"]]);
    // The record now at the index they changed is another one: no conflict.
    const other = base.assets[keys + 1]!.id;
    const fine = rebaseCommands(base, theirs, [owner("assets", other, "Someone else")], myMeta);
    expect(fine.ok && fine.value.entries.length).toBe(1);
  });

  it("reports removing a record they changed as a lost update", () => {
    const theirs = entriesOf(base, [owner("assets", "A-HW-KEYS", "CFO")]);
    const result = rebaseCommands(base, theirs, [{ type: "entity.remove", collection: "assets", id: "A-HW-KEYS" }], myMeta);
    expect(result.ok ? [] : result.error).toEqual([expect.objectContaining({ code: "concurrent_change", path: ["assets", "A-HW-KEYS", "owner"], theirs: "CFO", mine: undefined })]);
  });

  it("keys SoA decisions by control and audits inside the audit programme", () => {
    const audit = base.auditProgramme!.audits[0]!.id;
    const theirs = entriesOf(base, [
      { type: "entity.update", collection: "soaDecisions", id: "annex-a:5.1", patch: { owner: "CFO" } },
      { type: "entity.update", collection: "audits", id: audit, patch: { title: "Theirs" } },
    ]);
    const mine: IsmsCommand[] = [
      { type: "entity.update", collection: "soaDecisions", id: "annex-a:5.2", patch: { owner: "CFO" } },
      { type: "entity.update", collection: "soaDecisions", id: "annex-a:5.1", patch: { owner: "CTO" } },
      { type: "entity.update", collection: "audits", id: audit, patch: { title: "Mine" } },
    ];
    const result = rebaseCommands(base, theirs, mine, myMeta);
    expect(result.ok ? [] : result.error.map((rejection) => [rejection.index, rejection.path])).toEqual([
      [1, ["soaDecisions", "annex-a:5.1", "owner"]],
      [2, ["auditProgramme", "audits", audit, "title"]],
    ]);
  });

  it("applies nothing when any command is rejected, and reports every rejection", () => {
    const frozen = deepFreeze(structuredClone(base));
    const theirs = deepFreeze(entriesOf(frozen, [owner("risks", "R-04", "CFO"), { type: "entity.remove", collection: "assets", id: "A-HW-KEYS" }]));
    const mine: IsmsCommand[] = [
      owner("risks", "R-05", "CTO"),
      owner("risks", "R-04", "CTO"),
      { type: "asset.retire", id: "A-HW-KEYS", date: "2026-11-30" },
      owner("risks", "R-06", "CTO"),
    ];
    const result = rebaseCommands(frozen, theirs, mine, myMeta);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((rejection) => [rejection.index, rejection.code])).toEqual([
      [1, "concurrent_change"],
      [2, "command_refused"],
    ]);
    // The caller's base is untouched (it is frozen: a write would have thrown) and still at its revision.
    expect(revisionOf(frozen)).toBe(revisionOf(base));
  });

  it("checks each command on the document where the previous ones applied", () => {
    const mine: IsmsCommand[] = [
      { type: "entity.add", collection: "assets", value: { ...base.assets.find((asset) => asset.id === "A-HW-KEYS")!, id: "A-HW-NEW" } },
      { type: "asset.retire", id: "A-HW-NEW", date: "2026-11-30" },
    ];
    const result = rebaseCommands(base, entriesOf(base, [owner("risks", "R-04", "CFO")]), mine, myMeta);
    expect(result.ok && result.value.document.assets.find((asset) => asset.id === "A-HW-NEW")?.status).toBe("retired");
  });

  it("does not mutate its input, and returns the base itself when there is nothing to apply", () => {
    const frozen = deepFreeze(structuredClone(base));
    const theirs = deepFreeze(entriesOf(frozen, [owner("risks", "R-04", "CFO")]));
    const mine = deepFreeze<IsmsCommand[]>([owner("risks", "R-05", "CTO")]);
    expect(rebaseCommands(frozen, theirs, mine, myMeta).ok).toBe(true);
    const nothing = rebaseCommands(frozen, [], [], myMeta);
    expect(nothing.ok && nothing.value.document).toBe(frozen);
    expect(nothing.ok && nothing.value.entries).toEqual([]);
  });

  it("with no entries of theirs applies the commands as they are", () => {
    const mine: IsmsCommand[] = [owner("risks", "R-04", "CFO")];
    const result = rebaseCommands(base, [], mine, myMeta);
    expect(result.ok && result.value.revision).toBe(revisionOf(applyAll(base, mine, myMeta)));
  });

  it("accepts meta.expectedRevision when it is the base's revision and throws when it is not", () => {
    const theirs = entriesOf(base, [owner("risks", "R-01", "CFO")]);
    const mine: IsmsCommand[] = [owner("risks", "R-02", "CTO")];
    expect(rebaseCommands(base, theirs, mine, { ...myMeta, expectedRevision: revisionOf(base) }).ok).toBe(true);
    const after = replayChangeLog(base, theirs);
    expect(() => rebaseCommands(base, theirs, mine, { ...myMeta, expectedRevision: revisionOf(after) })).toThrow(
      expect.objectContaining({ name: "IsmsError", code: "invalid_argument", path: ["meta", "expectedRevision"] }),
    );
  });

  it("throws invalid_change_log when their entries do not apply to the base", () => {
    const entry: ChangeLogEntry = { ...theirMeta, command: "entity.update", summary: "x", patches: [{ op: "replace", path: ["risks", 999, "owner"], value: "CFO" }], inversePatches: [] };
    expect(() => rebaseCommands(base, [entry], [], myMeta)).toThrow(IsmsError);
    expect(() => rebaseCommands(base, [entry], [], myMeta)).toThrow(expect.objectContaining({ code: "invalid_change_log", path: [0, "patches", 0] }));
  });

  it("throws IsmsError for arguments of another type", () => {
    expect(() => rebaseCommands(base, null as never, [], myMeta)).toThrow(IsmsError);
  });
});
