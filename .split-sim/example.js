import {
  CURRENT_SCHEMA_VERSION,
  IsmsDocumentSchema
} from "./chunk-CA6MCMCP.js";
import {
  ApplicabilityDecisionSchema,
  ObligationSchema,
  createSoaVersion,
  deriveSoa
} from "./chunk-SVZQHCZ5.js";
import {
  DecisionSchema,
  TreatmentPlanSchema,
  planFingerprint
} from "./chunk-6RYXHNGR.js";
import {
  createCycle,
  transition
} from "./chunk-G6GXFPNX.js";
import {
  CustomCatalogueSchema,
  annexA
} from "./chunk-JXVDKXIR.js";
import {
  RiskSchema,
  createMethodology,
  levelOf,
  product5x5Preset
} from "./chunk-XQHOXAYO.js";
import {
  AssetSchema,
  defaultAssetSettings
} from "./chunk-Q6NTG3WM.js";
import "./chunk-Q7XSFGXC.js";
import {
  addDays
} from "./chunk-7Q37T3A7.js";

// src/example/createExampleIsms.ts
import * as z from "zod";

// src/example/_internal/context.ts
function organisation() {
  return {
    name: "Northwind Analytics Ltd",
    description: "Fictional B2B SaaS company: Northwind Insight, an analytics platform that ingests customers' sales and product-usage data and turns it into dashboards and forecasts. Hosted on a public cloud in the EU (Frankfurt region, with backups in Dublin).",
    headcount: 60,
    locations: ["Dublin, Ireland (head office)", "Remote staff across the EU"]
  };
}
function scope() {
  return {
    statement: "The information security management system of Northwind Analytics Ltd covering the design, development, operation and support of the Northwind Insight SaaS platform, and the people, processes, offices and suppliers that support it, in accordance with the Statement of Applicability version 1.",
    boundaries: [
      "Organisational: all 60 staff and contractors of Northwind Analytics Ltd (engineering, platform operations, customer success, sales, finance, people).",
      "Physical: the Dublin head office (3rd floor, 14 Harbour Quay) and staff home-working locations.",
      "Technical: the production, staging and development environments in the cloud provider's EU regions, the CI/CD pipeline, corporate SaaS tools and company laptops."
    ],
    interfaces: [
      "Nimbus Cloud Services GmbH: infrastructure, managed Kubernetes, database and storage services (shared responsibility model).",
      "Paylane Payments B.V.: card payments for subscriptions through its hosted payment page; no card data enters Northwind systems.",
      "Customers' systems: data ingestion connectors and the public REST API.",
      "Ledgerline Accounting (outsourced payroll bureau): receives monthly payroll data through its portal."
    ],
    exclusions: [
      {
        what: "The marketing website www.northwind-analytics.example",
        reason: "Built on a website-builder service, it holds only public content, has no connection to the platform or customer data, and its content is approved under the acceptable use policy."
      }
    ],
    approvedBy: "Maya Lindqvist (CEO)",
    approvedOn: "2025-05-12"
  };
}
function contextIssues() {
  return [
    { id: "CI-01", kind: "external", description: "Enterprise customers require ISO/IEC 27001 certification and security questionnaires before signing." },
    { id: "CI-02", kind: "external", description: "EU data protection law applies to the personal data in customers' datasets; Northwind acts as a processor." },
    { id: "CI-03", kind: "external", description: "Customers in energy and healthcare flow NIS2 supply-chain requirements down to Northwind through contracts." },
    { id: "CI-04", kind: "external", description: "Ransomware and credential-phishing campaigns against SaaS companies keep rising." },
    { id: "CI-05", kind: "external", description: "The whole platform depends on one public cloud provider and its EU regions." },
    {
      id: "CI-06",
      kind: "external",
      description: "Summer heat waves and flooding around the Dublin quays have closed the office on several days; cloud regions report rising cooling risk.",
      climateRelated: true
    },
    { id: "CI-07", kind: "internal", description: "Headcount grew from 38 to 60 in eighteen months; onboarding and offboarding must keep pace." },
    { id: "CI-08", kind: "internal", description: "Remote-first working: most staff work from home on company laptops." },
    { id: "CI-09", kind: "internal", description: "A Series B funding round is planned for 2027; investors will perform security due diligence." },
    { id: "CI-10", kind: "internal", description: "A natural-language query feature built on a large language model is in development." }
  ];
}
function interestedParties() {
  return [
    {
      id: "IP-01",
      name: "Customers (enterprise and mid-market)",
      requirements: ["Certified ISMS", "Data processing agreement honoured", "99.9 % availability", "Annual penetration test report", "Breach notification within 24 hours"],
      addressedByIsms: true
    },
    { id: "IP-02", name: "Customers' end users (data subjects)", requirements: ["Personal data processed lawfully and kept confidential"], addressedByIsms: true },
    {
      id: "IP-03",
      name: "Data protection supervisory authority",
      requirements: ["Compliance with data protection law", "Personal data breach notification within 72 hours"],
      addressedByIsms: true
    },
    { id: "IP-04", name: "Staff and contractors", requirements: ["Clear security rules", "Usable tools", "Protection of their HR data"], addressedByIsms: true },
    { id: "IP-05", name: "Investors and board", requirements: ["No material security incident", "Certification maintained", "Due-diligence evidence"], addressedByIsms: true },
    {
      id: "IP-06",
      name: "Nimbus Cloud Services GmbH (cloud provider)",
      requirements: ["Customer side of the shared responsibility model fulfilled", "Acceptable use terms respected"],
      addressedByIsms: true
    },
    { id: "IP-07", name: "Paylane Payments B.V. (payment processor)", requirements: ["PCI DSS SAQ A eligibility kept: no card data in Northwind systems"], addressedByIsms: true },
    { id: "IP-08", name: "Harbour Mutual Insurance plc (cyber insurer)", requirements: ["MFA everywhere", "Tested offline backups", "Incident notification"], addressedByIsms: true }
  ];
}
function policies() {
  const approved = (id, title, version, owner, approvedOn, reviewDate) => ({ id, title, version, owner, status: "approved", approvedBy: "Priya Nair (CISO)", approvedOn, reviewDate });
  return [
    {
      id: "POL-01",
      title: "Information security policy",
      version: "2.0",
      owner: "CISO",
      status: "approved",
      topLevel: true,
      approvedBy: "Maya Lindqvist (CEO)",
      approvedOn: "2026-05-11",
      reviewDate: "2027-05-11"
    },
    approved("POL-02", "Access control policy", "1.3", "CISO", "2026-02-16", "2027-02-16"),
    approved("POL-03", "Acceptable use policy", "1.2", "Head of People", "2026-01-12", "2027-01-12"),
    approved("POL-04", "Cryptography and key management policy", "1.1", "Head of Platform Operations", "2025-12-08", "2026-12-08"),
    approved("POL-05", "Supplier security policy", "1.1", "CFO", "2026-03-09", "2027-03-09"),
    approved("POL-06", "Secure development policy", "1.4", "Head of Engineering", "2026-06-22", "2027-06-22"),
    approved("POL-07", "Backup and recovery policy", "1.0", "Head of Platform Operations", "2025-07-14", "2026-07-14"),
    approved("POL-08", "Incident management policy", "1.2", "CISO", "2026-04-13", "2027-04-13"),
    { id: "POL-09", title: "Use of generative AI policy", version: "0.3", owner: "Head of Product", status: "draft" }
  ];
}
function documents() {
  const doc = (id, title, clause, owner, version, reviewDate) => ({
    id,
    title,
    ...clause === void 0 ? {} : { clause },
    owner,
    version,
    location: `https://wiki.northwind-analytics.example/isms/${id.toLowerCase()}`,
    reviewDate
  });
  return [
    doc("DOC-01", "ISMS scope", "4.3", "CISO", "1.2", "2027-05-12"),
    doc("DOC-02", "Information security policy", "5.2", "CISO", "2.0", "2027-05-11"),
    doc("DOC-03", "Information security risk assessment process", "6.1.2", "CISO", "1.1", "2027-03-01"),
    doc("DOC-04", "Information security risk treatment process", "6.1.3", "CISO", "1.1", "2027-03-01"),
    doc("DOC-05", "Statement of Applicability", "6.1.3.d", "CISO", "1.0", "2027-02-05"),
    doc("DOC-06", "Risk treatment plan", "6.1.3.e", "CISO", "1.6", "2027-03-01"),
    doc("DOC-07", "Information security objectives and plans", "6.2", "CISO", "2.0", "2027-01-31"),
    doc("DOC-08", "Competence records (training and qualifications register)", "7.2", "Head of People", "2026.3", "2027-03-31"),
    doc("DOC-09", "Control of documented information procedure", "7.5.1", "CISO", "1.0", "2027-01-31"),
    doc("DOC-10", "Operational records: change, release and on-call logs", "8.1", "Head of Platform Operations", "live", "2027-06-30"),
    doc("DOC-11", "Risk assessment results (risk register export)", "8.2", "CISO", "2026-09", "2027-03-15"),
    doc("DOC-12", "Risk treatment results (treatment status report)", "8.3", "CISO", "2026-10", "2027-01-31"),
    doc("DOC-13", "Monitoring and measurement results (security metrics pack)", "9.1", "CISO", "2026-10", "2027-01-31"),
    doc("DOC-14", "Internal audit programme and audit reports", "9.2.2", "CISO", "1.1", "2027-01-31"),
    doc("DOC-15", "Management review minutes and results", "9.3.3", "CEO", "2026-02", "2027-02-28"),
    doc("DOC-16", "Nonconformity and corrective action log", "10.2", "CISO", "live", "2027-01-31"),
    doc("DOC-17", "Platform operating procedures (runbooks)", void 0, "Head of Platform Operations", "3.2", "2027-04-30")
  ];
}

