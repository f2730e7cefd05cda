// Asset inventory: classification, CIA requirements, dependencies and the maximum principle.
// Run with `npm run build && node examples/assets.mjs`.
import {
  AssetSchema,
  addAsset,
  effectiveRequirements,
  linkDependency,
  listAssetsByCriticality,
  listRetiredAssetsInUse,
  removeAsset,
  retireAsset,
  validateAssets,
} from "isms";

// Parsing turns plain JSON into typed assets (ids become branded AssetIds).
let assets = [
  {
    id: "INF-CUSTOMERS",
    name: "Customer records",
    type: "information",
    owner: "Head of Sales Operations",
    status: "in_use",
    classification: "confidential",
    requirements: { confidentiality: "very_high", integrity: "high" },
    dependsOn: ["SVC-CRM"],
  },
  {
    id: "SVC-CRM",
    name: "CRM application",
    type: "software",
    owner: "Head of IT",
    status: "in_use",
    requirements: { availability: "high" },
    recoveryObjectives: { rto: "PT4H", rpo: "PT15M", maximumTolerableDowntime: "P1D" },
    dependsOn: ["SVC-DB"],
  },
  { id: "SVC-DB", name: "PostgreSQL cluster", type: "service", owner: "Head of IT", status: "in_use", dependsOn: ["HW-DB1", "HW-DB-OLD"] },
  {
    id: "HW-DB1",
    name: "Database server 1",
    type: "hardware",
    owner: "Infrastructure lead",
    status: "in_use",
    requirements: { confidentiality: "low" },
    requirementOverrides: { confidentiality: { level: "high", reason: "Disks are encrypted; keys live in the HSM, not on the host." } },
    dependsOn: ["SITE-DC1"],
  },
  { id: "HW-DB-OLD", name: "Old database server", type: "hardware", owner: "Infrastructure lead", status: "in_use", inServiceFrom: "2019-03-01" },
  { id: "SITE-DC1", name: "Data centre Frankfurt", type: "site", owner: "Facilities manager", status: "in_use" },
  {
    id: "INF-PRESS",
    name: "Press releases",
    type: "information",
    owner: "Head of Communications",
    status: "in_use",
    classification: "public",
    requirements: { confidentiality: "high", integrity: "high" },
  },
].map((json) => AssetSchema.parse(json));

const effective = effectiveRequirements(assets);
console.log("Effective requirements and where they come from:");
for (const asset of assets) {
  const set = effective.get(asset.id) ?? {};
  const parts = Object.values(set).map((requirement) => {
    const source = requirement.source;
    const why =
      source.kind === "own" ? "own" : source.kind === "override" ? `override: ${source.reason}` : `from ${source.from} via ${source.via}`;
    return `${requirement.property[0].toUpperCase()}=${requirement.level} (${why})`;
  });
  console.log(`  ${asset.id.padEnd(14)} ${parts.join("; ") || "(nothing rated)"}`);
}

console.log("\nMost critical first:");
for (const entry of listAssetsByCriticality(assets).slice(0, 4)) {
  console.log(`  ${entry.asset.name}: ${entry.criticality?.property} ${entry.criticality?.level}`);
}

console.log("\nValidation:");
for (const found of validateAssets(assets)) console.log(`  ${found.severity} ${found.code} at [${found.path.join(", ")}]: ${found.message}`);

// Commands return a Result and never change their input.
const retired = retireAsset(assets, "HW-DB-OLD", "2026-03-31");
if (retired.ok) assets = retired.value;
console.log("\nRetired but still depended on:", listRetiredAssetsInUse(assets).map((asset) => asset.id).join(", "));

const removal = removeAsset(assets, "HW-DB-OLD");
console.log("Remove HW-DB-OLD:", removal.ok ? "removed" : removal.error[0].message);

const cycle = linkDependency(assets, "SITE-DC1", "SVC-CRM");
console.log("Link SITE-DC1 → SVC-CRM:", cycle.ok ? "linked" : cycle.error[0].message);

const added = addAsset(assets, AssetSchema.parse({ id: "HW-DB2", name: "Database server 2", type: "hardware", owner: "Infrastructure lead", status: "planned" }));
if (added.ok) {
  const linked = linkDependency(added.value, "SVC-DB", "HW-DB2");
  if (linked.ok) {
    const server2 = effectiveRequirements(linked.value).get("HW-DB2");
    console.log(`New HW-DB2 inherits: C=${server2?.confidentiality?.level}, A=${server2?.availability?.level}`);
  }
}
