import { describe, expect, it } from "vitest";
import { validateAssets } from "../../src/assets/index.js";
import { applyIsmsCommand, createStarterIsms, type IsmsCommand, type IsmsDocument } from "../../src/document/index.js";

const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };
const asset = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Asset ${id}`, type: "software", owner: "CTO", status: "in_use", ...extra });

function run(document: IsmsDocument, command: IsmsCommand): IsmsDocument {
  const result = applyIsmsCommand(document, command, meta);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.document;
}

function refusal(document: IsmsDocument, command: IsmsCommand): { code: string; path: readonly (string | number)[]; message: string }[] {
  const result = applyIsmsCommand(document, command, meta);
  return result.ok ? [] : result.error.map(({ code, path, message }) => ({ code, path, message }));
}

/** A document with assets A-1 → A-2 → A-3 (each depends on the next). */
function chain(): IsmsDocument {
  let document = createStarterIsms({ organisation: "Test Ltd", date: "2026-01-05" });
  for (const command of [
    { type: "entity.add", collection: "assets", value: asset("A-3") },
    { type: "entity.add", collection: "assets", value: asset("A-2", { dependsOn: ["A-3"] }) },
    { type: "entity.add", collection: "assets", value: asset("A-1", { dependsOn: ["A-2"] }) },
  ] satisfies IsmsCommand[]) {
    document = run(document, command);
  }
  return document;
}

describe("asset.reclassify reads the document's own classification scheme", () => {
  const ownScheme = (): IsmsDocument => {
    const document = chain();
    return { ...document, assetSettings: { ...document.assetSettings, classification: { levels: [{ key: "open", label: "Open" }, { key: "closed", label: "Closed" }] } } };
  };

  it("accepts a level the document's scheme defines", () => {
    const next = run(ownScheme(), { type: "asset.reclassify", id: "A-1", classification: "closed" });
    expect(next.assets.find((found) => found.id === "A-1")?.classification).toBe("closed");
  });
  it("refuses a level only the library's default scheme defines, naming the document's levels", () => {
    const [found] = refusal(ownScheme(), { type: "asset.reclassify", id: "A-1", classification: "confidential" });
    expect(found).toMatchObject({ code: "unknown_classification", path: [2, "classification"] });
    expect(found?.message).toContain("open, closed");
  });
});

describe("entity commands on assets cannot close a dependency cycle", () => {
  it("entity.update that adds a dependency closing a cycle is refused with dependency_cycle at the new entry", () => {
    const found = refusal(chain(), { type: "entity.update", collection: "assets", id: "A-3", patch: { dependsOn: ["A-1"] } });
    expect(found).toEqual([expect.objectContaining({ code: "dependency_cycle", path: ["patch", "dependsOn", 0] })]);
    expect(found[0]?.message).toContain("A-3 → A-1 → A-2 → A-3");
  });
  it("entity.update that makes an asset depend on itself is refused", () => {
    const found = refusal(chain(), { type: "entity.update", collection: "assets", id: "A-2", patch: { dependsOn: ["A-3", "A-2"] } });
    expect(found).toEqual([expect.objectContaining({ code: "dependency_cycle", path: ["patch", "dependsOn", 1] })]);
  });
  it("entity.add of an asset that depends on itself is refused", () => {
    const found = refusal(chain(), { type: "entity.add", collection: "assets", value: asset("A-4", { dependsOn: ["A-1", "A-4"] }) });
    expect(found).toEqual([expect.objectContaining({ code: "dependency_cycle", path: ["value", "dependsOn", 1] })]);
  });
  it("entity.add that closes a cycle through an asset already pointing at the new id is refused", () => {
    const dangling = chain();
    const document = { ...dangling, assets: dangling.assets.map((found) => (found.id === "A-3" ? { ...found, dependsOn: ["A-4"] } : found)) } as IsmsDocument;
    const found = refusal(document, { type: "entity.add", collection: "assets", value: asset("A-4", { dependsOn: ["A-1"] }) });
    expect(found).toEqual([expect.objectContaining({ code: "dependency_cycle", path: ["value", "dependsOn", 0] })]);
    expect(found[0]?.message).toContain("A-4 → A-1 → A-2 → A-3 → A-4");
  });
  it("entity.update that changes dependencies without closing a cycle is accepted, and the result has no cycle", () => {
    let document = run(chain(), { type: "entity.add", collection: "assets", value: asset("A-4") });
    document = run(document, { type: "entity.update", collection: "assets", id: "A-1", patch: { dependsOn: ["A-4", "A-3"] } });
    expect(document.assets.find((found) => found.id === "A-1")?.dependsOn).toEqual(["A-4", "A-3"]);
    expect(validateAssets(document.assets, document.assetSettings)).toEqual([]);
  });
  it("an update that leaves an existing cycle's edges alone is not blocked by that cycle", () => {
    const base = chain();
    const cyclic = { ...base, assets: base.assets.map((found) => (found.id === "A-3" ? { ...found, dependsOn: ["A-1"] } : found)) } as IsmsDocument;
    const renamed = run(cyclic, { type: "entity.update", collection: "assets", id: "A-1", patch: { name: "Renamed" } });
    expect(renamed.assets.find((found) => found.id === "A-1")?.name).toBe("Renamed");
    const broken = run(cyclic, { type: "entity.update", collection: "assets", id: "A-3", unset: ["dependsOn"], patch: {} });
    expect(validateAssets(broken.assets, broken.assetSettings)).toEqual([]);
  });
});
