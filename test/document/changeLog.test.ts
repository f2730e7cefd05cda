import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import {
  ChangeLogEntrySchema,
  createStarterIsms,
  replayChangeLog,
  undoChangeLog,
  type ChangeLogEntry,
  type IsmsDocument,
} from "../../src/document/index.js";

const starter = (): IsmsDocument => createStarterIsms({ organisation: "Test Ltd", date: "2026-01-05" });

function entry(patches: ChangeLogEntry["patches"], inversePatches: ChangeLogEntry["inversePatches"] = patches): ChangeLogEntry {
  return { at: "2026-11-27T10:00:00Z", by: "CISO", command: "entity.update", summary: "Something changed", patches, inversePatches };
}

const renameOrganisation = entry(
  [{ op: "replace", path: ["organisation", "name"], value: "Renamed Ltd" }],
  [{ op: "replace", path: ["organisation", "name"], value: "Test Ltd" }],
);

/** What `run` threw, so that a test can assert on its class and code. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("ChangeLogEntrySchema", () => {
  it.each(["__proto__", "constructor", "prototype"])("refuses a patch path with a %s segment, with its path", (segment) => {
    const result = ChangeLogEntrySchema.safeParse(entry([{ op: "replace", path: ["organisation", segment, "polluted"], value: true }], []));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["patches", 0, "path", 1]);
  });
  it("refuses such a segment in an inverse patch too", () => {
    const result = ChangeLogEntrySchema.safeParse(entry([], [{ op: "remove", path: ["constructor"] }]));
    expect(result.error?.issues[0]?.path).toEqual(["inversePatches", 0, "path", 0]);
  });
  it("accepts ordinary paths, including keys that merely contain the words", () => {
    expect(ChangeLogEntrySchema.safeParse(entry([{ op: "replace", path: ["custom", "constructorName"], value: 1 }])).success).toBe(true);
  });
});

describe("replaying and undoing a change log with bad entries", () => {
  const missing = entry([{ op: "replace", path: ["risks", 7, "owner"], value: "CFO" }]);

  it("a patch whose path does not exist is an IsmsError invalid_change_log naming the entry", () => {
    const error = thrown(() => replayChangeLog(starter(), [renameOrganisation, missing]));
    expect(error).toBeInstanceOf(IsmsError);
    expect((error as IsmsError).code).toBe("invalid_change_log");
    expect((error as IsmsError).message).toMatch(/entry 1\b/);
    expect((error as IsmsError).path).toEqual([1, "patches", 0]);
  });
  it.each([
    ["removes an array element that is not there", { op: "remove", path: ["risks", 999] }],
    ["replaces a key the object does not have", { op: "replace", path: ["organisation", "nickname"], value: "x" }],
    ["removes a key the object does not have", { op: "remove", path: ["organisation", "nickname"] }],
    ["adds beyond the end of an array", { op: "add", path: ["risks", 5], value: {} }],
    ["indexes an array with a name", { op: "replace", path: ["risks", "first"], value: {} }],
    ["replaces without a value", { op: "replace", path: ["organisation", "name"] }],
    ["removes the whole document", { op: "remove", path: [] }],
    ["goes through a value that is not an object", { op: "replace", path: ["organisation", "name", "first"], value: "x" }],
  ] as const)("a patch that %s is an IsmsError, not a silent change", (_what, patch) => {
    const error = thrown(() => replayChangeLog(starter(), [entry([patch as unknown as ChangeLogEntry["patches"][number]])]));
    expect(error).toBeInstanceOf(IsmsError);
    expect((error as IsmsError).code).toBe("invalid_change_log");
    expect((error as IsmsError).path).toEqual([0, "patches", 0]);
  });
  it("a patch may add a key an object does not have yet, or append to an array", () => {
    const next = replayChangeLog(starter(), [entry([{ op: "add", path: ["organisation", "headcount"], value: 12 }, { op: "add", path: ["policies", 0], value: { id: "POL-1" } }])]);
    expect(next.organisation.headcount).toBe(12);
    expect(next.policies).toHaveLength(1);
    const appended = replayChangeLog(next, [entry([{ op: "add", path: ["policies", "-"], value: { id: "POL-2" } }])]);
    expect(appended.policies.map((policy) => policy.id)).toEqual(["POL-1", "POL-2"]);
  });
  it("undoing a bad inverse patch is an IsmsError naming the entry as it stands in the log", () => {
    const renamed = replayChangeLog(starter(), [renameOrganisation]);
    const error = thrown(() => undoChangeLog(renamed, [renameOrganisation, missing]));
    expect(error).toBeInstanceOf(IsmsError);
    expect((error as IsmsError).code).toBe("invalid_change_log");
    expect((error as IsmsError).path).toEqual([1, "inversePatches", 0]);
  });
  it.each(["__proto__", "constructor", "prototype"])("an entry that was not parsed and has a %s segment is an IsmsError, never immer's Error", (segment) => {
    const polluting = entry([{ op: "add", path: ["organisation", segment, "polluted"], value: true }]);
    for (const run of [() => replayChangeLog(starter(), [polluting]), () => undoChangeLog(starter(), [polluting])]) {
      const error = thrown(run);
      expect(error).toBeInstanceOf(IsmsError);
      expect((error as IsmsError).code).toBe("invalid_change_log");
      expect((error as IsmsError).path).toEqual([0, expect.stringMatching(/patches|inversePatches/), 0, "path", 1]);
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
  it("an entry that is not an entry at all is an IsmsError", () => {
    const error = thrown(() => replayChangeLog(starter(), [null as unknown as ChangeLogEntry]));
    expect(error).toBeInstanceOf(IsmsError);
    expect((error as IsmsError).code).toBe("invalid_change_log");
  });
  it("good entries still replay and undo", () => {
    const renamed = replayChangeLog(starter(), [renameOrganisation]);
    expect(renamed.organisation.name).toBe("Renamed Ltd");
    expect(undoChangeLog(renamed, [renameOrganisation])).toEqual(starter());
  });
});