// src/example/_internal/assets.ts
function cia(confidentiality, integrity, availability) {
  return { confidentiality, integrity, availability };
}
function assets() {
  return [
    // Information
    {
      id: "A-INF-CUST-DATA",
      name: "Customer analytics datasets",
      type: "information",
      description: "Sales, billing and product-usage data that customers ingest into Northwind Insight, per tenant.",
      owner: "CTO",
      custodian: "Head of Platform Operations",
      status: "in_use",
      inServiceFrom: "2021-04-01",
      classification: "restricted",
      requirements: cia("very_high", "high", "high"),
      recoveryObjectives: { rto: "PT4H", rpo: "PT15M", maximumTolerableDowntime: "P1D" },
      dependsOn: ["A-CS-DB", "A-CS-OBJSTORE"],
      tags: ["customer-data", "gdpr"]
    },
    {
      id: "A-INF-PII",
      name: "End-user personal data in customer datasets",
      type: "information",
      description: "Names, e-mail addresses and usage identifiers of customers' end users; Northwind processes them as a processor.",
      owner: "Data Protection Officer",
      custodian: "Head of Platform Operations",
      status: "in_use",
      classification: "restricted",
      requirements: cia("very_high", "high", "medium"),
      dependsOn: ["A-CS-DB"],
      tags: ["pii", "gdpr"]
    },
    {
      id: "A-INF-CRM",
      name: "Customer contracts and CRM records",
      type: "information",
      owner: "Head of Sales",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "medium", "medium"),
      dependsOn: ["A-SVC-CRM"]
    },
    {
      id: "A-INF-SOURCE",
      name: "Platform source code",
      type: "information",
      description: "Monorepo of the platform services, infrastructure-as-code and data connectors.",
      owner: "Head of Engineering",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "very_high", "medium"),
      dependsOn: ["A-SVC-GIT"]
    },
    {
      id: "A-INF-SECRETS",
      name: "Production credentials, keys and secrets",
      type: "information",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "restricted",
      requirements: cia("very_high", "very_high", "high"),
      dependsOn: ["A-SW-VAULT"]
    },
    {
      id: "A-INF-HR",
      name: "Employee HR and payroll records",
      type: "information",
      owner: "Head of People",
      status: "in_use",
      classification: "restricted",
      requirements: cia("high", "high", "low"),
      dependsOn: ["A-SVC-HRIS"],
      tags: ["pii"]
    },
    {
      id: "A-INF-FIN",
      name: "Financial records and subscription billing data",
      type: "information",
      owner: "CFO",
      status: "in_use",
      classification: "confidential",
      requirements: cia("medium", "high", "medium"),
      dependsOn: ["A-SVC-BILLING"]
    },
    {
      id: "A-INF-LOGS",
      name: "Security and audit logs",
      type: "information",
      owner: "CISO",
      custodian: "Head of Platform Operations",
      status: "in_use",
      classification: "confidential",
      requirements: cia("medium", "high", "medium"),
      dependsOn: ["A-SVC-LOGS"]
    },
    {
      id: "A-INF-BACKUPS",
      name: "Database and object-storage backups",
      type: "information",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "restricted",
      requirements: cia("very_high", "high", "high"),
      recoveryObjectives: { rpo: "PT15M" },
      dependsOn: ["A-CS-BACKUP"]
    },
    {
      id: "A-INF-ISMS",
      name: "ISMS documentation and records",
      type: "information",
      owner: "CISO",
      status: "in_use",
      classification: "internal",
      requirements: cia("medium", "high", "low"),
      dependsOn: ["A-SVC-WIKI"]
    },
    {
      id: "A-INF-TICKETS",
      name: "Support tickets and customer correspondence",
      type: "information",
      owner: "Head of Customer Success",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "medium", "medium"),
      dependsOn: ["A-SVC-HELPDESK"]
    },
    {
      id: "A-INF-MARKETING",
      name: "Published product documentation",
      type: "information",
      owner: "Head of Product",
      status: "in_use",
      classification: "public",
      requirements: cia("low", "medium", "low"),
      dependsOn: ["A-SVC-WIKI"]
    },
    // Software
    {
      id: "A-SW-API",
      name: "Northwind Insight API service",
      type: "software",
      owner: "Head of Engineering",
      custodian: "Head of Platform Operations",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "high", "very_high"),
      recoveryObjectives: { rto: "PT4H", rpo: "PT15M", maximumTolerableDowntime: "P1D" },
      dependsOn: ["A-CS-K8S", "A-CS-DB", "A-SVC-IDP"]
    },
    {
      id: "A-SW-WEBAPP",
      name: "Northwind Insight web application",
      type: "software",
      owner: "Head of Engineering",
      status: "in_use",
      classification: "internal",
      requirements: cia("medium", "high", "very_high"),
      recoveryObjectives: { rto: "PT4H", maximumTolerableDowntime: "P1D" },
      dependsOn: ["A-SW-API", "A-CS-CDN"]
    },
    {
      id: "A-SW-INGEST",
      name: "Data ingestion pipeline and connectors",
      type: "software",
      owner: "Head of Engineering",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "very_high", "high"),
      recoveryObjectives: { rto: "PT8H", rpo: "PT1H", maximumTolerableDowntime: "P2D" },
      dependsOn: ["A-CS-K8S", "A-CS-OBJSTORE", "A-CS-DB"]
    },
    {
      id: "A-SW-NLQ",
      name: "Natural-language query feature (LLM-based)",
      type: "software",
      description: "In development; uses a hosted large language model with retrieval over tenant data.",
      owner: "Head of Product",
      status: "planned",
      classification: "confidential",
      requirements: cia("very_high", "high", "medium"),
      dependsOn: ["A-SW-API"]
    },
    {
      id: "A-SW-CICD",
      name: "CI/CD pipeline",
      type: "software",
      owner: "Head of Engineering",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "very_high", "medium"),
      dependsOn: ["A-SVC-GIT", "A-CS-K8S"]
    },
    {
      id: "A-SW-VAULT",
      name: "Secrets manager",
      type: "software",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "restricted",
      requirements: cia("very_high", "very_high", "high"),
      recoveryObjectives: { rto: "PT2H", rpo: "PT1H", maximumTolerableDowntime: "PT8H" },
      dependsOn: ["A-CS-K8S"]
    },
    {
      id: "A-SW-MONITORING",
      name: "Monitoring and alerting stack",
      type: "software",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "internal",
      requirements: cia("medium", "high", "high"),
      dependsOn: ["A-CS-K8S"]
    },
    {
      id: "A-SW-EDR",
      name: "Endpoint detection and response agent",
      type: "software",
      owner: "IT Manager",
      status: "in_use",
      classification: "internal",
      requirements: cia("medium", "high", "medium")
    },
    {
      id: "A-SW-MDM",
      name: "Mobile device management",
      type: "software",
      owner: "IT Manager",
      status: "in_use",
      classification: "internal",
      requirements: cia("medium", "high", "medium")
    },
    // Hardware
    {
      id: "A-HW-LAPTOPS-ENG",
      name: "Engineering laptops (34)",
      type: "hardware",
      owner: "IT Manager",
      location: "Staff homes and Dublin office",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "high", "medium"),
      dependsOn: ["A-SW-MDM", "A-SW-EDR"]
    },
    {
      id: "A-HW-LAPTOPS-BIZ",
      name: "Business staff laptops (26)",
      type: "hardware",
      owner: "IT Manager",
      location: "Staff homes and Dublin office",
      status: "in_use",
      classification: "confidential",
      requirements: cia("medium", "medium", "medium"),
      dependsOn: ["A-SW-MDM", "A-SW-EDR"]
    },
    {
      id: "A-HW-KEYS",
      name: "Hardware security keys for administrators",
      type: "hardware",
      owner: "IT Manager",
      status: "in_use",
      classification: "internal",
      requirements: cia("low", "high", "medium")
    },
    {
      id: "A-HW-OFFICE-NET",
      name: "Office firewall and Wi-Fi access points",
      type: "hardware",
      owner: "IT Manager",
      location: "Dublin office",
      status: "in_use",
      classification: "internal",
      requirements: cia("medium", "medium", "medium"),
      dependsOn: ["A-SITE-OFFICE"]
    },
    {
      id: "A-HW-PRINTER",
      name: "Office multifunction printer",
      type: "hardware",
      owner: "Office Manager",
      location: "Dublin office",
      status: "in_use",
      classification: "internal",
      requirements: cia("medium", "low", "low"),
      dependsOn: ["A-HW-OFFICE-NET"]
    },
    {
      id: "A-HW-LEGACY-SRV",
      name: "Legacy on-premises analytics server",
      type: "hardware",
      description: "Pre-cloud prototype server in the office comms cupboard; switched off, disks wiped in January 2026.",
      owner: "IT Manager",
      location: "Dublin office",
      status: "retired",
      inServiceFrom: "2020-02-01",
      retiredOn: "2026-01-28",
      classification: "confidential",
      requirements: cia("high", "medium", "low")
    },
    {
      id: "A-HW-LAPTOPS-2021",
      name: "2021 laptop batch (12)",
      type: "hardware",
      owner: "IT Manager",
      status: "disposed",
      inServiceFrom: "2021-03-01",
      retiredOn: "2025-10-31",
      disposedOn: "2025-11-20",
      classification: "confidential",
      requirements: cia("medium", "medium", "low"),
      tags: ["certified-erasure"]
    },
    // Cloud services
    {
      id: "A-CS-HOSTING",
      name: "Public cloud hosting (EU regions)",
      type: "cloud_service",
      description: "Compute, network and identity services of the cloud provider in Frankfurt (primary) and Dublin (backup).",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "high", "very_high"),
      recoveryObjectives: { rto: "PT4H", rpo: "PT15M", maximumTolerableDowntime: "P1D" },
      dependsOn: ["A-SUP-CLOUD"]
    },
    {
      id: "A-CS-K8S",
      name: "Managed Kubernetes cluster",
      type: "cloud_service",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "high", "very_high"),
      recoveryObjectives: { rto: "PT4H", maximumTolerableDowntime: "P1D" },
      dependsOn: ["A-CS-HOSTING"]
    },
    {
      id: "A-CS-DB",
      name: "Managed PostgreSQL database service",
      type: "cloud_service",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "restricted",
      requirements: cia("very_high", "very_high", "very_high"),
      recoveryObjectives: { rto: "PT4H", rpo: "PT15M", maximumTolerableDowntime: "P1D" },
      dependsOn: ["A-CS-HOSTING"]
    },
    {
      id: "A-CS-OBJSTORE",
      name: "Object storage for raw ingested files",
      type: "cloud_service",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "restricted",
      requirements: cia("very_high", "high", "high"),
      recoveryObjectives: { rto: "PT8H", rpo: "PT1H" },
      dependsOn: ["A-CS-HOSTING"]
    },
    {
      id: "A-CS-BACKUP",
      name: "Cross-region backup vault",
      type: "cloud_service",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "restricted",
      requirements: cia("very_high", "high", "high"),
      dependsOn: ["A-CS-HOSTING"]
    },
    {
      id: "A-CS-CDN",
      name: "CDN and DDoS protection",
      type: "cloud_service",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "internal",
      requirements: cia("medium", "high", "very_high"),
      dependsOn: ["A-SUP-CDN"]
    },
    // SaaS and other services
    {
      id: "A-SVC-EMAIL",
      name: "E-mail and office suite",
      type: "service",
      owner: "IT Manager",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "medium", "high"),
      dependsOn: ["A-SUP-WORKSPACE", "A-SVC-IDP"]
    },
    {
      id: "A-SVC-WIKI",
      name: "Internal wiki and document store",
      type: "service",
      owner: "IT Manager",
      status: "in_use",
      classification: "confidential",
      requirements: cia("medium", "high", "medium"),
      dependsOn: ["A-SUP-WORKSPACE", "A-SVC-IDP"]
    },
    {
      id: "A-SVC-IDP",
      name: "Identity provider and single sign-on",
      type: "service",
      owner: "IT Manager",
      status: "in_use",
      classification: "restricted",
      requirements: cia("high", "very_high", "very_high"),
      recoveryObjectives: { rto: "PT2H", maximumTolerableDowntime: "PT8H" },
      dependsOn: ["A-SUP-WORKSPACE"]
    },
    {
      id: "A-SVC-GIT",
      name: "Git hosting and issue tracker",
      type: "service",
      owner: "Head of Engineering",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "very_high", "medium"),
      dependsOn: ["A-SUP-CODEFORGE", "A-SVC-IDP"]
    },
    {
      id: "A-SVC-CRM",
      name: "CRM",
      type: "service",
      owner: "Head of Sales",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "medium", "medium"),
      dependsOn: ["A-SVC-IDP"]
    },
    {
      id: "A-SVC-HELPDESK",
      name: "Customer support desk",
      type: "service",
      owner: "Head of Customer Success",
      status: "in_use",
      classification: "confidential",
      requirements: cia("high", "medium", "high"),
      dependsOn: ["A-SVC-IDP"]
    },
    {
      id: "A-SVC-HRIS",
      name: "HR information system",
      type: "service",
      owner: "Head of People",
      status: "in_use",
      classification: "restricted",
      requirements: cia("high", "high", "low"),
      dependsOn: ["A-SVC-IDP"]
    },
    {
      id: "A-SVC-BILLING",
      name: "Subscription billing and card payments",
      type: "service",
      owner: "CFO",
      status: "in_use",
      classification: "confidential",
      requirements: cia("medium", "high", "medium"),
      dependsOn: ["A-SUP-PAY"]
    },
    {
      id: "A-SVC-LOGS",
      name: "Central log management service",
      type: "service",
      owner: "Head of Platform Operations",
      status: "in_use",
      classification: "confidential",
      requirements: cia("medium", "high", "medium"),
      dependsOn: ["A-CS-HOSTING"]
    },
    {
      id: "A-SVC-PAYROLL",
      name: "Outsourced payroll service",
      type: "service",
      owner: "CFO",
      status: "in_use",
      classification: "restricted",
      requirements: cia("high", "high", "medium"),
      dependsOn: ["A-SUP-PAYROLL"]
    },
    // People
    {
      id: "A-PPL-ENG",
      name: "Engineering team (26)",
      type: "people",
      owner: "Head of Engineering",
      status: "in_use",
      requirements: cia("medium", "medium", "high")
    },
    {
      id: "A-PPL-OPS",
      name: "Platform operations team (6)",
      type: "people",
      description: "Runs production, on call around the clock; holds privileged access.",
      owner: "Head of Platform Operations",
      status: "in_use",
      requirements: cia("medium", "medium", "very_high")
    },
    {
      id: "A-PPL-SUPPORT",
      name: "Customer support team (8)",
      type: "people",
      owner: "Head of Customer Success",
      status: "in_use",
      requirements: cia("medium", "medium", "high")
    },
    {
      id: "A-PPL-FINANCE",
      name: "Finance team (4)",
      type: "people",
      owner: "CFO",
      status: "in_use",
      requirements: cia("medium", "medium", "medium")
    },
    // Sites
    {
      id: "A-SITE-OFFICE",
      name: "Dublin head office",
      type: "site",
      description: "Serviced office floor, badge access, shared building reception.",
      owner: "Office Manager",
      location: "14 Harbour Quay, Dublin",
      status: "in_use",
      requirements: cia("medium", "low", "medium")
    },
    {
      id: "A-SITE-HOME",
      name: "Home-working locations",
      type: "site",
      owner: "Head of People",
      status: "in_use",
      requirements: cia("medium", "low", "medium")
    },
    // Suppliers
    {
      id: "A-SUP-CLOUD",
      name: "Nimbus Cloud Services GmbH",
      type: "supplier",
      description: "Public cloud provider (IaaS and managed services), ISO/IEC 27001 and 27017 certified.",
      owner: "CTO",
      status: "in_use",
      requirements: cia("high", "high", "very_high"),
      tags: ["critical-supplier"]
    },
    {
      id: "A-SUP-PAY",
      name: "Paylane Payments B.V.",
      type: "supplier",
      description: "Payment processor, PCI DSS level 1; hosts the card payment page.",
      owner: "CFO",
      status: "in_use",
      requirements: cia("medium", "high", "medium"),
      tags: ["critical-supplier"]
    },
    {
      id: "A-SUP-WORKSPACE",
      name: "Cumulus Office Ltd",
      type: "supplier",
      description: "Provider of e-mail, office suite, document store and identity services.",
      owner: "IT Manager",
      status: "in_use",
      requirements: cia("high", "high", "high")
    },
    {
      id: "A-SUP-CODEFORGE",
      name: "CodeForge Inc.",
      type: "supplier",
      description: "Git hosting and CI runner provider.",
      owner: "Head of Engineering",
      status: "in_use",
      requirements: cia("high", "very_high", "medium")
    },
    {
      id: "A-SUP-CDN",
      name: "Edgeway Networks Ltd",
      type: "supplier",
      description: "CDN and DDoS mitigation provider.",
      owner: "Head of Platform Operations",
      status: "in_use",
      requirements: cia("medium", "high", "very_high")
    },
    {
      id: "A-SUP-PAYROLL",
      name: "Ledgerline Accounting Ltd",
      type: "supplier",
      description: "Payroll bureau.",
      owner: "CFO",
      status: "in_use",
      requirements: cia("high", "high", "medium")
    }
  ];
}

// src/example/_internal/methodology.ts
var METHOD_ID = "northwind-risk-method";
function acceptance(highReviewMonths) {
  return {
    appetite: "low",
    tolerance: "medium",
    levels: [
      { level: "low", authority: ["Risk owner"], review: { every: 12, unit: "months" }, compensatingControlsRequired: false },
      { level: "medium", authority: ["Risk owner", "CISO"], review: { every: 6, unit: "months" }, compensatingControlsRequired: false },
      {
        level: "high",
        authority: ["Risk owner", "CISO", "CEO"],
        review: { every: highReviewMonths, unit: "months" },
        compensatingControlsRequired: true,
        note: "Above tolerance: accepted only exceptionally, for a limited time, with compensating controls."
      },
      {
        level: "very_high",
        authority: ["Risk owner", "CISO", "CEO"],
        review: { every: 1, unit: "months" },
        compensatingControlsRequired: true,
        note: "Not to be accepted except while treatment is under way; the board is informed."
      }
    ]
  };
}
var perYear = (min, max) => ({ kind: "frequency", min, max, unit: "events per year" });
function anchoredMatrix() {
  return {
    ...product5x5Preset,
    likelihood: {
      ...product5x5Preset.likelihood,
      levels: [
        { key: "rare", label: "Rare", description: "Less than once in 20 years", anchor: perYear(0, 0.05) },
        { key: "unlikely", label: "Unlikely", description: "Once in 5 to 20 years", anchor: perYear(0.05, 0.2) },
        { key: "possible", label: "Possible", description: "Once in 1 to 5 years", anchor: perYear(0.2, 1) },
        { key: "likely", label: "Likely", description: "1 to 4 times a year", anchor: perYear(1, 4) },
        { key: "almost_certain", label: "Almost certain", description: "More than 4 times a year", anchor: perYear(4, 52) }
      ]
    }
  };
}
function methodologies() {
  const v1 = createMethodology({
    id: METHOD_ID,
    version: 1,
    name: "Northwind risk assessment method",
    description: "5\xD75 likelihood \xD7 consequence product matrix. Appetite: low; tolerance: medium. Risks above tolerance need an approved treatment plan; acceptance authority rises with the level of risk.",
    approvedBy: "Maya Lindqvist (CEO)",
    effectiveFrom: "2025-03-17",
    reviewDate: "2026-03-17",
    matrix: product5x5Preset,
    aggregation: { kind: "maximum" },
    consequenceMapping: { default: ["minor", "moderate", "major", "severe"] },
    acceptance: acceptance(3)
  });
  const v2 = createMethodology({
    id: METHOD_ID,
    version: 2,
    name: "Northwind risk assessment method",
    description: "Version 2: likelihood levels anchored on event frequencies per year; high risks reviewed every two months. Existing ratings move to v2 at the next reassessment.",
    approvedBy: "Maya Lindqvist (CEO)",
    effectiveFrom: "2026-10-01",
    reviewDate: "2027-10-01",
    matrix: anchoredMatrix(),
    aggregation: { kind: "maximum" },
    consequenceMapping: { default: ["minor", "moderate", "major", "severe"] },
    acceptance: acceptance(2)
  });
  return [v1, v2];
}

