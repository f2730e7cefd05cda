import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { resolveProfile, type ResolveProfileResult } from "../../src/oscal/index.js";
import { SP800_53_HIGH, SP800_53_HIGH_PROFILE, SP800_53_LOW, SP800_53_LOW_PROFILE, readContent } from "./_ajv.js";
import { OTHER_CATALOG, SMALL_CATALOG, SMALL_IDS, catalogsFrom, profileOf } from "./_profiles.js";

type RawControl = { id: string; controls?: RawControl[] };
type RawGroup = { groups?: RawGroup[]; controls?: RawControl[] };

/** Every control id of a catalog JSON, read independently of the resolver. */
function catalogIds(json: unknown): string[] {
  const ids: string[] = [];
  const control = (c: RawControl): void => {
    ids.push(c.id);
    (c.controls ?? []).forEach(control);
  };
  const group = (g: RawGroup): void => {
    (g.groups ?? []).forEach(group);
    (g.controls ?? []).forEach(control);
  };
  const catalog = (json as { catalog: RawGroup }).catalog;
  (catalog.groups ?? []).forEach(group);
  (catalog.controls ?? []).forEach(control);
  return ids;
}

function ids(result: ResolveProfileResult): string[] {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.controls.map((control) => control.id);
}

const small = catalogsFrom({ "small.json": SMALL_CATALOG, "other.json": OTHER_CATALOG });
const resolveSmall = (imports: unknown[], more: Record<string, unknown> = {}, options = {}): ResolveProfileResult =>
  resolveProfile(profileOf(imports, more), small, options);

describe.each([
  ["LOW", SP800_53_LOW_PROFILE, SP800_53_LOW, 149],
  ["HIGH", SP800_53_HIGH_PROFILE, SP800_53_HIGH, 370],
])("resolveProfile: NIST's SP 800-53 rev. 5 %s baseline", (_name, profileFile, resolvedFile, count) => {
  const high = readContent(SP800_53_HIGH);
  // The profile imports the full rev. 5 catalog, which is not at hand: its JSON href gets the HIGH resolved catalog.
  const catalogs = catalogsFrom({ "../../../../nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json": high });
  const result = resolveProfile(readContent(profileFile), catalogs);

  it("selects exactly the controls of NIST's resolved catalog, enhancements included", () => {
    const expected = catalogIds(readContent(resolvedFile));
    expect(expected).toHaveLength(count);
    expect(ids(result)).toHaveLength(count);
    expect(new Set(ids(result))).toEqual(new Set(expected));
  });
  it("keeps the order of NIST's resolved catalog", () => {
    expect(ids(result)).toEqual(catalogIds(readContent(resolvedFile)));
  });
  it("has nothing to warn about, nothing unresolved", () => {
    expect(result.warnings).toEqual([]);
    expect(result.ok && result.value.unresolved).toEqual([]);
  });
  it("tries the back-matter resource's rlinks in order and records the one that answered", () => {
    expect(catalogs.asked.slice(0, 2)).toEqual([
      "../../../../nist.gov/SP800-53/rev5/xml/NIST_SP-800-53_rev5_catalog.xml",
      "../../../../nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json",
    ]);
    expect(result.ok && new Set(result.value.controls.map((control) => control.catalogHref))).toEqual(
      new Set(["../../../../nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json"]),
    );
  });
  it("reads the profile's title and version", () => {
    expect(result.ok && result.value.title).toMatch(/^NIST Special Publication 800-53 Revision 5\.1\.1 (LOW|HIGH) IMPACT BASELINE$/);
    expect(result.ok && result.value.version).toBe("5.1.1+u4");
  });
});

