import { describe, expect, it } from "vitest";
import { listRetiredAssetsInUse, type Asset } from "../../src/assets/index.js";
import { asset } from "./fixtures.js";

const assets: readonly Asset[] = [
  asset("DATA", { type: "information", owner: "CFO", classification: "confidential", requirements: { confidentiality: "very_high" }, dependsOn: ["APP"] }),
  asset("APP", { type: "software", requirements: { availability: "medium" }, dependsOn: ["VM", "OLD"] }),
  asset("VM", { type: "hardware", classification: "internal" }),
  asset("OLD", { type: "hardware", status: "retired", retiredOn: "2025-01-01" }),
  asset("LONE", { type: "medical_device" }),
  asset("GONE", { type: "hardware", status: "disposed", disposedOn: "2025-01-01", dependsOn: ["OLDER"] }),
  asset("OLDER", { type: "hardware", status: "retired", retiredOn: "2024-01-01" }),
];

const ids = (list: readonly Asset[]) => list.map((item) => item.id);

describe("listRetiredAssetsInUse", () => {
  it("retired assets still depended on by an asset in use", () => {
    expect(ids(listRetiredAssetsInUse(assets))).toEqual(["OLD"]);
  });
});