// src/example/_internal/risks.ts
var LIKELIHOOD = ["rare", "unlikely", "possible", "likely", "almost_certain"];
var CONSEQUENCE = ["insignificant", "minor", "moderate", "major", "severe"];
function keysOf(cell) {
  return { likelihood: LIKELIHOOD[cell[0] - 1], consequence: CONSEQUENCE[cell[1] - 1] };
}
function rate(cell, date, rationale, ratedBy, version = 1) {
  return { ...keysOf(cell), methodology: { id: METHOD_ID, version }, date, rationale, ratedBy };
}
var INITIAL = "2025-05-19";
var REASSESSED = "2026-09-14";
function ratings(layers) {
  const by = layers.ratedBy ?? "CISO";
  const version = layers.version ?? 1;
  const [inherentOn, currentOn] = layers.assessedOn ?? [INITIAL, REASSESSED];
  const { inherent, current, target: target2, residual } = layers;
  return {
    inherent: rate(inherent[0], inherentOn, inherent[1], by, version),
    current: rate(current[0], currentOn, current[1], by, version),
    ...target2 === void 0 ? {} : { target: rate(target2[0], currentOn, target2[1], by, version) },
    ...residual === void 0 ? {} : { residual: rate(residual[0], residual[1], residual[2], by, version) }
  };
}
function risks() {
  return [
    {
      kind: "asset_based",
      id: "R-01",
      title: "Production secrets leaked through source code",
      owner: "CTO",
      category: "Access control",
      status: "treatment_planned",
      affectedProperties: ["confidentiality", "integrity"],
      assets: ["A-INF-SECRETS", "A-INF-SOURCE"],
      threat: "External attacker harvesting credentials from leaked or cloned repository content",
      vulnerability: "Credentials committed to Git history; no secret scanning on push",
      ratings: ratings({
        inherent: [[4, 5], "Secret leaks through repositories are among the most common SaaS breach paths."],
        current: [[3, 5], "Secret scanning now blocks new leaks, but old credentials in history are not all rotated."],
        target: [[2, 4], "Rotation and narrower repository access cut both likelihood and blast radius."]
      })
    },
    {
      kind: "asset_based",
      id: "R-02",
      title: "Laptop theft or loss exposes customer data",
      owner: "IT Manager",
      category: "Endpoint",
      status: "accepted",
      affectedProperties: ["confidentiality"],
      assets: ["A-HW-LAPTOPS-ENG", "A-HW-LAPTOPS-BIZ", "A-INF-CUST-DATA"],
      threat: "Theft or loss of a laptop while travelling or at home",
      vulnerability: "Local copies of customer extracts used for troubleshooting",
      ratings: ratings({
        inherent: [[3, 4], "Two laptops a year are lost across 60 staff; extracts could hold customer data."],
        current: [[2, 2], "Full-disk encryption and remote wipe through MDM are enforced."],
        target: [[2, 2], "No further reduction planned."],
        residual: [[2, 2], "2026-02-27", "Off-premises rules in force since February 2026; encryption compliance 100 %."]
      })
    },
    {
      kind: "asset_based",
      id: "R-03",
      title: "Unauthorised access to customer datasets through excessive privileges",
      owner: "CTO",
      category: "Access control",
      status: "treatment_planned",
      affectedProperties: ["confidentiality", "integrity"],
      assets: ["A-INF-CUST-DATA", "A-CS-DB"],
      threat: "Misuse of standing production access by a compromised or careless engineer",
      vulnerability: "Eleven engineers hold standing read-write access to the production database",
      ratings: ratings({
        inherent: [[4, 5], "Broad standing access combined with very sensitive data."],
        current: [[3, 4], "Quarterly access reviews run since April 2026; standing access still exists."],
        target: [[2, 3], "Just-in-time access and row-level restrictions limit both likelihood and reach."]
      })
    },
    {
      kind: "asset_based",
      id: "R-04",
      title: "Ransomware on staff laptops spreads to shared files",
      owner: "IT Manager",
      category: "Malware",
      status: "accepted",
      affectedProperties: ["availability", "integrity"],
      assets: ["A-HW-LAPTOPS-ENG", "A-HW-LAPTOPS-BIZ", "A-SVC-WIKI"],
      threat: "Ransomware delivered by e-mail or a malicious download",
      vulnerability: "Synchronised document folders let encryption spread to the shared store",
      ratings: ratings({
        inherent: [[3, 4], "Ransomware campaigns target small SaaS firms."],
        current: [[2, 3], "EDR on every laptop, versioned document store and tested restores."],
        target: [[2, 3], "Current controls are judged sufficient."],
        residual: [[2, 3], "2026-06-10", "Residual accepted: version history allows recovery within a day."]
      })
    },
    {
      kind: "asset_based",
      id: "R-05",
      title: "Loss of the production database without a usable backup",
      owner: "Head of Platform Operations",
      category: "Availability",
      status: "accepted",
      affectedProperties: ["availability", "integrity"],
      assets: ["A-CS-DB", "A-INF-BACKUPS", "A-INF-CUST-DATA"],
      threat: "Operator error, faulty migration or provider failure deleting or corrupting the database",
      vulnerability: "Restores were not tested regularly before 2026",
      ratings: ratings({
        inherent: [[3, 5], "A failed restore would mean permanent loss of customer data."],
        current: [[1, 4], "Point-in-time recovery and quarterly restore tests in place."],
        target: [[1, 4], "Target reached."],
        residual: [[1, 4], "2026-03-16", "Quarterly restore tests succeeded in March, June and September 2026."]
      })
    },
    {
      kind: "asset_based",
      id: "R-06",
      title: "Exploitation of an unpatched vulnerability in the platform API",
      owner: "Head of Engineering",
      category: "Vulnerability management",
      status: "treatment_planned",
      affectedProperties: ["confidentiality", "integrity", "availability"],
      assets: ["A-SW-API", "A-SW-WEBAPP"],
      threat: "Automated exploitation of published vulnerabilities in open-source dependencies",
      vulnerability: "Dependency updates lag behind; no patch deadline for critical issues until May 2026",
      ratings: ratings({
        inherent: [[4, 4], "Internet-facing API with several hundred open-source dependencies."],
        current: [[3, 4], "Automated updates and a 14-day deadline since May 2026; the external penetration test is still outstanding."],
        target: [[2, 4], "Configuration baselines and an external test reduce the likelihood further."]
      })
    },
    {
      kind: "asset_based",
      id: "R-07",
      title: "Phishing compromises staff accounts",
      owner: "IT Manager",
      category: "People",
      status: "accepted",
      affectedProperties: ["confidentiality", "integrity"],
      assets: ["A-SVC-IDP", "A-SVC-EMAIL"],
      threat: "Credential phishing and MFA-fatigue attacks",
      vulnerability: "Staff receive targeted phishing; push-based MFA was accepted without number matching",
      ratings: ratings({
        inherent: [[5, 3], "Phishing attempts are seen every week."],
        current: [[2, 3], "Phishing-resistant MFA for administrators, number matching for all, quarterly simulations."],
        target: [[2, 3], "Target reached."],
        residual: [[2, 3], "2026-06-10", "Click rate in simulations fell from 14 % to 4 %."]
      })
    },
    {
      kind: "asset_based",
      id: "R-08",
      title: "Tampering with the build in the CI/CD pipeline",
      owner: "Head of Engineering",
      category: "Supply chain",
      status: "treatment_planned",
      affectedProperties: ["integrity"],
      assets: ["A-SW-CICD", "A-INF-SOURCE", "A-SVC-GIT"],
      threat: "Supply-chain attacker inserting a malicious build step or dependency",
      vulnerability: "Pipeline tokens with broad write scope; unsigned commits; unpinned third-party actions",
      ratings: ratings({
        inherent: [[3, 5], "A poisoned build would ship to every customer."],
        current: [[2, 5], "Change review and separate environments, but tokens and third-party actions remain weak points."],
        target: [[2, 3], "Branch protection, signed commits and pinned dependencies contain the damage."]
      })
    },
    {
      kind: "asset_based",
      id: "R-09",
      title: "Customer data copied out of the support desk",
      owner: "Head of Customer Success",
      category: "Data leakage",
      status: "treatment_planned",
      affectedProperties: ["confidentiality"],
      assets: ["A-SVC-HELPDESK", "A-INF-TICKETS", "A-PPL-SUPPORT"],
      threat: "Careless or malicious support agent exporting customer data",
      vulnerability: "Ticket attachments contain raw customer extracts; no masking or export limits",
      ratings: ratings({
        inherent: [[2, 4], "Support agents see customer data every day."],
        current: [[2, 3], "Confidentiality agreements and role-based access limit the harm."],
        target: [[1, 3], "Masking and data-leakage rules make copying rare and visible."]
      })
    },
    {
      kind: "asset_based",
      id: "R-10",
      title: "Office break-in and theft of equipment",
      owner: "Office Manager",
      category: "Physical",
      status: "accepted",
      affectedProperties: ["availability", "confidentiality"],
      assets: ["A-SITE-OFFICE", "A-HW-OFFICE-NET", "A-HW-PRINTER"],
      threat: "Burglary of the office floor",
      vulnerability: "Shared building with reception staffed only in office hours",
      ratings: ratings({
        inherent: [[2, 2], "No production systems or customer data are kept in the office."],
        current: [[2, 2], "Badge access and locked storage; laptops leave with their users."],
        residual: [[2, 2], "2026-02-23", "Within appetite; retained."]
      })
    },
    {
      kind: "asset_based",
      id: "R-11",
      title: "Loss of key operations knowledge",
      owner: "CTO",
      category: "People",
      status: "treatment_planned",
      affectedProperties: ["availability"],
      assets: ["A-PPL-OPS"],
      threat: "Departure or long absence of one of the six platform engineers",
      vulnerability: "Recovery steps for several services are undocumented",
      ratings: ratings({
        inherent: [[3, 3], "Small team, tight labour market."],
        current: [[3, 3], "No change yet: runbooks are still being written."],
        target: [[2, 2], "Runbooks and cross-training make outages shorter and rarer."]
      })
    },
    {
      kind: "asset_based",
      id: "R-12",
      title: "Attacks go undetected because of logging gaps",
      owner: "Head of Platform Operations",
      category: "Detection",
      status: "accepted",
      affectedProperties: ["confidentiality", "integrity"],
      assets: ["A-INF-LOGS", "A-SVC-LOGS", "A-SW-MONITORING"],
      threat: "Intruder activity in production not noticed",
      vulnerability: "Database and identity-provider audit logs were not collected centrally before 2026",
      ratings: ratings({
        inherent: [[4, 3], "Without central logs an intrusion could last months."],
        current: [[2, 3], "Central log collection and alert rules for privileged actions live since June 2026."],
        target: [[2, 3], "Target reached."],
        residual: [[2, 3], "2026-07-06", "Alert rules tested in the July 2026 tabletop exercise."]
      })
    },
    {
      kind: "asset_based",
      id: "R-13",
      title: "Misconfigured object storage exposes raw customer files",
      owner: "Head of Platform Operations",
      category: "Cloud configuration",
      status: "treatment_planned",
      affectedProperties: ["confidentiality"],
      assets: ["A-CS-OBJSTORE", "A-INF-CUST-DATA"],
      threat: "Public exposure of a storage bucket through a configuration mistake",
      vulnerability: "Bucket policies are written by hand; no policy-as-code checks (a staging bucket was public for two days in May 2026)",
      ratings: ratings({
        inherent: [[3, 5], "Raw files hold complete customer datasets."],
        current: [[2, 5], "Account-level public-access block enabled after the May 2026 incident; policy checks not yet automated."],
        target: [[1, 5], "Policy-as-code checks in the pipeline make a repeat very unlikely."]
      })
    },
    {
      kind: "asset_based",
      id: "R-14",
      title: "Retired on-premises server still holds customer data",
      owner: "IT Manager",
      category: "Asset lifecycle",
      status: "accepted",
      affectedProperties: ["confidentiality"],
      assets: ["A-HW-LEGACY-SRV"],
      threat: "Theft of the old server or its disks from the office",
      vulnerability: "Unencrypted disks with 2020 prototype datasets",
      ratings: ratings({
        inherent: [[2, 3], "Old prototype data of three early customers."],
        current: [[1, 1], "Server switched off and disks erased with a certified tool."],
        target: [[1, 1], "Activity stopped."],
        residual: [[1, 1], "2026-01-28", "Erasure certificate on file; nothing left to protect."]
      })
    },
    {
      kind: "asset_based",
      id: "R-15",
      title: "Unauthorised disclosure of employee HR records",
      owner: "Head of People",
      category: "Privacy",
      status: "accepted",
      affectedProperties: ["confidentiality"],
      assets: ["A-INF-HR", "A-SVC-HRIS"],
      threat: "Access by staff without a need to know, or account compromise",
      vulnerability: "HR system permissions are set by hand",
      ratings: ratings({
        inherent: [[2, 4], "HR records include salaries and health information."],
        current: [[1, 4], "SSO with MFA; only two HR staff have access; access reviewed twice a year."],
        target: [[1, 4], "Within appetite."],
        residual: [[1, 4], "2026-02-23", "Within appetite; accepted."]
      })
    },
    {
      kind: "event_based",
      id: "R-16",
      title: "Prolonged outage of the cloud provider's primary EU region",
      owner: "Head of Platform Operations",
      category: "Supplier",
      status: "treatment_planned",
      affectedProperties: ["availability"],
      riskSource: "Failure of the cloud provider's infrastructure or a regional disaster",
      event: "The Frankfurt region is unavailable for more than eight hours",
      consequenceDescription: "Customers cannot use dashboards; SLA credits, complaints and possible churn",
      objective: "Keep monthly platform availability at or above 99.9 %",
      assets: ["A-CS-HOSTING", "A-SUP-CLOUD"],
      ratings: ratings({
        inherent: [[2, 5], "Regional outages of public clouds happen every few years."],
        current: [[2, 4], "Multi-zone deployment; a whole-region loss still means manual restore in Dublin."],
        target: [[1, 4], "Tested cross-region failover within the four-hour recovery time objective."]
      })
    },
    {
      kind: "event_based",
      id: "R-17",
      title: "Personal data breach leads to regulatory action",
      owner: "Data Protection Officer",
      category: "Compliance",
      status: "treatment_planned",
      affectedProperties: ["confidentiality"],
      riskSource: "External attacker or staff error",
      event: "Personal data of customers' end users is disclosed to unauthorised parties",
      consequenceDescription: "Breach notification, supervisory authority investigation, possible fine, loss of customers' trust",
      objective: "Comply with data protection law and customer DPAs",
      assets: ["A-INF-PII", "A-INF-CUST-DATA"],
      ratings: ratings({
        inherent: [[3, 5], "Large volume of end-user data across 140 customer tenants."],
        current: [[2, 5], "Encryption, access control and an incident process in place; production data still copied to staging."],
        target: [[2, 4], "Masking outside production, deletion on contract end and insurance cover reduce the consequence."],
        ratedBy: "Data Protection Officer"
      })
    },
    {
      kind: "event_based",
      id: "R-18",
      title: "Payment card data enters Northwind systems",
      owner: "CFO",
      category: "Compliance",
      status: "accepted",
      affectedProperties: ["confidentiality"],
      riskSource: "Customers or staff sending card details by e-mail, phone or support ticket",
      event: "Card numbers are stored in the support desk or mailboxes",
      consequenceDescription: "Loss of PCI DSS SAQ A eligibility, contractual penalties from the payment processor",
      objective: "Stay out of PCI DSS scope",
      assets: ["A-SVC-HELPDESK", "A-SVC-BILLING"],
      ratings: ratings({
        inherent: [[3, 4], "Until 2025 the support team sometimes took card details by phone."],
        current: [[1, 3], "Cards are taken only on the processor's hosted page; tickets are scanned for card numbers."],
        target: [[1, 3], "Activity stopped."],
        residual: [[1, 3], "2025-11-03", "Scanner finds no card numbers since October 2025."],
        ratedBy: "CFO"
      })
    },
    {
      kind: "event_based",
      id: "R-19",
      title: "Payment processor outage delays revenue collection",
      owner: "CFO",
      category: "Supplier",
      status: "accepted",
      affectedProperties: ["availability"],
      riskSource: "Outage or insolvency of the payment processor",
      event: "Subscription payments cannot be collected for more than a week",
      consequenceDescription: "Cash-flow delay; no effect on customers' service",
      assets: ["A-SUP-PAY", "A-SVC-BILLING"],
      ratings: ratings({
        inherent: [[2, 3], "Processor is large and regulated; outages are short."],
        current: [[2, 3], "Supplier monitored yearly; invoices can be paid by bank transfer as a fallback."],
        residual: [[2, 3], "2026-06-15", "Retained: a second processor would cost more than the delay."],
        ratedBy: "CFO"
      })
    },
    {
      kind: "event_based",
      id: "R-20",
      title: "Denial-of-service attack against the public API",
      owner: "Head of Platform Operations",
      category: "Availability",
      status: "accepted",
      affectedProperties: ["availability"],
      riskSource: "Extortion groups and hacktivists",
      event: "Volumetric or application-layer DDoS against the API and web application",
      consequenceDescription: "Platform unreachable for hours; SLA credits",
      objective: "Keep monthly platform availability at or above 99.9 %",
      assets: ["A-SW-API", "A-CS-CDN"],
      ratings: ratings({
        inherent: [[3, 4], "DDoS extortion campaigns hit SaaS providers regularly."],
        current: [[3, 3], "CDN with DDoS mitigation and rate limits in front of the API."],
        target: [[2, 3], "Expected once the CDN contract and rate limits are in place."],
        residual: [[3, 3], "2026-10-19", "Re-rated after two application-layer attacks in October 2026 got past the rate limits for 40 minutes."]
      })
    },
    {
      kind: "event_based",
      id: "R-21",
      title: "New regulatory requirements are identified too late",
      owner: "Data Protection Officer",
      category: "Compliance",
      status: "treatment_planned",
      affectedProperties: ["confidentiality", "integrity", "availability"],
      riskSource: "Changes in EU and national law (NIS2 transposition, Data Act, AI Act)",
      event: "Northwind falls under new obligations without noticing",
      consequenceDescription: "Non-compliance, sanctions, lost tenders",
      objective: "Comply with legal and contractual requirements",
      ratings: ratings({
        inherent: [[3, 3], "Several new EU laws apply from 2025 to 2027."],
        current: [[2, 3], "Legal counsel and industry association newsletters monitored informally."],
        target: [[2, 2], "A maintained legal register reviewed every quarter."],
        ratedBy: "Data Protection Officer"
      })
    },
    {
      kind: "event_based",
      id: "R-22",
      title: "Faulty release corrupts or disables customer dashboards",
      owner: "Head of Engineering",
      category: "Change",
      status: "accepted",
      affectedProperties: ["integrity", "availability"],
      riskSource: "Defect in a release or a database migration",
      event: "A deployment breaks dashboards or writes wrong figures",
      consequenceDescription: "Customers take decisions on wrong data; SLA breach",
      objective: "Deliver correct analytics",
      assets: ["A-SW-API", "A-SW-CICD"],
      ratings: ratings({
        inherent: [[4, 3], "About 40 deployments a week."],
        current: [[2, 3], "Peer review, automated tests, staged roll-out and one-click rollback."],
        target: [[2, 3], "Target reached."],
        residual: [[2, 3], "2026-09-21", "Two rollbacks in 2026, both within 15 minutes."]
      })
    },
    {
      kind: "event_based",
      id: "R-23",
      title: "Natural-language query feature discloses data across tenants",
      owner: "Head of Product",
      category: "Product security",
      status: "treatment_planned",
      affectedProperties: ["confidentiality"],
      riskSource: "Design flaw in retrieval or prompt injection by a user",
      event: "The language model returns another tenant's data in an answer",
      consequenceDescription: "Cross-customer data breach, contract terminations, regulatory notification",
      objective: "Launch the natural-language query feature safely in 2027",
      assets: ["A-SW-NLQ", "A-INF-CUST-DATA"],
      ratings: ratings({
        inherent: [[3, 5], "Retrieval over multi-tenant data is a known weak spot of LLM features."],
        current: [[3, 5], "No controls yet: the feature is in design."],
        target: [[1, 5], "Tenant-isolation tests and a data-use review before launch."],
        version: 2,
        assessedOn: ["2026-10-26", "2026-10-26"]
      })
    },
    {
      kind: "event_based",
      id: "R-24",
      title: "Security incident undermines the Series B funding round",
      owner: "CEO",
      category: "Strategic",
      status: "accepted",
      affectedProperties: ["confidentiality", "availability"],
      riskSource: "Any major security incident becoming public",
      event: "A breach is reported during investor due diligence",
      consequenceDescription: "Lower valuation or a delayed round",
      objective: "Close the Series B round in 2027",
      ratings: ratings({
        inherent: [[2, 4], "Investors ask about incidents in every due diligence."],
        current: [[2, 3], "Tested incident response and prepared communication plan."],
        target: [[2, 3], "Target reached."],
        residual: [[2, 3], "2026-09-21", "Tabletop exercise with the board in July 2026."],
        ratedBy: "CEO"
      })
    },
    {
      kind: "event_based",
      id: "R-25",
      title: "Fraudulent payment instruction through business e-mail compromise",
      owner: "CFO",
      category: "Fraud",
      status: "accepted",
      affectedProperties: ["integrity"],
      riskSource: "Fraudsters impersonating suppliers or executives",
      event: "Finance pays a fake invoice or changes a supplier's bank details",
      consequenceDescription: "Direct financial loss up to EUR 80,000",
      assets: ["A-PPL-FINANCE", "A-SVC-EMAIL"],
      ratings: ratings({
        inherent: [[3, 3], "Two attempts in 2025."],
        current: [[1, 3], "Call-back verification of any bank detail change; dual approval of payments."],
        target: [[1, 3], "Target reached."],
        residual: [[1, 3], "2026-03-02", "No successful attempt; procedure audited in January 2026."],
        ratedBy: "CFO"
      })
    },
    {
      kind: "event_based",
      id: "R-26",
      title: "Extreme weather makes the office unusable",
      owner: "Office Manager",
      category: "Climate",
      status: "accepted",
      affectedProperties: ["availability"],
      riskSource: "Heat waves and flooding of the Dublin quays",
      event: "The office is closed for several days",
      consequenceDescription: "Minor loss of productivity; staff work from home",
      assets: ["A-SITE-OFFICE"],
      ratings: ratings({
        inherent: [[2, 1], "Happened twice in 2025."],
        current: [[2, 1], "Everyone can work remotely."],
        residual: [[2, 1], "2026-02-23", "Within appetite; retained."]
      })
    },
    {
      kind: "asset_based",
      id: "R-27",
      title: "Leavers keep access to company systems",
      owner: "Head of People",
      category: "Access control",
      status: "treatment_planned",
      affectedProperties: ["confidentiality", "integrity"],
      assets: ["A-SVC-IDP", "A-INF-CUST-DATA"],
      threat: "Former staff or contractors using accounts that were not disabled",
      vulnerability: "Deprovisioning depends on a manual ticket from the line manager",
      ratings: ratings({
        inherent: [[3, 4], "Incident INC-2026-014: a contractor's account stayed active 23 days after the contract ended."],
        current: [[3, 3], "Line-manager sign-off of the offboarding checklist since September 2026."],
        target: [[2, 3], "Automated deprovisioning from the HR system."],
        assessedOn: ["2026-08-24", "2026-09-14"]
      })
    }
  ];
}

