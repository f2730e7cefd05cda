import {
  deepFreeze,
  rejectReservedKeys,
  unknownEntity
} from "./chunk-Q7XSFGXC.js";
import {
  CatalogueIdSchema,
  CustomFieldsSchema,
  NonBlankStringSchema,
  argumentError,
  issue
} from "./chunk-7Q37T3A7.js";

// src/catalogue/vocabulary.ts
import * as z from "zod";
var ThemeSchema = /* @__PURE__ */ z.enum(["Organizational", "People", "Physical", "Technological"]);
var ControlTypeSchema = /* @__PURE__ */ z.enum(["Preventive", "Detective", "Corrective"]);
var InformationSecurityPropertySchema = /* @__PURE__ */ z.enum(["Confidentiality", "Integrity", "Availability"]);
var CybersecurityConceptSchema = /* @__PURE__ */ z.enum(["Identify", "Protect", "Detect", "Respond", "Recover"]);
var OperationalCapabilitySchema = /* @__PURE__ */ z.enum([
  "Governance",
  "Asset_management",
  "Information_protection",
  "Human_resource_security",
  "Physical_security",
  "System_and_network_security",
  "Application_security",
  "Secure_configuration",
  "Identity_and_access_management",
  "Threat_and_vulnerability_management",
  "Continuity",
  "Supplier_relationships_security",
  "Legal_and_compliance",
  "Information_security_event_management",
  "Information_security_assurance"
]);
var SecurityDomainSchema = /* @__PURE__ */ z.enum(["Governance_and_Ecosystem", "Protection", "Defence", "Resilience"]);
var ControlAttributesSchema = /* @__PURE__ */ z.strictObject({
  controlTypes: z.array(ControlTypeSchema).min(1),
  securityProperties: z.array(InformationSecurityPropertySchema).min(1),
  cybersecurityConcepts: z.array(CybersecurityConceptSchema).min(1),
  operationalCapabilities: z.array(OperationalCapabilitySchema).min(1),
  securityDomains: z.array(SecurityDomainSchema).min(1)
});
var AttributeKindSchema = /* @__PURE__ */ z.enum([
  "controlTypes",
  "securityProperties",
  "cybersecurityConcepts",
  "operationalCapabilities",
  "securityDomains"
]);
var attributeVocabulary = /* @__PURE__ */ Object.freeze({
  // Copies: zod's own `.options` arrays must not be reachable (and changeable) from here.
  controlTypes: Object.freeze([...ControlTypeSchema.options]),
  securityProperties: Object.freeze([...InformationSecurityPropertySchema.options]),
  cybersecurityConcepts: Object.freeze([...CybersecurityConceptSchema.options]),
  operationalCapabilities: Object.freeze([...OperationalCapabilitySchema.options]),
  securityDomains: Object.freeze([...SecurityDomainSchema.options])
});
function toHashtag(value) {
  return `#${value}`;
}
function fromHashtag(hashtag) {
  try {
    if (!hashtag.startsWith("#")) return void 0;
    const value = hashtag.slice(1);
    for (const kind of AttributeKindSchema.options) {
      const values = attributeVocabulary[kind];
      if (values.includes(value)) return { kind, value };
    }
    return void 0;
  } catch (error) {
    throw argumentError("fromHashtag", error);
  }
}

// src/catalogue/annexA.ts
import * as z2 from "zod";

