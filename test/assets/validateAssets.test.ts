import { describe, expect, it } from "vitest";
import { validateAssets, type Asset, type AssetSettings } from "../../src/assets/index.js";
import { asset } from "./fixtures.js";

const codes = (assets: readonly Asset[], settings?: AssetSettings) => validateAssets(assets, settings).map((found) => found.code);

describe("validateAssets", () => {
  it("a clean inventory has no issues", () => {
    expect(validateAssets([asset("A", { dependsOn: ["B"], classification: "internal", requirements: { confidentiality: "medium" } }), asset("B")])).toEqual([]);
  });

  it("reports a duplicate id at the later asset", () => {
    const found = validateAssets([asset("A"), asset("B"), asset("A")]);
    expect(found).toEqual([expect.objectContaining({ code: "duplicate_asset_id", path: [2, "id"], severity: "error" })]);
  });

  it("reports an unknown reference with its position", () => {
    const found = validateAssets([asset("A", { dependsOn: ["B", "GHOST"] }), asset("B")]);
    expect(found).toEqual([expect.objectContaining({ code: "unknown_asset_reference", path: [0, "dependsOn", 1] })]);
  });

  it("warns about a dependency listed twice", () => {
    const found = validateAssets([asset("A", { dependsOn: ["B", "B"] }), asset("B")]);
    expect(found).toEqual([expect.objectContaining({ code: "duplicate_dependency", path: [0, "dependsOn", 1], severity: "warning" })]);
  });

  it("reports a cycle once, naming it and pointing at the edge that starts it", () => {
    const found = validateAssets([asset("X"), asset("A", { dependsOn: ["X", "B"] }), asset("B", { dependsOn: ["C"] }), asset("C", { dependsOn: ["A"] })]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "dependency_cycle", path: [1, "dependsOn", 1] });
    expect(found[0]?.message).toContain("A → B → C → A");
  });

  it("reports a self-dependency as a cycle", () => {
    const found = validateAssets([asset("A", { dependsOn: ["A"] })]);
    expect(found).toEqual([expect.objectContaining({ code: "dependency_cycle", path: [0, "dependsOn", 0] })]);
    expect(found[0]?.message).toContain("A → A");
  });

  it("names the other members of a cycle group", () => {
    const found = validateAssets([asset("A", { dependsOn: ["B", "C"] }), asset("B", { dependsOn: ["A"] }), asset("C", { dependsOn: ["A"] })]);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("A → B → A");
    expect(found[0]?.message).toContain("also holds C");
  });

  // A ring (asset i depends on asset i + 1 mod n) is one cycle through every asset: the
  // worst case for naming the cycle, which once cost quadratic time.
  const ring = (size: number): Asset[] =>
    Array.from({ length: size }, (_, index) => ({ ...asset("A0"), id: `A${index}` as Asset["id"], dependsOn: [`A${(index + 1) % size}` as Asset["id"]] }));

  it("reports a ring of 100 000 assets as one cycle through all of them, without overflowing the stack", () => {
    const found = validateAssets(ring(100_000));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "dependency_cycle", path: [0, "dependsOn", 0] });
    expect(found[0]?.message.startsWith("Assets depend on each other in a cycle: A0 → A1 → A2 → ")).toBe(true);
    expect(found[0]?.message.endsWith(" → A99998 → A99999 → A0.")).toBe(true);
    expect(found[0]?.message).not.toContain("also holds");
  });

  it("reports a chain of 100 000 assets closed at one end as one cycle of its own", () => {
    const chain = ring(100_000);
    chain[99_999] = { ...chain[99_999]!, dependsOn: ["A99999" as Asset["id"]] };
    const found = validateAssets(chain);
    expect(found).toEqual([expect.objectContaining({ code: "dependency_cycle", path: [99_999, "dependsOn", 0] })]);
    expect(found[0]?.message).toContain("A99999 → A99999");
  });

  it("an open chain of 100 000 assets has no issue", () => {
    const chain = ring(100_000);
    chain[99_999] = { ...chain[99_999]!, dependsOn: [] };
    expect(validateAssets(chain)).toEqual([]);
  });

  it("reports a missing or blank owner in values built without parsing", () => {
    const { owner: _dropped, ...ownerless } = asset("A");
    const blank = { ...asset("B"), owner: "  " };
    const found = validateAssets([ownerless as Asset, blank]);
    expect(found.map((item) => [item.code, item.path])).toEqual([
      ["missing_owner", [0, "owner"]],
      ["missing_owner", [1, "owner"]],
    ]);
  });

  it("reports a rating that is not on its scale", () => {
    const bad = { ...asset("A"), requirements: { availability: "extreme" } };
    expect(validateAssets([bad])).toEqual([expect.objectContaining({ code: "rating_not_on_scale", path: [0, "requirements", "availability"] })]);
  });

  it("reports a rating of a property without a scale", () => {
    const bad = asset("A", { requirements: { safety: "high" } });
    expect(validateAssets([bad])).toEqual([expect.objectContaining({ code: "unknown_requirement_property", path: [0, "requirements", "safety"] })]);
  });

  it("checks overrides: level on the scale, known property, a reason", () => {
    const bad = {
      ...asset("A"),
      requirementOverrides: { integrity: { level: "huge", reason: "ok" }, safety: { level: "low", reason: "ok" }, availability: { level: "low", reason: " " } },
    };
    expect(validateAssets([bad]).map((found) => [found.code, found.path])).toEqual([
      ["override_without_reason", [0, "requirementOverrides", "availability", "reason"]],
      ["rating_not_on_scale", [0, "requirementOverrides", "integrity", "level"]],
      ["unknown_requirement_property", [0, "requirementOverrides", "safety"]],
    ]);
  });

  it("reports an unknown classification", () => {
    expect(validateAssets([asset("A", { classification: "top_secret" })])).toEqual([
      expect.objectContaining({ code: "unknown_classification", path: [0, "classification"] }),
    ]);
  });

  it("warns when a Public asset has a high confidentiality requirement", () => {
    const found = validateAssets([asset("A", { classification: "public", requirements: { confidentiality: "high" } })]);
    expect(found).toEqual([expect.objectContaining({ code: "classification_requirement_mismatch", severity: "warning", path: [0, "requirements", "confidentiality"] })]);
    expect(found[0]?.message).toContain('at most "low"');
  });

  it("warns when a Restricted asset has a low confidentiality requirement", () => {
    expect(codes([asset("A", { classification: "restricted", requirements: { confidentiality: "low" } })])).toEqual(["classification_requirement_mismatch"]);
    expect(codes([asset("A", { classification: "restricted", requirements: { confidentiality: "very_high" } })])).toEqual([]);
    expect(codes([asset("A", { classification: "restricted" })])).toEqual([]);
    expect(codes([{ ...asset("A", { classification: "restricted" }), requirements: { confidentiality: "bogus" } }])).toEqual(["rating_not_on_scale"]);
  });

  it("checks lifecycle dates", () => {
    expect(codes([asset("A", { status: "retired" })])).toEqual(["missing_lifecycle_date"]);
    expect(codes([asset("A", { status: "disposed" })])).toEqual(["missing_lifecycle_date"]);
    expect(codes([asset("A", { status: "disposed", inServiceFrom: "2024-01-01", retiredOn: "2023-01-01", disposedOn: "2022-01-01" })])).toEqual([
      "lifecycle_dates_out_of_order",
      "lifecycle_dates_out_of_order",
    ]);
    expect(codes([asset("A", { status: "in_use", retiredOn: "2023-01-01" })])).toEqual(["lifecycle_status_mismatch"]);
    expect(codes([asset("A", { status: "planned", disposedOn: "2023-01-01" })])).toEqual(["lifecycle_status_mismatch"]);
  });

  it("warns when the recovery time objective exceeds the maximum tolerable downtime", () => {
    expect(codes([asset("A", { recoveryObjectives: { rto: "P2D", maximumTolerableDowntime: "PT12H" } })])).toEqual(["recovery_objectives_inconsistent"]);
    expect(codes([asset("A", { recoveryObjectives: { rto: "PT4H", maximumTolerableDowntime: "P1D" } })])).toEqual([]);
  });

  it("warns when an asset in use depends on a retired one, but not when the dependent is retired too", () => {
    const found = validateAssets([
      asset("APP", { dependsOn: ["OLD"] }),
      asset("OLD", { status: "retired", retiredOn: "2025-01-01" }),
      asset("GONE", { status: "disposed", disposedOn: "2025-01-01", dependsOn: ["OLDER"] }),
      asset("OLDER", { status: "retired", retiredOn: "2024-01-01" }),
    ]);
    expect(found).toEqual([expect.objectContaining({ code: "retired_asset_in_use", path: [1, "status"], severity: "warning" })]);
    expect(found[0]?.message).toContain("APP still depends on it");
  });

  it("returns every issue at once, sorted by path", () => {
    const found = validateAssets([asset("A", { dependsOn: ["Z"], classification: "nope" }), asset("A")]);
    expect(found.map((item) => item.code)).toEqual(["unknown_classification", "unknown_asset_reference", "duplicate_asset_id"]);
  });
});
