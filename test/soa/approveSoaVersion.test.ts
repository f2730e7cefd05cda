import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { approveSoaVersion, createSoaVersion } from "../../src/soa/index.js";
import { rowsV1 } from "./fixtures.js";
import { deepFreeze } from "../../src/core/_internal/index.js";

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
