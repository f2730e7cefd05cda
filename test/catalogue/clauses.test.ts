import { describe, expect, it } from "vitest";
import { clauses, ClauseIdSchema, findClause, listDocumentedInformation } from "../../src/catalogue/index.js";

describe("clauses 4-10", () => {
  it("has the seven clauses in order and the 6.1.2 a-e and 6.1.3 a-f items", () => {
    expect(clauses.filter((clause) => clause.kind === "clause").map((clause) => clause.id)).toEqual(["4", "5", "6", "7", "8", "9", "10"]);
    expect(clauses.filter((clause) => clause.parent === "6.1.2").map((clause) => clause.id)).toEqual(
      ["a", "b", "c", "d", "e"].map((letter) => `6.1.2.${letter}`),
    );
    expect(clauses.filter((clause) => clause.parent === "6.1.3").map((clause) => clause.id)).toEqual(
      ["a", "b", "c", "d", "e", "f"].map((letter) => `6.1.3.${letter}`),
    );
  });
  it("links every clause to an existing parent that comes before it", () => {
    clauses.forEach((clause, index) => {
      if (clause.kind === "clause") {
        expect(clause.parent).toBeUndefined();
        return;
      }
      const parentIndex = clauses.findIndex((candidate) => candidate.id === clause.parent);
      expect(parentIndex, clause.id).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(index);
    });
  });
  it("lists the documented information the standard requires", () => {
    const ids = listDocumentedInformation().map((clause) => clause.id);
    for (const id of ["4.3", "5.2", "6.1.2", "6.1.3", "6.1.3.d", "6.2", "7.2", "8.1", "8.2", "8.3", "9.1", "9.2.2", "9.3.3", "10.2"]) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain("4.1");
  });
  it("finds clauses and parses clause ids", () => {
    expect(findClause("10.2")?.title).toBe("Nonconformity and corrective action");
    expect(findClause("11")).toBeUndefined();
    expect(ClauseIdSchema.safeParse("9.3.2").success).toBe(true);
    expect(ClauseIdSchema.safeParse("9.4").success).toBe(false);
  });
  it("is deeply frozen and round-trips through JSON", () => {
    expect(Object.isFrozen(clauses[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(clauses))).toEqual(clauses);
  });
});
