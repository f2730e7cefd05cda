import { describe, expect, it } from "vitest";
import { applyIsmsCommand, validateIsms, type IsmsCommand } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import type { Risk } from "../../src/risk/index.js";

const doc = createExampleIsms();
const meta = { by: "IT Manager", at: "2026-11-28T09:00:00Z" };
const template = doc.risks.find((risk) => risk.id === "R-10") as Risk;
const risk = { ...template, id: "R-90", title: "Technicians' shared router account is misused", owner: "IT Manager" } as Risk;
const raise = (patch: Partial<Extract<IsmsCommand, { type: "supplier.raiseRisk" }>> = {}): IsmsCommand => ({
  type: "supplier.raiseRisk",
  supplier: "SUP-FIXPOINT",
  assessment: "SA-FIXPOINT-2026",
  finding: "F-1",
  risk,
  ...patch,
});

describe("supplier.raiseRisk", () => {
  it("adds the risk and links the finding in one change-log entry", () => {
    const result = applyIsmsCommand(doc, raise(), meta);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { document: next, entry } = result.value;
    expect(next.risks.at(-1)?.id).toBe("R-90");
    expect(next.risks).toHaveLength(doc.risks.length + 1);
    const finding = next.suppliers?.find((supplier) => supplier.id === "SUP-FIXPOINT")?.assessments[0]?.findings[0];
    expect(finding?.risk).toBe("R-90");
    expect(entry?.command).toBe("supplier.raiseRisk");
    expect(entry?.summary).toBe("Risk R-90 raised from finding F-1 of supplier SUP-FIXPOINT's assessment SA-FIXPOINT-2026");
    const paths = entry?.patches.map((patch) => patch.path[0]);
    expect(new Set(paths)).toEqual(new Set(["risks", "suppliers"]));
    // The input is untouched and the result stays free of errors.
    expect(doc.suppliers?.find((supplier) => supplier.id === "SUP-FIXPOINT")?.assessments[0]?.findings[0]?.risk).toBeUndefined();
    expect(validateIsms(next, { asOf: EXAMPLE_AS_OF }).filter((found) => found.severity === "error")).toEqual([]);
  });

  it("refuses an unknown supplier, assessment or finding", () => {
    const refused = (command: IsmsCommand) => {
      const result = applyIsmsCommand(doc, command, meta);
      return result.ok ? undefined : result.error.map((found) => [found.code, found.path.join(".")]);
    };
    expect(refused(raise({ supplier: "SUP-NONE" }))).toEqual([["unknown_entity", "supplier"]]);
    expect(refused(raise({ assessment: "SA-NONE" }))).toEqual([["unknown_entity", "assessment"]]);
    expect(refused(raise({ finding: "F-9" }))).toEqual([["unknown_entity", "finding"]]);
    expect(refused(raise({ supplier: "SUP-NIMBUS", assessment: "SA-NIMBUS-2026", finding: "F-1" }))).toEqual([["finding_has_risk", "finding"]]);
    expect(refused(raise({ risk: { ...risk, id: "R-10" } as Risk }))).toEqual([["duplicate_id", "risk.id"]]);
    const withoutSuppliers = { ...doc };
    delete withoutSuppliers.suppliers;
    const none = applyIsmsCommand(withoutSuppliers, raise(), meta);
    expect(none.ok ? [] : none.error.map((found) => found.code)).toEqual(["unknown_entity"]);
  });

  it("refuses a risk that is not a risk", () => {
    const result = applyIsmsCommand(doc, raise({ risk: { id: "R-91" } as unknown as Risk }), meta);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.every((found) => found.path[0] === "command")).toBe(true);
  });
});
