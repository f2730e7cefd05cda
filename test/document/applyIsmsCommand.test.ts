import { describe, expect, it } from "vitest";
import { applyIsmsCommand, safeParseIsms } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };

describe("applyIsmsCommand's schema issues", () => {
  it("names each unknown key of a value at its own path, as safeParseIsms does for a document", () => {
    const doc = createExampleIsms();
    const result = applyIsmsCommand(
      doc,
      { type: "entity.add", collection: "policies", value: { ...doc.policies[0], id: "POL-NEW", colour: "red", size: 3 } },
      meta,
    );
    expect(result.ok).toBe(false);
    const found = result.ok ? [] : result.error.map((issue) => [issue.code, issue.path]);
    expect(found).toEqual([
      ["invalid_unrecognized_keys", ["value", "colour"]],
      ["invalid_unrecognized_keys", ["value", "size"]],
    ]);
    const parsed = safeParseIsms({ ...doc, policies: [{ ...doc.policies[0], colour: "red", size: 3 }] });
    expect(parsed.ok ? [] : parsed.error.map((issue) => [issue.code, issue.path.slice(2)])).toEqual([
      ["invalid_unrecognized_keys", ["colour"]],
      ["invalid_unrecognized_keys", ["size"]],
    ]);
  });

  it("reports an unknown key of a patch under patch, and a wrong type with zod's code", () => {
    const doc = createExampleIsms();
    const id = doc.policies[0]?.id ?? "";
    const unknown = applyIsmsCommand(doc, { type: "entity.update", collection: "policies", id, patch: { colour: "red" } }, meta);
    expect(unknown.ok ? [] : unknown.error.map((issue) => [issue.code, issue.path])).toEqual([["invalid_unrecognized_keys", ["patch", "colour"]]]);
    const wrong = applyIsmsCommand(doc, { type: "entity.update", collection: "policies", id, patch: { title: 7 } }, meta);
    expect(wrong.ok ? [] : wrong.error.map((issue) => [issue.code, issue.path])).toEqual([["invalid_invalid_type", ["patch", "title"]]]);
  });
});