describe("resolveProfile: selection", () => {
  it("include-all selects every control, in the catalog's order", () => {
    expect(ids(resolveSmall([{ href: "small.json", "include-all": {} }]))).toEqual(SMALL_IDS);
  });
  it("with-ids selects those controls only, in the catalog's order (not the profile's)", () => {
    expect(ids(resolveSmall([{ href: "small.json", "include-controls": [{ "with-ids": ["au-2", "ac-2", "x-1"] }] }]))).toEqual(["ac-2", "au-2", "x-1"]);
  });
  it("with-child-controls yes adds every control nested in a selected one, at any depth", () => {
    expect(ids(resolveSmall([{ href: "small.json", "include-controls": [{ "with-ids": ["ac-2"], "with-child-controls": "yes" }] }]))).toEqual([
      "ac-2",
      "ac-2.1",
      "ac-2.1.1",
      "ac-2.2",
    ]);
  });
  it("with-child-controls no adds none", () => {
    expect(ids(resolveSmall([{ href: "small.json", "include-controls": [{ "with-ids": ["ac-2"], "with-child-controls": "no" }] }]))).toEqual(["ac-2"]);
  });
  it("matching takes globs: * any run, ? one character, everything else literal", () => {
    expect(ids(resolveSmall([{ href: "small.json", "include-controls": [{ matching: [{ pattern: "au-*" }] }] }]))).toEqual(["au-1", "au-2", "au-2.1"]);
    expect(ids(resolveSmall([{ href: "small.json", "include-controls": [{ matching: [{ pattern: "a?-1" }] }] }]))).toEqual(["ac-1", "au-1"]);
    expect(ids(resolveSmall([{ href: "small.json", "include-controls": [{ matching: [{ pattern: "ac-2.1" }] }] }]))).toEqual(["ac-2.1"]);
  });
  it("a pattern that matches nothing is a warning with its path", () => {
    const result = resolveSmall([{ href: "small.json", "include-controls": [{ "with-ids": ["ac-1"], matching: [{ pattern: "zz-*" }] }] }]);
    expect(ids(result)).toEqual(["ac-1"]);
    expect(result.warnings.map((found) => [found.code, found.path])).toEqual([
      ["profile_pattern_matches_nothing", ["profile", "imports", 0, "include-controls", 0, "matching", 0, "pattern"]],
    ]);
  });
  it("exclude-controls removes controls from the selection, with their children when asked", () => {
    expect(ids(resolveSmall([{ href: "small.json", "include-all": {}, "exclude-controls": [{ "with-ids": ["ac-2", "x-1"] }] }]))).toEqual(
      SMALL_IDS.filter((id) => id !== "ac-2" && id !== "x-1"),
    );
    expect(
      ids(resolveSmall([{ href: "small.json", "include-all": {}, "exclude-controls": [{ "with-ids": ["ac-2"], "with-child-controls": "yes" }, { matching: [{ pattern: "au-*" }] }] }])),
    ).toEqual(["ac-1", "ac-3", "ac-241", "x-1"]);
  });
  it("several imports give their union, in import order, a control selected twice once", () => {
    const result = resolveSmall([
      { href: "other.json", "include-all": {} },
      { href: "small.json", "include-controls": [{ "with-ids": ["ac-3", "ac-1"] }] },
      { href: "other.json", "include-controls": [{ "with-ids": ["zz-1"] }] },
    ]);
    expect(result.ok && result.value.controls).toEqual([
      { id: "zz-1", catalogHref: "other.json", importIndex: 0 },
      { id: "ac-1", catalogHref: "other.json", importIndex: 0 },
      { id: "zz-2", catalogHref: "other.json", importIndex: 0 },
      { id: "ac-1", catalogHref: "small.json", importIndex: 1 },
      { id: "ac-3", catalogHref: "small.json", importIndex: 1 },
    ]);
  });
  it("an href #uuid reads the back-matter resource's rlinks, in order, until one answers", () => {
    const catalogs = catalogsFrom({ "b.json": SMALL_CATALOG });
    const result = resolveProfile(
      profileOf([{ href: "#9f1c", "include-controls": [{ "with-ids": ["x-1"] }] }], {
        "back-matter": { resources: [{ uuid: "9f1c", rlinks: [{ href: "a.xml" }, { href: "b.json" }, { href: "c.json" }] }] },
      }),
      catalogs,
    );
    expect(catalogs.asked).toEqual(["a.xml", "b.json"]);
    expect(result.ok && result.value.controls).toEqual([{ id: "x-1", catalogHref: "b.json", importIndex: 0 }]);
  });
  it("keeps set-parameters as data, by parameter id", () => {
    const result = resolveSmall([{ href: "small.json", "include-all": {} }], {
      modify: {
        "set-parameters": [
          { "param-id": "ac-1_prm_1", values: ["the security team"] },
          { "param-id": "ac-2_prm_1", select: { "how-many": "one-or-more", choice: ["daily", "weekly"] }, label: "frequency" },
        ],
      },
    });
    expect(result.ok && result.value.parameters).toEqual({
      "ac-1_prm_1": { values: ["the security team"] },
      "ac-2_prm_1": { select: { "how-many": "one-or-more", choice: ["daily", "weekly"] }, more: { label: "frequency" } },
    });
    expect(result.warnings).toEqual([]);
  });
});

