import { describe, expect, it } from "vitest";
import { applyIsmsCommand, formatIsms, IsmsCommandSchema, mergeIsms, parseIsms, revisionOf, type IsmsCommand, type IsmsDocument } from "../../src/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { resolutionOf, setAt } from "../../src/cli/mergeDriver.js";
import { fakeIo } from "./fakeIo.js";

const base = createExampleIsms();
const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };

function changed(...commands: IsmsCommand[]): IsmsDocument {
  let document = base;
  for (const command of commands) {
    const result = applyIsmsCommand(document, command, meta);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    document = result.value.document;
  }
  return document;
}

const owner = (id: string, value: string): IsmsCommand => ({ type: "entity.update", collection: "risks", id, patch: { owner: value } });

/** The three versions as git hands them over: BASE, OURS (written to) and THEIRS. */
function versions(ours: IsmsDocument, theirs: IsmsDocument) {
  return fakeIo({ "o.json": JSON.stringify(base), "a.json": JSON.stringify(ours), "b.json": JSON.stringify(theirs) });
}

function written(fake: ReturnType<typeof fakeIo>): IsmsDocument {
  return parseIsms(JSON.parse(fake.files.get("a.json")!));
}

describe("isms merge-driver", () => {
  it("writes the merged document, formatted, to OURS and exits 0 when clean", () => {
    const fake = versions(changed(owner("R-01", "CISO")), changed(owner("R-02", "CFO")));
    const result = fake.run("merge-driver", "o.json", "a.json", "b.json", "isms.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("isms merge-driver: merged isms.json without conflict.\n");
    const merged = written(fake);
    expect(merged.risks.find((risk) => risk.id === "R-01")?.owner).toBe("CISO");
    expect(merged.risks.find((risk) => risk.id === "R-02")?.owner).toBe("CFO");
    expect(fake.files.get("a.json")).toBe(formatIsms(merged));
    expect(fake.files.has("isms.json.conflicts.json")).toBe(false);
  });

  it("exits 1 on a conflict, keeps ours in the file and lists base, ours, theirs and the command that takes theirs", () => {
    const fake = versions(changed(owner("R-01", "CISO")), changed(owner("R-01", "CFO")));
    const result = fake.run("merge-driver", "o.json", "a.json", "b.json", "isms.json");
    expect(result.code).toBe(1);
    expect(written(fake).risks.find((risk) => risk.id === "R-01")?.owner).toBe("CISO");
    const take: IsmsCommand = { type: "entity.update", collection: "risks", id: "R-01", patch: { owner: "CFO" } };
    expect(result.stderr.split("\n").slice(0, 6)).toEqual([
      "isms merge-driver: 1 conflict in isms.json; the file holds our side of each.",
      "CONFLICT (both changed) risks R-01: owner",
      '  base:   "CTO"',
      '  ours:   "CISO" (in the file)',
      '  theirs: "CFO"',
      `  to take theirs: ${JSON.stringify(take)}`,
    ]);
    expect(result.stderr).toContain("isms apply isms.json isms.json.conflicts.json");
    expect(JSON.parse(fake.files.get("isms.json.conflicts.json")!)).toEqual([take]);
  });

  it("writes commands that isms apply takes, and that give theirs at each conflict", () => {
    const ours = changed(
      { type: "risk.rate", id: "R-12", layer: "residual", rating: { likelihood: "likely", consequence: "major", methodology: { id: "northwind-risk-method", version: 1 }, date: "2026-11-01" } as never },
      { type: "entity.remove", collection: "assets", id: "A-INF-CRM" },
      { type: "organisation.update", patch: { name: "Ours Ltd" } },
    );
    const theirs = changed(
      { type: "risk.rate", id: "R-12", layer: "residual", rating: { likelihood: "possible", consequence: "major", methodology: { id: "northwind-risk-method", version: 1 }, date: "2026-11-01" } as never },
      { type: "entity.update", collection: "assets", id: "A-INF-CRM", patch: { name: "CRM export" } },
      { type: "organisation.update", patch: { name: "Theirs Ltd" } },
    );
    const fake = versions(ours, theirs);
    expect(fake.run("merge-driver", "o.json", "a.json", "b.json", "isms.json").code).toBe(1);
    const commands = JSON.parse(fake.files.get("isms.json.conflicts.json")!) as unknown[];
    expect(commands.map((command) => IsmsCommandSchema.parse(command).type)).toEqual(["entity.add", "entity.update", "organisation.update"]);
    fake.files.set("isms.json", fake.files.get("a.json")!);
    const applied = fake.run("apply", "isms.json", "isms.json.conflicts.json", "--by", "CISO", "--allow-errors");
    expect(applied.code).toBe(0);
    const resolved = parseIsms(JSON.parse(fake.files.get("isms.json")!));
    expect(resolved.organisation.name).toBe("Theirs Ltd");
    expect(resolved.assets.find((asset) => asset.id === "A-INF-CRM")?.name).toBe("CRM export");
    expect(resolved.risks.find((risk) => risk.id === "R-12")?.ratings.residual?.likelihood).toBe("possible");
  });

  it("tells how to edit a frame field no command sets", () => {
    const ours = parseIsms({ ...base, cataloguesInScope: ["annex-a"], custom: { ticket: "ours" } });
    const theirs = parseIsms({ ...base, custom: { ticket: "theirs" } });
    const fake = versions(ours, theirs);
    const result = fake.run("merge-driver", "o.json", "a.json", "b.json");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("CONFLICT (both added) custom");
    expect(result.stderr).toContain("no command reaches custom: edit it in the file to take theirs, then run isms fmt.");
    expect(result.stderr).toContain("Edit a.json where theirs should win");
    expect([...fake.files.keys()].filter((file) => file.endsWith(".conflicts.json"))).toEqual([]);
  });

  it("says an append-only record is edited by hand", () => {
    const decision = (rationale: string) => ({ ...base.decisions[0]!, id: "D-900", rationale });
    const fake = versions(parseIsms({ ...base, decisions: [...base.decisions, decision("Ours")] }), parseIsms({ ...base, decisions: [...base.decisions, decision("Theirs")] }));
    const result = fake.run("merge-driver", "o.json", "a.json", "b.json", "isms.json");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("CONFLICT (both added) decisions D-900 (the whole record)");
    expect(result.stderr).toContain("decisions D-900 (the whole record) is an append-only record, which no command changes");
  });

  it("exits 2 and writes nothing when a version is not a valid document", () => {
    const fake = fakeIo({ "o.json": JSON.stringify(base), "a.json": JSON.stringify(base), "b.json": JSON.stringify({ ...base, colour: "blue" }) });
    const result = fake.run("merge-driver", "o.json", "a.json", "b.json", "isms.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^isms merge-driver: THEIRS b\.json is not a valid ISMS document/);
    expect(result.stderr).toContain("git leaves isms.json conflicted");
    expect(fake.writes).toEqual([]);
  });

  it("exits 2 when a version is not JSON or is missing", () => {
    const fake = fakeIo({ "o.json": "{", "a.json": JSON.stringify(base) });
    expect(fake.run("merge-driver", "o.json", "a.json", "b.json").code).toBe(2);
    expect(fake.run("merge-driver", "o.json", "a.json").code).toBe(2);
    expect(fake.writes).toEqual([]);
  });

  it("gives the revision of the side that changed when the other did not", () => {
    const theirs = changed(owner("R-05", "CISO"));
    const fake = versions(base, theirs);
    expect(fake.run("merge-driver", "o.json", "a.json", "b.json").code).toBe(0);
    expect(revisionOf(written(fake))).toBe(revisionOf(theirs));
  });
});

describe("resolutionOf: the command that takes theirs", () => {
  const conflictOf = (ours: IsmsDocument, theirs: IsmsDocument) => {
    const result = mergeIsms(base, ours, theirs, { asOf: "2026-11-27" });
    expect(result.conflicts).toHaveLength(1);
    return { conflict: result.conflicts[0]!, merged: result.document };
  };
  /** Applies the resolution to the merged document: it must give theirs at the conflict. */
  const taken = (ours: IsmsDocument, theirs: IsmsDocument): IsmsDocument => {
    const { conflict, merged } = conflictOf(ours, theirs);
    const { command } = resolutionOf(conflict, merged);
    expect(command).toBeDefined();
    const applied = applyIsmsCommand(merged, command!, meta);
    if (!applied.ok) throw new Error(JSON.stringify(applied.error));
    return applied.value.document;
  };

  it("removes a record theirs removed and ours changed", () => {
    const ours = changed({ type: "entity.update", collection: "assets", id: "A-INF-CRM", patch: { name: "CRM export" } });
    const theirs = changed({ type: "entity.remove", collection: "assets", id: "A-INF-CRM" });
    const { conflict, merged } = conflictOf(ours, theirs);
    expect(resolutionOf(conflict, merged).command).toEqual({ type: "entity.remove", collection: "assets", id: "A-INF-CRM" });
  });

  it("replaces a record added on both sides, unsetting the fields theirs has not", () => {
    const asset = { ...base.assets.find((found) => found.id === "A-INF-CRM")!, id: "A-NEW" };
    const { tags: _tags, ...withoutTags } = { ...asset, tags: ["x"] };
    const ours = parseIsms({ ...base, assets: [...base.assets, { ...asset, name: "Ours", tags: ["x"] }] });
    const theirs = parseIsms({ ...base, assets: [...base.assets, { ...withoutTags, name: "Theirs" }] });
    const resolved = taken(ours, theirs).assets.find((found) => found.id === "A-NEW")!;
    expect(resolved.name).toBe("Theirs");
    expect(resolved.tags).toBeUndefined();
  });

  it("unsets a field theirs removed and ours changed", () => {
    const ours = changed({ type: "entity.update", collection: "risks", id: "R-01", patch: { category: "Ours" } });
    const theirs = changed({ type: "entity.update", collection: "risks", id: "R-01", patch: {}, unset: ["category"] });
    expect(taken(ours, theirs).risks.find((found) => found.id === "R-01")!.category).toBeUndefined();
  });

  it("sets one action of a plan, keeping the others as merged", () => {
    const plan = (due: string) => parseIsms({ ...base, treatmentPlans: base.treatmentPlans.map((found, index) => (index === 0 ? { ...found, actions: found.actions.map((action, at) => (at === 1 ? { ...action, due } : action)) } : found)) });
    const resolved = taken(plan("2026-12-31"), plan("2027-02-28"));
    expect(resolved.treatmentPlans[0]!.actions.map((action) => action.due)).toEqual(plan("2027-02-28").treatmentPlans[0]!.actions.map((action) => action.due));
  });

  it("updates an audit of the audit programme, and sets the programme's own fields", () => {
    const audit = (title: string) => parseIsms({ ...base, auditProgramme: { ...base.auditProgramme!, audits: base.auditProgramme!.audits.map((found, index) => (index === 0 ? { ...found, title } : found)) } });
    expect(taken(audit("Ours"), audit("Theirs")).auditProgramme!.audits[0]!.title).toBe("Theirs");
    const programme = (owner: string) => parseIsms({ ...base, auditProgramme: { ...base.auditProgramme!, owner } });
    expect(taken(programme("Ours"), programme("Theirs")).auditProgramme!.owner).toBe("Theirs");
  });

  it("sets the scope and the certification with their commands", () => {
    const scope = (statement: string) => parseIsms({ ...base, scope: { ...base.scope!, statement } });
    expect(taken(scope("Ours"), scope("Theirs")).scope!.statement).toBe("Theirs");
    const certification = (body: string) => parseIsms({ ...base, certification: { ...base.certification!, body } });
    expect(taken(certification("Ours"), certification("Theirs")).certification!.body).toBe("Theirs");
  });

  it("has no command for an organisation field theirs removed", () => {
    const ours = parseIsms({ ...base, organisation: { ...base.organisation, headcount: 70 } });
    const { headcount: _headcount, ...organisation } = base.organisation;
    const theirs = parseIsms({ ...base, organisation });
    const { conflict, merged } = conflictOf(ours, theirs);
    expect(resolutionOf(conflict, merged)).toEqual({ byHand: "no command reaches organisation.headcount: edit it in the file (remove it) to take theirs, then run isms fmt." });
  });

  it("setAt names array elements by id, adds and removes them", () => {
    const list = [{ id: "a", n: 1 }, { id: "b", n: 2 }];
    expect(setAt({ list }, ["list", "b", "n"], 3)).toEqual({ list: [{ id: "a", n: 1 }, { id: "b", n: 3 }] });
    expect(setAt({ list }, ["list", "c"], { id: "c", n: 4 })).toEqual({ list: [...list, { id: "c", n: 4 }] });
    expect(setAt({ list }, ["list", "a"], undefined)).toEqual({ list: [{ id: "b", n: 2 }] });
    expect(setAt({ list, x: 1 }, ["x"], undefined)).toEqual({ list });
  });
});
