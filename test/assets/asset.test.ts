import { describe, expect, it } from "vitest";
import { AssetSchema, AssetTypeSchema, type Asset } from "../../src/assets/index.js";

const full = {
  id: "A-CRM-DB",
  name: "CRM database",
  type: "service",
  description: "Customer records",
  owner: "Head of Sales Operations",
  custodian: "Database team",
  location: "eu-central-1",
  status: "in_use",
  inServiceFrom: "2024-05-01",
  classification: "confidential",
  requirements: { confidentiality: "high", integrity: "high", availability: "medium" },
  requirementOverrides: { availability: { level: "high", reason: "Month-end close depends on it." } },
  recoveryObjectives: { rto: "PT4H", rpo: "PT15M", maximumTolerableDowntime: "P1D" },
  dependsOn: ["A-DB-SERVER-1"],
  tags: ["gdpr"],
  custom: { jira: "SEC-12", cost: { eur: 4000 }, owners: [null, true] },
};

describe("AssetSchema", () => {
  it("parses every field and survives a JSON round trip unchanged", () => {
    const parsed: Asset = AssetSchema.parse(full);
    expect(parsed).toEqual(full);
    expect(AssetSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });
  it("requires an owner and rejects a blank one", () => {
    const { owner: _dropped, ...ownerless } = full;
    expect(AssetSchema.safeParse(ownerless).success).toBe(false);
    expect(AssetSchema.safeParse({ ...full, owner: "   " }).success).toBe(false);
  });
  it("rejects unknown keys and bad durations", () => {
    expect(AssetSchema.safeParse({ ...full, colour: "red" }).success).toBe(false);
    expect(AssetSchema.safeParse({ ...full, recoveryObjectives: { rto: "4 hours" } }).success).toBe(false);
  });
  it("accepts own asset types in lower case", () => {
    expect(AssetTypeSchema.safeParse("medical_device").success).toBe(true);
    expect(AssetTypeSchema.safeParse("Medical Device").success).toBe(false);
  });
  it("rejects property keys that could pollute prototypes", () => {
    expect(AssetSchema.safeParse({ ...full, requirements: JSON.parse('{"__proto__": "high"}') }).success).toBe(false);
  });
});
