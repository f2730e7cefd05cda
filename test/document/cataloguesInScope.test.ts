import { describe, expect, it } from "vitest";
import { applyIsmsCommand, deriveIsmsSoa, replayChangeLog, validateIsms } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

const example = createExampleIsms();
const meta = { by: "CISO", at: "2026-11-30T09:00:00Z" };
// The example organisation holds the SP 800-53 LOW subset beside the ISMS, out of scope.
const withCatalogue = example;

describe("the cataloguesInScope.set command", () => {
  it("puts a catalogue the document holds in scope, with a change-log entry that replays", () => {
    const inScope = [...example.cataloguesInScope, "sp800-53-low"];
    const result = applyIsmsCommand(withCatalogue, { type: "cataloguesInScope.set", catalogues: inScope }, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.document.cataloguesInScope).toEqual(inScope);
    expect(result.value.entry?.summary).toBe(`Catalogues in scope set (${inScope.join(", ")})`);
    expect(replayChangeLog(withCatalogue, [result.value.entry!]).cataloguesInScope).toEqual(inScope);
    // The SoA now has a row for each of the new catalogue's controls, which need decisions: with
    // an SoA version approved, the only new errors are those controls' undecided_control.
    expect(deriveIsmsSoa(result.value.document).some((row) => row.ref === "sp800-53-low:ac-1")).toBe(true);
    const errors = (doc: typeof example) => validateIsms(doc, { asOf: "2026-11-30" }).filter((found) => found.severity === "error").map((found) => `${found.code} ${found.message}`);
    const added = errors(result.value.document).filter((line) => !errors(withCatalogue).includes(line));
    expect(added.length).toBe(example.catalogues.find((catalogue) => catalogue.id === "sp800-53-low")?.controls.length);
    expect(added.every((line) => line.startsWith("undecided_control") && line.includes("sp800-53-low:"))).toBe(true);
    // The excluded 8.30 that the crosswalk relates to SA-4 is now questioned (docs/frameworks.md).
    const questioned = validateIsms(result.value.document, { asOf: "2026-11-30" }).filter((found) => found.code === "excluded_control_required_by_framework");
    expect(questioned.some((found) => found.message.includes("8.30") && found.message.includes("sa-4"))).toBe(true);
    expect(validateIsms(example, { asOf: "2026-11-30" }).some((found) => found.code === "excluded_control_required_by_framework")).toBe(false);
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
