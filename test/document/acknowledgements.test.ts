import { describe, expect, it } from "vitest";
import {
  AcknowledgementSchema,
  applyIsmsCommand,
  createStarterIsms,
  ISMS_COLLECTIONS,
  parseIsms,
  validateIsms,
  type Acknowledgement,
  type IsmsDocument,
} from "../../src/document/index.js";
import type { IsmsIssue } from "../../src/core/index.js";

const asOf = "2026-03-01";
const starter = createStarterIsms({ organisation: "Test Ltd", date: "2026-01-05" });

function ack(extra: Omit<Partial<Acknowledgement>, "id"> & { id: string; code: string }): Acknowledgement {
  return AcknowledgementSchema.parse({ reason: "Scope workshop booked for April.", by: "CISO", on: "2026-02-01", ...extra });
}

function withAcks(acknowledgements: readonly Acknowledgement[], document: IsmsDocument = starter): IsmsDocument {
  return parseIsms({ ...document, acknowledgements });
}

const at = (issues: readonly IsmsIssue[], code: string) => issues.filter((found) => found.code === code);

/** A starter with two policies of one id: a `duplicate_policy_id` error at ["policies", 1]. */
const withError = parseIsms({
  ...starter,
  policies: [
    { id: "POL-1", title: "Information security policy", version: "1", owner: "CEO", status: "draft" },
    { id: "POL-1", title: "Access control policy", version: "1", owner: "CEO", status: "draft" },
  ],
});

