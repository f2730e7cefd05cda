import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annexA, annexA2013, clauses, successorsOf } from "../../src/catalogue/index.js";

// The shipped catalogue must agree with the reference facts in test/fixtures/reference/. The
// test reads them and fails (it does not skip) when they are missing.
const reference = new URL("../fixtures/reference/", import.meta.url);
const rows = (name: string): string[][] =>
  readFileSync(new URL(name, reference), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(1)
    .map((line) => line.split("\t"));
const list = (cell: string | undefined): string[] => (cell ? cell.split("|") : []);

describe("agreement with the reference facts", () => {
  it("Annex A ids, themes, titles and attributes equal annex-a-2022.tsv", () => {
    const expected = rows("annex-a-2022.tsv");
    expect(annexA).toHaveLength(expected.length);
    expected.forEach(([id, theme, title, title27002, types, props, concepts, caps, domains], index) => {
      const control = annexA[index]!;
      expect(control.id).toBe(id);
      expect(control.theme).toBe(theme);
      expect(control.title).toBe(title);
      expect(control.title27002).toBe(title27002 || undefined);
      expect(control.attributes).toEqual({
        controlTypes: list(types),
        securityProperties: list(props),
        cybersecurityConcepts: list(concepts),
        operationalCapabilities: list(caps),
        securityDomains: list(domains),
      });
    });
  });
  it("2013 ids, titles and successors equal mapping-2013-2022.tsv", () => {
    const expected = rows("mapping-2013-2022.tsv");
    expect(annexA2013).toHaveLength(expected.length);
    expected.forEach(([id, title, ids], index) => {
      expect(annexA2013[index]).toEqual({ id, title });
      expect(successorsOf(id!)).toEqual(list(ids));
    });
  });
  it("clause ids, kinds, parents and titles equal clauses.tsv", () => {
    const expected = rows("clauses.tsv");
    expect(clauses.map((clause) => [clause.id, clause.kind, clause.parent ?? "", clause.title])).toEqual(
      expected.map(([id, kind, parent, title]) => [id, kind, parent, title]),
    );
  });
});
