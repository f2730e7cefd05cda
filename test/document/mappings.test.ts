import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { applyIsmsCommand, deriveIsmsSoa, parseIsms, safeParseIsms, validateIsms } from "../../src/document/index.js";
import { ControlMappingSchema, invertRelationship } from "../../src/catalogue/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { ENTRIES, frameworksDoc, mappingOf } from "./_frameworks.js";

const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };
const codes = (doc: Parameters<typeof validateIsms>[0]) => validateIsms(doc, { asOf: "2026-11-27" });

describe("the mappings record kind", () => {
  it("is optional: a document without mappings parses, and the field is written after controlDescriptions", () => {
    const { mappings: _mappings, ...example } = createExampleIsms();
    expect(parseIsms(example).mappings).toBeUndefined();
    const keys = Object.keys(parseIsms(JSON.parse(JSON.stringify(frameworksDoc()))));
    expect(keys.indexOf("mappings")).toBe(keys.indexOf("controlDescriptions") + 1);
  });

  it("round-trips through JSON with its mappings", () => {
    const doc = frameworksDoc();
    expect(parseIsms(JSON.parse(JSON.stringify(doc))).mappings).toEqual(doc.mappings);
  });

  it("refuses an entry whose control is not of the mapping's catalogue (schema)", () => {
    const raw = JSON.parse(JSON.stringify(frameworksDoc()));
    raw.mappings[0].entries[0].target = "annex-a:5.1";
    expect(safeParseIsms(raw).ok).toBe(false);
  });

  it("reports unknown controls and catalogues as errors, and a second mapping with the same id", () => {
    const doc = frameworksDoc();
    const broken = ControlMappingSchema.parse({ id: "annex-a-to-low", source: "annex-a", target: "sp-high", entries: [{ source: "annex-a:5.1", target: "sp-high:ac-99", relationship: "subset" }] });
    const issues = codes({ ...doc, mappings: [...(doc.mappings ?? []), broken] });
    expect(issues.filter((found) => found.path[0] === "mappings").map((found) => [found.code, found.severity, found.path.join(".")])).toEqual(
      expect.arrayContaining([
        ["unknown_catalogue", "error", "mappings.2.target"],
        ["unknown_control", "error", "mappings.2.entries.0.target"],
        ["duplicate_mapping_id", "error", "mappings.2.id"],
      ]),
    );
  });

  it("a valid document with mappings has no issue at the mappings", () => {
    expect(codes(frameworksDoc()).filter((found) => found.path[0] === "mappings")).toEqual([]);
  });

  it("the entity commands add and remove mappings", () => {
    const doc = { ...frameworksDoc(), mappings: [] };
    const [mapping] = mappingOf();
    const added = applyIsmsCommand(doc, { type: "entity.add", collection: "mappings", value: mapping }, meta);
    expect(added.ok && added.value.document.mappings?.map((found) => found.id)).toEqual(["annex-a-to-low"]);
    if (!added.ok) return;
    const removed = applyIsmsCommand(added.value.document, { type: "entity.remove", collection: "mappings", id: "annex-a-to-low" }, meta);
    expect(removed.ok && removed.value.document.mappings).toEqual([]);
  });
});

describe("references of mappings", () => {
  it("a custom catalogue a mapping names cannot be removed; once the mapping is gone it can", () => {
    const doc = frameworksDoc({ inScope: false });
    const refused = applyIsmsCommand(doc, { type: "entity.remove", collection: "catalogues", id: "sp-low" }, meta);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error[0]?.message).toContain("control mapping annex-a-to-low");
    const without = { ...doc, mappings: [] };
    expect(applyIsmsCommand(without, { type: "entity.remove", collection: "catalogues", id: "sp-low" }, meta).ok).toBe(true);
  });

  it("Annex A and its 2013 edition need no declaration", () => {
    const mapping = ControlMappingSchema.parse({ id: "x", source: "annex-a-2013", target: "annex-a", entries: [{ source: "annex-a-2013:A.5.1.1", target: "annex-a:5.1", relationship: "subset" }] });
    expect(codes({ ...frameworksDoc(), mappings: [mapping] }).filter((found) => found.path[0] === "mappings")).toEqual([]);
  });
});

