import { describe, expect, it } from "vitest";
import { IsmsError } from "../../src/core/index.js";
import { deepFreeze } from "../../src/core/_internal/index.js";
import { applyIsmsDiff, deriveIsmsSoa, diffIsms, revisionOf, type IsmsDocument, type IsmsEntityChange, type IsmsFieldChange } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

const AS_OF = "2026-11-27";
/** A new context issue's id (ids are branded; a test may brand a literal). */
const CI_99 = "CI-99" as IsmsDocument["contextIssues"][number]["id"];
const base = createExampleIsms();

function edited(change: (doc: IsmsDocument) => void): IsmsDocument {
  const doc = structuredClone(base);
  change(doc);
  return doc;
}

function risk(doc: IsmsDocument, id: string) {
  const found = doc.risks.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

/** R-02's residual rating raised back to its inherent one. */
const reRated = edited((doc) => {
  const r02 = risk(doc, "R-02");
  r02.ratings.residual = { ...r02.ratings.residual!, likelihood: "possible", consequence: "major", date: "2026-11-20" };
});

describe("diffIsms", () => {
  it("finds no change between a document and itself", () => {
    const diff = diffIsms(base, structuredClone(base), { asOf: AS_OF });
    expect(diff.equal).toBe(true);
    expect(diff.entities).toEqual([]);
    expect(diff.frame).toEqual([]);
    expect(diff.collections).toEqual([]);
    expect(diff.consequences).toEqual({ riskLevels: [], soa: [], staleAcceptances: [] });
  });

  it("reports a changed residual rating as a field change and a level move", () => {
    const diff = diffIsms(base, reRated);
    expect(diff.equal).toBe(false);
    expect(diff.entities).toHaveLength(1);
    const [change] = diff.entities;
    expect(change).toMatchObject({ collection: "risks", key: "R-02", change: "changed", title: risk(base, "R-02").title });
    expect(change?.fields).toEqual([
      { path: ["ratings", "residual", "likelihood"], before: "unlikely", after: "possible" },
      { path: ["ratings", "residual", "consequence"], before: "minor", after: "major" },
      { path: ["ratings", "residual", "date"], before: "2026-02-27", after: "2026-11-20" },
    ]);
    expect(diff.consequences.riskLevels).toHaveLength(1);
    const [move] = diff.consequences.riskLevels;
    expect(move).toMatchObject({ risk: "R-02", layer: "residual" });
    expect(move?.before?.key).not.toBe(move?.after?.key);
    expect(move!.after!.index).toBeGreaterThan(move!.before!.index);
    expect(diff.collections).toEqual([{ collection: "risks", path: ["risks"], added: 0, changed: 1, removed: 0 }]);
  });

  it("reports an acceptance whose risk was re-rated as no longer holding", () => {
    const diff = diffIsms(base, reRated, { asOf: AS_OF });
    expect(diff.consequences.staleAcceptances).toEqual([{ decision: "D-105", risk: "R-02", reasons: ["stale"] }]);
    expect(diffIsms(base, reRated).consequences.staleAcceptances).toEqual([{ decision: "D-105", risk: "R-02", reasons: ["stale"] }]);
  });

  it("reports an acceptance that expires by asOf only when asOf is given", () => {
    const expiring = edited((doc) => {
      const decision = doc.decisions.find((candidate) => candidate.id === "D-101");
      if (decision?.kind !== "risk_acceptance") throw new Error("D-101 is an acceptance");
      decision.expires = "2026-11-01";
    });
    expect(diffIsms(base, expiring, { asOf: AS_OF }).consequences.staleAcceptances).toEqual([{ decision: "D-101", risk: "R-14", reasons: ["expired"] }]);
    expect(diffIsms(base, expiring).consequences.staleAcceptances).toEqual([]);
  });

  it("reports an SoA exclusion as the decision's change and the row's change", () => {
    const rows = deriveIsmsSoa(base, AS_OF);
    const free = base.soaDecisions.find((decision) => {
      const row = rows.find((candidate) => candidate.ref === decision.control);
      return decision.applicable && row !== undefined && row.risks.length === 0 && row.obligations.length === 0;
    });
    if (free === undefined) throw new Error("the example has an applicable control no plan or obligation needs");
    const excluded = edited((doc) => {
      doc.soaDecisions = doc.soaDecisions.map((decision) =>
        decision.control === free.control ? { control: decision.control, applicable: false, justification: "No such activity in the scope." } : decision,
      );
    });
    const diff = diffIsms(base, excluded, { asOf: AS_OF });
    expect(diff.entities.map((change) => [change.collection, change.key, change.change])).toEqual([["soaDecisions", free.control, "changed"]]);
    expect(diff.entities[0]?.fields).toContainEqual({ path: ["applicable"], before: true, after: false });
    expect(diff.entities[0]?.fields).toContainEqual({ path: ["justification"], after: "No such activity in the scope." });
    const soa = diff.consequences.soa.filter((entry) => entry.ref === free.control);
    expect(soa).toContainEqual({ ref: free.control, change: "applicability", before: "applicable", after: "excluded" });
    expect(soa.map((entry) => entry.change)).toContain("justification");
  });

  it("reports a PDCA phase change and the cycle's field changes", () => {
    const acting = edited((doc) => {
      doc.cycle.phase = "act";
    });
    const diff = diffIsms(base, acting);
    expect(diff.consequences.phase).toEqual({ before: { cycle: 2, phase: "check" }, after: { cycle: 2, phase: "act" } });
    expect(diff.frame).toEqual([{ path: ["cycle", "phase"], before: "check", after: "act" }]);
  });

  it("lists added and removed entities with their records", () => {
    const changed = edited((doc) => {
      doc.policies = doc.policies.filter((policy) => policy.id !== doc.policies[0]!.id);
      doc.contextIssues.push({ ...doc.contextIssues[0]!, id: CI_99 });
    });
    const removed = base.policies[0]!;
    const diff = diffIsms(base, changed);
    expect(diff.entities.map((change) => [change.collection, change.key, change.change])).toEqual([
      ["contextIssues", "CI-99", "added"],
      ["policies", removed.id, "removed"],
    ]);
    expect(diff.entities[0]?.after).toEqual({ ...base.contextIssues[0], id: CI_99 });
    expect(diff.entities[1]).toMatchObject({ before: removed, fields: [] });
    expect(diff.collections.map((item) => [item.collection, item.added, item.removed])).toEqual([
      ["contextIssues", 1, 0],
      ["policies", 0, 1],
    ]);
  });

  it("compares the frame field by field, the audit programme without its audits", () => {
    const changed = edited((doc) => {
      doc.organisation.name = "Northwind Analytics plc";
      doc.auditProgramme!.audits = doc.auditProgramme!.audits.slice(1);
    });
    const diff = diffIsms(base, changed);
    expect(diff.frame).toEqual([{ path: ["organisation", "name"], before: "Northwind Analytics Ltd", after: "Northwind Analytics plc" }]);
    expect(diff.entities.map((change) => [change.collection, change.key, change.change])).toEqual([["audits", base.auditProgramme!.audits[0]!.id, "removed"]]);
    expect(diff.collections[0]?.path).toEqual(["auditProgramme", "audits"]);
  });

  it("compares elements of arrays of objects with ids by id", () => {
    const plan = base.treatmentPlans.find((candidate) => candidate.actions.length >= 2)!;
    const changed = edited((doc) => {
      const target = doc.treatmentPlans.find((candidate) => candidate.id === plan.id)!;
      target.actions[1]!.owner = "Someone Else";
    });
    const diff = diffIsms(base, changed);
    expect(diff.entities[0]?.fields).toEqual([{ path: ["actions", { id: plan.actions[1]!.id }, "owner"], before: plan.actions[1]!.owner, after: "Someone Else" }]);
    expect(revisionOf(applyIsmsDiff(base, diff))).toBe(revisionOf(changed));
  });

  it("lists entities by collection in document order, then key in natural order", () => {
    const changed = edited((doc) => {
      for (const id of ["R-10", "R-02", "R-01"]) risk(doc, id).title = `${risk(doc, id).title}!`;
      doc.assets[0]!.name = "Renamed";
    });
    const diff = diffIsms(base, changed);
    expect(diff.entities.map((change) => change.key)).toEqual([base.assets[0]!.id, "R-01", "R-02", "R-10"]);
    expect(diffIsms(base, changed)).toEqual(diff);
  });

  it("treats records in another order as no change", () => {
    const shuffled = edited((doc) => {
      doc.risks.reverse();
      doc.soaDecisions.reverse();
    });
    const diff = diffIsms(base, shuffled, { asOf: AS_OF });
    expect(diff.equal).toBe(true);
    expect(diff.entities).toEqual([]);
  });

  it("reports a new order of the decisions, which keep theirs", () => {
    const reordered = edited((doc) => {
      doc.decisions.reverse();
    });
    const diff = diffIsms(base, reordered);
    expect(diff.equal).toBe(false);
    expect(diff.entities).toEqual([]);
    expect(diff.collections).toEqual([
      { collection: "decisions", path: ["decisions"], added: 0, changed: 0, removed: 0, order: reordered.decisions.map((decision) => decision.id) },
    ]);
    expect(revisionOf(applyIsmsDiff(base, diff))).toBe(revisionOf(reordered));
  });

  it("is plain JSON", () => {
    const diff = diffIsms(base, reRated, { asOf: AS_OF });
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});

describe("applyIsmsDiff", () => {
  it("turns the earlier document into the later one", () => {
    const later = edited((doc) => {
      doc.organisation.name = "Northwind Analytics plc";
      doc.cycle.phase = "act";
      doc.policies.pop();
      doc.contextIssues.push({ ...doc.contextIssues[0]!, id: CI_99 });
      risk(doc, "R-02").ratings.residual!.likelihood = "possible";
      delete doc.scope;
    });
    const diff = JSON.parse(JSON.stringify(diffIsms(base, later))) as ReturnType<typeof diffIsms>;
    const applied = applyIsmsDiff(base, diff);
    expect(revisionOf(applied)).toBe(revisionOf(later));
    expect(revisionOf(base)).toBe(revisionOf(createExampleIsms()));
  });

  it("refuses a diff that does not fit the document", () => {
    const diff = diffIsms(base, reRated);
    expect(() => applyIsmsDiff(reRated, diff)).toThrow(IsmsError);
    try {
      applyIsmsDiff(reRated, diff);
    } catch (error) {
      expect((error as IsmsError).code).toBe("invalid_argument");
      expect((error as IsmsError).path).toEqual(["risks", "R-02"]);
    }
    const added = diffIsms(base, edited((doc) => doc.contextIssues.push({ ...doc.contextIssues[0]!, id: CI_99 })));
    const twice = applyIsmsDiff(base, added);
    expect(() => applyIsmsDiff(twice, added)).toThrow(/already holds CI-99/);
  });

  it("does not mutate its inputs", () => {
    const later = edited((doc) => {
      doc.cycle.phase = "act";
      doc.policies.pop();
      risk(doc, "R-02").ratings.residual!.likelihood = "possible";
    });
    const diff = deepFreeze(diffIsms(base, later));
    const frozen = deepFreeze(structuredClone(base));
    expect(revisionOf(applyIsmsDiff(frozen, diff))).toBe(revisionOf(later));
  });

  it("refuses a frame change or a new order that does not fit", () => {
    const acting = edited((doc) => {
      doc.cycle.phase = "act";
    });
    const diff = diffIsms(base, acting);
    expect(() => applyIsmsDiff(acting, diff)).toThrow(/cycle\.phase is not the value the diff starts from/);
    const reordered = diffIsms(base, edited((doc) => void doc.decisions.reverse()));
    const fewer = edited((doc) => void doc.decisions.pop());
    expect(() => applyIsmsDiff(fewer, reordered)).toThrow(IsmsError);
  });

  it("refuses changes at paths the document does not have", () => {
    const diff = diffIsms(base, base);
    const at = (path: IsmsFieldChange["path"]) => ({ ...diff, equal: false, frame: [{ path, before: "x", after: "y" }] });
    expect(() => applyIsmsDiff(base, at(["organisation", "nowhere", "name"]))).toThrow(/nothing at organisation\.nowhere\.name/);
    expect(() => applyIsmsDiff(base, at(["cycle", "history", { id: "H-1" }]))).toThrow(/not the value the diff starts from/);
    expect(() => applyIsmsDiff(base, at([]))).toThrow(/empty path/);
    const entity = (change: IsmsEntityChange) => ({ ...diff, equal: false, entities: [change] });
    expect(() => applyIsmsDiff(base, entity({ collection: "widgets", key: "W-1", change: "added", after: {}, fields: [] }))).toThrow(/no collection "widgets"/);
    expect(() => applyIsmsDiff(base, entity({ collection: "risks", key: "R-404", change: "changed", fields: [] }))).toThrow(/holds no R-404/);
    expect(() => applyIsmsDiff(base, entity({ collection: "risks", key: "R-01", change: "removed", before: {}, fields: [] }))).toThrow(/not the record the diff removes/);
  });
});

describe("an optional collection that appears or disappears", () => {
  it("is reported on the collection and applied", () => {
    const without = edited((doc) => void delete doc.acknowledgements);
    const withOne = edited((doc) => {
      doc.acknowledgements = [{ id: "ACK-1", code: "missing_scope", reason: "Known", by: "CISO", on: "2026-11-01" } as never];
    });
    const appeared = diffIsms(without, withOne);
    expect(appeared.collections).toEqual([{ collection: "acknowledgements", path: ["acknowledgements"], added: 1, changed: 0, removed: 0, field: "added" }]);
    expect(revisionOf(applyIsmsDiff(without, appeared))).toBe(revisionOf(withOne));
    const gone = diffIsms(withOne, without);
    expect(gone.collections[0]).toMatchObject({ removed: 1, field: "removed" });
    expect(revisionOf(applyIsmsDiff(withOne, gone))).toBe(revisionOf(without));
    expect(() => applyIsmsDiff(without, gone)).toThrow(IsmsError);
  });
});
