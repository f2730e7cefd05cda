import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { approveSoaVersion, createSoaVersion, deriveSoa } from "../../src/soa/index.js";
import { baseInput, decision } from "./fixtures.js";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

const rowsV1 = deriveSoa(
  baseInput({
    catalogues: ["annex-a", "acme"],
    decisions: [
      decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business" }], owner: "CISO", status: "planned" }),
      decision({ control: "annex-a:7.5", applicable: false, justification: "Remote only" }),
    ],
  }),
);

describe("approveSoaVersion", () => {
  const v1 = createSoaVersion([], rowsV1, { date: "2026-03-01" });

  it("records the approval without mutating its input", () => {
    const frozen = deepFreeze(structuredClone(v1));
    const approved = approveSoaVersion(frozen, { approvedBy: "CEO", approvedOn: "2026-03-04" });
    expect(approved).toMatchObject({ version: 1, approvedBy: "CEO", approvedOn: "2026-03-04" });
    expect(frozen).not.toHaveProperty("approvedBy");
  });

  it("returns the same reference when nothing changes", () => {
    const approved = approveSoaVersion(v1, { approvedBy: "CEO", approvedOn: "2026-03-04" });
    expect(approveSoaVersion(approved, { approvedBy: "CEO", approvedOn: "2026-03-04" })).toBe(approved);
  });

  it("refuses to re-approve differently or to approve before the version's date", () => {
    const approved = approveSoaVersion(v1, { approvedBy: "CEO", approvedOn: "2026-03-04" });
    expect(() => approveSoaVersion(approved, { approvedBy: "CFO", approvedOn: "2026-03-04" })).toThrow(/already approved/);
    expect(() => approveSoaVersion(v1, { approvedBy: "CEO", approvedOn: "2026-01-01" })).toThrow(IsmsError);
  });
});
