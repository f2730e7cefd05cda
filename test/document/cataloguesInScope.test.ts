import { describe, expect, it } from "vitest";
import { applyIsmsCommand, deriveIsmsSoa, parseIsms, replayChangeLog, validateIsms } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

const example = createExampleIsms();
const meta = { by: "CISO", at: "2026-11-30T09:00:00Z" };
const withCatalogue = parseIsms({ ...example, catalogues: [...example.catalogues, { id: "sp800-53-low", title: "SP 800-53 LOW (subset)", controls: [{ id: "ac-1", title: "Policy and Procedures" }] }] });

describe("the cataloguesInScope.set command", () => {
  it("puts a catalogue the document holds in scope, with a change-log entry that replays", () => {
    const inScope = [...example.cataloguesInScope, "sp800-53-low"];
    const result = applyIsmsCommand(withCatalogue, { type: "cataloguesInScope.set", catalogues: inScope }, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.document.cataloguesInScope).toEqual(inScope);
    expect(result.value.entry?.summary).toBe(`Catalogues in scope set (${inScope.join(", ")})`);
    expect(replayChangeLog(withCatalogue, [result.value.entry!]).cataloguesInScope).toEqual(inScope);
    // The SoA now has a row for the new catalogue's control, which needs a decision: with an
    // SoA version approved, the only new errors are that control's undecided_control.
    expect(deriveIsmsSoa(result.value.document).some((row) => row.ref === "sp800-53-low:ac-1")).toBe(true);
    const errors = (doc: typeof example) => validateIsms(doc, { asOf: "2026-11-30" }).filter((found) => found.severity === "error").map((found) => `${found.code} ${found.message}`);
    const added = errors(result.value.document).filter((line) => !errors(withCatalogue).includes(line));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((line) => line.startsWith("undecided_control") && line.includes("sp800-53-low:ac-1"))).toBe(true);
  });

  it("refuses a catalogue the document does not hold, and one named twice, changing nothing", () => {
    const result = applyIsmsCommand(example, { type: "cataloguesInScope.set", catalogues: ["annex-a", "nist-high", "annex-a"] }, meta);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.map((found) => [found.code, found.path])).toEqual([
        ["unknown_catalogue", ["catalogues", 1]],
        ["duplicate_catalogue", ["catalogues", 2]],
      ]);
    }
  });

  it("returns the same document and no entry when the list is unchanged, and refuses an empty list", () => {
    const same = applyIsmsCommand(example, { type: "cataloguesInScope.set", catalogues: [...example.cataloguesInScope] }, meta);
    expect(same.ok && same.value.document === example && same.value.entry === undefined).toBe(true);
    const empty = applyIsmsCommand(example, { type: "cataloguesInScope.set", catalogues: [] } as never, meta);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error[0]?.path).toEqual(["command", "catalogues"]);
  });
});
