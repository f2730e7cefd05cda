import { describe, expect, it } from "vitest";
import { linkDependency, unlinkDependency, type Asset } from "../../src/assets/index.js";
import { codeOf, id, inventory, value } from "./fixtures.js";

describe("linkDependency and unlinkDependency", () => {
  it("adds a dependency, creating the list when needed", () => {
    expect(value(linkDependency(inventory(), id("SERVER"), id("SPARE")))[2]?.dependsOn).toEqual(["SPARE"]);
  });
  it("refuses an unknown target", () => {
    expect(linkDependency(inventory(), id("APP"), id("GHOST"))).toMatchObject({ ok: false, error: [{ code: "unknown_asset_reference", path: [1, "dependsOn"] }] });
  });
  it("refuses a link that closes a cycle, naming it", () => {
    const outcome = linkDependency(inventory(), id("SERVER"), id("DATA"));
    expect(outcome).toMatchObject({ ok: false, error: [{ code: "dependency_cycle", message: expect.stringContaining("SERVER → DATA → APP → SERVER") }] });
    expect(codeOf(linkDependency(inventory(), id("APP"), id("APP")))).toBe("dependency_cycle");
  });
  it("refuses to close a chain of 100 000 assets into a ring, naming the whole cycle in order", () => {
    const size = 100_000;
    const base = inventory()[0]!;
    const chain = Array.from({ length: size }, (_, index) => ({ ...base, id: `C${index}` as Asset["id"], dependsOn: index === size - 1 ? [] : [`C${index + 1}` as Asset["id"]] }));
    const outcome = linkDependency(chain, id(`C${size - 1}`), id("C0"));
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? "" : outcome.error[0]!.message;
    expect(message.startsWith(`Linking would close a cycle: C${size - 1} → C0 → C1 → `)).toBe(true);
    expect(message.endsWith(` → C${size - 2} → C${size - 1}.`)).toBe(true);
  });
  it("unlinking the last dependency removes the list, so link then unlink gives back an equal asset", () => {
    const input = inventory();
    const linked = value(linkDependency(input, id("SERVER"), id("SPARE")));
    expect(value(unlinkDependency(linked, id("SERVER"), id("SPARE")))).toEqual(input);
    const partly = value(unlinkDependency(value(linkDependency(input, id("APP"), id("SPARE"))), id("APP"), id("SERVER")));
    expect(partly[1]?.dependsOn).toEqual(["SPARE"]);
  });
});