describe("acknowledgements in the document", () => {
  it("are an optional collection that parses, round-trips and the entity commands reach", () => {
    expect(ISMS_COLLECTIONS).toContain("acknowledgements");
    const added = applyIsmsCommand(
      starter,
      { type: "entity.add", collection: "acknowledgements", value: { id: "ACK-1", code: "missing_scope", reason: "Workshop in April.", by: "CISO", on: "2026-02-01" } },
      { by: "CISO", at: "2026-02-01T09:00:00Z" },
    );
    if (!added.ok) throw new Error(JSON.stringify(added.error));
    const document = added.value.document;
    expect(document.acknowledgements).toEqual([{ id: "ACK-1", code: "missing_scope", reason: "Workshop in April.", by: "CISO", on: "2026-02-01" }]);
    expect(parseIsms(JSON.parse(JSON.stringify(document)))).toEqual(document);
    expect(at(validateIsms(document, { asOf }), "missing_scope")[0]?.severity).toBe("info");
  });

  it("refuses an acknowledgement without a reason, with a path, through the entity commands", () => {
    const added = applyIsmsCommand(
      starter,
      { type: "entity.add", collection: "acknowledgements", value: { id: "ACK-1", code: "missing_scope", reason: "  ", by: "CISO", on: "2026-02-01" } },
      { by: "CISO", at: "2026-02-01T09:00:00Z" },
    );
    expect(added.ok ? [] : added.error.map((found) => found.path)).toEqual([["value", "reason"]]);
  });

  it.each([
    ["a blank reason", { reason: " " }, ["reason"]],
    ["a code that is not snake_case", { code: "Missing Scope" }, ["code"]],
    ["a negative index in the path", { path: ["soaDecisions", -1] }, ["path", 1]],
    ["a date that is not a calendar date", { until: "2026-02-30" }, ["until"]],
    ["an unknown key", { note: "x" }, []],
  ] as const)("the schema refuses %s", (_name, extra, path) => {
    const result = AcknowledgementSchema.safeParse({ id: "ACK-1", code: "missing_scope", reason: "Known.", by: "CISO", on: "2026-02-01", ...extra });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe("validateIsms with acknowledgements", () => {
  it("returns a warning an acknowledgement in force matches as info, with the acknowledgement and its code, path and message", () => {
    const plain = at(validateIsms(starter, { asOf }), "missing_scope")[0]!;
    const found = at(validateIsms(withAcks([ack({ id: "ACK-1", code: "missing_scope", path: ["scope"], until: "2026-04-30" })]), { asOf }), "missing_scope");
    expect(found).toEqual([
      {
        ...plain,
        severity: "info",
        acknowledged: { id: "ACK-1", reason: "Scope workshop booked for April.", by: "CISO", until: "2026-04-30" },
      },
    ]);
  });

  it("without a path acknowledges every warning of its code; with another path, none", () => {
    const everyOne = validateIsms(withAcks([ack({ id: "ACK-1", code: "undecided_control" })]), { asOf });
    expect(at(everyOne, "undecided_control")).toHaveLength(93);
    expect(at(everyOne, "undecided_control").every((found) => found.severity === "info" && found.acknowledged?.id === "ACK-1")).toBe(true);
    const elsewhere = validateIsms(withAcks([ack({ id: "ACK-1", code: "missing_scope", path: ["scope", "statement"] })]), { asOf });
    expect(at(elsewhere, "missing_scope").map((found) => found.severity)).toEqual(["warning"]);
    expect(at(elsewhere, "unused_acknowledgement").map((found) => [found.severity, found.path])).toEqual([["warning", ["acknowledgements", 0]]]);
  });

  it("is still in force on its until day, and not the day after, when an acknowledgement_expired remark says so", () => {
    const document = withAcks([ack({ id: "ACK-1", code: "missing_scope", until: "2026-03-31" })]);
    const onTheDay = validateIsms(document, { asOf: "2026-03-31" });
    expect(at(onTheDay, "missing_scope").map((found) => found.severity)).toEqual(["info"]);
    expect(at(onTheDay, "acknowledgement_expired")).toEqual([]);
    const dayAfter = validateIsms(document, { asOf: "2026-04-01" });
    expect(at(dayAfter, "missing_scope").map((found) => [found.severity, found.acknowledged])).toEqual([["warning", undefined]]);
    expect(at(dayAfter, "acknowledgement_expired").map((found) => [found.severity, found.path])).toEqual([["info", ["acknowledgements", 0]]]);
    expect(at(dayAfter, "acknowledgement_expired")[0]?.message).toContain("expired on 2026-03-31");
    expect(at(dayAfter, "unused_acknowledgement")).toEqual([]);
  });

  it("is in force from its on day, and not the day before, when an acknowledgement_not_yet_in_force remark says so", () => {
    const document = withAcks([ack({ id: "ACK-1", code: "missing_scope", on: "2026-03-01" })]);
    expect(at(validateIsms(document, { asOf: "2026-03-01" }), "missing_scope").map((found) => found.severity)).toEqual(["info"]);
    const dayBefore = validateIsms(document, { asOf: "2026-02-28" });
    expect(at(dayBefore, "missing_scope").map((found) => found.severity)).toEqual(["warning"]);
    expect(at(dayBefore, "acknowledgement_not_yet_in_force").map((found) => [found.severity, found.path])).toEqual([["info", ["acknowledgements", 0]]]);
  });

  it("leaves an error as it is and reports the acknowledgement that matches it as cannot_acknowledge_error", () => {
    const plain = validateIsms(withError, { asOf });
    const acknowledged = validateIsms(withAcks([ack({ id: "ACK-1", code: "duplicate_policy_id", path: ["policies", 1] })], withError), { asOf });
    expect(at(acknowledged, "duplicate_policy_id")).toEqual(at(plain, "duplicate_policy_id"));
    expect(at(acknowledged, "duplicate_policy_id")[0]?.severity).toBe("error");
    expect(at(acknowledged, "cannot_acknowledge_error").map((found) => [found.severity, found.path])).toEqual([["warning", ["acknowledgements", 0]]]);
    expect(at(acknowledged, "cannot_acknowledge_error")[0]?.message).toContain("policies[1]");
    expect(at(acknowledged, "unused_acknowledgement")).toEqual([]);
  });

  it("reports an acknowledgement that matches nothing as unused_acknowledgement", () => {
    const found = validateIsms(withAcks([ack({ id: "ACK-1", code: "missing_scope" }), ack({ id: "ACK-2", code: "evidence_outdated" })]), { asOf });
    expect(at(found, "unused_acknowledgement").map((item) => [item.severity, item.path])).toEqual([["warning", ["acknowledgements", 1]]]);
  });

  it("cannot acknowledge its own issues: an acknowledgement of unused_acknowledgement is itself unused, and the first stays a warning", () => {
    const found = validateIsms(
      withAcks([ack({ id: "ACK-1", code: "evidence_outdated" }), ack({ id: "ACK-2", code: "unused_acknowledgement", path: ["acknowledgements", 0] })]),
      { asOf },
    );
    const unused = at(found, "unused_acknowledgement");
    expect(unused.map((item) => [item.severity, item.path])).toEqual([
      ["warning", ["acknowledgements", 0]],
      ["warning", ["acknowledgements", 1]],
    ]);
    expect(unused[1]?.message).toContain("cannot themselves be acknowledged");
  });

  it("reports a duplicate id as an error, and an until before on as an error", () => {
    const found = validateIsms(
      withAcks([ack({ id: "ACK-1", code: "missing_scope" }), ack({ id: "ACK-1", code: "undecided_control" }), ack({ id: "ACK-2", code: "missing_scope", until: "2026-01-31" })]),
      { asOf },
    );
    expect(at(found, "duplicate_acknowledgement_id").map((item) => [item.severity, item.path])).toEqual([["error", ["acknowledgements", 1, "id"]]]);
    expect(at(found, "acknowledgement_until_before_on").map((item) => [item.severity, item.path])).toEqual([["error", ["acknowledgements", 2, "until"]]]);
  });

  it("prefers the acknowledgement that names the warning's path, whatever the order", () => {
    const general = ack({ id: "ACK-A", code: "missing_scope", reason: "General." });
    const specific = ack({ id: "ACK-B", code: "missing_scope", path: ["scope"], reason: "Specific." });
    for (const order of [
      [general, specific],
      [specific, general],
    ]) {
      expect(at(validateIsms(withAcks(order), { asOf }), "missing_scope")[0]?.acknowledged?.id).toBe("ACK-B");
    }
  });

  it("does not change a document without acknowledgements, nor an empty list", () => {
    expect(validateIsms(withAcks([]), { asOf })).toEqual(validateIsms(starter, { asOf }));
  });
});
