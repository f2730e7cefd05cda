import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../src/core/_internal/index.js";
import { applyIsmsCommand, createStarterIsms, replayChangeLog, undoChangeLog, validateIsms, type IsmsCommand, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";

const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };

const nonconformity = (id: string, reference = "INC-2026-009") => ({
  id,
  source: { kind: "incident", reference },
  severity: "minor",
  description: "No out-of-hours contact for lost equipment was published, contrary to the incident management policy.",
  raised: "2026-05-28",
  owner: "IT Manager",
  status: "open",
  correctiveActions: [],
});

const raise = (overrides: Partial<{ incident: string; lesson: string; nonconformity: unknown }> = {}): IsmsCommand =>
  ({ type: "incident.raiseNonconformity", incident: "INC-2026-009", lesson: "L-1", nonconformity: nonconformity("NC-2026-04"), ...overrides }) as IsmsCommand;

function refusal(document: IsmsDocument, command: IsmsCommand): string[] {
  const result = applyIsmsCommand(document, command, meta);
  return result.ok ? [] : result.error.map((found) => `${found.code} ${found.path.join(".")}`);
}

describe("incident.raiseNonconformity", () => {
  it("adds the nonconformity and records it on the lesson in one change-log entry", () => {
    const before = createExampleIsms();
    const result = applyIsmsCommand(before, raise(), meta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { document, entry } = result.value;
    expect(document.nonconformities.map((nc) => nc.id)).toEqual(["NC-2026-01", "NC-2026-02", "NC-2026-03", "NC-2026-04"]);
    expect(document.incidents?.find((incident) => incident.id === "INC-2026-009")?.lessons[0]?.raised).toEqual({
      nonconformity: "NC-2026-04",
      change: "Out-of-hours IT number printed on every laptop and added to the travel guide.",
    });
    expect(entry?.command).toBe("incident.raiseNonconformity");
    expect(entry?.summary).toBe("Incident INC-2026-009: lesson L-1 raised nonconformity NC-2026-04");
    expect(new Set(entry?.patches.map((patch) => patch.path[0]))).toEqual(new Set(["incidents", "nonconformities"]));
    expect(replayChangeLog(before, [entry!])).toEqual(document);
    expect(undoChangeLog(document, [entry!])).toEqual(before);
    expect(validateIsms(document, { asOf: EXAMPLE_AS_OF }).filter((found) => found.severity === "error")).toEqual([]);
  });

  it("accepts an 'other' source that names the incident", () => {
    const command = raise({ nonconformity: { ...nonconformity("NC-2026-04"), source: { kind: "other", reference: "INC-2026-009" } } });
    expect(applyIsmsCommand(createExampleIsms(), command, meta).ok).toBe(true);
  });

  it("does not mutate its input", () => {
    const before = deepFreeze(createExampleIsms());
    expect(applyIsmsCommand(before, raise(), meta).ok).toBe(true);
  });

  it("refuses an unknown incident or lesson, and a document without incidents", () => {
    expect(refusal(createExampleIsms(), raise({ incident: "INC-NONE" }))).toEqual(["unknown_entity incident"]);
    expect(refusal(createExampleIsms(), raise({ lesson: "L-9" }))).toEqual(["unknown_lesson lesson"]);
    expect(refusal(createStarterIsms({ organisation: "Test Ltd", date: "2026-01-05" }), raise())).toEqual(["unknown_entity incident"]);
  });

  it("refuses a lesson that already raised a nonconformity, a taken id and a source that does not name the incident", () => {
    expect(refusal(createExampleIsms(), raise({ incident: "INC-2026-003", nonconformity: nonconformity("NC-2026-02", "INC-2026-003") }))).toEqual([
      "lesson_already_raised lesson",
      "duplicate_id nonconformity.id",
    ]);
    expect(refusal(createExampleIsms(), raise({ nonconformity: nonconformity("NC-2026-04", "INC-2026-003") }))).toEqual(["nonconformity_source_mismatch nonconformity.source"]);
    const audit = { ...nonconformity("NC-2026-04"), source: { kind: "audit", audit: "AUD-2026-01" } };
    expect(refusal(createExampleIsms(), raise({ nonconformity: audit }))).toEqual(["nonconformity_source_mismatch nonconformity.source"]);
  });

  it("refuses a nonconformity that does not parse", () => {
    const result = applyIsmsCommand(createExampleIsms(), raise({ nonconformity: { id: "NC-X" } }), meta);
    expect(result.ok).toBe(false);
  });
});
