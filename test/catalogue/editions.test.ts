import { describe, expect, it } from "vitest";
import {
  annexA,
  annexA2013,
  AnnexA2013IdSchema,
  clauses,
  ClauseIdSchema,
  correspondence,
  findClause,
  isNewIn2022,
  listDocumentedInformation,
  NEW_IN_2022,
  predecessorsOf,
  successorsOf,
} from "../../src/catalogue/index.js";

describe("ISO/IEC 27001:2013 and the correspondence", () => {
  it("has 114 unique 2013 controls from A.5.1.1 to A.18.2.3", () => {
    expect(annexA2013).toHaveLength(114);
    expect(new Set(annexA2013.map((control) => control.id)).size).toBe(114);
    expect(annexA2013[0]?.id).toBe("A.5.1.1");
    expect(annexA2013.at(-1)?.id).toBe("A.18.2.3");
    expect(AnnexA2013IdSchema.safeParse("A.9.2.3").success).toBe(true);
    expect(AnnexA2013IdSchema.safeParse("5.1").success).toBe(false);
  });
  it("maps every 2013 control to at least one existing 2022 control", () => {
    const ids2022 = new Set(annexA.map((control) => control.id));
    for (const control of annexA2013) {
      const successors = successorsOf(control.id);
      expect(successors.length, control.id).toBeGreaterThan(0);
      for (const id of successors) expect(ids2022.has(id)).toBe(true);
    }
  });
  it("makes the reverse map the exact inverse of the forward map", () => {
    const forward = new Set(annexA2013.flatMap((control) => successorsOf(control.id).map((id) => `${control.id}>${id}`)));
    const backward = new Set(annexA.flatMap((control) => predecessorsOf(control.id).map((id) => `${id}>${control.id}`)));
    expect(backward).toEqual(forward);
    expect(forward.size).toBe(correspondence.length);
  });
  it("leaves exactly the 11 new controls without a predecessor", () => {
    const withoutPredecessor = annexA.filter((control) => predecessorsOf(control.id).length === 0).map((control) => control.id);
    expect(withoutPredecessor).toEqual([...NEW_IN_2022]);
    expect(withoutPredecessor).toHaveLength(11);
    expect(isNewIn2022("5.7")).toBe(true);
    expect(isNewIn2022("5.1")).toBe(false);
  });
  it("records merges and splits", () => {
    expect(predecessorsOf("8.15")).toEqual(["A.12.4.1", "A.12.4.2", "A.12.4.3"]);
    const splits = annexA2013.filter((control) => successorsOf(control.id).length > 1);
    expect(splits.length).toBeGreaterThan(0);
  });
  it("answers empty for unknown ids", () => {
    expect(successorsOf("A.99.1.1")).toEqual([]);
    expect(predecessorsOf("9.9")).toEqual([]);
  });
  it("is deeply frozen and round-trips through JSON", () => {
    expect(Object.isFrozen(annexA2013)).toBe(true);
    expect(Object.isFrozen(annexA2013[0])).toBe(true);
    expect(Object.isFrozen(correspondence[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(annexA2013))).toEqual(annexA2013);
    expect(JSON.parse(JSON.stringify(correspondence))).toEqual(correspondence);
  });
});

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