// src/example/_internal/plans.ts
var existing = (id, note) => ({ ref: ref(id), state: "existing", ...note === void 0 ? {} : { note } });
var planned = (id, note) => ({ ref: ref(id), state: "planned", note });
function ref(id) {
  return id.includes(":") ? id : `annex-a:${id}`;
}
function action(id, title, owner, due, status, controls, completedOn) {
  return {
    id,
    title,
    owner,
    due,
    status,
    ...completedOn === void 0 ? {} : { completedOn },
    ...controls.length === 0 ? {} : { controls: controls.map(ref) }
  };
}
function target(cell) {
  return keysOf(cell);
}
function plans() {
  return [
    {
      id: "TP-01",
      title: "Remove secrets from source code",
      risks: ["R-01"],
      options: ["modify"],
      owner: "CTO",
      priority: "critical",
      created: "2025-06-02",
      controls: [
        planned("5.17", "Rotate every credential found in history; keep secrets only in the secrets manager."),
        planned("8.25", "Secret scanning with push protection in every repository."),
        planned("8.4", "Team-based write access to repositories.")
      ],
      actions: [
        action("TP-01-A1", "Enable secret scanning and push protection on all repositories", "Head of Engineering", "2026-03-31", "done", ["8.25"], "2026-03-20"),
        action("TP-01-A2", "Rotate every credential found in Git history and move it to the secrets manager", "Head of Platform Operations", "2026-08-31", "in_progress", ["5.17"]),
        action("TP-01-A3", "Replace individual repository write grants with team-based groups", "Head of Engineering", "2027-01-31", "planned", ["8.4"])
      ],
      target: target([2, 4])
    },
    {
      id: "TP-02",
      title: "Protect data on laptops",
      risks: ["R-02"],
      options: ["modify"],
      owner: "IT Manager",
      priority: "medium",
      created: "2025-06-02",
      controls: [
        existing("8.1", "MDM enrolment, screen lock, remote wipe."),
        existing("8.24", "Full-disk encryption enforced by MDM."),
        planned("7.9", "Rules for laptops off premises: no customer extracts stored locally.")
      ],
      actions: [action("TP-02-A1", "Publish off-premises equipment rules and delete local customer extracts", "IT Manager", "2026-02-28", "done", ["7.9"], "2026-02-27")],
      target: target([2, 2])
    },
    {
      id: "TP-03",
      title: "Least privilege for production data",
      risks: ["R-03"],
      options: ["modify"],
      owner: "CTO",
      priority: "critical",
      created: "2025-06-02",
      controls: [
        existing("5.15"),
        planned("8.2", "No standing privileged access to production databases."),
        planned("5.18", "Quarterly access reviews of production roles."),
        planned("8.3", "Row-level restrictions for support analysts."),
        planned("northwind:NW-2", "Break-glass procedure for emergency production data access.")
      ],
      actions: [
        action("TP-03-A1", "Replace standing database access with just-in-time break-glass access", "Head of Platform Operations", "2026-06-30", "in_progress", ["8.2", "northwind:NW-2"]),
        action("TP-03-A2", "Run quarterly access reviews of production roles", "Head of Platform Operations", "2026-04-30", "done", ["5.18"], "2026-04-22"),
        action("TP-03-A3", "Introduce row-level restrictions for support analysts", "Head of Engineering", "2026-12-15", "planned", ["8.3"])
      ],
      target: target([2, 3])
    },
    {
      id: "TP-04",
      title: "Contain ransomware on endpoints",
      risks: ["R-04"],
      options: ["modify"],
      owner: "IT Manager",
      priority: "medium",
      created: "2025-06-02",
      controls: [existing("8.7", "EDR on every laptop."), existing("8.13", "Versioned document store with 30-day restore."), existing("6.3")],
      actions: [action("TP-04-A1", "Verify EDR coverage and document-store version history", "IT Manager", "2025-09-30", "done", [], "2025-09-24")],
      target: target([2, 3])
    },
    {
      id: "TP-05",
      title: "Reliable database recovery",
      risks: ["R-05"],
      options: ["modify"],
      owner: "Head of Platform Operations",
      priority: "high",
      created: "2025-06-02",
      controls: [
        planned("8.13", "Quarterly restore tests of production backups."),
        existing("8.14", "Multi-zone database cluster."),
        planned("5.30", "Recovery runbook with RTO 4 h / RPO 15 min.")
      ],
      actions: [
        action("TP-05-A1", "Schedule and record quarterly restore tests", "Head of Platform Operations", "2026-03-31", "done", ["8.13"], "2026-03-16"),
        action("TP-05-A2", "Write and rehearse the database recovery runbook", "Head of Platform Operations", "2026-03-31", "done", ["5.30"], "2026-03-11")
      ],
      target: target([1, 4])
    },
    {
      id: "TP-06",
      title: "Timely patching of the platform",
      risks: ["R-06"],
      options: ["modify"],
      owner: "Head of Engineering",
      priority: "high",
      created: "2025-06-02",
      controls: [
        planned("8.8", "14-day deadline for critical vulnerabilities; yearly external penetration test."),
        planned("8.9", "Hardened configuration baselines for containers."),
        existing("8.29")
      ],
      actions: [
        action("TP-06-A1", "Automate dependency updates and set the 14-day patch deadline", "Head of Engineering", "2026-05-31", "done", ["8.8"], "2026-05-28"),
        action("TP-06-A2", "Commission the external penetration test of the API", "CISO", "2026-10-31", "planned", ["8.8"]),
        action("TP-06-A3", "Define and enforce container configuration baselines", "Head of Platform Operations", "2027-02-28", "in_progress", ["8.9"])
      ],
      target: target([2, 4])
    },
    {
      id: "TP-07",
      title: "Phishing-resistant sign-in",
      risks: ["R-07"],
      options: ["modify"],
      owner: "IT Manager",
      priority: "high",
      created: "2025-06-02",
      controls: [existing("8.5", "SSO with MFA for every application."), planned("6.3", "Quarterly phishing simulations."), planned("8.23", "DNS-based web filtering on laptops.")],
      actions: [
        action("TP-07-A1", "Start quarterly phishing simulations with follow-up training", "CISO", "2025-11-30", "done", ["6.3"], "2025-11-14"),
        action("TP-07-A2", "Roll out DNS-based web filtering to all laptops", "IT Manager", "2026-03-31", "done", ["8.23"], "2026-03-24")
      ],
      target: target([2, 3])
    },
    {
      id: "TP-08",
      title: "Harden the build pipeline",
      risks: ["R-08"],
      options: ["modify"],
      owner: "Head of Engineering",
      priority: "high",
      created: "2025-06-02",
      controls: [
        existing("8.32"),
        existing("8.31"),
        planned("8.4", "Branch protection and signed commits on release branches."),
        planned("8.28", "Pinned third-party actions and dependencies.")
      ],
      actions: [
        action("TP-08-A1", "Enforce branch protection and signed commits", "Head of Engineering", "2026-12-31", "in_progress", ["8.4"]),
        action("TP-08-A2", "Pin third-party build actions to reviewed versions", "Head of Engineering", "2027-03-31", "planned", ["8.28"])
      ],
      target: target([2, 3])
    },
    {
      id: "TP-09",
      title: "Keep customer data inside the support desk",
      risks: ["R-09"],
      options: ["modify"],
      owner: "Head of Customer Success",
      priority: "medium",
      created: "2025-06-02",
      controls: [existing("6.6"), planned("8.11", "Mask customer identifiers in support views."), planned("8.12", "Block bulk export and attachments with customer extracts.")],
      actions: [
        action("TP-09-A1", "Mask customer identifiers in support views", "Head of Engineering", "2026-11-30", "in_progress", ["8.11"]),
        action("TP-09-A2", "Configure data-leakage rules in the support desk", "Head of Customer Success", "2027-01-31", "planned", ["8.12"])
      ],
      target: target([1, 3])
    },
    {
      id: "TP-10",
      title: "Retain office break-in risk",
      description: "No production systems or customer data are kept in the office; existing building controls suffice.",
      risks: ["R-10"],
      options: ["retain"],
      owner: "Office Manager",
      priority: "low",
      created: "2025-06-02",
      controls: [existing("7.2"), existing("7.3")],
      actions: []
    },
    {
      id: "TP-11",
      title: "Document and share operations knowledge",
      risks: ["R-11"],
      options: ["modify"],
      owner: "CTO",
      priority: "medium",
      created: "2025-06-02",
      controls: [planned("5.37", "Runbooks for every production service."), existing("5.2")],
      actions: [
        action("TP-11-A1", "Write runbooks for every production service", "Head of Platform Operations", "2026-09-30", "in_progress", ["5.37"]),
        action("TP-11-A2", "Cross-train two engineers per service", "CTO", "2027-03-31", "planned", ["5.37"])
      ],
      target: target([2, 2])
    },
    {
      id: "TP-12",
      title: "Central logging and alerting",
      risks: ["R-12"],
      options: ["modify"],
      owner: "Head of Platform Operations",
      priority: "high",
      created: "2025-06-02",
      controls: [planned("8.15", "Central collection of database and identity-provider audit logs."), planned("8.16", "Alert rules for privileged actions."), existing("8.17")],
      actions: [
        action("TP-12-A1", "Collect database and identity-provider audit logs centrally", "Head of Platform Operations", "2026-04-30", "done", ["8.15"], "2026-04-29"),
        action("TP-12-A2", "Define and test alert rules for privileged actions", "CISO", "2026-06-30", "done", ["8.16"], "2026-06-26")
      ],
      target: target([2, 3])
    },
    {
      id: "TP-13",
      title: "Policy-as-code for cloud storage",
      description: "Reopened in June 2026 after a staging bucket was public for two days; the earlier acceptance was revoked.",
      risks: ["R-13"],
      options: ["modify"],
      owner: "Head of Platform Operations",
      priority: "critical",
      created: "2026-06-01",
      controls: [existing("5.23"), existing("8.24", "Encryption at rest with provider-managed keys."), planned("8.9", "Policy-as-code checks for bucket policies in the pipeline.")],
      actions: [action("TP-13-A1", "Add policy-as-code checks for storage configuration to the pipeline", "Head of Platform Operations", "2026-10-31", "in_progress", ["8.9"])],
      target: target([1, 5])
    },
    {
      id: "TP-14",
      title: "Decommission the legacy analytics server",
      risks: ["R-14"],
      options: ["avoid"],
      owner: "IT Manager",
      priority: "medium",
      created: "2025-06-02",
      avoidance: { activityStopped: "Running the on-premises analytics server", effectiveFrom: "2026-01-28" },
      controls: [planned("7.14", "Certified erasure of the server disks."), planned("8.10", "Delete the prototype datasets.")],
      actions: [action("TP-14-A1", "Erase the disks with a certified tool and record the disposal", "IT Manager", "2026-01-31", "done", ["7.14", "8.10"], "2026-01-28")],
      target: target([1, 1])
    },
    {
      id: "TP-15",
      title: "Keep HR records need-to-know",
      risks: ["R-15"],
      options: ["modify"],
      owner: "Head of People",
      priority: "low",
      created: "2025-06-02",
      controls: [existing("5.15"), existing("8.5"), existing("5.34")],
      actions: [],
      target: target([1, 4])
    },
    {
      id: "TP-16",
      title: "Cross-region recovery and provider SLA",
      risks: ["R-16"],
      options: ["modify", "share"],
      owner: "Head of Platform Operations",
      priority: "high",
      created: "2025-06-02",
      controls: [existing("5.23"), planned("5.30", "Tested failover to the Dublin region."), planned("8.14", "Warm standby in the Dublin region.")],
      actions: [
        action("TP-16-A1", "Build a warm standby in the Dublin region", "Head of Platform Operations", "2026-12-31", "in_progress", ["8.14"]),
        action("TP-16-A2", "Rehearse a full regional failover", "Head of Platform Operations", "2027-02-28", "planned", ["5.30"])
      ],
      sharing: {
        counterparty: "Nimbus Cloud Services GmbH",
        instrument: { kind: "contract", reference: "NCS-EA-2024-0193 (99.95 % regional SLA with service credits)", expires: "2027-12-31" },
        note: "Service credits cover part of Northwind's own SLA credits; accountability for recovery stays with Northwind."
      },
      target: target([1, 4])
    },
    {
      id: "TP-17",
      title: "Reduce the impact of a personal data breach",
      risks: ["R-17"],
      options: ["modify", "share"],
      owner: "Data Protection Officer",
      priority: "critical",
      created: "2025-06-02",
      controls: [
        existing("5.34"),
        existing("5.24"),
        existing("5.26"),
        planned("8.11", "No unmasked production data outside production."),
        planned("8.33", "Synthetic test data for staging."),
        planned("8.10", "Delete customer data 30 days after contract end.")
      ],
      actions: [
        action("TP-17-A1", "Replace production copies in staging with masked or synthetic data", "Head of Engineering", "2026-05-31", "done", ["8.11", "8.33"], "2026-05-19"),
        action("TP-17-A2", "Automate deletion of customer data after contract end", "Head of Engineering", "2026-08-31", "in_progress", ["8.10"])
      ],
      sharing: {
        counterparty: "Harbour Mutual Insurance plc",
        instrument: { kind: "insurance_policy", reference: "HM-CY-7781-2026", expires: "2027-03-31" },
        note: "Covers notification, forensic and legal costs up to EUR 2 million; fines are not insurable."
      },
      target: target([2, 4])
    },
    {
      id: "TP-18",
      title: "Take no card data outside the processor's page",
      risks: ["R-18"],
      options: ["avoid"],
      owner: "CFO",
      priority: "high",
      created: "2025-06-02",
      avoidance: { activityStopped: "Accepting card numbers by phone, e-mail or support ticket", effectiveFrom: "2025-09-01" },
      controls: [existing("5.10", "Acceptable use policy forbids taking card details."), planned("8.12", "Scan tickets and mailboxes for card numbers and redact them.")],
      actions: [action("TP-18-A1", "Enable card-number detection and redaction in the support desk and e-mail", "IT Manager", "2025-10-31", "done", ["8.12"], "2025-10-20")],
      target: target([1, 3])
    },
    {
      id: "TP-19",
      title: "Retain payment processor outage risk",
      description: "A second processor would cost more than a delay in collections; fallback is bank transfer.",
      risks: ["R-19"],
      options: ["retain"],
      owner: "CFO",
      priority: "low",
      created: "2025-06-02",
      controls: [existing("5.19"), existing("5.22")],
      actions: []
    },
    {
      id: "TP-20",
      title: "DDoS mitigation",
      risks: ["R-20"],
      options: ["modify", "share"],
      owner: "Head of Platform Operations",
      priority: "medium",
      created: "2025-06-02",
      controls: [existing("8.20"), existing("8.6"), planned("8.21", "DDoS mitigation service with rate limiting at the edge.")],
      actions: [action("TP-20-A1", "Contract CDN-based DDoS mitigation and configure rate limits", "Head of Platform Operations", "2025-12-31", "done", ["8.21"], "2025-12-08")],
      sharing: {
        counterparty: "Edgeway Networks Ltd",
        instrument: { kind: "contract", reference: "EDG-2025-311 (DDoS mitigation with 100 % availability commitment)", expires: "2027-11-30" }
      },
      target: target([2, 3])
    },
    {
      id: "TP-21",
      title: "Maintain a legal and contractual requirements register",
      risks: ["R-21"],
      options: ["modify"],
      owner: "Data Protection Officer",
      priority: "medium",
      created: "2025-06-02",
      controls: [planned("5.31", "Legal register reviewed every quarter."), existing("5.5"), existing("5.6")],
      actions: [action("TP-21-A1", "Build the legal register and run the first quarterly review", "Data Protection Officer", "2026-12-31", "in_progress", ["5.31"])],
      target: target([2, 2])
    },
    {
      id: "TP-22",
      title: "Safe releases",
      risks: ["R-22"],
      options: ["modify"],
      owner: "Head of Engineering",
      priority: "medium",
      created: "2025-06-02",
      controls: [existing("8.32"), existing("8.29"), existing("8.31")],
      actions: [],
      target: target([2, 3])
    },
    {
      id: "TP-23",
      title: "Safe launch of natural-language queries",
      risks: ["R-23"],
      options: ["modify"],
      owner: "Head of Product",
      priority: "critical",
      created: "2026-11-02",
      controls: [
        planned("northwind:NW-1", "Automated cross-tenant isolation tests."),
        planned("northwind:NW-3", "Data-use review of the AI feature before launch."),
        planned("8.26", "Security requirements for the feature, including prompt-injection cases."),
        planned("8.27", "Tenant-scoped retrieval architecture.")
      ],
      actions: [
        action("TP-23-A1", "Write security requirements and a threat model for the feature", "Head of Product", "2026-12-18", "in_progress", ["8.26", "8.27"]),
        action("TP-23-A2", "Build cross-tenant isolation tests into the pipeline", "Head of Engineering", "2027-02-26", "planned", ["northwind:NW-1"]),
        action("TP-23-A3", "Hold the data-use review with the Data Protection Officer", "Head of Product", "2027-03-31", "planned", ["northwind:NW-3"])
      ],
      target: target([1, 5])
    },
    {
      id: "TP-24",
      title: "Incident readiness for investor confidence",
      risks: ["R-24"],
      options: ["modify"],
      owner: "CEO",
      priority: "medium",
      created: "2025-06-02",
      controls: [existing("5.24"), existing("5.26"), planned("5.27", "Lessons-learned review after every significant incident, shared with the board.")],
      actions: [action("TP-24-A1", "Run a board tabletop exercise and adopt the lessons-learned routine", "CISO", "2026-07-31", "done", ["5.27"], "2026-07-09")],
      target: target([2, 3])
    },
    {
      id: "TP-25",
      title: "Verify payment instructions",
      risks: ["R-25"],
      options: ["modify"],
      owner: "CFO",
      priority: "medium",
      created: "2025-06-02",
      controls: [planned("5.14", "Call-back verification of bank detail changes."), existing("6.3")],
      actions: [action("TP-25-A1", "Introduce call-back verification and dual approval of payments", "CFO", "2025-09-30", "done", ["5.14"], "2025-09-15")],
      target: target([1, 3])
    },
    {
      id: "TP-26",
      title: "Retain weather disruption risk",
      risks: ["R-26"],
      options: ["retain"],
      owner: "Office Manager",
      priority: "low",
      created: "2025-06-02",
      controls: [existing("6.7")],
      actions: []
    },
    {
      id: "TP-27",
      title: "Automated deprovisioning of leavers",
      description: "Also the corrective action of nonconformity NC-2026-02.",
      risks: ["R-27"],
      options: ["modify"],
      owner: "Head of People",
      priority: "high",
      created: "2026-09-01",
      controls: [existing("5.16"), planned("6.5", "Offboarding checklist with line-manager sign-off."), planned("5.18", "Accounts disabled automatically from the HR system.")],
      actions: [
        action("TP-27-A1", "Line-manager sign-off of the offboarding checklist", "Head of People", "2026-09-15", "done", ["6.5"], "2026-09-10"),
        action("TP-27-A2", "Automate deprovisioning from the HR system to the identity provider", "IT Manager", "2026-12-18", "in_progress", ["5.18", "6.5"])
      ],
      target: target([2, 3])
    }
  ];
}

