import { describe, expect, it } from "vitest";
import { listDependents, type Asset } from "../../src/assets/index.js";
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

describe("listDependents", () => {
  it("direct dependents", () => {
    expect(ids(listDependents(assets, "APP"))).toEqual(["DATA"]);
  });
});
