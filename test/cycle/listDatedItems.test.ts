import { describe, expect, it } from "vitest";
import { DatedItemSchema, listDatedItems, listOverdue } from "../../src/cycle/index.js";
import { makeAudit, makeNonconformity, makeObjective, makeReview } from "./_fixtures.js";

describe("listDatedItems", () => {
  it("collects audits, reviews and actions, corrective actions, objectives, acceptances and the certification calendar", () => {
    const items = listDatedItems({
      audits: [makeAudit(), makeAudit({ id: "AUD-2", status: "completed", performedDate: "2026-05-12" })],
      reviews: [makeReview({ status: "planned", actions: [{ id: "A-1", description: "Budget SIEM", owner: "CFO", due: "2026-12-01", status: "planned" }] })],
      nonconformities: [
        makeNonconformity({
          status: "action_planned",
          correctiveActions: [{ id: "CA-1", description: "Automate", owner: "IT", due: "2026-03-31", status: "planned" }],
        }),
      ],
      objectives: [makeObjective(), makeObjective({ id: "OBJ-2", status: "achieved" })],
      acceptances: [{ id: "D-1", due: "2027-01-31", owner: "CFO" }, { id: "D-2", title: "Re-accept R-2", due: "2027-02-28", done: true }],
      certification: { body: "CB", decisionDate: "2026-11-27", externalAudits: [{ kind: "recertification", date: "2029-09-01", completed: true }] },
      certificationOptions: { recertificationLeadDays: 60 },
    });
    expect(items.map((found) => `${found.kind}:${found.id}:${found.done}`)).toEqual([
      "audit:AUD-1:false",
      "audit:AUD-2:true",
      "management_review:MR-1:false",
      "review_action:A-1:false",
      "corrective_action:CA-1:false",
      "objective:OBJ-1:false",
      "objective:OBJ-2:true",
      "acceptance:D-1:false",
      "acceptance:D-2:true",
      "surveillance_audit:surveillance-1:false",
      "surveillance_audit:surveillance-2:false",
      "recertification_audit:recertification:true",
      "certificate_expiry:expiry:true",
    ]);
    expect(items.find((found) => found.id === "CA-1")).toMatchObject({ parent: "NC-1", owner: "IT" });
    expect(items.find((found) => found.id === "D-1")?.title).toBe("Review acceptance D-1");
    expect(items.find((found) => found.id === "recertification")?.due).toBe("2029-09-27");
    for (const found of items) expect(DatedItemSchema.safeParse(found).success).toBe(true);
    expect(listOverdue(items, "2026-11-27").map((found) => found.id)).toEqual(["CA-1", "AUD-1", "MR-1"]);
  });

  it("a closed nonconformity's actions are done; a certification without decision adds nothing", () => {
    const closed = makeNonconformity({
      status: "closed",
      correctiveActions: [{ id: "CA-1", description: "Automate", owner: "IT", due: "2026-03-31", status: "in_progress" }],
    });
    expect(listDatedItems({ nonconformities: [closed] })[0]?.done).toBe(true);
    expect(listDatedItems({ certification: { body: "CB", externalAudits: [] } })).toEqual([]);
    expect(listDatedItems({})).toEqual([]);
  });
});
