import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { listCatalogueControls } from "../../src/catalogue/index.js";
import { createSoaVersion, deriveSoa, diffSoaVersions, SoaRowSchema, summariseSoa, validateSoa, type SoaDiffEntry } from "../../src/soa/index.js";
import { soaWorldArb } from "../arbitraries/soa.js";
import { deepFreeze } from "../../src/core/_internal/index.js";

const runs = { numRuns: 60 };

function mirror(entry: SoaDiffEntry): SoaDiffEntry {
  const change = entry.change === "added" ? "removed" : entry.change === "removed" ? "added" : entry.change;
  return { ref: entry.ref, change, ...(entry.after === undefined ? {} : { before: entry.after }), ...(entry.before === undefined ? {} : { after: entry.before }) };
}

describe("SoA properties", () => {
  test.prop([soaWorldArb()], runs)("there is exactly one row per control of each catalogue in scope, in catalogue order", ({ input }) => {
    const rows = deriveSoa(input);
    const expected = [...new Set(input.catalogues)].flatMap((catalogue) => listCatalogueControls(catalogue, input.customCatalogues).map((control) => control.ref));
    expect(rows.map((row) => row.ref)).toEqual(expected);
    expect(new Set(rows.map((row) => row.ref)).size).toBe(rows.length);
  });

  test.prop([soaWorldArb()], runs)("a row is undecided exactly when no decision, plan or obligation covers it, and the summary's counts add up", ({ input }) => {
    const rows = deriveSoa(input);
    const decided = new Set(input.decisions.map((item) => item.control));
    const selected = new Set([...(input.plans ?? []).flatMap((item) => item.controls.map((control) => control.ref)), ...(input.obligations ?? []).flatMap((item) => item.controls)]);
    for (const row of rows) expect(row.undecided === true).toBe(!decided.has(row.ref) && !selected.has(row.ref));
    for (const row of rows) if (row.undecided === true) expect(row.applicable).toBe(false);
    const summary = summariseSoa(rows);
    expect(summary.applicable + summary.excluded + summary.undecided).toBe(summary.total);
    expect(summary.undecided).toBe(rows.filter((row) => row.undecided === true).length);
  });

  test.prop([soaWorldArb()], runs)("every row parses with SoaRowSchema and survives a JSON round trip", ({ input }) => {
    for (const row of deriveSoa(input)) expect(SoaRowSchema.parse(JSON.parse(JSON.stringify(row)))).toEqual(row);
  });

  test.prop([soaWorldArb()], runs)("every excluded row has a non-blank justification or validation reports it", ({ input, asOf }) => {
    const issues = validateSoa(input, { asOf });
    for (const row of deriveSoa(input)) {
      if (row.applicable || (row.justification ?? "").trim() !== "") continue;
      const index = input.decisions.findIndex((item) => item.control === row.ref);
      const reported =
        index >= 0
          ? issues.some((found) => found.code === "exclusion_without_justification" && found.severity === "error" && found.path[0] === index)
          : issues.some((found) => found.code === "undecided_control" && found.severity === "error" && found.message.includes(`${row.ref} `));
      expect(reported).toBe(true);
    }
  });

  test.prop([soaWorldArb()], runs)("no control selected by a plan or required by an obligation is excluded without an error", ({ input, asOf }) => {
    const issues = validateSoa(input, { asOf });
    const required = new Set([...input.plans.flatMap((plan) => plan.controls.map((control) => control.ref)), ...input.obligations.flatMap((item) => item.controls)]);
    for (const row of deriveSoa(input)) {
      if (row.applicable || !required.has(row.ref)) continue;
      const index = input.decisions.findIndex((item) => item.control === row.ref);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(issues).toContainEqual(expect.objectContaining({ code: "excluded_but_required", severity: "error", path: [index, "applicable"] }));
    }
  });

  test.prop([soaWorldArb({ outOfScope: true }), fc.context()], runs)("every issue path points at something in the input", ({ input, asOf }) => {
    for (const found of validateSoa(input, { asOf })) {
      if (found.path.length === 0) continue;
      const [head, ...rest] = found.path;
      // A number starts in the decisions; a name starts in that field of the input.
      let target: unknown = typeof head === "number" ? input.decisions[head] : (input as unknown as Record<string, unknown>)[head as string];
      // (A decision's issue may name a field the decision lacks, such as a missing justification.)
      for (const key of typeof head === "number" ? [] : rest) target = (target as Record<string | number, unknown> | undefined)?.[key];
      expect(target, JSON.stringify(found)).toBeDefined();
    }
  });

  test.prop([soaWorldArb(), fc.infiniteStream(fc.nat())], runs)(
    "derivation is deterministic, does not mutate its input and ignores the order of plans and obligations",
    ({ input, asOf }, seeds) => {
      const frozen = deepFreeze(structuredClone(input));
      const rows = deriveSoa(frozen);
      expect(deriveSoa(frozen)).toEqual(rows);
      const shuffle = <T>(items: readonly T[]): T[] => [...items].map((item) => [seeds.next().value as number, item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
      expect(deriveSoa({ ...frozen, plans: shuffle(frozen.plans), obligations: shuffle(frozen.obligations) })).toEqual(rows);
      expect(validateSoa(frozen, { asOf })).toEqual(validateSoa(structuredClone(input), { asOf }));
    },
  );

  test.prop([soaWorldArb()], runs)("derivation is idempotent: the rows of a stored version derive again unchanged", ({ input }) => {
    const rows = deriveSoa(input);
    const stored = createSoaVersion([], rows, { date: "2026-01-01" });
    expect(deriveSoa(JSON.parse(JSON.stringify(input)))).toEqual(stored.rows);
    expect(diffSoaVersions(stored, createSoaVersion([stored], deriveSoa(input), { date: "2026-01-02" }))).toEqual([]);
  });

  test.prop([soaWorldArb(), soaWorldArb()], runs)("the diff of a version with itself is empty and diff(a, b) mirrors diff(b, a)", (x, y) => {
    const a = createSoaVersion([], deriveSoa(x.input), { date: "2026-01-01" });
    const b = createSoaVersion([a], deriveSoa(y.input), { date: "2026-02-01" });
    expect(diffSoaVersions(a, a)).toEqual([]);
    expect(diffSoaVersions(b, a)).toEqual(diffSoaVersions(a, b).map(mirror));
  });
});
