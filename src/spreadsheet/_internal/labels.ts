import { normaliseText } from "./coerce.js";

/** An enumerated field's values: key → label people read, then other common wordings. */
export type EnumTable = Readonly<Record<string, readonly string[]>>;

export const IMPLEMENTATION_STATUS: EnumTable = {
  not_started: ["Not started", "Open", "To do", "Not yet started"],
  planned: ["Planned", "Scheduled"],
  partially_implemented: ["Partially implemented", "Partial", "Partially", "Partly implemented"],
  implemented: ["Implemented", "Fully implemented", "Complete", "Completed", "Done", "In place"],
  not_implemented: ["Not implemented"],
};
export const REASON_KINDS: EnumTable = {
  risk_treatment: ["Risk treatment", "Risk", "RA", "Risk assessment", "RTP"],
  legal: ["Legal", "Law", "LR"],
  statutory: ["Statutory"],
  regulatory: ["Regulatory", "Regulation"],
  contractual: ["Contractual", "Contract", "CO", "Contractual obligation"],
  business: ["Business", "Business requirement", "BR", "BR/BP"],
  best_practice: ["Best practice", "BP", "Good practice"],
};
export const RISK_STATUS: EnumTable = {
  identified: ["Identified", "New"],
  analysed: ["Analysed", "Analyzed"],
  evaluated: ["Evaluated", "Assessed"],
  treatment_planned: ["Treatment planned", "In treatment"],
  treated: ["Treated", "Mitigated"],
  accepted: ["Accepted"],
  closed: ["Closed"],
};
export const RISK_KIND: EnumTable = {
  asset_based: ["Asset-based", "Asset based", "Asset"],
  event_based: ["Event-based", "Event based", "Event", "Scenario"],
};
export const LIFECYCLE_STATUS: EnumTable = {
  planned: ["Planned"],
  in_use: ["In use", "Active", "In service", "Live", "Operational"],
  retired: ["Retired", "Decommissioned"],
  disposed: ["Disposed", "Disposed of"],
};
export const ACTION_STATUS: EnumTable = {
  planned: ["Planned", "Not started", "Open", "To do"],
  in_progress: ["In progress", "Ongoing", "Started", "WIP"],
  done: ["Done", "Completed", "Complete", "Closed", "Finished"],
  cancelled: ["Cancelled", "Canceled", "Dropped"],
};
export const ASSET_TYPES: EnumTable = {
  information: ["Information", "Data", "Information asset"],
  software: ["Software", "Application"],
  hardware: ["Hardware", "Device", "Equipment"],
  service: ["Service", "IT service"],
  people: ["People", "Person", "Staff"],
  site: ["Site", "Premises", "Facility", "Location"],
  supplier: ["Supplier", "Vendor", "Third party"],
  cloud_service: ["Cloud service", "Cloud", "SaaS"],
};
export const SUPPLIER_STATUS: EnumTable = {
  prospective: ["Prospective", "Planned", "Onboarding", "Candidate", "In selection", "Pending", "Proposed"],
  active: ["Active", "Current", "Live", "In use", "Approved", "Contracted"],
  ended: ["Ended", "Inactive", "Terminated", "Former", "Offboarded", "Exited", "Retired", "Closed"],
};
export const CLOUD_MODELS: EnumTable = {
  iaas: ["IaaS", "Infrastructure as a service", "Infrastructure"],
  paas: ["PaaS", "Platform as a service", "Platform"],
  saas: ["SaaS", "Software as a service"],
  other: ["Other", "Other cloud", "XaaS"],
};

/** The key an enumerated cell names, by key or any wording (without case and punctuation). */
export function matchEnum(table: EnumTable, text: string): string | undefined {
  const normal = normaliseText(text);
  for (const [key, words] of Object.entries(table)) {
    if (key === text.trim() || normaliseText(key) === normal || words.some((word) => normaliseText(word) === normal)) return key;
  }
  return undefined;
}
