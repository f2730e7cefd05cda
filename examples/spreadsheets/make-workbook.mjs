// Writes acme-isms.xlsx: the kind of workbook a consultant hands over before an ISMS moves into
// isms (the guide docs/spreadsheets.md walks it in). Title rows above the headers, merged
// title cells, the consultant's own column names, Y/N, words for levels, a column isms has no
// field for. Run: node examples/spreadsheets/make-workbook.mjs (after npm run build).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { annexA } from "isms";

const excluded = new Map([
  ["7.5", "Offices are rented floors in a managed building; the landlord protects against physical and environmental threats."],
  ["7.11", "No own premises with utilities: the landlord runs power and cooling; the cloud provider runs the data centres."],
  ["7.12", "No cabling of our own: the building's cabling belongs to the landlord."],
  ["8.28", "We do not develop software; the few scripts we keep are covered by 8.32."],
]);
const statuses = ["Implemented", "Implemented", "Partially implemented", "Planned", "Not started"];
const owners = ["CISO", "IT Manager", "HR Manager", "Facilities", "Legal"];
const reasonsFor = (id, index) => (id === "5.34" ? "Legal: GDPR; Risk treatment" : id === "5.20" ? "Contractual: customer contracts ask for it" : index % 7 === 3 ? "Best practice" : "Risk treatment");

const soaRows = annexA.map((control, index) => {
  const reason = excluded.get(control.id);
  const included = reason === undefined;
  return [`A.${control.id}`, control.title, included ? "Y" : "N", included ? reasonsFor(control.id, index) : "", reason ?? "", included ? statuses[index % statuses.length] : "", owners[index % owners.length]];
});
const soa = XLSX.utils.aoa_to_sheet([
  ["Acme Ltd — Statement of Applicability (ISO/IEC 27001:2022)"],
  ["Draft 0.3, prepared by the consultant"],
  [],
  ["Ref", "Control", "Applicable (Y/N)", "Reason for inclusion", "Justification for exclusion", "Implementation status", "Control owner"],
  ...soaRows,
]);
soa["!merges"] = [XLSX.utils.decode_range("A1:G1"), XLSX.utils.decode_range("A2:G2")];

const assets = XLSX.utils.aoa_to_sheet([
  ["Asset inventory"],
  [],
  ["Asset ID", "Asset name", "Type", "Owner", "Classification", "C", "I", "A"],
  ["AS-01", "Customer database", "Information", "Head of Product", "Confidential", "High", "High", "Medium"],
  ["AS-02", "Web application", "Software", "CTO", "Internal", "Medium", "High", "High"],
  ["AS-03", "Laptops", "Hardware", "IT Manager", "Internal", "Medium", "Medium", "Low"],
  ["AS-04", "Payroll service", "Service", "HR Manager", "Restricted", "Very high", "High", "Medium"],
]);

const risks = XLSX.utils.aoa_to_sheet([
  ["Risk register"],
  [],
  ["Risk ID", "Risk description", "Asset", "Threat", "Vulnerability", "Likelihood", "Impact", "Risk owner", "Treatment"],
  ["R-01", "Customer data exposed through a stolen laptop", "AS-03", "Theft", "Unencrypted disks", "Possible", "Major", "CISO", "Full-disk encryption"],
  ["R-02", "Web application taken over through a known flaw", "AS-02", "Attack on a known vulnerability", "Slow patching", "Likely", "Severe", "CTO", "Patch within 14 days"],
  ["R-03", "Customer database lost", "AS-01", "Operator error", "Untested restores", "Unlikely", "Severe", "Head of Product", "Quarterly restore test"],
  ["R-04", "Payroll data disclosed by the provider", "AS-04", "Supplier breach", "No security clauses in the contract", "Rare", "Major", "HR Manager", "Accept"],
]);

const workbook = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(workbook, soa, "SoA");
XLSX.utils.book_append_sheet(workbook, assets, "Assets");
XLSX.utils.book_append_sheet(workbook, risks, "Risks");
const target = fileURLToPath(new URL("acme-isms.xlsx", import.meta.url));
writeFileSync(target, XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true }));
console.log(`Wrote ${target}`);
