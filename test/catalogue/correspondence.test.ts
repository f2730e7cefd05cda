import { describe, expect, it } from "vitest";
import {
  annexA,
  annexA2013,
  AnnexA2013IdSchema,
  correspondence,
  isNewIn2022,
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