// src/example/_internal/decisions.ts
var PEOPLE = {
  CEO: "Maya Lindqvist",
  CTO: "Tom\xE1s Reyes",
  CISO: "Priya Nair",
  CFO: "David Chen",
  "Head of Platform Operations": "Jonas Weber",
  "Head of Engineering": "Aoife Byrne",
  "Head of Customer Success": "Sam Okafor",
  "Head of People": "Lena Novak",
  "Head of Product": "Nikhil Rao",
  "Head of Sales": "Olivia Grant",
  "Data Protection Officer": "Grace Murphy",
  "IT Manager": "Kevin Doyle",
  "Office Manager": "Rachel Moore",
  "ISMS Coordinator": "Ben Hughes"
};
function person(role) {
  const name = PEOPLE[role];
  if (name === void 0) throw new Error(`no person for role ${role}`);
  return name;
}
var REQUESTER = "Ben Hughes";
var CISO_COSIGN = { decidedBy: "Priya Nair", role: "CISO" };
var ACCEPTANCES = [
  { id: "D-101", risk: "R-14", date: "2026-02-02", rationale: "Server erased and retired; nothing left to protect.", expires: "2027-02-02" },
  { id: "D-102", risk: "R-10", date: "2026-02-23", rationale: "Within appetite: no production systems or customer data in the office.", expires: "2027-02-23" },
  { id: "D-103", risk: "R-15", date: "2026-02-23", rationale: "Within appetite after SSO and twice-yearly access reviews.", expires: "2027-02-23" },
  { id: "D-104", risk: "R-26", date: "2026-02-23", rationale: "Within appetite: everyone can work remotely.", expires: "2027-02-23" },
  { id: "D-105", risk: "R-02", date: "2026-03-02", rationale: "Within appetite once the off-premises rules are in force.", expires: "2027-03-02" },
  { id: "D-106", risk: "R-25", date: "2026-03-04", rationale: "Within appetite with call-back verification and dual approval.", expires: "2027-03-04" },
  { id: "D-107", risk: "R-05", date: "2026-03-18", rationale: "Restore tests prove recovery within the objectives.", expires: "2027-03-18" },
  { id: "D-108", risk: "R-18", date: "2026-01-12", rationale: "Card data no longer accepted outside the processor's page; scans find none.", expires: "2027-01-12" },
  {
    id: "D-109",
    risk: "R-04",
    date: "2026-06-15",
    rationale: "Medium residual risk tolerated: EDR plus version history allow recovery within a day.",
    expires: "2026-12-31"
  },
  { id: "D-110", risk: "R-07", date: "2026-06-15", rationale: "Medium residual risk tolerated: phishing-resistant MFA for administrators and low click rates.", expires: "2026-12-31" },
  {
    id: "D-111",
    risk: "R-19",
    date: "2026-06-15",
    rationale: "Retained: a second processor would cost more than a collection delay.",
    expires: "2026-12-31",
    conditions: ["Review the processor's PCI DSS attestation every year", "Keep bank-transfer instructions in the billing runbook"]
  },
  {
    id: "D-112",
    risk: "R-20",
    date: "2026-06-15",
    rationale: "Medium residual risk tolerated with DDoS mitigation at the edge.",
    cell: [2, 3],
    expires: "2026-12-31"
  },
  { id: "D-113", risk: "R-12", date: "2026-07-08", rationale: "Medium residual risk tolerated: central logs and tested alert rules.", expires: "2027-01-08" },
  { id: "D-114", risk: "R-22", date: "2026-09-23", rationale: "Medium residual risk tolerated: fast rollback keeps customer impact short.", expires: "2027-03-23" },
  { id: "D-115", risk: "R-24", date: "2026-09-23", rationale: "Medium residual risk tolerated after the board tabletop exercise.", expires: "2027-03-23" }
];
function decisions(plans2, risks2, methodology) {
  const riskById = new Map(risks2.map((risk) => [risk.id, risk]));
  const approvals = plans2.filter((plan) => plan.id !== "TP-23").map((plan, index) => {
    const owner = String(riskById.get(plan.risks[0])?.owner);
    const date = plan.created !== void 0 && plan.created > "2025-06-30" ? addDays(plan.created, 7) : `2025-06-${String(16 + index % 5).padStart(2, "0")}`;
    return {
      kind: "plan_approval",
      id: `D-${String(index + 1).padStart(3, "0")}`,
      plan: plan.id,
      decidedBy: person(owner),
      role: owner,
      date,
      requestedBy: REQUESTER,
      rationale: `Treatment proportionate to risk ${plan.risks.join(", ")}; resources agreed.`,
      planFingerprint: planFingerprint(plan)
    };
  });
  const acceptances = ACCEPTANCES.map((spec) => {
    const risk = riskById.get(spec.risk);
    const residual = risk?.ratings.residual;
    if (risk?.owner === void 0 || residual === void 0) throw new Error(`risk ${spec.risk} has no owner or residual rating`);
    const keys = spec.cell === void 0 ? { likelihood: residual.likelihood, consequence: residual.consequence } : keysOf(spec.cell);
    const level = levelOf(methodology.matrix, keys.likelihood, keys.consequence).key;
    const plan = plans2.find((candidate) => candidate.risks.includes(risk.id));
    return {
      kind: "risk_acceptance",
      id: spec.id,
      risk: spec.risk,
      decidedBy: person(risk.owner),
      role: "Risk owner",
      ...level === "low" ? {} : { cosigners: [{ ...CISO_COSIGN }] },
      date: spec.date,
      requestedBy: REQUESTER,
      rationale: spec.rationale,
      ...spec.conditions === void 0 ? {} : { conditions: [...spec.conditions] },
      expires: spec.expires,
      rating: { ...keys, methodology: { id: methodology.id, version: methodology.version } },
      level,
      plan: plan.id
    };
  });
  const revoked = [
    {
      kind: "risk_acceptance",
      id: "D-090",
      risk: "R-13",
      decidedBy: "Jonas Weber",
      role: "Risk owner",
      date: "2025-07-14",
      requestedBy: REQUESTER,
      rationale: "Within appetite with hand-written bucket policies reviewed in pull requests.",
      rating: { ...keysOf([1, 4]), methodology: { id: methodology.id, version: methodology.version } },
      level: levelOf(methodology.matrix, keysOf([1, 4]).likelihood, keysOf([1, 4]).consequence).key
    },
    {
      kind: "revocation",
      id: "D-091",
      revokes: "D-090",
      decidedBy: "Jonas Weber",
      role: "Risk owner",
      date: "2026-06-01",
      reason: "Incident INC-2026-009: a staging bucket was publicly readable for two days. The residual risk was understated; treatment reopened as TP-13."
    }
  ];
  return [...revoked, ...approvals, ...acceptances];
}

