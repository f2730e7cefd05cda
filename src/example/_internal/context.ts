import type * as z from "zod";
import type { ClauseId } from "../../catalogue/index.js";
import type {
  ContextIssueSchema,
  DocumentedInformationSchema,
  InterestedPartySchema,
  OrganisationSchema,
  PolicySchema,
  ScopeSchema,
} from "../../document/index.js";

// Northwind Analytics Ltd is fictional. Every person, supplier and reference below is invented.

/** The organisation (context for 4.1). */
export function organisation(): z.input<typeof OrganisationSchema> {
  return {
    name: "Northwind Analytics Ltd",
    description:
      "Fictional B2B SaaS company: Northwind Insight, an analytics platform that ingests customers' sales and product-usage data " +
      "and turns it into dashboards and forecasts. Hosted on a public cloud in the EU (Frankfurt region, with backups in Dublin).",
    headcount: 60,
    locations: ["Dublin, Ireland (head office)", "Remote staff across the EU"],
  };
}

/** The ISMS scope (4.3). */
export function scope(): z.input<typeof ScopeSchema> {
  return {
    statement:
      "The information security management system of Northwind Analytics Ltd covering the design, development, operation and " +
      "support of the Northwind Insight SaaS platform, and the people, processes, offices and suppliers that support it, " +
      "in accordance with the Statement of Applicability version 1.",
    boundaries: [
      "Organisational: all 60 staff and contractors of Northwind Analytics Ltd (engineering, platform operations, customer success, sales, finance, people).",
      "Physical: the Dublin head office (3rd floor, 14 Harbour Quay) and staff home-working locations.",
      "Technical: the production, staging and development environments in the cloud provider's EU regions, the CI/CD pipeline, corporate SaaS tools and company laptops.",
    ],
    interfaces: [
      "Nimbus Cloud Services GmbH: infrastructure, managed Kubernetes, database and storage services (shared responsibility model).",
      "Paylane Payments B.V.: card payments for subscriptions through its hosted payment page; no card data enters Northwind systems.",
      "Customers' systems: data ingestion connectors and the public REST API.",
      "Ledgerline Accounting (outsourced payroll bureau): receives monthly payroll data through its portal.",
    ],
    exclusions: [
      {
        what: "The marketing website www.northwind-analytics.example",
        reason:
          "Built on a website-builder service, it holds only public content, has no connection to the platform or customer data, and its content is approved under the acceptable use policy.",
      },
    ],
    approvedBy: "Maya Lindqvist (CEO)",
    approvedOn: "2025-05-12",
  };
}

/** External and internal issues (4.1). */
export function contextIssues(): z.input<typeof ContextIssueSchema>[] {
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
      climateRelated: true,
    },
    { id: "CI-07", kind: "internal", description: "Headcount grew from 38 to 60 in eighteen months; onboarding and offboarding must keep pace." },
    { id: "CI-08", kind: "internal", description: "Remote-first working: most staff work from home on company laptops." },
    { id: "CI-09", kind: "internal", description: "A Series B funding round is planned for 2027; investors will perform security due diligence." },
    { id: "CI-10", kind: "internal", description: "A natural-language query feature built on a large language model is in development." },
  ];
}

/** Interested parties and their requirements (4.2). */
export function interestedParties(): z.input<typeof InterestedPartySchema>[] {
  return [
    {
      id: "IP-01",
      name: "Customers (enterprise and mid-market)",
      requirements: ["Certified ISMS", "Data processing agreement honoured", "99.9 % availability", "Annual penetration test report", "Breach notification within 24 hours"],
      addressedByIsms: true,
    },
    { id: "IP-02", name: "Customers' end users (data subjects)", requirements: ["Personal data processed lawfully and kept confidential"], addressedByIsms: true },
    {
      id: "IP-03",
      name: "Data protection supervisory authority",
      requirements: ["Compliance with data protection law", "Personal data breach notification within 72 hours"],
      addressedByIsms: true,
    },
    { id: "IP-04", name: "Staff and contractors", requirements: ["Clear security rules", "Usable tools", "Protection of their HR data"], addressedByIsms: true },
    { id: "IP-05", name: "Investors and board", requirements: ["No material security incident", "Certification maintained", "Due-diligence evidence"], addressedByIsms: true },
    {
      id: "IP-06",
      name: "Nimbus Cloud Services GmbH (cloud provider)",
      requirements: ["Customer side of the shared responsibility model fulfilled", "Acceptable use terms respected"],
      addressedByIsms: true,
    },
    { id: "IP-07", name: "Paylane Payments B.V. (payment processor)", requirements: ["PCI DSS SAQ A eligibility kept: no card data in Northwind systems"], addressedByIsms: true },
    { id: "IP-08", name: "Harbour Mutual Insurance plc (cyber insurer)", requirements: ["MFA everywhere", "Tested offline backups", "Incident notification"], addressedByIsms: true },
  ];
}

/** The top-level policy (5.2) and topic-specific policies (A.5.1). */
export function policies(): z.input<typeof PolicySchema>[] {
  const approved = (id: string, title: string, version: string, owner: string, approvedOn: string, reviewDate: string) =>
    ({ id, title, version, owner, status: "approved", approvedBy: "Priya Nair (CISO)", approvedOn, reviewDate }) as const;
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
      reviewDate: "2027-05-11",
    },
    approved("POL-02", "Access control policy", "1.3", "CISO", "2026-02-16", "2027-02-16"),
    approved("POL-03", "Acceptable use policy", "1.2", "Head of People", "2026-01-12", "2027-01-12"),
    approved("POL-04", "Cryptography and key management policy", "1.1", "Head of Platform Operations", "2025-12-08", "2026-12-08"),
    approved("POL-05", "Supplier security policy", "1.1", "CFO", "2026-03-09", "2027-03-09"),
    approved("POL-06", "Secure development policy", "1.4", "Head of Engineering", "2026-06-22", "2027-06-22"),
    approved("POL-07", "Backup and recovery policy", "1.0", "Head of Platform Operations", "2025-07-14", "2026-07-14"),
    approved("POL-08", "Incident management policy", "1.2", "CISO", "2026-04-13", "2027-04-13"),
    { id: "POL-09", title: "Use of generative AI policy", version: "0.3", owner: "Head of Product", status: "draft" },
  ];
}

/** The register of documented information (7.5), one entry per mandatory document and a few more. */
export function documents(): z.input<typeof DocumentedInformationSchema>[] {
  const doc = (id: string, title: string, clause: ClauseId | undefined, owner: string, version: string, reviewDate: string) => ({
    id,
    title,
    ...(clause === undefined ? {} : { clause }),
    owner,
    version,
    location: `https://wiki.northwind-analytics.example/isms/${id.toLowerCase()}`,
    reviewDate,
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
    doc("DOC-17", "Platform operating procedures (runbooks)", undefined, "Head of Platform Operations", "3.2", "2027-04-30"),
  ];
}