describe("resolveProfile: problems", () => {
  it("an import whose catalog is not at hand is an issue with its path", () => {
    const result = resolveSmall([{ href: "small.json", "include-all": {} }, { href: "missing.json", "include-all": {} }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.map((found) => [found.code, found.path])).toEqual([["profile_catalog_missing", ["profile", "imports", 1, "href"]]]);
  });
  it("an href naming no back-matter resource is an issue", () => {
    const result = resolveSmall([{ href: "#nope", "include-all": {} }]);
    expect(!result.ok && result.error.map((found) => found.code)).toEqual(["unknown_profile_resource"]);
  });
  it("a with-id naming no control is a warning with its path, and listed as unresolved", () => {
    const result = resolveSmall([{ href: "small.json", "include-controls": [{ "with-ids": ["ac-1", "ac-99"] }] }]);
    expect(ids(result)).toEqual(["ac-1"]);
    const path = ["profile", "imports", 0, "include-controls", 0, "with-ids", 1];
    expect(result.warnings.map((found) => [found.code, found.severity, found.path])).toEqual([["unknown_profile_control", "warning", path]]);
    expect(result.ok && result.value.unresolved).toEqual([{ id: "ac-99", importIndex: 0, path }]);
  });
  it("with unknownIds: error, a with-id naming no control fails the resolution", () => {
    const result = resolveSmall([{ href: "small.json", "include-controls": [{ "with-ids": ["ac-99"] }] }], {}, { unknownIds: "error" });
    expect(!result.ok && result.error.map((found) => found.code)).toEqual(["unknown_profile_control"]);
  });
  it("an import of another profile is an issue, not silently empty", () => {
    const catalogs = catalogsFrom({ "nested.json": profileOf([{ href: "small.json", "include-all": {} }]) });
    const result = resolveProfile(profileOf([{ href: "nested.json", "include-all": {} }]), catalogs);
    expect(!result.ok && result.error.map((found) => [found.code, found.path])).toEqual([["unsupported_profile_import", ["profile", "imports", 0, "href"]]]);
  });
  it("a catalog passed as the profile is not a profile", () => {
    const result = resolveProfile(SMALL_CATALOG, small);
    expect(!result.ok && result.error.map((found) => found.code)).toEqual(["not_a_profile"]);
    expect(!result.ok && result.error[0]?.message).toContain("catalog");
  });
  it("a callback answer that is not a catalog is an issue", () => {
    const result = resolveProfile(profileOf([{ href: "x", "include-all": {} }]), () => ({ nonsense: true }));
    expect(!result.ok && result.error.map((found) => found.code)).toEqual(["not_a_catalog"]);
  });
  it("a profile without title or imports is an issue", () => {
    expect(resolveProfile({ profile: { uuid: "u", metadata: {} } }, small).ok).toBe(false);
  });
  it("reports unsupported features as warnings with paths: alters, custom merge, combine, unknown keys", () => {
    const result = resolveSmall([{ href: "small.json", "include-all": {}, extra: 1 }], {
      merge: { combine: { method: "merge" }, custom: { groups: [] } },
      modify: { alters: [{ "control-id": "ac-1", removes: [{ "by-name": "guidance" }] }] },
      surprise: true,
    });
    expect(ids(result)).toEqual(SMALL_IDS);
    expect(result.warnings.map((found) => [found.code, found.path])).toEqual(
      expect.arrayContaining([
        ["unknown_profile_key", ["profile", "surprise"]],
        ["unknown_profile_key", ["profile", "imports", 0, "extra"]],
        ["unsupported_profile_merge", ["profile", "merge", "custom"]],
        ["unsupported_profile_merge", ["profile", "merge", "combine"]],
        ["unsupported_profile_alter", ["profile", "modify", "alters"]],
      ]),
    );
    expect(result.warnings).toHaveLength(5);
  });
  it("accepts merge as-is and flat without a word", () => {
    expect(resolveSmall([{ href: "small.json", "include-all": {} }], { merge: { "as-is": true } }).warnings).toEqual([]);
    expect(resolveSmall([{ href: "small.json", "include-all": {} }], { merge: { flat: {}, combine: { method: "use-first" } } }).warnings).toEqual([]);
  });
  it("does not change the profile or the catalogs", () => {
    const profile = profileOf([{ href: "small.json", "include-controls": [{ "with-ids": ["ac-2"], "with-child-controls": "yes" }] }], { modify: { "set-parameters": [{ "param-id": "p", values: ["v"] }] } });
    const before = JSON.stringify([profile, SMALL_CATALOG]);
    resolveProfile(profile, small);
    expect(JSON.stringify([profile, SMALL_CATALOG])).toBe(before);
  });
  it("rethrows a failing callback as IsmsError invalid_argument", () => {
    const boom = (): unknown => {
      throw new TypeError("boom");
    };
    expect(() => resolveProfile(profileOf([{ href: "x", "include-all": {} }]), boom)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("resolveProfile: properties", () => {
  const subset = fc.subarray(SMALL_IDS);
  test.prop([subset, subset], { numRuns: 40 })("include with-ids minus exclude with-ids is exactly the difference, in catalog order", (include, exclude) => {
    const imports = [
      {
        href: "small.json",
        "include-controls": [{ "with-ids": include.length > 0 ? include : ["x-1"] }],
        ...(exclude.length > 0 ? { "exclude-controls": [{ "with-ids": exclude }] } : {}),
      },
    ];
    const wanted = new Set(include.length > 0 ? include : ["x-1"]);
    expect(ids(resolveSmall(imports))).toEqual(SMALL_IDS.filter((id) => wanted.has(id) && !exclude.includes(id)));
  });
});