// src/example/_internal/soa.ts
var a = (...ids) => ids.map((id) => `annex-a:${id}`);
function northwindCatalogue() {
  return {
    id: "northwind",
    title: "Northwind product security controls",
    version: "1.0",
    source: "Northwind Analytics Ltd, secure development policy v1.4",
    groups: [{ id: "PS", title: "Product security" }],
    controls: [
      {
        id: "NW-1",
        title: "Cross-tenant isolation testing",
        group: "PS",
        description: "Every release runs automated tests that try to read one tenant's data with another tenant's credentials.",
        related: a("8.29", "8.26")
      },
      {
        id: "NW-2",
        title: "Break-glass access to production data",
        group: "PS",
        description: "Access to production customer data only through time-limited, approved and logged break-glass sessions.",
        related: a("8.2", "5.18")
      },
      {
        id: "NW-3",
        title: "Data-use review of AI features",
        group: "PS",
        description: "Before launch, every feature that sends customer data to a machine-learning model is reviewed with the Data Protection Officer.",
        related: a("5.34", "8.26")
      }
    ]
  };
}
function controlDescriptions() {
  return [
    {
      ref: "annex-a:5.23",
      description: "Cloud services are selected against the supplier security policy; the provider's certificates and reports are reviewed every year and the shared responsibility matrix is kept in DOC-17."
    },
    { ref: "annex-a:8.13", description: "Point-in-time recovery of 7 days, daily snapshots kept 35 days in a second region, restore tested every quarter." },
    { ref: "annex-a:8.24", description: "TLS 1.2+ in transit, AES-256 at rest, keys managed in the provider's key service with yearly rotation." }
  ];
}
function obligations() {
  return [
    {
      id: "OB-GDPR",
      kind: "legal",
      title: "EU General Data Protection Regulation",
      source: "Regulation (EU) 2016/679",
      description: "Northwind processes customers' end-user personal data as a processor: security of processing, breach notification, deletion.",
      controls: a("5.31", "5.34", "5.24", "5.26", "5.33", "8.10", "8.11", "5.14", "8.24"),
      owner: "Data Protection Officer"
    },
    {
      id: "OB-DPA",
      kind: "contractual",
      title: "Customer data processing agreement (template v3)",
      source: "Northwind DPA v3, signed with 140 customers",
      description: "Sub-processor control, encryption, backups, 24-hour breach notice, deletion within 30 days after termination, audit logs.",
      controls: a("5.19", "5.20", "5.21", "8.13", "8.24", "5.26", "8.10", "5.34", "8.15"),
      owner: "Data Protection Officer"
    },
    {
      id: "OB-PCI",
      kind: "contractual",
      title: "Merchant agreement with Paylane: PCI DSS SAQ A eligibility",
      source: "Paylane merchant agreement PL-M-2024-8812, schedule 4",
      description: "Card data may be entered only on the processor's hosted page; Northwind attests SAQ A every year.",
      controls: a("5.19", "5.20", "8.12", "5.10"),
      owner: "CFO"
    },
    {
      id: "OB-ENTERPRISE",
      kind: "business",
      title: "Enterprise sales requirements",
      description: "Enterprise customers require a certified ISMS, an independent review and a yearly penetration test report.",
      controls: a("5.35", "8.8", "8.29", "8.34"),
      owner: "CEO"
    },
    {
      id: "OB-EMPLOYMENT",
      kind: "statutory",
      title: "Employment law and record retention",
      source: "Irish employment and tax record-keeping rules",
      description: "Lawful background checks, written terms of employment, a fair disciplinary procedure, retention of employment records.",
      controls: a("6.1", "6.2", "6.4", "5.33"),
      owner: "Head of People"
    }
  ];
}
var PROVIDER = "Nimbus Cloud Services GmbH";
var PROVIDER_NOTE = "Office: Northwind's own controls. Data centres: operated by the cloud provider; its ISO/IEC 27001 certificate and SOC 2 report are reviewed every year under 5.23.";
var ROWS = {
  "5.1": { owner: "CISO", evidence: ["POL-01", "Information security policy v2.0 approved", "2026-05-11"] },
  "5.2": { owner: "CEO", evidence: ["EV-052", "Roles and responsibilities matrix", "2026-03-02"] },
  "5.3": { owner: "CTO", evidence: ["EV-053", "Production deployment approvals separated from authorship", "2026-08-03"], reason: "Deployments to production need a second engineer." },
  "5.4": { owner: "CEO", evidence: ["EV-054", "Managers' security briefing attendance", "2026-04-20"] },
  "5.5": { owner: "Data Protection Officer", evidence: ["EV-055", "Authority contact list reviewed", "2026-06-01"] },
  "5.6": { owner: "CISO", evidence: ["EV-056", "Membership of the national cloud security forum", "2026-02-10"] },
  "5.7": { owner: "CISO", evidence: ["EV-057", "Monthly threat intelligence digest", "2026-10-30"], reason: "Threat feeds drive patching and detection priorities." },
  "5.8": { owner: "Head of Product", evidence: ["EV-058", "Security checklist in the product delivery process", "2026-05-04"], status: "partially_implemented", reason: "Security review gate at project start." },
  "5.9": { owner: "CISO", evidence: ["ISMS-ASSETS", "Asset inventory reviewed", "2026-09-14"], reason: "Basis of the asset-based risk assessment." },
  "5.10": { owner: "Head of People", evidence: ["POL-03", "Acceptable use policy v1.2 acknowledged by all staff", "2026-01-30"] },
  "5.11": { owner: "IT Manager", evidence: ["EV-0511", "Leaver equipment return log", "2026-10-15"], reason: "Laptops and keys must come back when people leave." },
  "5.12": { owner: "CISO", evidence: ["EV-0512", "Classification scheme in the acceptable use policy", "2026-01-30"], reason: "Four-level classification scheme." },
  "5.13": { owner: "CISO", evidence: ["EV-0513", "Labelling rules for documents and exports", "2026-01-30"], status: "partially_implemented", reason: "Customer exports carry a classification label." },
  "5.14": { owner: "CISO", evidence: ["EV-0514", "Information transfer rules and call-back procedure", "2025-12-01"] },
  "5.15": { owner: "CISO", evidence: ["POL-02", "Access control policy v1.3", "2026-02-16"] },
  "5.16": { owner: "IT Manager", evidence: ["EV-0516", "Joiner process in the HR system", "2026-07-01"] },
  "5.17": { owner: "Head of Platform Operations", evidence: ["EV-0517", "Secrets manager adoption report", "2026-10-05"] },
  "5.18": { owner: "Head of Platform Operations", evidence: ["EV-0518", "Q3 2026 access review of production roles", "2026-10-08"] },
  "5.19": { owner: "CFO", evidence: ["POL-05", "Supplier security policy v1.1", "2026-03-09"] },
  "5.20": { owner: "CFO", evidence: ["EV-0520", "Security clauses in supplier contracts", "2026-03-09"] },
  "5.21": { owner: "CTO", evidence: ["EV-0521", "Sub-processor list and reviews", "2026-04-27"] },
  "5.22": { owner: "CFO", evidence: ["EV-0522", "Yearly supplier review records", "2026-05-18"] },
  "5.23": { owner: "CTO", evidence: ["EV-0523", "Cloud provider certificate and SOC 2 report reviewed", "2026-04-27"] },
  "5.24": { owner: "CISO", evidence: ["POL-08", "Incident management policy v1.2", "2026-04-13"] },
  "5.25": { owner: "CISO", evidence: ["EV-0525", "Triage records in the incident tracker", "2026-10-21"], reason: "Events are triaged against severity criteria." },
  "5.26": { owner: "CISO", evidence: ["EV-0526", "INC-2026-014 incident report", "2026-08-25"] },
  "5.27": { owner: "CISO", evidence: ["EV-0527", "Board tabletop exercise lessons learned", "2026-07-09"] },
  "5.28": { owner: "CISO", evidence: ["EV-0528", "Evidence handling procedure", "2026-04-13"], reason: "Needed for disputes with customers and insurance claims." },
  "5.29": { owner: "CTO", evidence: ["EV-0529", "Security requirements in the continuity plan", "2026-03-11"], status: "partially_implemented", reason: "Security must hold during failover." },
  "5.30": { owner: "Head of Platform Operations", evidence: ["EV-0530", "Database recovery runbook rehearsal", "2026-03-11"] },
  "5.31": { owner: "Data Protection Officer", evidence: ["EV-0531", "Draft legal and contractual requirements register", "2026-10-12"] },
  "5.32": { owner: "Head of Engineering", evidence: ["EV-0532", "Open-source licence scan in the pipeline", "2026-09-07"], reason: "Open-source licences in the product must be respected." },
  "5.33": { owner: "CISO", evidence: ["EV-0533", "Retention schedule", "2026-02-02"] },
  "5.34": { owner: "Data Protection Officer", evidence: ["EV-0534", "Records of processing and DPIA of the platform", "2026-05-25"] },
  "5.35": { owner: "CEO", evidence: ["CERT-2026", "Certification audit report (stage 2)", "2026-03-26"] },
  "5.36": { owner: "CISO", evidence: ["AUD-2026-01", "Internal audit report", "2026-01-23"], reason: "Compliance checked by internal audit and monthly metrics." },
  "5.37": { owner: "Head of Platform Operations", evidence: ["DOC-17", "Platform runbooks v3.2", "2026-10-30"] },
  "6.1": { owner: "Head of People", evidence: ["EV-061", "Screening records of 2026 hires", "2026-10-01"] },
  "6.2": { owner: "Head of People", evidence: ["EV-062", "Employment contract template with security clauses", "2026-01-12"] },
  "6.3": { owner: "CISO", evidence: ["EV-063", "Training completion and phishing simulation results", "2026-09-30"] },
  "6.4": { owner: "Head of People", evidence: ["EV-064", "Disciplinary procedure", "2026-01-12"] },
  "6.5": { owner: "Head of People", evidence: ["EV-065", "Offboarding checklist sign-offs", "2026-10-31"] },
  "6.6": { owner: "Head of People", evidence: ["EV-066", "Signed confidentiality agreements", "2026-10-01"] },
  "6.7": { owner: "Head of People", evidence: ["EV-067", "Remote working rules in the acceptable use policy", "2026-01-30"] },
  "6.8": { owner: "CISO", evidence: ["EV-068", "Security event reporting channel usage", "2026-10-31"], reason: "Staff report events in one chat channel and by e-mail." },
  "7.1": { owner: "Office Manager", evidence: ["EV-071", "Office perimeter walk-through", "2026-04-14"], provider: true, reason: "Office perimeter and the provider's data centres." },
  "7.2": { owner: "Office Manager", evidence: ["EV-072", "Badge access list review", "2026-10-05"] },
  "7.3": { owner: "Office Manager", evidence: ["EV-073", "Locked storage for equipment and documents", "2026-04-14"] },
  "7.4": { owner: "Office Manager", evidence: ["EV-074", "Building CCTV and alarm confirmation from the landlord", "2026-04-14"], provider: true, reason: "Monitoring of the office and data-centre premises." },
  "7.5": { owner: "Office Manager", evidence: ["EV-075", "Fire and flood protection in the office lease", "2026-04-14"], provider: true, reason: "Environmental threats to the office and data centres." },
  "7.7": { owner: "Office Manager", evidence: ["EV-077", "Clear desk spot check", "2026-09-22"], reason: "Shared office building with visitors." },
  "7.8": { owner: "IT Manager", evidence: ["EV-078", "Office network equipment in locked cabinet", "2026-04-14"], provider: true, reason: "Office network equipment and servers in the data centres." },
  "7.9": { owner: "IT Manager", evidence: ["EV-079", "Off-premises equipment rules", "2026-02-27"] },
  "7.10": { owner: "IT Manager", evidence: ["EV-0710", "USB storage blocked by MDM", "2026-06-01"], reason: "Removable media are blocked; exceptions are encrypted." },
  "7.11": { owner: "Office Manager", evidence: ["EV-0711", "UPS for office network equipment", "2026-04-14"], provider: true, reason: "Power and cooling for office equipment and data centres." },
  "7.13": { owner: "IT Manager", evidence: ["EV-0713", "Laptop repair through the vendor's secure service", "2026-06-01"], provider: true, reason: "Laptops and data-centre equipment must be maintained securely." },
  "7.14": { owner: "IT Manager", evidence: ["EV-0714", "Erasure certificates", "2026-01-28"] },
  "8.1": { owner: "IT Manager", evidence: ["EV-081", "MDM compliance report", "2026-10-31"] },
  "8.2": { owner: "Head of Platform Operations", evidence: ["EV-082", "Privileged access inventory", "2026-10-08"] },
  "8.3": { owner: "Head of Engineering", evidence: ["EV-083", "Tenant-scoped authorisation design", "2026-06-15"] },
  "8.4": { owner: "Head of Engineering", evidence: ["EV-084", "Repository access settings", "2026-10-19"] },
  "8.5": { owner: "IT Manager", evidence: ["EV-085", "SSO and MFA enforcement report", "2026-10-31"] },
  "8.6": { owner: "Head of Platform Operations", evidence: ["EV-086", "Capacity dashboard and autoscaling settings", "2026-09-30"] },
  "8.7": { owner: "IT Manager", evidence: ["EV-087", "EDR coverage report", "2026-10-31"] },
  "8.8": { owner: "Head of Engineering", evidence: ["EV-088", "Vulnerability SLA report", "2026-10-31"] },
  "8.9": { owner: "Head of Platform Operations", evidence: ["EV-089", "Infrastructure-as-code repository", "2026-10-19"] },
  "8.10": { owner: "Head of Engineering", evidence: ["EV-0810", "Deletion job design", "2026-09-07"] },
  "8.11": { owner: "Head of Engineering", evidence: ["EV-0811", "Masking in staging verified", "2026-05-19"] },
  "8.12": { owner: "IT Manager", evidence: ["EV-0812", "Card-number redaction rules", "2025-12-15"] },
  "8.13": { owner: "Head of Platform Operations", evidence: ["EV-0813", "Q3 2026 restore test", "2026-09-29"] },
  "8.14": { owner: "Head of Platform Operations", evidence: ["EV-0814", "Multi-zone cluster configuration", "2026-09-29"] },
  "8.15": { owner: "Head of Platform Operations", evidence: ["EV-0815", "Central log collection coverage", "2026-10-05"] },
  "8.16": { owner: "CISO", evidence: ["EV-0816", "Alert rule test records", "2026-07-06"] },
  "8.17": { owner: "Head of Platform Operations", evidence: ["EV-0817", "Time synchronisation settings", "2026-03-02"] },
  "8.18": { owner: "Head of Platform Operations", evidence: ["EV-0818", "Admin tool access list", "2026-08-03"], reason: "Cluster and database admin tools can bypass application controls." },
  "8.19": { owner: "Head of Platform Operations", evidence: ["EV-0819", "Image allow-list in the cluster", "2026-08-03"], reason: "Only signed images run in production." },
  "8.20": { owner: "Head of Platform Operations", evidence: ["EV-0820", "Network security group review", "2026-08-03"] },
  "8.21": { owner: "Head of Platform Operations", evidence: ["EV-0821", "DDoS mitigation contract and configuration", "2025-12-08"] },
  "8.22": { owner: "Head of Platform Operations", evidence: ["EV-0822", "Separate networks for production, staging and office", "2026-08-03"], reason: "Production is isolated from staging and the office." },
  "8.23": { owner: "IT Manager", evidence: ["EV-0823", "DNS filtering report", "2026-10-31"] },
  "8.24": { owner: "Head of Platform Operations", evidence: ["POL-04", "Cryptography and key management policy v1.1", "2025-12-08"] },
  "8.25": { owner: "Head of Engineering", evidence: ["POL-06", "Secure development policy v1.4", "2026-06-22"] },
  "8.26": { owner: "Head of Product", evidence: ["EV-0826", "Security requirements template", "2026-06-22"] },
  "8.27": { owner: "CTO", evidence: ["EV-0827", "Architecture principles", "2026-06-22"] },
  "8.28": { owner: "Head of Engineering", evidence: ["EV-0828", "Static analysis in the pipeline", "2026-09-07"] },
  "8.29": { owner: "Head of Engineering", evidence: ["EV-0829", "Automated security tests in the pipeline", "2026-09-07"] },
  "8.31": { owner: "Head of Platform Operations", evidence: ["EV-0831", "Separate cloud accounts per environment", "2026-08-03"] },
  "8.32": { owner: "Head of Engineering", evidence: ["EV-0832", "Change records for October 2026", "2026-10-31"] },
  "8.33": { owner: "Head of Engineering", evidence: ["EV-0833", "Synthetic test data generator", "2026-05-19"] },
  "8.34": { owner: "CISO", evidence: ["EV-0834", "Rules of engagement for penetration tests", "2026-09-07"] }
};
var EXCLUSIONS = {
  "7.6": "Northwind has no secure area in its scope: the office holds no server room, network room or on-site store of restricted information, and no Northwind staff enter the cloud provider's data centres.",
  "7.12": "Northwind owns and operates no cabling: the serviced office's structured cabling belongs to the landlord and carries only encrypted traffic from laptops, and no production equipment is connected by Northwind cabling anywhere.",
  "8.30": "All software in scope is written by Northwind's employed engineers; no contract for development by another company exists, and the supplier security policy requires an SoA review before any such contract is signed."
};
var CUSTOM_ROWS = {
  "northwind:NW-1": { owner: "Head of Engineering", evidence: ["TP-23", "Treatment plan TP-23", "2026-11-02"], lastReviewed: "2026-11-02" },
  "northwind:NW-2": { owner: "Head of Platform Operations", evidence: ["EV-NW2", "Break-glass procedure draft", "2026-07-20"], lastReviewed: "2026-07-20" },
  "northwind:NW-3": { owner: "Data Protection Officer", evidence: ["TP-23", "Treatment plan TP-23", "2026-11-02"], lastReviewed: "2026-11-02" }
};
function soaDecisions(annexAIds, required, statusFromPlans) {
  const decide = (control, row) => {
    const status = statusFromPlans.get(control) ?? row.status ?? "implemented";
    const [ref2, title, date] = row.evidence;
    return {
      control,
      applicable: true,
      ...required.has(control) ? {} : { reasons: [{ kind: "best_practice", ...row.reason === void 0 ? {} : { note: row.reason } }] },
      ...row.provider === true ? { provider: PROVIDER, notes: PROVIDER_NOTE } : {},
      status,
      owner: row.owner,
      evidence: [{ ref: ref2, title, date }],
      lastReviewed: row.lastReviewed ?? "2026-01-26"
    };
  };
  const annex = annexAIds.map((id) => {
    const control = `annex-a:${id}`;
    const justification = EXCLUSIONS[id];
    if (justification !== void 0) return { control, applicable: false, justification, owner: "CISO", lastReviewed: "2026-01-26" };
    const row = ROWS[id];
    if (row === void 0) throw new Error(`no SoA row for ${control}`);
    return decide(control, row);
  });
  const own = Object.entries(CUSTOM_ROWS).map(([control, row]) => decide(control, row));
  return [...annex, ...own];
}

