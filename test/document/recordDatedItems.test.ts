import { describe, expect, it } from "vitest";
import { listOverdue, listUpcoming } from "../../src/cycle/index.js";
import { listIsmsDatedItems } from "../../src/document/index.js";
import { createExampleIsms, EXAMPLE_AS_OF } from "../../src/example/index.js";
import { listLeaversWithOpenOffboarding } from "../../src/people/index.js";
import { listSuppliersDueForReview, nextSupplierReview } from "../../src/suppliers/index.js";

const example = createExampleIsms();

describe("the calendar of the supplier and people records", () => {
  const items = listIsmsDatedItems(example, EXAMPLE_AS_OF);

  it("lists the next review of every active supplier that has been assessed", () => {
    const assessed = (example.suppliers ?? []).filter((supplier) => supplier.status === "active" && supplier.assessments.some((assessment) => assessment.date <= EXAMPLE_AS_OF));
    for (const supplier of assessed) {
      const due = nextSupplierReview(supplier, EXAMPLE_AS_OF);
      const found = items.find((item) => item.id === supplier.id && item.title.startsWith("Supplier review"));
      if (due === undefined) expect(found).toBeUndefined();
      else expect(found).toMatchObject({ kind: "other", due, done: false, owner: supplier.owner });
    }
    expect(items.some((item) => item.title.startsWith("Supplier review"))).toBe(true);
  });

  it("puts an overdue review among the overdue items, as listSuppliersDueForReview does for assessed suppliers", () => {
    const overdue = listOverdue(items, EXAMPLE_AS_OF).filter((item) => item.title.startsWith("Supplier review")).map((item) => item.id);
    const due = listSuppliersDueForReview(example.suppliers ?? [], EXAMPLE_AS_OF)
      .filter((supplier) => supplier.assessments.length > 0)
      .map((supplier) => supplier.id);
    expect(overdue.sort()).toEqual(due.sort());
    expect(overdue.length).toBeGreaterThan(0);
  });

  it("lists the expiry of active suppliers' agreements under the supplier", () => {
    for (const supplier of (example.suppliers ?? []).filter((item) => item.status === "active" && item.agreement?.expires !== undefined)) {
      expect(items.find((item) => item.parent === supplier.id)).toMatchObject({ due: supplier.agreement!.expires, id: supplier.agreement!.ref });
    }
    expect(listUpcoming(items, EXAMPLE_AS_OF, 60).some((item) => item.title.includes("agreement"))).toBe(true);
  });

  it("lists each leaver's offboarding, done when both the access review and the return of assets are recorded by the date", () => {
    const open = listLeaversWithOpenOffboarding(example.people ?? [], EXAMPLE_AS_OF).map((person) => person.id);
    const overdue = listOverdue(items, EXAMPLE_AS_OF).filter((item) => item.title.startsWith("Offboarding")).map((item) => item.id);
    expect(overdue).toEqual(open);
    expect(open.length).toBe(1);
    const leaver = (example.people ?? []).find((person) => person.id === open[0])!;
    const closed = { ...example, people: (example.people ?? []).map((person) => (person.id === leaver.id ? { ...person, offboarding: { accessReviewed: EXAMPLE_AS_OF, assetsReturned: EXAMPLE_AS_OF } } : person)) };
    expect(listIsmsDatedItems(closed, EXAMPLE_AS_OF).find((item) => item.id === leaver.id)?.done).toBe(true);
    // Recorded after the date: not done yet on it.
    expect(listIsmsDatedItems(closed, "2026-11-26").find((item) => item.id === leaver.id)?.done).toBe(false);
  });

  it("adds nothing for a document without those records", () => {
    const { people: _people, suppliers: _suppliers, ...without } = example;
    const titles = listIsmsDatedItems(without, EXAMPLE_AS_OF).map((item) => item.title);
    expect(titles.filter((title) => /^(Supplier|Offboarding)/.test(title))).toEqual([]);
  });
});
