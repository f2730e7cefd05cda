import { describe, expect, it } from "vitest";
import { annexA, CustomCatalogueSchema } from "../../src/catalogue/index.js";
import { deriveSoa, validateSoa } from "../../src/soa/index.js";
import { acme, baseInput, decision, obligation, plan } from "./fixtures.js";

const row = (rows: ReturnType<typeof deriveSoa>, ref: string) => rows.find((candidate) => candidate.ref === ref);

describe("deriveSoa", () => {
  it("gives one row per Annex A control in catalogue order", () => {
    const rows = deriveSoa(baseInput());
    expect(rows.map((r) => r.id)).toEqual(annexA.map((control) => control.id));
    expect(rows[0]).toMatchObject({ ref: "annex-a:5.1", catalogue: "annex-a", group: "Organizational" });
  });

  it("adds the rows of a custom catalogue in scope after Annex A and ignores repeated catalogue ids", () => {
    const rows = deriveSoa(baseInput({ catalogues: ["annex-a", "acme", "annex-a"] }));
    expect(rows).toHaveLength(95);
    expect(rows.slice(93).map((r) => r.ref)).toEqual(["acme:ACME-1", "acme:ACME-2"]);
    expect(rows[93]?.group).toBe("cloud");
    expect(rows[94]).not.toHaveProperty("group");
  });

  it("asks for no decision on a withdrawn control, and keeps the row of one that a decision, plan or obligation names", () => {
    const sp = CustomCatalogueSchema.parse({
      id: "sp",
      title: "SP",
      controls: [
        { id: "ac-1", title: "Policy" },
        { id: "ac-13", title: "Supervision", withdrawn: true },
        { id: "ac-14", title: "Permitted actions", withdrawn: true },
        { id: "ac-15", title: "Automated marking", withdrawn: true },
        { id: "ac-16", title: "Attributes", withdrawn: true },
      ],
    });
    const input = baseInput({ catalogues: ["sp"], customCatalogues: [sp] });
    expect(deriveSoa(input).map((r) => r.id)).toEqual(["ac-1"]);
    const named = deriveSoa({
      ...input,
      decisions: [decision({ control: "sp:ac-14", applicable: false, justification: "Withdrawn by its source." })],
      plans: [plan("TP-1", ["R-1"], [{ ref: "sp:ac-15", state: "existing" }])],
      obligations: [obligation({ id: "OB-1", kind: "contractual", title: "Contract", controls: ["sp:ac-16"] })],
    });
    expect(named.map((r) => r.id)).toEqual(["ac-1", "ac-14", "ac-15", "ac-16"]);
    expect(validateSoa(input, { asOf: "2026-06-30" }).filter((found) => found.code === "undecided_control").map((found) => found.message)).toEqual([
      expect.stringContaining("sp:ac-1 "),
    ]);
  });

  it("gives no rows for an unknown catalogue", () => {
    expect(deriveSoa(baseInput({ catalogues: ["nope"] }))).toEqual([]);
  });

  it("marks a control that nothing decides as undecided and not applicable, without a justification", () => {
    const found = row(deriveSoa(baseInput()), "annex-a:7.5");
    expect(found).toMatchObject({ applicable: false, undecided: true, status: "not_implemented", reasons: [], risks: [], obligations: [] });
    expect(found).not.toHaveProperty("justification");
  });

  it("does not mark a decided exclusion, a selected control or a required control as undecided", () => {
    const rows = deriveSoa(
      baseInput({
        plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:8.24", state: "planned" }])],
        obligations: [obligation({ id: "OB-A", kind: "legal", title: "A", controls: ["annex-a:5.34"] })],
        decisions: [decision({ control: "annex-a:7.5", applicable: false, justification: "No premises" })],
      }),
    );
    for (const ref of ["annex-a:7.5", "annex-a:8.24", "annex-a:5.34"]) expect(row(rows, ref)).not.toHaveProperty("undecided");
    expect(row(rows, "annex-a:7.6")?.undecided).toBe(true);
  });

  it("includes an undecided control that a plan selects, with the plan's risks as the reason", () => {
    const rows = deriveSoa(
      baseInput({
        plans: [plan("TP-2", ["R-2"], [{ ref: "annex-a:8.24", state: "planned" }]), plan("TP-1", ["R-1", "R-2"], [{ ref: "annex-a:8.24", state: "planned" }])],
      }),
    );
    expect(row(rows, "annex-a:8.24")).toMatchObject({
      applicable: true,
      risks: ["R-1", "R-2"],
      reasons: [{ kind: "risk_treatment", risks: ["R-1", "R-2"] }],
      status: "planned",
      statusFromPlans: "planned",
    });
  });

  it("includes an undecided control that an obligation requires, one reason per obligation kind", () => {
    const rows = deriveSoa(
      baseInput({
        obligations: [
          obligation({ id: "OB-B", kind: "legal", title: "B", controls: ["annex-a:5.34", "annex-a:5.34"] }),
          obligation({ id: "OB-A", kind: "legal", title: "A", controls: ["annex-a:5.34"] }),
          obligation({ id: "OB-C", kind: "contractual", title: "C", controls: ["annex-a:5.34"] }),
        ],
      }),
    );
    expect(row(rows, "annex-a:5.34")).toMatchObject({
      applicable: true,
      status: "not_started",
      obligations: ["OB-A", "OB-B", "OB-C"],
      reasons: [
        { kind: "legal", obligations: ["OB-A", "OB-B"] },
        { kind: "contractual", obligations: ["OB-C"] },
      ],
    });
  });

  it("attaches the decision's notes to the derived reason of the same kind and keeps its other reasons", () => {
    const rows = deriveSoa(
      baseInput({
        plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:5.7", state: "existing" }])],
        decisions: [
          decision({
            control: "annex-a:5.7",
            applicable: true,
            reasons: [
              { kind: "best_practice", note: " Industry norm " },
              { kind: "risk_treatment", note: "Phishing wave" },
              { kind: "risk_treatment", note: "Phishing wave" },
              { kind: "risk_treatment", note: "  " },
              { kind: "business" },
            ],
          }),
        ],
      }),
    );
    expect(row(rows, "annex-a:5.7")?.reasons).toEqual([
      { kind: "risk_treatment", risks: ["R-1"], note: "Phishing wave" },
      { kind: "business" },
      { kind: "best_practice", note: "Industry norm" },
    ]);
  });

  it("copies the decision's justification, provider, owner, review date and notes", () => {
    const rows = deriveSoa(
      baseInput({
        decisions: [
          decision({ control: "annex-a:7.5", applicable: false, justification: "No premises", owner: "COO", lastReviewed: "2026-01-01", notes: "n" }),
          decision({ control: "annex-a:8.1", applicable: true, provider: "Cloud Host", reasons: [{ kind: "business" }] }),
        ],
      }),
    );
    expect(row(rows, "annex-a:7.5")).toMatchObject({ applicable: false, justification: "No premises", owner: "COO", lastReviewed: "2026-01-01", notes: "n" });
    expect(row(rows, "annex-a:8.1")).toMatchObject({ applicable: true, provider: "Cloud Host", status: "not_started" });
  });

  it("lets the first of two decisions for one control count", () => {
    const rows = deriveSoa(
      baseInput({
        decisions: [
          decision({ control: "annex-a:5.1", applicable: true, reasons: [{ kind: "business" }] }),
          decision({ control: "annex-a:5.1", applicable: false, justification: "x" }),
        ],
      }),
    );
    expect(row(rows, "annex-a:5.1")?.applicable).toBe(true);
  });

  it("sorts evidence newest first, gives the newest date and leaves out evidence after asOf", () => {
    const input = baseInput({
      decisions: [
        decision({
          control: "annex-a:5.1",
          applicable: true,
          status: "implemented",
          reasons: [{ kind: "business" }],
          evidence: [
            { ref: "B", date: "2026-01-01" },
            { ref: "C", date: "2026-09-01" },
            { ref: "A", date: "2026-01-01", title: "t" },
          ],
        }),
      ],
    });
    expect(row(deriveSoa(input), "annex-a:5.1")?.evidence.map((item) => item.ref)).toEqual(["C", "A", "B"]);
    const asOf = row(deriveSoa({ ...input, asOf: "2026-06-30" }), "annex-a:5.1");
    expect(asOf?.evidence.map((item) => item.ref)).toEqual(["A", "B"]);
    expect(asOf?.lastEvidenceDate).toBe("2026-01-01");
  });

  describe("status from plans", () => {
    const statusOf = (actions: Parameters<typeof plan>[3], state: "existing" | "planned" = "planned", ref = "annex-a:8.24") =>
      row(deriveSoa(baseInput({ plans: [plan("TP-1", ["R-1"], [{ ref, state }], actions)] })), ref)?.statusFromPlans;

    it("an existing control is implemented", () => expect(statusOf([], "existing")).toBe("implemented"));
    it("a planned control without actions is planned", () => expect(statusOf([])).toBe("planned"));
    it("all naming actions done means implemented", () =>
      expect(statusOf([{ status: "done", controls: ["annex-a:8.24"] }, { status: "planned", controls: ["annex-a:5.1"] }])).toBe("implemented"));
    it("some progress means partially implemented", () =>
      expect(statusOf([{ status: "done", controls: ["annex-a:8.24"] }, { status: "planned", controls: ["annex-a:8.24"] }])).toBe("partially_implemented"));
    it("an action in progress means partially implemented", () => expect(statusOf([{ status: "in_progress" }])).toBe("partially_implemented"));
    it("without naming actions the plan's general actions count", () => expect(statusOf([{ status: "done" }, { status: "done", controls: [] }])).toBe("implemented"));
    it("cancelled actions do not count", () => expect(statusOf([{ status: "cancelled" }, { status: "planned" }])).toBe("planned"));
    it("actions that name only other controls leave the control planned", () => expect(statusOf([{ status: "done", controls: ["annex-a:5.1"] }])).toBe("planned"));

    it("plans that agree keep their status; a mix with progress is partially implemented; a mix without is planned", () => {
      const ref = "annex-a:8.24";
      const derive = (...plans: ReturnType<typeof plan>[]) => row(deriveSoa(baseInput({ plans })), ref)?.statusFromPlans;
      expect(derive(plan("A", ["R-1"], [{ ref, state: "existing" }]), plan("B", ["R-1"], [{ ref, state: "existing" }]))).toBe("implemented");
      expect(derive(plan("A", ["R-1"], [{ ref, state: "existing" }]), plan("B", ["R-1"], [{ ref, state: "planned" }]))).toBe("partially_implemented");
      expect(
        derive(plan("A", ["R-1"], [{ ref, state: "planned" }]), plan("B", ["R-1"], [{ ref, state: "planned" }], [{ status: "cancelled" }, { status: "planned", controls: [ref] }])),
      ).toBe("planned");
    });

    it("the decision's status wins and a difference is marked as a mismatch", () => {
      const rows = deriveSoa(
        baseInput({
          plans: [plan("TP-1", ["R-1"], [{ ref: "annex-a:8.24", state: "planned" }, { ref: "annex-a:8.5", state: "existing" }])],
          decisions: [decision({ control: "annex-a:8.24", applicable: true, status: "implemented" }), decision({ control: "annex-a:8.5", applicable: true, status: "implemented" })],
        }),
      );
      expect(row(rows, "annex-a:8.24")).toMatchObject({ status: "implemented", statusFromPlans: "planned", statusMismatch: true });
      expect(row(rows, "annex-a:8.5")).not.toHaveProperty("statusMismatch");
    });
  });

  it("reads custom catalogues only when they are in scope", () => {
    const rows = deriveSoa(baseInput({ catalogues: ["acme"], customCatalogues: [acme], decisions: [decision({ control: "annex-a:5.1", applicable: true })] }));
    expect(rows.map((r) => r.ref)).toEqual(["acme:ACME-1", "acme:ACME-2"]);
  });

  it("works with only catalogues and decisions given", () => {
    expect(deriveSoa({ catalogues: ["annex-a"], decisions: [] })).toHaveLength(93);
  });
});