// src/example/_internal/cycle.ts
var INTERNAL_AUDITOR = "Elena Rossi (Rossi Assurance, contracted internal auditor)";
var SECOND_AUDITOR = "Marta Kowalska (Finance, trained internal auditor)";
function objectives() {
  return [
    {
      id: "OBJ-01",
      objective: "Keep the platform available for customers",
      measure: "Monthly availability of the API and web application",
      target: { comparator: "at_least", value: 99.9, unit: "%" },
      owner: "Head of Platform Operations",
      due: "2026-12-31",
      status: "in_progress",
      measurements: [
        { date: "2026-06-30", value: 99.96 },
        { date: "2026-07-31", value: 99.98 },
        { date: "2026-08-31", value: 99.93 },
        { date: "2026-09-30", value: 99.97 },
        { date: "2026-10-31", value: 99.86, note: "Two application-layer DDoS attacks on 14 and 17 October." }
      ]
    },
    {
      id: "OBJ-02",
      objective: "Fix critical vulnerabilities quickly",
      measure: "Share of critical vulnerabilities fixed within 14 days",
      target: { comparator: "at_least", value: 95, unit: "%" },
      owner: "Head of Engineering",
      due: "2026-12-31",
      status: "in_progress",
      measurements: [
        { date: "2026-03-31", value: 78 },
        { date: "2026-06-30", value: 91 },
        { date: "2026-09-30", value: 96 }
      ]
    },
    {
      id: "OBJ-03",
      objective: "Everyone completes security awareness training",
      measure: "Share of staff who completed the yearly training",
      target: { comparator: "at_least", value: 100, unit: "%" },
      owner: "Head of People",
      due: "2026-06-30",
      status: "achieved",
      measurements: [
        { date: "2026-04-30", value: 82 },
        { date: "2026-06-26", value: 100 }
      ]
    },
    {
      id: "OBJ-04",
      objective: "Staff recognise phishing",
      measure: "Click rate in the quarterly phishing simulation",
      target: { comparator: "at_most", value: 5, unit: "%" },
      owner: "CISO",
      due: "2026-12-31",
      status: "in_progress",
      measurements: [
        { date: "2025-11-20", value: 14 },
        { date: "2026-03-19", value: 8.2 },
        { date: "2026-06-18", value: 6.1 },
        { date: "2026-09-17", value: 4.1 }
      ]
    },
    {
      id: "OBJ-05",
      objective: "Finish treatment actions for high risks on time",
      measure: "Overdue actions of plans treating high or very high risks",
      target: { comparator: "at_most", value: 0, unit: "actions" },
      owner: "CISO",
      due: "2026-09-30",
      status: "not_achieved",
      measurements: [
        { date: "2026-06-30", value: 1 },
        { date: "2026-09-30", value: 3, note: "TP-01-A2, TP-03-A1 and TP-11-A1 slipped; reported to the management review." }
      ]
    }
  ];
}
function auditProgramme() {
  const allClauses = ["4", "5", "6", "7", "8", "9", "10"];
  return {
    owner: "CISO",
    period: { start: "2025-10-01", end: "2027-09-30" },
    audits: [
      {
        id: "AUD-2026-01",
        title: "Internal ISMS audit 2025/26 (full scope)",
        scope: "All clauses 4\u201310 and a sample of Annex A controls across engineering, operations, people and finance.",
        criteria: ["ISO/IEC 27001:2022", "Northwind information security policy v1.0 and topic-specific policies", "Customer DPA v3"],
        clauses: allClauses,
        controls: ["annex-a:5.15", "annex-a:5.18", "annex-a:5.22", "annex-a:5.23", "annex-a:6.3", "annex-a:8.8", "annex-a:8.13", "annex-a:8.15", "annex-a:8.32"],
        plannedDate: "2026-01-19",
        performedDate: "2026-01-21",
        status: "completed",
        auditors: [INTERNAL_AUDITOR, SECOND_AUDITOR],
        auditees: ["CISO", "CTO", "Head of Platform Operations", "Head of Engineering", "Head of People", "IT Manager"],
        findings: [
          {
            id: "AUD-2026-01-F1",
            grade: "minor_nonconformity",
            description: "The quarterly access reviews of production roles that the access control policy requires were not carried out in Q3 and Q4 2025.",
            clauses: ["8.1"],
            controls: ["annex-a:5.18"]
          },
          {
            id: "AUD-2026-01-F2",
            grade: "observation",
            description: "Supplier reviews are recorded, but the yearly review of the office-suite provider was three months late.",
            controls: ["annex-a:5.22"]
          },
          {
            id: "AUD-2026-01-F3",
            grade: "opportunity_for_improvement",
            description: "Objective measurements are collected by hand from four tools; a shared dashboard would save effort and avoid copying errors.",
            clauses: ["9.1"]
          }
        ],
        reportReference: "DOC-14 / AUD-2026-01 report v1.0"
      },
      {
        id: "AUD-2026-02",
        title: "Internal ISMS audit 2026/27 (full scope)",
        scope: "All clauses 4\u201310; focus on supplier management, access control and the new AI feature's design process.",
        criteria: ["ISO/IEC 27001:2022", "Northwind information security policy v2.0 and topic-specific policies"],
        clauses: allClauses,
        controls: ["annex-a:5.19", "annex-a:5.21", "annex-a:5.18", "annex-a:6.5", "annex-a:8.9", "annex-a:8.26", "northwind:NW-1"],
        plannedDate: "2026-12-07",
        status: "planned",
        auditors: [INTERNAL_AUDITOR],
        auditees: ["CISO", "CTO", "CFO", "Head of People", "Head of Product", "IT Manager"],
        findings: []
      }
    ]
  };
}
function nonconformities() {
  return [
    {
      id: "NC-2026-01",
      source: { kind: "audit", audit: "AUD-2026-01", finding: "AUD-2026-01-F1" },
      severity: "minor",
      description: "Quarterly access reviews of production roles were missed in Q3 and Q4 2025.",
      raised: "2026-01-23",
      owner: "CTO",
      clauses: ["8.1"],
      controls: ["annex-a:5.18"],
      status: "closed",
      correction: { description: "Access review for Q4 2025 carried out; four stale accounts removed.", date: "2026-01-30" },
      rootCause: {
        description: "The review depended on one engineer's calendar reminder; no ticket and no deputy while they were on leave.",
        date: "2026-02-06",
        method: "5 whys"
      },
      correctiveActions: [
        {
          id: "NC-2026-01-CA1",
          description: "Recurring quarterly review tickets assigned to the Head of Platform Operations with the CISO as deputy.",
          owner: "Head of Platform Operations",
          due: "2026-03-31",
          status: "done",
          completed: "2026-03-02"
        },
        {
          id: "NC-2026-01-CA2",
          description: "Access review completion added to the monthly security metrics.",
          owner: "CISO",
          due: "2026-04-30",
          status: "done",
          completed: "2026-04-15"
        }
      ],
      effectivenessReview: { date: "2026-07-15", by: "CISO", effective: true, note: "Q1 and Q2 2026 reviews completed on time and evidenced." },
      closure: { date: "2026-07-20", by: "CISO" }
    },
    {
      id: "NC-2026-02",
      source: { kind: "incident", reference: "INC-2026-014" },
      severity: "minor",
      description: "A contractor's SSO account stayed active for 23 days after the contract ended, contrary to the access control policy.",
      raised: "2026-08-18",
      owner: "Head of People",
      clauses: ["8.1"],
      controls: ["annex-a:6.5", "annex-a:5.18"],
      status: "action_planned",
      correction: { description: "Account disabled; its activity log reviewed: no sign-in after the contract end.", date: "2026-08-18" },
      rootCause: {
        description: "Contractor end dates live in purchase orders, not in the HR system, so no offboarding ticket was raised.",
        date: "2026-08-28",
        method: "Fishbone diagram"
      },
      correctiveActions: [
        {
          id: "NC-2026-02-CA1",
          description: "Line-manager sign-off of the offboarding checklist, contractors included.",
          owner: "Head of People",
          due: "2026-09-15",
          status: "done",
          completed: "2026-09-10"
        },
        {
          id: "NC-2026-02-CA2",
          description: "Automated deprovisioning from the HR system to the identity provider, with contractor end dates in the HR system (TP-27).",
          owner: "IT Manager",
          due: "2026-12-18",
          status: "in_progress"
        }
      ]
    }
  ];
}
function reviews() {
  return [
    {
      id: "MR-2026-01",
      date: "2026-02-09",
      status: "held",
      attendees: ["Maya Lindqvist (CEO)", "Tom\xE1s Reyes (CTO)", "Priya Nair (CISO)", "David Chen (CFO)", "Lena Novak (Head of People)", "Jonas Weber (Head of Platform Operations)"],
      inputs: {
        previous_actions_status: { present: true, reference: "DOC-15", note: "First management review of the ISMS: no earlier actions." },
        external_internal_issues_changes: { present: true, reference: "CI-01..CI-10", note: "Funding round and AI feature added as internal issues." },
        interested_parties_needs_changes: { present: true, reference: "IP-01..IP-08", note: "Cyber insurer added as interested party." },
        nonconformities_and_corrective_actions: { present: true, reference: "NC-2026-01" },
        monitoring_and_measurement_results: { present: true, reference: "DOC-13 (January 2026 metrics pack)" },
        audit_results: { present: true, reference: "AUD-2026-01 report" },
        objectives_fulfilment: { present: true, reference: "DOC-07" },
        interested_parties_feedback: { present: true, reference: "Customer security questionnaire log 2025", note: "Three enterprise prospects asked for a penetration test report." },
        risk_assessment_and_treatment_status: { present: true, reference: "DOC-11, DOC-12", note: "Five risks above tolerance; treatment of R-01 and R-03 behind plan." },
        improvement_opportunities: { present: true, reference: "AUD-2026-01-F3", note: "Objectives dashboard." }
      },
      decisions: [
        "The ISMS is suitable and adequate; proceed to the certification audit in February and March 2026.",
        "Budget approved for a warm standby region (TP-16) and an external penetration test in 2026.",
        "Risk appetite and tolerance unchanged; the methodology is to add frequency anchors to the likelihood scale."
      ],
      actions: [
        { id: "MR-2026-01-A1", description: "Build a warm standby in the Dublin region (TP-16).", owner: "CTO", due: "2026-12-31", status: "in_progress" },
        { id: "MR-2026-01-A2", description: "Build a dashboard for objective measurements.", owner: "CISO", due: "2026-06-30", status: "done", completed: "2026-06-24" },
        { id: "MR-2026-01-A3", description: "Commission an external penetration test of the API.", owner: "CISO", due: "2026-10-31", status: "planned" },
        { id: "MR-2026-01-A4", description: "Revise the risk methodology with frequency anchors (version 2).", owner: "CISO", due: "2026-09-30", status: "done", completed: "2026-09-28" }
      ],
      minutesReference: "DOC-15 / MR-2026-01 minutes"
    }
  ];
}
function certification() {
  return {
    body: "Certa Assurance Ltd",
    certificateNumber: "CA-ISMS-2026-0417",
    stage1: "2026-02-23",
    stage2: "2026-03-24",
    decisionDate: "2026-04-20",
    expiry: "2029-04-19",
    externalAudits: [
      { kind: "surveillance", date: "2027-03-22", completed: false, reference: "First surveillance audit" },
      { kind: "surveillance", date: "2028-03-20", completed: false, reference: "Second surveillance audit" }
    ]
  };
}
function readiness() {
  const by = INTERNAL_AUDITOR;
  const on = "2025-12-15";
  return [
    { requirement: "4.3", status: "met", evidence: ["DOC-01"], assessedBy: by, assessedOn: on },
    { requirement: "5.2", status: "met", evidence: ["POL-01 v1.0"], assessedBy: by, assessedOn: on },
    { requirement: "6.1.2", status: "met", evidence: ["DOC-03", "DOC-11"], assessedBy: by, assessedOn: on },
    { requirement: "6.1.3", status: "partly_met", evidence: ["DOC-04", "DOC-05"], note: "Exclusion justifications of the SoA need sharper wording.", assessedBy: by, assessedOn: on },
    { requirement: "7.2", status: "partly_met", evidence: ["DOC-08"], note: "Competence records of two new engineers missing.", assessedBy: by, assessedOn: on },
    { requirement: "9.2", status: "partly_met", evidence: ["DOC-14"], note: "Programme exists; first internal audit scheduled for January 2026.", assessedBy: by, assessedOn: on },
    { requirement: "9.3", status: "not_met", note: "First management review planned for February 2026.", assessedBy: by, assessedOn: on },
    { requirement: "annex-a:5.18", status: "partly_met", note: "Quarterly access reviews not evidenced for the second half of 2025.", assessedBy: by, assessedOn: on },
    { requirement: "annex-a:5.23", status: "met", evidence: ["EV-0523"], assessedBy: by, assessedOn: on },
    { requirement: "annex-a:8.13", status: "met", evidence: ["EV-0813"], assessedBy: by, assessedOn: on }
  ];
}
var ALL_MET = {
  hasScope: true,
  approvedPolicy: true,
  hasMethodology: true,
  riskAssessmentComplete: true,
  treatmentPlanApproved: true,
  soaApproved: true,
  objectivesDefined: true,
  plannedAuditsInCycle: 1,
  completedAuditsInCycle: 1,
  completedReviewsInCycle: 1,
  majorNonconformitiesWithoutCorrectiveAction: []
};
function pdcaCycle() {
  const by = "Priya Nair (CISO)";
  const steps = [
    ["start_operation", "2025-08-04", { ...ALL_MET, plannedAuditsInCycle: 0, completedAuditsInCycle: 0, completedReviewsInCycle: 0 }],
    ["start_evaluation", "2025-12-01", { ...ALL_MET, completedAuditsInCycle: 0, completedReviewsInCycle: 0 }],
    ["start_improvement", "2026-02-16", ALL_MET],
    ["restart", "2026-04-27", ALL_MET],
    ["start_operation", "2026-06-15", { ...ALL_MET, plannedAuditsInCycle: 1, completedAuditsInCycle: 0, completedReviewsInCycle: 0 }],
    ["start_evaluation", "2026-10-05", { ...ALL_MET, completedAuditsInCycle: 0, completedReviewsInCycle: 0 }]
  ];
  let cycle = createCycle("2025-03-03", { by });
  for (const [event, date, guards] of steps) {
    const result = transition(cycle, event, { guards, date, by });
    if (!result.ok) throw new Error(`example PDCA walk failed at ${event} on ${date}: ${result.error.map((found) => found.code).join(", ")}`);
    cycle = result.value;
  }
  return cycle;
}