// src/catalogue/data/annexA2022.ts
var ANNEX_A_2022_DATA = [
  { id: "5.1", theme: "Organizational", title: "Policies for information security", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Governance"], securityDomains: ["Governance_and_Ecosystem", "Resilience"] } },
  { id: "5.2", theme: "Organizational", title: "Information security roles and responsibilities", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Governance"], securityDomains: ["Governance_and_Ecosystem", "Protection", "Resilience"] } },
  { id: "5.3", theme: "Organizational", title: "Segregation of duties", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Governance", "Identity_and_access_management"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "5.4", theme: "Organizational", title: "Management responsibilities", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Governance"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "5.5", theme: "Organizational", title: "Contact with authorities", attributes: { controlTypes: ["Preventive", "Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Protect", "Respond", "Recover"], operationalCapabilities: ["Governance"], securityDomains: ["Defence", "Resilience"] } },
  { id: "5.6", theme: "Organizational", title: "Contact with special interest groups", attributes: { controlTypes: ["Preventive", "Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect", "Respond", "Recover"], operationalCapabilities: ["Governance"], securityDomains: ["Defence"] } },
  { id: "5.7", theme: "Organizational", title: "Threat intelligence", attributes: { controlTypes: ["Preventive", "Detective", "Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Detect", "Respond"], operationalCapabilities: ["Threat_and_vulnerability_management"], securityDomains: ["Defence", "Resilience"] } },
  { id: "5.8", theme: "Organizational", title: "Information security in project management", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Protect"], operationalCapabilities: ["Governance"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } },
  { id: "5.9", theme: "Organizational", title: "Inventory of information and other associated assets", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Asset_management"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } },
  { id: "5.10", theme: "Organizational", title: "Acceptable use of information and other associated assets", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Information_protection"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } },
  { id: "5.11", theme: "Organizational", title: "Return of assets", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management"], securityDomains: ["Protection"] } },
  { id: "5.12", theme: "Organizational", title: "Classification of information", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Information_protection"], securityDomains: ["Protection", "Defence"] } },
  { id: "5.13", theme: "Organizational", title: "Labelling of information", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Information_protection"], securityDomains: ["Protection", "Defence"] } },
  { id: "5.14", theme: "Organizational", title: "Information transfer", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Information_protection"], securityDomains: ["Protection"] } },
  { id: "5.15", theme: "Organizational", title: "Access control", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Identity_and_access_management"], securityDomains: ["Protection"] } },
  { id: "5.16", theme: "Organizational", title: "Identity management", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Identity_and_access_management"], securityDomains: ["Protection"] } },
  { id: "5.17", theme: "Organizational", title: "Authentication information", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Identity_and_access_management"], securityDomains: ["Protection"] } },
  { id: "5.18", theme: "Organizational", title: "Access rights", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Identity_and_access_management"], securityDomains: ["Protection"] } },
  { id: "5.19", theme: "Organizational", title: "Information security in supplier relationships", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Supplier_relationships_security"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } },
  { id: "5.20", theme: "Organizational", title: "Addressing information security within supplier agreements", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Supplier_relationships_security"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } },
  { id: "5.21", theme: "Organizational", title: "Managing information security in the information and communication technology (ICT) supply chain", title27002: "Managing information security in the ICT supply chain", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Supplier_relationships_security"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } },
  { id: "5.22", theme: "Organizational", title: "Monitoring, review and change management of supplier services", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Supplier_relationships_security", "Information_security_assurance"], securityDomains: ["Governance_and_Ecosystem", "Protection", "Defence"] } },
  { id: "5.23", theme: "Organizational", title: "Information security for use of cloud services", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Supplier_relationships_security"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } },
  { id: "5.24", theme: "Organizational", title: "Information security incident management planning and preparation", attributes: { controlTypes: ["Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Respond", "Recover"], operationalCapabilities: ["Governance", "Information_security_event_management"], securityDomains: ["Defence"] } },
  { id: "5.25", theme: "Organizational", title: "Assessment and decision on information security events", attributes: { controlTypes: ["Detective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Detect", "Respond"], operationalCapabilities: ["Information_security_event_management"], securityDomains: ["Defence"] } },
  { id: "5.26", theme: "Organizational", title: "Response to information security incidents", attributes: { controlTypes: ["Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Respond", "Recover"], operationalCapabilities: ["Information_security_event_management"], securityDomains: ["Defence"] } },
  { id: "5.27", theme: "Organizational", title: "Learning from information security incidents", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Protect"], operationalCapabilities: ["Information_security_event_management"], securityDomains: ["Defence"] } },
  { id: "5.28", theme: "Organizational", title: "Collection of evidence", attributes: { controlTypes: ["Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Detect", "Respond"], operationalCapabilities: ["Information_security_event_management"], securityDomains: ["Defence"] } },
  { id: "5.29", theme: "Organizational", title: "Information security during disruption", attributes: { controlTypes: ["Preventive", "Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect", "Respond"], operationalCapabilities: ["Continuity"], securityDomains: ["Protection", "Resilience"] } },
  { id: "5.30", theme: "Organizational", title: "ICT readiness for business continuity", attributes: { controlTypes: ["Corrective"], securityProperties: ["Availability"], cybersecurityConcepts: ["Respond"], operationalCapabilities: ["Continuity"], securityDomains: ["Resilience"] } },
  { id: "5.31", theme: "Organizational", title: "Legal, statutory, regulatory and contractual requirements", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Legal_and_compliance"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } },
  { id: "5.32", theme: "Organizational", title: "Intellectual property rights", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["Legal_and_compliance"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "5.33", theme: "Organizational", title: "Protection of records", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Protect"], operationalCapabilities: ["Asset_management", "Information_protection", "Legal_and_compliance"], securityDomains: ["Defence"] } },
  { id: "5.34", theme: "Organizational", title: "Privacy and protection of personal identifiable information (PII)", title27002: "Privacy and protection of PII", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Protect"], operationalCapabilities: ["Information_protection", "Legal_and_compliance"], securityDomains: ["Protection"] } },
  { id: "5.35", theme: "Organizational", title: "Independent review of information security", attributes: { controlTypes: ["Preventive", "Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Protect"], operationalCapabilities: ["Information_security_assurance"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "5.36", theme: "Organizational", title: "Compliance with policies, rules and standards for information security", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Protect"], operationalCapabilities: ["Legal_and_compliance", "Information_security_assurance"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "5.37", theme: "Organizational", title: "Documented operating procedures", attributes: { controlTypes: ["Preventive", "Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect", "Recover"], operationalCapabilities: ["Asset_management", "Physical_security", "System_and_network_security", "Application_security", "Secure_configuration", "Identity_and_access_management", "Threat_and_vulnerability_management", "Continuity", "Information_security_event_management"], securityDomains: ["Governance_and_Ecosystem", "Protection", "Defence"] } },
  { id: "6.1", theme: "People", title: "Screening", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Human_resource_security"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "6.2", theme: "People", title: "Terms and conditions of employment", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Human_resource_security"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "6.3", theme: "People", title: "Information security awareness, education and training", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Human_resource_security"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "6.4", theme: "People", title: "Disciplinary process", attributes: { controlTypes: ["Preventive", "Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect", "Respond"], operationalCapabilities: ["Human_resource_security"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "6.5", theme: "People", title: "Responsibilities after termination or change of employment", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Human_resource_security"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "6.6", theme: "People", title: "Confidentiality or non-disclosure agreements", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Information_protection", "Human_resource_security", "Supplier_relationships_security"], securityDomains: ["Governance_and_Ecosystem"] } },
  { id: "6.7", theme: "People", title: "Remote working", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Information_protection", "Physical_security", "System_and_network_security"], securityDomains: ["Protection"] } },
  { id: "6.8", theme: "People", title: "Information security event reporting", attributes: { controlTypes: ["Detective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Detect"], operationalCapabilities: ["Information_security_event_management"], securityDomains: ["Defence"] } },
  { id: "7.1", theme: "Physical", title: "Physical security perimeters", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Physical_security"], securityDomains: ["Protection"] } },
  { id: "7.2", theme: "Physical", title: "Physical entry", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Physical_security", "Identity_and_access_management"], securityDomains: ["Protection"] } },
  { id: "7.3", theme: "Physical", title: "Securing offices, rooms and facilities", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Physical_security"], securityDomains: ["Protection"] } },
  { id: "7.4", theme: "Physical", title: "Physical security monitoring", attributes: { controlTypes: ["Preventive", "Detective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect", "Detect"], operationalCapabilities: ["Physical_security"], securityDomains: ["Protection", "Defence"] } },
  { id: "7.5", theme: "Physical", title: "Protecting against physical and environmental threats", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Physical_security"], securityDomains: ["Protection"] } },
  { id: "7.6", theme: "Physical", title: "Working in secure areas", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Physical_security"], securityDomains: ["Protection"] } },
  { id: "7.7", theme: "Physical", title: "Clear desk and clear screen", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Physical_security"], securityDomains: ["Protection"] } },
  { id: "7.8", theme: "Physical", title: "Equipment siting and protection", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Physical_security"], securityDomains: ["Protection"] } },
  { id: "7.9", theme: "Physical", title: "Security of assets off-premises", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Physical_security"], securityDomains: ["Protection"] } },
  { id: "7.10", theme: "Physical", title: "Storage media", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Physical_security"], securityDomains: ["Protection"] } },
  { id: "7.11", theme: "Physical", title: "Supporting utilities", attributes: { controlTypes: ["Preventive", "Detective"], securityProperties: ["Integrity", "Availability"], cybersecurityConcepts: ["Protect", "Detect"], operationalCapabilities: ["Physical_security"], securityDomains: ["Protection"] } },
  { id: "7.12", theme: "Physical", title: "Cabling security", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Physical_security"], securityDomains: ["Protection"] } },
  { id: "7.13", theme: "Physical", title: "Equipment maintenance", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Physical_security"], securityDomains: ["Protection", "Resilience"] } },
  { id: "7.14", theme: "Physical", title: "Secure disposal or re-use of equipment", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Physical_security"], securityDomains: ["Protection"] } },
  { id: "8.1", theme: "Technological", title: "User end point devices", title27002: "User endpoint devices", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Information_protection"], securityDomains: ["Protection"] } },
  { id: "8.2", theme: "Technological", title: "Privileged access rights", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Identity_and_access_management"], securityDomains: ["Protection"] } },
  { id: "8.3", theme: "Technological", title: "Information access restriction", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Identity_and_access_management"], securityDomains: ["Protection"] } },
  { id: "8.4", theme: "Technological", title: "Access to source code", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Application_security", "Secure_configuration", "Identity_and_access_management"], securityDomains: ["Protection"] } },
  { id: "8.5", theme: "Technological", title: "Secure authentication", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Identity_and_access_management"], securityDomains: ["Protection"] } },
  { id: "8.6", theme: "Technological", title: "Capacity management", attributes: { controlTypes: ["Preventive", "Detective"], securityProperties: ["Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Protect", "Detect"], operationalCapabilities: ["Continuity"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } },
  { id: "8.7", theme: "Technological", title: "Protection against malware", attributes: { controlTypes: ["Preventive", "Detective", "Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect", "Detect"], operationalCapabilities: ["Information_protection", "System_and_network_security"], securityDomains: ["Protection", "Defence"] } },
  { id: "8.8", theme: "Technological", title: "Management of technical vulnerabilities", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Protect"], operationalCapabilities: ["Threat_and_vulnerability_management"], securityDomains: ["Governance_and_Ecosystem", "Protection", "Defence"] } },
  { id: "8.9", theme: "Technological", title: "Configuration management", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Secure_configuration"], securityDomains: ["Protection"] } },
  { id: "8.10", theme: "Technological", title: "Information deletion", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Information_protection", "Legal_and_compliance"], securityDomains: ["Protection"] } },
  { id: "8.11", theme: "Technological", title: "Data masking", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Information_protection"], securityDomains: ["Protection"] } },
  { id: "8.12", theme: "Technological", title: "Data leakage prevention", attributes: { controlTypes: ["Preventive", "Detective"], securityProperties: ["Confidentiality"], cybersecurityConcepts: ["Protect", "Detect"], operationalCapabilities: ["Information_protection"], securityDomains: ["Protection", "Defence"] } },
  { id: "8.13", theme: "Technological", title: "Information backup", attributes: { controlTypes: ["Corrective"], securityProperties: ["Integrity", "Availability"], cybersecurityConcepts: ["Recover"], operationalCapabilities: ["Continuity"], securityDomains: ["Protection"] } },
  { id: "8.14", theme: "Technological", title: "Redundancy of information processing facilities", attributes: { controlTypes: ["Preventive"], securityProperties: ["Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Asset_management", "Continuity"], securityDomains: ["Protection", "Resilience"] } },
  { id: "8.15", theme: "Technological", title: "Logging", attributes: { controlTypes: ["Detective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Detect"], operationalCapabilities: ["Information_security_event_management"], securityDomains: ["Protection", "Defence"] } },
  { id: "8.16", theme: "Technological", title: "Monitoring activities", attributes: { controlTypes: ["Detective", "Corrective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Detect", "Respond"], operationalCapabilities: ["Information_security_event_management"], securityDomains: ["Defence"] } },
  { id: "8.17", theme: "Technological", title: "Clock synchronization", attributes: { controlTypes: ["Detective"], securityProperties: ["Integrity"], cybersecurityConcepts: ["Protect", "Detect"], operationalCapabilities: ["Information_security_event_management"], securityDomains: ["Protection", "Defence"] } },
  { id: "8.18", theme: "Technological", title: "Use of privileged utility programs", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["System_and_network_security", "Application_security", "Secure_configuration"], securityDomains: ["Protection"] } },
  { id: "8.19", theme: "Technological", title: "Installation of software on operational systems", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Application_security", "Secure_configuration"], securityDomains: ["Protection"] } },
  { id: "8.20", theme: "Technological", title: "Networks security", attributes: { controlTypes: ["Preventive", "Detective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect", "Detect"], operationalCapabilities: ["System_and_network_security"], securityDomains: ["Protection"] } },
  { id: "8.21", theme: "Technological", title: "Security of network services", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["System_and_network_security"], securityDomains: ["Protection"] } },
  { id: "8.22", theme: "Technological", title: "Segregation of networks", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["System_and_network_security"], securityDomains: ["Protection"] } },
  { id: "8.23", theme: "Technological", title: "Web filtering", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["System_and_network_security"], securityDomains: ["Protection"] } },
  { id: "8.24", theme: "Technological", title: "Use of cryptography", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Secure_configuration"], securityDomains: ["Protection"] } },
  { id: "8.25", theme: "Technological", title: "Secure development life cycle", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["System_and_network_security", "Application_security"], securityDomains: ["Protection"] } },
  { id: "8.26", theme: "Technological", title: "Application security requirements", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["System_and_network_security", "Application_security"], securityDomains: ["Protection", "Defence"] } },
  { id: "8.27", theme: "Technological", title: "Secure system architecture and engineering principles", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["System_and_network_security", "Application_security"], securityDomains: ["Protection"] } },
  { id: "8.28", theme: "Technological", title: "Secure coding", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["System_and_network_security", "Application_security"], securityDomains: ["Protection"] } },
  { id: "8.29", theme: "Technological", title: "Security testing in development and acceptance", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify"], operationalCapabilities: ["System_and_network_security", "Application_security", "Information_security_assurance"], securityDomains: ["Protection"] } },
  { id: "8.30", theme: "Technological", title: "Outsourced development", attributes: { controlTypes: ["Preventive", "Detective"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Identify", "Protect", "Detect"], operationalCapabilities: ["System_and_network_security", "Application_security", "Supplier_relationships_security"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } },
  { id: "8.31", theme: "Technological", title: "Separation of development, test and production environments", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["System_and_network_security", "Application_security"], securityDomains: ["Protection"] } },
  { id: "8.32", theme: "Technological", title: "Change management", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["System_and_network_security", "Application_security"], securityDomains: ["Protection"] } },
  { id: "8.33", theme: "Technological", title: "Test information", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Information_protection"], securityDomains: ["Protection"] } },
  { id: "8.34", theme: "Technological", title: "Protection of information systems during audit testing", attributes: { controlTypes: ["Preventive"], securityProperties: ["Confidentiality", "Integrity", "Availability"], cybersecurityConcepts: ["Protect"], operationalCapabilities: ["Information_protection", "System_and_network_security"], securityDomains: ["Governance_and_Ecosystem", "Protection"] } }
];

// src/catalogue/annexA.ts
var annexA = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ ANNEX_A_2022_DATA.map((control) => ({ ...control }))
);
var ANNEX_A_IDS = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ ANNEX_A_2022_DATA.map((control) => control.id));
var AnnexAIdSchema = /* @__PURE__ */ z2.enum(/* @__PURE__ */ ANNEX_A_2022_DATA.map((control) => control.id));
var NEW_IN_2022 = /* @__PURE__ */ deepFreeze([
  "5.7",
  "5.23",
  "5.30",
  "7.4",
  "8.9",
  "8.10",
  "8.11",
  "8.12",
  "8.16",
  "8.23",
  "8.28"
]);

// src/catalogue/annexA2013.ts
import * as z3 from "zod";

// src/catalogue/data/annexA2013.ts
var ANNEX_A_2013_DATA = [
  { id: "A.5.1.1", title: "Policies for information security", successors: ["5.1"] },
  { id: "A.5.1.2", title: "Review of the policies for information security", successors: ["5.1"] },
  { id: "A.6.1.1", title: "Information security roles and responsibilities", successors: ["5.2"] },
  { id: "A.6.1.2", title: "Segregation of duties", successors: ["5.3"] },
  { id: "A.6.1.3", title: "Contact with authorities", successors: ["5.5"] },
  { id: "A.6.1.4", title: "Contact with special interest groups", successors: ["5.6"] },
  { id: "A.6.1.5", title: "Information security in project management", successors: ["5.8"] },
  { id: "A.6.2.1", title: "Mobile device policy", successors: ["8.1"] },
  { id: "A.6.2.2", title: "Teleworking", successors: ["6.7"] },
  { id: "A.7.1.1", title: "Screening", successors: ["6.1"] },
  { id: "A.7.1.2", title: "Terms and conditions of employment", successors: ["6.2"] },
  { id: "A.7.2.1", title: "Management responsibilities", successors: ["5.4"] },
  { id: "A.7.2.2", title: "Information security awareness, education and training", successors: ["6.3"] },
  { id: "A.7.2.3", title: "Disciplinary process", successors: ["6.4"] },
  { id: "A.7.3.1", title: "Termination or change of employment responsibilities", successors: ["6.5"] },
  { id: "A.8.1.1", title: "Inventory of assets", successors: ["5.9"] },
  { id: "A.8.1.2", title: "Ownership of assets", successors: ["5.9"] },
  { id: "A.8.1.3", title: "Acceptable use of assets", successors: ["5.10"] },
  { id: "A.8.1.4", title: "Return of assets", successors: ["5.11"] },
  { id: "A.8.2.1", title: "Classification of information", successors: ["5.12"] },
  { id: "A.8.2.2", title: "Labelling of information", successors: ["5.13"] },
  { id: "A.8.2.3", title: "Handling of assets", successors: ["5.10"] },
  { id: "A.8.3.1", title: "Management of removable media", successors: ["7.10"] },
  { id: "A.8.3.2", title: "Disposal of media", successors: ["7.10"] },
  { id: "A.8.3.3", title: "Physical media transfer", successors: ["7.10"] },
  { id: "A.9.1.1", title: "Access control policy", successors: ["5.15"] },
  { id: "A.9.1.2", title: "Access to networks and network services", successors: ["5.15"] },
  { id: "A.9.2.1", title: "User registration and de-registration", successors: ["5.16"] },
  { id: "A.9.2.2", title: "User access provisioning", successors: ["5.18"] },
  { id: "A.9.2.3", title: "Management of privileged access rights", successors: ["8.2"] },
  { id: "A.9.2.4", title: "Management of secret authentication information of users", successors: ["5.17"] },
  { id: "A.9.2.5", title: "Review of user access rights", successors: ["5.18"] },
  { id: "A.9.2.6", title: "Removal or adjustment of access rights", successors: ["5.18"] },
  { id: "A.9.3.1", title: "Use of secret authentication information", successors: ["5.17"] },
  { id: "A.9.4.1", title: "Information access restriction", successors: ["8.3"] },
  { id: "A.9.4.2", title: "Secure log-on procedures", successors: ["8.5"] },
  { id: "A.9.4.3", title: "Password management system", successors: ["5.17"] },
  { id: "A.9.4.4", title: "Use of privileged utility programs", successors: ["8.18"] },
  { id: "A.9.4.5", title: "Access control to program source code", successors: ["8.4"] },
  { id: "A.10.1.1", title: "Policy on the use of cryptographic controls", successors: ["8.24"] },
  { id: "A.10.1.2", title: "Key management", successors: ["8.24"] },
  { id: "A.11.1.1", title: "Physical security perimeter", successors: ["7.1"] },
  { id: "A.11.1.2", title: "Physical entry controls", successors: ["7.2"] },
  { id: "A.11.1.3", title: "Securing offices, rooms and facilities", successors: ["7.3"] },
  { id: "A.11.1.4", title: "Protecting against external and environmental threats", successors: ["7.5"] },
  { id: "A.11.1.5", title: "Working in secure areas", successors: ["7.6"] },
  { id: "A.11.1.6", title: "Delivery and loading areas", successors: ["7.2"] },
  { id: "A.11.2.1", title: "Equipment siting and protection", successors: ["7.8"] },
  { id: "A.11.2.2", title: "Supporting utilities", successors: ["7.11"] },
  { id: "A.11.2.3", title: "Cabling security", successors: ["7.12"] },
  { id: "A.11.2.4", title: "Equipment maintenance", successors: ["7.13"] },
  { id: "A.11.2.5", title: "Removal of assets", successors: ["7.10"] },
  { id: "A.11.2.6", title: "Security of equipment and assets off-premises", successors: ["7.9"] },
  { id: "A.11.2.7", title: "Secure disposal or reuse of equipment", successors: ["7.14"] },
  { id: "A.11.2.8", title: "Unattended user equipment", successors: ["8.1"] },
  { id: "A.11.2.9", title: "Clear desk and clear screen policy", successors: ["7.7"] },
  { id: "A.12.1.1", title: "Documented operating procedures", successors: ["5.37"] },
  { id: "A.12.1.2", title: "Change management", successors: ["8.32"] },
  { id: "A.12.1.3", title: "Capacity management", successors: ["8.6"] },
  { id: "A.12.1.4", title: "Separation of development, testing and operational environments", successors: ["8.31"] },
  { id: "A.12.2.1", title: "Controls against malware", successors: ["8.7"] },
  { id: "A.12.3.1", title: "Information backup", successors: ["8.13"] },
  { id: "A.12.4.1", title: "Event logging", successors: ["8.15"] },
  { id: "A.12.4.2", title: "Protection of log information", successors: ["8.15"] },
  { id: "A.12.4.3", title: "Administrator and operator logs", successors: ["8.15"] },
  { id: "A.12.4.4", title: "Clock synchronisation", successors: ["8.17"] },
  { id: "A.12.5.1", title: "Installation of software on operational systems", successors: ["8.19"] },
  { id: "A.12.6.1", title: "Management of technical vulnerabilities", successors: ["8.8"] },
  { id: "A.12.6.2", title: "Restrictions on software installation", successors: ["8.19"] },
  { id: "A.12.7.1", title: "Information systems audit controls", successors: ["8.34"] },
  { id: "A.13.1.1", title: "Network controls", successors: ["8.20"] },
  { id: "A.13.1.2", title: "Security of network services", successors: ["8.21"] },
  { id: "A.13.1.3", title: "Segregation in networks", successors: ["8.22"] },
  { id: "A.13.2.1", title: "Information transfer policies and procedures", successors: ["5.14"] },
  { id: "A.13.2.2", title: "Agreements on information transfer", successors: ["5.14"] },
  { id: "A.13.2.3", title: "Electronic messaging", successors: ["5.14"] },
  { id: "A.13.2.4", title: "Confidentiality or non-disclosure agreements", successors: ["6.6"] },
  { id: "A.14.1.1", title: "Information security requirements analysis and specification", successors: ["5.8"] },
  { id: "A.14.1.2", title: "Securing application services on public networks", successors: ["8.26"] },
  { id: "A.14.1.3", title: "Protecting application services transactions", successors: ["8.26"] },
  { id: "A.14.2.1", title: "Secure development policy", successors: ["8.25"] },
  { id: "A.14.2.2", title: "System change control procedures", successors: ["8.32"] },
  { id: "A.14.2.3", title: "Technical review of applications after operating platform changes", successors: ["8.32"] },
  { id: "A.14.2.4", title: "Restrictions on changes to software packages", successors: ["8.32"] },
  { id: "A.14.2.5", title: "Secure system engineering principles", successors: ["8.27"] },
  { id: "A.14.2.6", title: "Secure development environment", successors: ["8.31"] },
  { id: "A.14.2.7", title: "Outsourced development", successors: ["8.30"] },
  { id: "A.14.2.8", title: "System security testing", successors: ["8.29"] },
  { id: "A.14.2.9", title: "System acceptance testing", successors: ["8.29"] },
  { id: "A.14.3.1", title: "Protection of test data", successors: ["8.33"] },
  { id: "A.15.1.1", title: "Information security policy for supplier relationships", successors: ["5.19"] },
  { id: "A.15.1.2", title: "Addressing security within supplier agreements", successors: ["5.20"] },
  { id: "A.15.1.3", title: "Information and communication technology supply chain", successors: ["5.21"] },
  { id: "A.15.2.1", title: "Monitoring and review of supplier services", successors: ["5.22"] },
  { id: "A.15.2.2", title: "Managing changes to supplier services", successors: ["5.22"] },
  { id: "A.16.1.1", title: "Responsibilities and procedures", successors: ["5.24"] },
  { id: "A.16.1.2", title: "Reporting information security events", successors: ["6.8"] },
  { id: "A.16.1.3", title: "Reporting information security weaknesses", successors: ["6.8"] },
  { id: "A.16.1.4", title: "Assessment of and decision on information security events", successors: ["5.25"] },
  { id: "A.16.1.5", title: "Response to information security incidents", successors: ["5.26"] },
  { id: "A.16.1.6", title: "Learning from information security incidents", successors: ["5.27"] },
  { id: "A.16.1.7", title: "Collection of evidence", successors: ["5.28"] },
  { id: "A.17.1.1", title: "Planning information security continuity", successors: ["5.29"] },
  { id: "A.17.1.2", title: "Implementing information security continuity", successors: ["5.29"] },
  { id: "A.17.1.3", title: "Verify, review and evaluate information security continuity", successors: ["5.29"] },
  { id: "A.17.2.1", title: "Availability of information processing facilities", successors: ["8.14"] },
  { id: "A.18.1.1", title: "Identification of applicable legislation and contractual requirements", successors: ["5.31"] },
  { id: "A.18.1.2", title: "Intellectual property rights", successors: ["5.32"] },
  { id: "A.18.1.3", title: "Protection of records", successors: ["5.33"] },
  { id: "A.18.1.4", title: "Privacy and protection of personally identifiable information", successors: ["5.34"] },
  { id: "A.18.1.5", title: "Regulation of cryptographic controls", successors: ["5.31"] },
  { id: "A.18.2.1", title: "Independent review of information security", successors: ["5.35"] },
  { id: "A.18.2.2", title: "Compliance with security policies and standards", successors: ["5.36"] },
  { id: "A.18.2.3", title: "Technical compliance review", successors: ["5.36", "8.8"] }
];

// src/catalogue/annexA2013.ts
var annexA2013 = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ ANNEX_A_2013_DATA.map(({ id, title }) => ({ id, title }))
);
var AnnexA2013IdSchema = /* @__PURE__ */ z3.enum(
  /* @__PURE__ */ ANNEX_A_2013_DATA.map((control) => control.id)
);

// src/catalogue/queries.ts
var byId;
function index() {
  byId ??= new Map(annexA.map((control) => [control.id, control]));
  return byId;
}
function findControl(id) {
  return index().get(id);
}
function getControl(id) {
  const control = index().get(id);
  if (!control) throw unknownEntity("ISO/IEC 27001:2022 Annex A control", String(id));
  return control;
}
function listControlsByTheme(theme) {
  return annexA.filter((control) => control.theme === theme);
}
function filterControls(filter, controls = annexA) {
  try {
    const kinds = Object.keys(filter).filter((kind) => kind !== "themes");
    return controls.filter((control) => {
      if (filter.themes && filter.themes.length > 0 && !filter.themes.includes(control.theme)) return false;
      return kinds.every((kind) => {
        const wanted = filter[kind];
        if (!wanted || wanted.length === 0) return true;
        const have = control.attributes[kind];
        return wanted.some((value) => have.includes(value));
      });
    });
  } catch (error) {
    throw argumentError("filterControls", error);
  }
}

// src/catalogue/correspondence.ts
var correspondence = /* @__PURE__ */ deepFreeze(
  ANNEX_A_2013_DATA.flatMap(
    (control) => control.successors.map((to2022) => ({ from2013: control.id, to2022 }))
  )
);
var forward;
var backward;
function maps() {
  if (!forward || !backward) {
    forward = /* @__PURE__ */ new Map();
    backward = /* @__PURE__ */ new Map();
    for (const edge of correspondence) {
      forward.set(edge.from2013, [...forward.get(edge.from2013) ?? [], edge.to2022]);
      backward.set(edge.to2022, [...backward.get(edge.to2022) ?? [], edge.from2013]);
    }
    for (const list of forward.values()) Object.freeze(list);
    for (const list of backward.values()) Object.freeze(list);
  }
  return { forward, backward };
}
function successorsOf(id2013) {
  return maps().forward.get(id2013) ?? [];
}
function predecessorsOf(id2022) {
  return maps().backward.get(id2022) ?? [];
}
function isNewIn2022(id2022) {
  getControl(id2022);
  return predecessorsOf(id2022).length === 0;
}

// src/catalogue/clauses.ts
import * as z4 from "zod";

// src/catalogue/data/clauses.ts
var CLAUSES_DATA = [
  { id: "4", kind: "clause", title: "Context of the organization" },
  { id: "4.1", kind: "subclause", parent: "4", title: "Understanding the organization and its context" },
  { id: "4.2", kind: "subclause", parent: "4", title: "Understanding the needs and expectations of interested parties" },
  { id: "4.3", kind: "subclause", parent: "4", title: "Determining the scope of the information security management system", documentedInformation: "ISMS scope (available as documented information)" },
  { id: "4.4", kind: "subclause", parent: "4", title: "Information security management system" },
  { id: "5", kind: "clause", title: "Leadership" },
  { id: "5.1", kind: "subclause", parent: "5", title: "Leadership and commitment" },
  { id: "5.2", kind: "subclause", parent: "5", title: "Policy", documentedInformation: "Information security policy (available as documented information)" },
  { id: "5.3", kind: "subclause", parent: "5", title: "Organizational roles, responsibilities and authorities" },
  { id: "6", kind: "clause", title: "Planning" },
  { id: "6.1", kind: "subclause", parent: "6", title: "Actions to address risks and opportunities" },
  { id: "6.1.1", kind: "subclause", parent: "6.1", title: "General" },
  { id: "6.1.2", kind: "subclause", parent: "6.1", title: "Information security risk assessment", documentedInformation: "Information security risk assessment process (retain documented information about the process)" },
  { id: "6.1.2.a", kind: "item", parent: "6.1.2", title: "Establish and maintain risk criteria (risk acceptance criteria; criteria for performing assessments)" },
  { id: "6.1.2.b", kind: "item", parent: "6.1.2", title: "Repeated assessments produce consistent, valid and comparable results" },
  { id: "6.1.2.c", kind: "item", parent: "6.1.2", title: "Identify risks (loss of confidentiality, integrity, availability within scope) and identify risk owners" },
  { id: "6.1.2.d", kind: "item", parent: "6.1.2", title: "Analyse risks (potential consequences; realistic likelihood; levels of risk)" },
  { id: "6.1.2.e", kind: "item", parent: "6.1.2", title: "Evaluate risks (compare with risk criteria; prioritize for treatment)" },
  { id: "6.1.3", kind: "subclause", parent: "6.1", title: "Information security risk treatment", documentedInformation: "Information security risk treatment process (retain documented information about the process)" },
  { id: "6.1.3.a", kind: "item", parent: "6.1.3", title: "Select appropriate risk treatment options, taking account of risk assessment results" },
  { id: "6.1.3.b", kind: "item", parent: "6.1.3", title: "Determine all controls necessary to implement the chosen treatment option(s)" },
  { id: "6.1.3.c", kind: "item", parent: "6.1.3", title: "Compare the controls from b) with Annex A and verify no necessary controls were omitted" },
  { id: "6.1.3.d", kind: "item", parent: "6.1.3", title: "Produce a Statement of Applicability (SoA)", documentedInformation: "Statement of Applicability" },
  { id: "6.1.3.e", kind: "item", parent: "6.1.3", title: "Formulate an information security risk treatment plan", documentedInformation: "Risk treatment plan (implied by 6.1.3 retention + 8.3; commonly listed as mandatory)" },
  { id: "6.1.3.f", kind: "item", parent: "6.1.3", title: "Obtain risk owners' approval of the treatment plan and acceptance of residual risks" },
  { id: "6.2", kind: "subclause", parent: "6", title: "Information security objectives and planning to achieve them", documentedInformation: "Information security objectives (retain documented information)" },
  { id: "6.3", kind: "subclause", parent: "6", title: "Planning of changes" },
  { id: "7", kind: "clause", title: "Support" },
  { id: "7.1", kind: "subclause", parent: "7", title: "Resources" },
  { id: "7.2", kind: "subclause", parent: "7", title: "Competence", documentedInformation: "Evidence of competence (retain appropriate documented information)" },
  { id: "7.3", kind: "subclause", parent: "7", title: "Awareness" },
  { id: "7.4", kind: "subclause", parent: "7", title: "Communication" },
  { id: "7.5", kind: "subclause", parent: "7", title: "Documented information" },
  { id: "7.5.1", kind: "subclause", parent: "7.5", title: "General", documentedInformation: "Documented information required by the standard and determined by the organization as necessary for ISMS effectiveness" },
  { id: "7.5.2", kind: "subclause", parent: "7.5", title: "Creating and updating" },
  { id: "7.5.3", kind: "subclause", parent: "7.5", title: "Control of documented information" },
  { id: "8", kind: "clause", title: "Operation" },
  { id: "8.1", kind: "subclause", parent: "8", title: "Operational planning and control", documentedInformation: "Documented information to the extent necessary to have confidence processes were carried out as planned (available)" },
  { id: "8.2", kind: "subclause", parent: "8", title: "Information security risk assessment", documentedInformation: "Results of information security risk assessments (retain)" },
  { id: "8.3", kind: "subclause", parent: "8", title: "Information security risk treatment", documentedInformation: "Results of information security risk treatment (retain)" },
  { id: "9", kind: "clause", title: "Performance evaluation" },
  { id: "9.1", kind: "subclause", parent: "9", title: "Monitoring, measurement, analysis and evaluation", documentedInformation: "Evidence of the monitoring and measurement results (available)" },
  { id: "9.2", kind: "subclause", parent: "9", title: "Internal audit" },
  { id: "9.2.1", kind: "subclause", parent: "9.2", title: "General" },
  { id: "9.2.2", kind: "subclause", parent: "9.2", title: "Internal audit programme", documentedInformation: "Evidence of implementation of the audit programme(s) and the audit results (available)" },
  { id: "9.3", kind: "subclause", parent: "9", title: "Management review" },
  { id: "9.3.1", kind: "subclause", parent: "9.3", title: "General" },
  { id: "9.3.2", kind: "subclause", parent: "9.3", title: "Management review inputs" },
  { id: "9.3.3", kind: "subclause", parent: "9.3", title: "Management review results", documentedInformation: "Evidence of the results of management reviews (available)" },
  { id: "10", kind: "clause", title: "Improvement" },
  { id: "10.1", kind: "subclause", parent: "10", title: "Continual improvement" },
  { id: "10.2", kind: "subclause", parent: "10", title: "Nonconformity and corrective action", documentedInformation: "Evidence of nature of nonconformities, actions taken and results of corrective action (available)" }
];

// src/catalogue/clauses.ts
var clauses = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ CLAUSES_DATA.map((clause) => ({ ...clause })));
var ClauseIdSchema = /* @__PURE__ */ z4.enum(/* @__PURE__ */ CLAUSES_DATA.map((clause) => clause.id));
function findClause(id) {
  return clauses.find((clause) => clause.id === id);
}
function listDocumentedInformation() {
  return clauses.filter((clause) => clause.documentedInformation !== void 0);
}

// src/catalogue/refs.ts
import * as z5 from "zod";
var ANNEX_A = "annex-a";
var ANNEX_A_2013 = "annex-a-2013";
var CONTROL_REF_PATTERN = /^[a-z][a-z0-9-]*:[A-Za-z0-9_][A-Za-z0-9_.\-/()]*$/;
var ControlRefSchema = /* @__PURE__ */ z5.string().max(200).regex(CONTROL_REF_PATTERN, { message: 'must be "<catalogue>:<control id>", e.g. "annex-a:8.24"' });
function controlRef(catalogue, id) {
  return `${catalogue}:${id}`;
}
function annexARef(id) {
  return `annex-a:${id}`;
}
function annexA2013Ref(id) {
  return `annex-a-2013:${id}`;
}
function splitControlRef(ref) {
  try {
    const colon = ref.indexOf(":");
    if (colon <= 0 || colon === ref.length - 1) return void 0;
    return { catalogue: ref.slice(0, colon), id: ref.slice(colon + 1) };
  } catch (error) {
    throw argumentError("splitControlRef", error);
  }
}

// src/catalogue/custom.ts
import * as z6 from "zod";
var ControlIdSchema = /* @__PURE__ */ z6.string().min(1).max(128).regex(/^[A-Za-z0-9_][A-Za-z0-9_.\-/()]*$/, { message: "must start with a letter, digit or _ and use letters, digits and _ . - / ( )" });
var CustomControlPropSchema = /* @__PURE__ */ z6.strictObject({
  name: z6.string().min(1),
  value: z6.string(),
  ns: z6.string().optional(),
  class: z6.string().optional()
});
var CustomGroupSchema = /* @__PURE__ */ z6.strictObject({
  id: ControlIdSchema,
  title: NonBlankStringSchema,
  parent: ControlIdSchema.optional(),
  props: z6.array(CustomControlPropSchema).optional()
});
var CustomControlSchema = /* @__PURE__ */ z6.strictObject({
  id: ControlIdSchema,
  title: NonBlankStringSchema,
  group: ControlIdSchema.optional(),
  parent: ControlIdSchema.optional(),
  description: z6.string().optional(),
  guidance: z6.string().optional(),
  attributes: rejectReservedKeys(z6.record(z6.string().min(1), z6.array(z6.string().min(1)))).optional(),
  props: z6.array(CustomControlPropSchema).optional(),
  related: z6.array(ControlRefSchema).optional(),
  /**
   * `true` when the catalogue's source has withdrawn the control (OSCAL: prop `status` =
   * `withdrawn`). It stays in the catalogue so that references to it still resolve, but it
   * asks for no applicability decision: the SoA leaves it out unless a decision, a risk
   * treatment plan or an obligation names it.
   */
  withdrawn: z6.literal(true).optional(),
  custom: CustomFieldsSchema.optional()
});
var CustomCatalogueSchema = /* @__PURE__ */ z6.strictObject({
  id: CatalogueIdSchema,
  title: NonBlankStringSchema,
  version: z6.string().min(1).optional(),
  source: z6.string().optional(),
  groups: z6.array(CustomGroupSchema).optional(),
  controls: z6.array(CustomControlSchema),
  custom: CustomFieldsSchema.optional()
});
function validateCustomCatalogue(catalogue, options = {}) {
  try {
    const issues = [];
    if (catalogue.id === ANNEX_A || catalogue.id === ANNEX_A_2013) {
      issues.push(issue("reserved_catalogue_id", `Catalogue id "${catalogue.id}" is reserved for ISO/IEC 27001 Annex A.`, ["id"]));
    }
    const groupIds = /* @__PURE__ */ new Set();
    (catalogue.groups ?? []).forEach((group, index2) => {
      if (groupIds.has(group.id)) {
        issues.push(issue("duplicate_group_id", `Group "${group.id}" appears more than once.`, ["groups", index2, "id"]));
      }
      groupIds.add(group.id);
    });
    (catalogue.groups ?? []).forEach((group, index2) => {
      if (group.parent !== void 0 && !groupIds.has(group.parent)) {
        issues.push(issue("unknown_group", `Group "${group.id}" names unknown parent group "${group.parent}".`, ["groups", index2, "parent"]));
      }
    });
    const controlIds = /* @__PURE__ */ new Set();
    catalogue.controls.forEach((control, index2) => {
      if (controlIds.has(control.id)) {
        issues.push(issue("duplicate_control_id", `Control "${control.id}" appears more than once.`, ["controls", index2, "id"]));
      }
      controlIds.add(control.id);
    });
    const others = new Map((options.catalogues ?? []).map((other) => [other.id, new Set(other.controls.map((c) => c.id))]));
    others.set(catalogue.id, controlIds);
    catalogue.controls.forEach((control, index2) => {
      if (control.group !== void 0 && !groupIds.has(control.group)) {
        issues.push(issue("unknown_group", `Control "${control.id}" names unknown group "${control.group}".`, ["controls", index2, "group"]));
      }
      if (control.parent !== void 0 && !controlIds.has(control.parent)) {
        issues.push(issue("unknown_parent", `Control "${control.id}" names unknown parent control "${control.parent}".`, ["controls", index2, "parent"]));
      }
      (control.related ?? []).forEach((ref, refIndex) => {
        if (!refExists(ref, others)) {
          issues.push(
            issue("unknown_control_reference", `Control "${control.id}" refers to "${ref}", which is in no known catalogue.`, [
              "controls",
              index2,
              "related",
              refIndex
            ])
          );
        }
      });
    });
    return issues;
  } catch (error) {
    throw argumentError("validateCustomCatalogue", error);
  }
}
function refExists(ref, custom) {
  const parts = splitControlRef(ref);
  if (!parts) return false;
  if (parts.catalogue === ANNEX_A) return findControl(parts.id) !== void 0;
  if (parts.catalogue === ANNEX_A_2013) return AnnexA2013IdSchema.safeParse(parts.id).success;
  return custom.get(parts.catalogue)?.has(parts.id) ?? false;
}

// src/catalogue/catalogueControls.ts
import * as z7 from "zod";
var cache = /* @__PURE__ */ new WeakMap();
var annexAControls;
var annexA2013Controls;
function listCatalogueControls(catalogue, custom = []) {
  try {
    if (catalogue === ANNEX_A) {
      annexAControls ??= Object.freeze(
        annexA.map((control) => Object.freeze({ ref: controlRef(ANNEX_A, control.id), catalogue: ANNEX_A, id: control.id, title: control.title, group: control.theme }))
      );
      return annexAControls;
    }
    if (catalogue === ANNEX_A_2013) {
      annexA2013Controls ??= Object.freeze(
        annexA2013.map(
          (control) => Object.freeze({
            ref: controlRef(ANNEX_A_2013, control.id),
            catalogue: ANNEX_A_2013,
            id: control.id,
            title: control.title,
            group: control.id.split(".").slice(0, 2).join(".")
          })
        )
      );
      return annexA2013Controls;
    }
    const found = custom.find((candidate) => candidate.id === catalogue);
    if (!found) return [];
    let controls = cache.get(found);
    if (!controls) {
      controls = Object.freeze(
        found.controls.map(
          (control) => Object.freeze({
            ref: controlRef(found.id, control.id),
            catalogue: found.id,
            id: control.id,
            title: control.title,
            ...control.group === void 0 ? {} : { group: control.group },
            ...control.withdrawn === true ? { withdrawn: true } : {}
          })
        )
      );
      cache.set(found, controls);
    }
    return controls;
  } catch (error) {
    throw argumentError("listCatalogueControls", error);
  }
}
function resolveControlRef(ref, custom = []) {
  try {
    const parts = splitControlRef(ref);
    if (!parts) return void 0;
    return listCatalogueControls(parts.catalogue, custom).find((control) => control.id === parts.id);
  } catch (error) {
    throw argumentError("resolveControlRef", error);
  }
}
var ControlDescriptionSchema = /* @__PURE__ */ z7.strictObject({
  ref: ControlRefSchema,
  description: z7.string().optional(),
  guidance: z7.string().optional(),
  custom: CustomFieldsSchema.optional()
});

export {
  ThemeSchema,
  ControlTypeSchema,
  InformationSecurityPropertySchema,
  CybersecurityConceptSchema,
  OperationalCapabilitySchema,
  SecurityDomainSchema,
  ControlAttributesSchema,
  AttributeKindSchema,
  attributeVocabulary,
  toHashtag,
  fromHashtag,
  annexA,
  ANNEX_A_IDS,
  AnnexAIdSchema,
  NEW_IN_2022,
  annexA2013,
  AnnexA2013IdSchema,
  findControl,
  getControl,
  listControlsByTheme,
  filterControls,
  correspondence,
  successorsOf,
  predecessorsOf,
  isNewIn2022,
  clauses,
  ClauseIdSchema,
  findClause,
  listDocumentedInformation,
  ANNEX_A,
  ANNEX_A_2013,
  ControlRefSchema,
  controlRef,
  annexARef,
  annexA2013Ref,
  splitControlRef,
  CustomControlPropSchema,
  CustomGroupSchema,
  CustomControlSchema,
  CustomCatalogueSchema,
  validateCustomCatalogue,
  listCatalogueControls,
  resolveControlRef,
  ControlDescriptionSchema
};
