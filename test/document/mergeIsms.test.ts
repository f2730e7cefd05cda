import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../src/core/_internal/index.js";
import { mergeIsms, parseIsms, revisionOf, validateIsms, type IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

const base = createExampleIsms();
const asOf = "2026-11-27";

/** A document being edited: plain JSON, whose ids parseIsms brands again. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Draft = any;

/** A copy of the example changed by `change`, parsed so that it is a valid document. */
function edited(change: (draft: Draft) => void, from: IsmsDocument = base): IsmsDocument {
  const draft = structuredClone(from);
  change(draft);
  return parseIsms(draft);
}

function risk(document: Draft, id: string): Draft {
  return (document as IsmsDocument).risks.find((found) => found.id === id);
}

function merge(ours: IsmsDocument, theirs: IsmsDocument) {
  return mergeIsms(base, ours, theirs, { asOf });
}

const rating = { likelihood: "rare", consequence: "minor", methodology: { id: "northwind-risk-method", version: 1 }, date: "2026-11-01" } as const;

describe("mergeIsms: records by key and by field", () => {
  it("keeps the changes of both sides to different risks", () => {
    const ours = edited((draft) => void (risk(draft, "R-01")!.owner = "CISO"));
    const theirs = edited((draft) => void (risk(draft, "R-02")!.title = "Renamed by them"));
    const result = merge(ours, theirs);
    expect(result.clean).toBe(true);
    expect(result.conflicts).toEqual([]);
    expect(risk(result.document, "R-01")?.owner).toBe("CISO");
    expect(risk(result.document, "R-02")?.title).toBe("Renamed by them");
  });

  it("keeps changes to different fields of one risk, nested ones too", () => {
    const ours = edited((draft) => void (risk(draft, "R-01")!.ratings.current!.likelihood = "rare"));
    const theirs = edited((draft) => {
      risk(draft, "R-01")!.ratings.current!.rationale = "Their rationale";
      risk(draft, "R-01")!.owner = "CFO";
    });
    const result = merge(ours, theirs);
    expect(result.conflicts).toEqual([]);
    const merged = risk(result.document, "R-01")!;
    expect(merged.ratings.current).toMatchObject({ likelihood: "rare", rationale: "Their rationale" });
    expect(merged.owner).toBe("CFO");
  });

  it("keeps the same change made on both sides once, without conflict", () => {
    const change = (draft: Draft) => void (risk(draft, "R-03")!.owner = "CISO");
    const result = merge(edited(change), edited(change));
    expect(result.clean).toBe(true);
    expect(revisionOf(result.document)).toBe(revisionOf(edited(change)));
  });

  it("reports one field changed two ways, with the three values, and keeps ours", () => {
    const before = risk(base, "R-12")!.ratings.residual!;
    expect(["likely", "possible"]).not.toContain(before.likelihood);
    const ours = edited((draft) => void (risk(draft, "R-12")!.ratings.residual!.likelihood = "likely"));
    const theirs = edited((draft) => {
      risk(draft, "R-12")!.ratings.residual!.likelihood = "possible";
      risk(draft, "R-12")!.ratings.residual!.rationale = "Theirs";
    });
    const result = merge(ours, theirs);
    expect(result.clean).toBe(false);
    expect(result.conflicts).toEqual([
      {
        kind: "both_changed",
        collection: "risks",
        key: "R-12",
        path: ["risks", "R-12", "ratings", "residual", "likelihood"],
        base: before.likelihood,
        ours: "likely",
        theirs: "possible",
      },
    ]);
    expect(risk(result.document, "R-12")!.ratings.residual).toEqual({ ...before, likelihood: "likely", rationale: "Theirs" });
  });

  it("reports a field added on both sides with different values as both_added, without a base", () => {
    expect(risk(base, "R-01")!.ratings.residual).toBeUndefined();
    const ours = edited((draft) => void (risk(draft, "R-01")!.ratings.residual = rating));
    const theirs = edited((draft) => void (risk(draft, "R-01")!.ratings.residual = { ...rating, likelihood: "unlikely" }));
    const [conflict, ...others] = merge(ours, theirs).conflicts;
    expect(others).toEqual([]);
    expect(conflict).toEqual({ kind: "both_added", collection: "risks", key: "R-01", path: ["risks", "R-01", "ratings", "residual"], ours: rating, theirs: { ...rating, likelihood: "unlikely" } });
  });

  it("removes a record removed on one side and unchanged on the other", () => {
    const ours = edited((draft) => void (draft.assets = draft.assets.filter((asset: Draft) => asset.id !== "A-INF-CRM")));
    const theirs = edited((draft) => void (risk(draft, "R-02")!.owner = "CFO"));
    const result = merge(ours, theirs);
    expect(result.clean).toBe(true);
    expect(result.document.assets.some((asset) => asset.id === "A-INF-CRM")).toBe(false);
    expect(merge(theirs, ours).document.assets.some((asset) => asset.id === "A-INF-CRM")).toBe(false);
  });

  it("reports a record removed on one side and changed on the other, and keeps ours", () => {
    const removed = edited((draft) => void (draft.assets = draft.assets.filter((asset: Draft) => asset.id !== "A-INF-CRM")));
    const changed = edited((draft) => void (draft.assets.find((asset: Draft) => asset.id === "A-INF-CRM")!.name = "CRM export"));
    const result = merge(removed, changed);
    expect(result.conflicts).toEqual([
      { kind: "removed_and_changed", collection: "assets", key: "A-INF-CRM", path: ["assets", "A-INF-CRM"], base: base.assets.find((asset) => asset.id === "A-INF-CRM"), theirs: changed.assets.find((asset) => asset.id === "A-INF-CRM") },
    ]);
    expect(result.document.assets.some((asset) => asset.id === "A-INF-CRM")).toBe(false);
    const reverse = merge(changed, removed);
    expect(reverse.conflicts.map((conflict) => [conflict.kind, conflict.ours !== undefined, conflict.theirs !== undefined])).toEqual([["removed_and_changed", true, false]]);
    expect(reverse.document.assets.find((asset) => asset.id === "A-INF-CRM")?.name).toBe("CRM export");
  });

  it("reports the same new key added on both sides with different content, and keeps one record", () => {
    const asset = { ...base.assets.find((found) => found.id === "A-INF-CRM")!, id: "A-NEW" };
    const ours = edited((draft) => void draft.assets.push({ ...asset, name: "Ours" }));
    const theirs = edited((draft) => void draft.assets.push({ ...asset, name: "Theirs" }));
    const result = merge(ours, theirs);
    expect(result.conflicts.map(({ kind, path }) => ({ kind, path }))).toEqual([{ kind: "both_added", path: ["assets", "A-NEW"] }]);
    expect(result.document.assets.filter((found) => found.id === "A-NEW").map((found) => found.name)).toEqual(["Ours"]);
    const same = merge(ours, edited((draft) => void draft.assets.push({ ...asset, name: "Ours" })));
    expect(same.clean).toBe(true);
    expect(same.document.assets.filter((found) => found.id === "A-NEW")).toHaveLength(1);
  });

  it("keeps ours' order of records with theirs' additions after it", () => {
    const extra = (id: string) => ({ ...base.assets.find((found) => found.id === "A-INF-CRM")!, id });
    const ours = edited((draft) => void (draft.assets = [extra("A-OURS"), ...draft.assets.reverse()]));
    const theirs = edited((draft) => void draft.assets.push(extra("A-THEIRS")));
    const ids = merge(ours, theirs).document.assets.map((asset) => asset.id);
    expect(ids).toEqual([...ours.assets.map((asset) => asset.id), "A-THEIRS"]);
  });
});

describe("mergeIsms: arrays inside records", () => {
  it("merges arrays of references as sets: additions of both kept, removals of either removed, ours' order first", () => {
    // R-01 names A-INF-SECRETS and A-INF-SOURCE.
    const ours = edited((draft) => void (risk(draft, "R-01")!.assets = ["A-INF-SOURCE", "A-INF-SECRETS", "A-INF-CRM"]));
    const theirs = edited((draft) => void (risk(draft, "R-01")!.assets = ["A-INF-SOURCE", "A-INF-FIN"]));
    const result = merge(ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(risk(result.document, "R-01")!.assets).toEqual(["A-INF-SOURCE", "A-INF-CRM", "A-INF-FIN"]);
  });

  it("merges arrays of objects with ids by id: a plan's actions", () => {
    const ours = edited((draft) => void (draft.treatmentPlans[0]!.actions[1]!.owner = "CISO"));
    const action = { id: "TP-01-A4", title: "Their new action", owner: "CTO", due: "2027-03-31", status: "planned" as const };
    const theirs = edited((draft) => {
      draft.treatmentPlans[0]!.actions.push(action);
      draft.treatmentPlans[0]!.actions.splice(2, 1);
    });
    const result = merge(ours, theirs);
    expect(result.conflicts).toEqual([]);
    const actions = result.document.treatmentPlans[0]!.actions;
    expect(actions.map((found) => found.id)).toEqual(["TP-01-A1", "TP-01-A2", "TP-01-A4"]);
    expect(actions[1]!.owner).toBe("CISO");
  });

  it("names an action by its id in a conflict's path", () => {
    const ours = edited((draft) => void (draft.treatmentPlans[0]!.actions[1]!.due = "2026-12-31"));
    const theirs = edited((draft) => void (draft.treatmentPlans[0]!.actions[1]!.due = "2027-02-28"));
    expect(merge(ours, theirs).conflicts.map((conflict) => conflict.path)).toEqual([["treatmentPlans", "TP-01", "actions", "TP-01-A2", "due"]]);
  });

  it("merges other arrays whole: a plan's controls changed two ways conflict", () => {
    const ours = edited((draft) => void (draft.treatmentPlans[0]!.controls[0]!.note = "Ours"));
    const theirs = edited((draft) => void draft.treatmentPlans[0]!.controls.pop());
    const result = merge(ours, theirs);
    expect(result.conflicts.map(({ kind, path }) => ({ kind, path }))).toEqual([{ kind: "both_changed", path: ["treatmentPlans", "TP-01", "controls"] }]);
    expect(result.document.treatmentPlans[0]!.controls).toEqual(ours.treatmentPlans[0]!.controls);
  });
});

describe("mergeIsms: append-only records", () => {
  const decision = (id: string, rationale: string) => ({ ...base.decisions[0]!, id, rationale });

  it("unites the risk owners' decisions of both sides, ours' first", () => {
    const ours = edited((draft) => void draft.decisions.push(decision("D-900", "Ours")));
    const theirs = edited((draft) => void draft.decisions.push(decision("D-901", "Theirs")));
    const result = merge(ours, theirs);
    expect(result.clean).toBe(true);
    expect(result.document.decisions.slice(-2).map((found) => found.id)).toEqual(["D-900", "D-901"]);
  });

  it("never removes a decision one side dropped", () => {
    const ours = edited((draft) => void (draft.decisions = draft.decisions.slice(1)));
    const result = merge(ours, base);
    expect(result.document.decisions.map((found) => found.id)).toContain(base.decisions[0]!.id);
  });

  it("reports the same decision id with different content as both_added", () => {
    const ours = edited((draft) => void draft.decisions.push(decision("D-900", "Ours")));
    const theirs = edited((draft) => void draft.decisions.push(decision("D-900", "Theirs")));
    const result = merge(ours, theirs);
    expect(result.conflicts.map(({ kind, collection, key, path }) => ({ kind, collection, key, path }))).toEqual([
      { kind: "both_added", collection: "decisions", key: "D-900", path: ["decisions", "D-900"] },
    ]);
    expect(result.document.decisions.filter((found) => found.id === "D-900").map((found: Draft) => found.rationale)).toEqual(["Ours"]);
  });

  it("unites methodology versions by id@version", () => {
    const next = { ...base.methodologies[base.methodologies.length - 1]!, version: 99 };
    const theirs = edited((draft) => void draft.methodologies.push(next));
    const result = merge(base, theirs);
    expect(result.document.methodologies.map((found) => `${found.id}@${found.version}`)).toContain(`${next.id}@99`);
  });

  it("unites an objective's measurements by value: both sides' new ones kept, a shared one once", () => {
    const shared = { date: "2026-11-30", value: 99.95 };
    const ours = edited((draft) => void draft.objectives[0]!.measurements!.push(shared, { date: "2026-12-01", value: 99.9 }));
    const theirs = edited((draft) => {
      draft.objectives[0]!.measurements!.push(shared, { date: "2026-12-02", value: 99.8 });
      draft.objectives[0]!.owner = "CTO";
    });
    const result = merge(ours, theirs);
    expect(result.conflicts).toEqual([]);
    const objective = result.document.objectives[0]!;
    expect(objective.measurements!.slice(-3)).toEqual([...ours.objectives[0]!.measurements!.slice(-2), { date: "2026-12-02", value: 99.8 }]);
    expect(objective.measurements).toHaveLength(base.objectives[0]!.measurements!.length + 3);
    expect(objective.owner).toBe("CTO");
  });
});

describe("mergeIsms: the frame and nested collections", () => {
  it("merges the organisation field by field and reports its conflicts without a collection", () => {
    const ours = edited((draft) => void (draft.organisation.name = "Ours Ltd"));
    const theirs = edited((draft) => {
      draft.organisation.name = "Theirs Ltd";
      draft.organisation.headcount = 61;
    });
    const result = merge(ours, theirs);
    expect(result.conflicts).toEqual([{ kind: "both_changed", path: ["organisation", "name"], base: base.organisation.name, ours: "Ours Ltd", theirs: "Theirs Ltd" }]);
    expect(result.document.organisation).toMatchObject({ name: "Ours Ltd", headcount: 61 });
  });

  it("merges the audits of the audit programme by key, apart from the programme's own fields", () => {
    const ours = edited((draft) => void (draft.auditProgramme!.owner = "Head of Compliance"));
    const theirs = edited((draft) => void (draft.auditProgramme!.audits[0]!.title = "Their title"));
    const result = merge(ours, theirs);
    expect(result.clean).toBe(true);
    expect(result.document.auditProgramme?.owner).toBe("Head of Compliance");
    expect(result.document.auditProgramme?.audits[0]?.title).toBe("Their title");
    const conflicting = merge(edited((draft) => void (draft.auditProgramme!.audits[0]!.title = "Ours")), theirs);
    const id = base.auditProgramme!.audits[0]!.id;
    expect(conflicting.conflicts.map(({ collection, key, path }) => ({ collection, key, path }))).toEqual([{ collection: "audits", key: id, path: ["auditProgramme", "audits", id, "title"] }]);
  });
});

describe("mergeIsms: the merged document", () => {
  it("is validated: changes fine apart can break a rule together", () => {
    const ours = edited((draft) => void (draft.assets = draft.assets.filter((asset: Draft) => asset.id !== "A-INF-CRM")));
    const theirs = edited((draft) => void risk(draft, "R-01")!.assets!.push("A-INF-CRM"));
    const result = merge(ours, theirs);
    expect(result.clean).toBe(true);
    expect(result.issues).toEqual(validateIsms(result.document, { asOf }));
    expect(result.issues.some((found) => found.severity === "error" && found.path[0] === "risks" && JSON.stringify(found).includes("A-INF-CRM"))).toBe(true);
  });

  it("is the other side when one side changed nothing", () => {
    const theirs = edited((draft) => void (risk(draft, "R-04")!.owner = "CISO"));
    expect(revisionOf(merge(base, theirs).document)).toBe(revisionOf(theirs));
    expect(revisionOf(merge(theirs, base).document)).toBe(revisionOf(theirs));
  });

  it("does not change its inputs", () => {
    const ours = deepFreeze(edited((draft) => void (risk(draft, "R-01")!.owner = "CISO")));
    const theirs = deepFreeze(edited((draft) => void (risk(draft, "R-01")!.owner = "CFO")));
    const frozenBase = deepFreeze(structuredClone(base));
    expect(() => mergeIsms(frozenBase, ours, theirs, { asOf })).not.toThrow();
    expect(risk(ours, "R-01")!.owner).toBe("CISO");
  });

  it("throws IsmsError invalid_argument for an argument that is not a document", () => {
    expect(() => mergeIsms(base, base, null as unknown as IsmsDocument, { asOf })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