describe("excluded_control_required_by_framework", () => {
  it("warns when an excluded control is what a requirement of a framework in scope maps to, naming both and the mapping", () => {
    const doc = frameworksDoc({ decided: { "annex-a:7.2": { applicable: false, status: undefined } } });
    const found = codes(doc).filter((item) => item.code === "excluded_control_required_by_framework");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", path: ["mappings", 0, "entries", 4, "source"] });
    expect(found[0]?.message).toContain("annex-a:7.2");
    expect(found[0]?.message).toContain("sp-low:pe-3");
    expect(found[0]?.message).toContain("annex-a-to-low");
  });

  it("says nothing when the framework is not in scope, or when its requirement is itself excluded", () => {
    expect(codes(frameworksDoc({ inScope: false, decided: { "annex-a:7.2": { applicable: false, status: undefined } } })).map((item) => item.code)).not.toContain(
      "excluded_control_required_by_framework",
    );
    const both = frameworksDoc({ decided: { "annex-a:7.2": { applicable: false, status: undefined } } });
    const pe3Excluded = { ...both, soaDecisions: [...both.soaDecisions, { control: "sp-low:pe-3" as const, applicable: false, justification: "No premises: every system is hosted by a cloud provider." }] };
    expect(codes(pe3Excluded).map((item) => item.code)).not.toContain("excluded_control_required_by_framework");
  });
});

describe("the SoA's crosswalk", () => {
  it("leaves rows of a document without mappings as they were", () => {
    const { mappings: _mappings, ...example } = createExampleIsms();
    expect(deriveIsmsSoa(example).some((row) => "crosswalk" in row)).toBe(false);
    expect(deriveIsmsSoa({ ...example, mappings: [] })).toEqual(deriveIsmsSoa(example));
  });

  it("lists for each control the other frameworks' requirements, with the relationship read from the row", () => {
    const rows = deriveIsmsSoa(frameworksDoc(), "2026-11-27");
    const of = (ref: string) => rows.find((row) => row.ref === ref)?.crosswalk;
    expect(of("annex-a:8.5")).toEqual([{ ref: "sp-low:ia-2", mapping: "annex-a-to-low", relationship: "superset" }]);
    expect(of("annex-a:5.15")).toEqual([{ ref: "sp-low:ac-1", mapping: "low-to-annex-a", relationship: "superset" }]);
    // The framework's own rows list the Annex A controls, the relationship inverted.
    expect(of("sp-low:ia-2")).toEqual([{ ref: "annex-a:8.5", mapping: "annex-a-to-low", relationship: "subset" }]);
    expect(of("sp-low:ac-2")?.map((entry) => entry.ref)).toEqual(["annex-a:5.18", "annex-a:5.16"]);
    expect(of("annex-a:5.1")).toBeUndefined();
  });

  test.prop([fc.subarray([...ENTRIES], { minLength: 1 })], { numRuns: 25 })("every entry appears on both rows, the relationship turned round on the target's", (entries) => {
    const rows = new Map(deriveIsmsSoa(frameworksDoc({ mappings: mappingOf(entries) })).map((row) => [row.ref, row]));
    for (const entry of entries) {
      expect(rows.get(entry.source)?.crosswalk).toContainEqual({ ref: entry.target, mapping: "annex-a-to-low", relationship: entry.relationship });
      expect(rows.get(entry.target)?.crosswalk).toContainEqual({ ref: entry.source, mapping: "annex-a-to-low", relationship: invertRelationship(entry.relationship) });
    }
  });

  it("only lists requirements of catalogues in scope", () => {
    const rows = deriveIsmsSoa(frameworksDoc({ inScope: false }));
    expect(rows.every((row) => row.crosswalk === undefined)).toBe(true);
  });
});