// src/example/createExampleIsms.ts
var EXAMPLE_AS_OF = "2026-11-27";
var CATALOGUES_IN_SCOPE = ["annex-a", "northwind"];
var SOA_V1_DATE = "2025-07-21";
function plansAsOf(all, date) {
  return all.filter((plan) => String(plan.created) <= date).map((plan) => ({
    ...plan,
    actions: plan.actions.map((action2) => {
      if (action2.status === "done" && String(action2.completedOn) <= date) return action2;
      const { completedOn: _dropped, ...rest } = action2;
      return { ...rest, status: "planned" };
    })
  }));
}
var ADDED_LATER = /* @__PURE__ */ new Set(["NW-1", "NW-3"]);
function soaVersion1(allPlans, decided, input) {
  const then = plansAsOf(allPlans, SOA_V1_DATE);
  const catalogues = input.customCatalogues.map((catalogue) => ({
    ...catalogue,
    controls: catalogue.controls.filter((control) => !ADDED_LATER.has(control.id))
  }));
  const known = new Set(catalogues.flatMap((catalogue) => catalogue.controls.map((control) => `${catalogue.id}:${control.id}`)));
  const requiredThen = /* @__PURE__ */ new Set([
    ...then.flatMap((plan) => plan.controls.map((control) => control.ref)),
    ...input.obligations.flatMap((obligation) => obligation.controls)
  ]);
  const decisionsThen = decided.filter((decision) => decision.control.startsWith("annex-a:") || known.has(decision.control)).map((decision) => {
    const { status, evidence: _evidence, ...rest } = decision;
    const selected = then.some((plan) => plan.controls.some((control) => control.ref === decision.control));
    const ownReason = decision.applicable && rest.reasons === void 0 && !requiredThen.has(decision.control);
    return {
      ...rest,
      ...selected || status === void 0 ? {} : { status },
      ...ownReason ? { reasons: [{ kind: "best_practice" }] } : {},
      lastReviewed: SOA_V1_DATE
    };
  });
  const rows = deriveSoa({ ...input, customCatalogues: catalogues, plans: then, decisions: decisionsThen, asOf: SOA_V1_DATE });
  return createSoaVersion([], rows, {
    date: SOA_V1_DATE,
    approvedBy: "Maya Lindqvist (CEO)",
    approvedOn: "2025-07-28",
    note: "First Statement of Applicability, approved before the ISMS went into operation."
  });
}
function createExampleIsms() {
  const assetList = z.array(AssetSchema).parse(assets());
  const [methodologyV1, methodologyV2] = methodologies();
  const riskList = z.array(RiskSchema).parse(risks());
  const planList = z.array(TreatmentPlanSchema).parse(plans());
  const catalogue = CustomCatalogueSchema.parse(northwindCatalogue());
  const obligationList = z.array(ObligationSchema).parse(obligations());
  const decisionList = z.array(DecisionSchema).parse(decisions(planList, riskList, methodologyV1));
  const soaInput = { catalogues: CATALOGUES_IN_SCOPE, customCatalogues: [catalogue], risks: riskList, obligations: obligationList };
  const required = /* @__PURE__ */ new Set([
    ...planList.flatMap((plan) => plan.controls.map((control) => control.ref)),
    ...obligationList.flatMap((obligation) => obligation.controls)
  ]);
  const statusFromPlans = /* @__PURE__ */ new Map();
  for (const row of deriveSoa({ ...soaInput, plans: planList, decisions: [] })) {
    if (row.statusFromPlans !== void 0) statusFromPlans.set(row.ref, row.statusFromPlans);
  }
  const soaDecisionList = z.array(ApplicabilityDecisionSchema).parse(
    soaDecisions(
      annexA.map((control) => control.id),
      required,
      statusFromPlans
    )
  );
  return IsmsDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    organisation: organisation(),
    scope: scope(),
    contextIssues: contextIssues(),
    interestedParties: interestedParties(),
    policies: policies(),
    documents: documents(),
    cataloguesInScope: [...CATALOGUES_IN_SCOPE],
    catalogues: [catalogue],
    controlDescriptions: controlDescriptions(),
    assetSettings: defaultAssetSettings,
    assets: assetList,
    methodologies: [methodologyV1, methodologyV2],
    risks: riskList,
    treatmentPlans: planList,
    decisions: decisionList,
    obligations: obligationList,
    soaDecisions: soaDecisionList,
    soaVersions: [soaVersion1(planList, soaDecisionList, soaInput)],
    objectives: objectives(),
    auditProgramme: auditProgramme(),
    nonconformities: nonconformities(),
    reviews: reviews(),
    cycle: pdcaCycle(),
    certification: certification(),
    readiness: readiness()
  });
}
export {
  EXAMPLE_AS_OF,
  createExampleIsms
};
