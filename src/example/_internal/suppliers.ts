import type * as z from "zod";
import type { SupplierSchema } from "../../suppliers/index.js";

type SupplierInput = z.input<typeof SupplierSchema>;

const VERY_HIGH = { confidentiality: "very_high", integrity: "very_high", availability: "very_high" } as const;

/**
 * Northwind's suppliers (A.5.19–5.23): the cloud provider (assessed, with a finding that
 * raised risk R-16), the office-suite provider (critical and never assessed), the payment
 * processor (the billing service's integrity rose since its assessment), the payroll bureau
 * (overdue for review), the IT support company (a conditional assessment with an open
 * finding) and the office cleaners (agreement expiring at the end of the year).
 */
export function suppliers(): SupplierInput[] {
  return [
    {
      id: "SUP-NIMBUS",
      name: "Nimbus Cloud Services GmbH",
      description: "Hosting of the analytics platform in the Frankfurt region.",
      owner: "CTO",
      asset: "A-SUP-CLOUD",
      services: [
        {
          name: "Compute, managed Kubernetes and networking",
          assets: ["A-CS-HOSTING", "A-CS-K8S"],
          cloud: { model: "iaas", dataLocations: ["EU (Frankfurt)"], sharedResponsibility: "Nimbus shared-responsibility matrix v2024", exitPlan: "DOC-17" },
        },
        {
          name: "Managed database, object storage and backup",
          assets: ["A-CS-DB", "A-CS-OBJSTORE", "A-CS-BACKUP"],
          cloud: { model: "paas", dataLocations: ["EU (Frankfurt)", "EU (Dublin, backups)"], exitPlan: "DOC-17" },
        },
      ],
      agreement: {
        ref: "NIMBUS-MSA-2024",
        signed: "2024-03-01",
        expires: "2027-02-28",
        securityRequirements: [
          "ISO/IEC 27001 and SOC 2 Type II reports provided every year",
          "Data processing in the EU only",
          "Security incidents notified within 24 hours",
        ],
      },
      reviewEveryMonths: 12,
      assessments: [
        {
          id: "SA-NIMBUS-2026",
          date: "2026-04-27",
          by: "CTO",
          method: "Certificate and SOC 2 Type II report review",
          result: "conditional",
          requirements: {
            "A-CS-HOSTING": VERY_HIGH,
            "A-CS-K8S": VERY_HIGH,
            "A-CS-DB": VERY_HIGH,
            "A-CS-OBJSTORE": { confidentiality: "very_high", integrity: "very_high", availability: "high" },
            "A-CS-BACKUP": { confidentiality: "very_high", integrity: "high", availability: "high" },
            "A-SUP-CLOUD": VERY_HIGH,
          },
          findings: [
            { id: "F-1", title: "No contractual commitment to cross-region failover", severity: "high", risk: "R-16", status: "in_progress" },
            { id: "F-2", title: "SOC 2 report lists two exceptions in change management", severity: "low", status: "closed" },
          ],
        },
      ],
      status: "active",
    },
    {
      id: "SUP-CUMULUS",
      name: "Cumulus Office Ltd",
      description: "Office suite: e-mail, wiki and the identity provider.",
      owner: "IT Manager",
      asset: "A-SUP-WORKSPACE",
      services: [{ name: "Office suite and single sign-on", assets: ["A-SVC-EMAIL", "A-SVC-WIKI", "A-SVC-IDP"], cloud: { model: "saas", dataLocations: ["EU"] } }],
      agreement: {
        ref: "CUMULUS-ONLINE-TERMS-2025",
        signed: "2025-01-15",
        securityRequirements: ["Standard data processing addendum", "MFA available for every account"],
      },
      reviewEveryMonths: 12,
      assessments: [],
      status: "active",
    },
    {
      id: "SUP-PAYLANE",
      name: "Paylane Payments B.V.",
      description: "Card payments for subscriptions.",
      owner: "CFO",
      asset: "A-SUP-PAY",
      services: [{ name: "Card payment processing", assets: ["A-SVC-BILLING"], cloud: { model: "saas", dataLocations: ["EU (Amsterdam)"] } }],
      agreement: {
        ref: "PAYLANE-2025-11",
        signed: "2025-11-03",
        expires: "2028-11-02",
        securityRequirements: ["PCI DSS attestation of compliance every year", "Card data never sent to Northwind"],
      },
      reviewEveryMonths: 12,
      assessments: [
        {
          id: "SA-PAYLANE-2026",
          date: "2026-05-18",
          by: "CFO",
          method: "PCI DSS attestation review",
          result: "satisfactory",
          requirements: {
            "A-SVC-BILLING": { confidentiality: "medium", integrity: "medium", availability: "medium" },
            "A-SUP-PAY": { confidentiality: "medium", integrity: "medium", availability: "medium" },
          },
          findings: [],
        },
      ],
      status: "active",
    },
    {
      id: "SUP-LEDGERLINE",
      name: "Ledgerline Accounting Ltd",
      description: "Outsourced payroll.",
      owner: "CFO",
      asset: "A-SUP-PAYROLL",
      services: [{ name: "Monthly payroll", assets: ["A-SVC-PAYROLL", "A-INF-HR"] }],
      agreement: {
        ref: "LEDGERLINE-SLA-2023",
        signed: "2023-06-01",
        expires: "2027-05-31",
        securityRequirements: ["Confidentiality of employee data", "Data returned or erased at the end of the contract"],
      },
      reviewEveryMonths: 12,
      assessments: [{ id: "SA-LEDGERLINE-2025", date: "2025-06-30", by: "CFO", method: "Security questionnaire", result: "satisfactory", findings: [] }],
      status: "active",
    },
    {
      id: "SUP-FIXPOINT",
      name: "Fixpoint IT Services Ltd",
      description: "Managed IT support for the office and business laptops.",
      owner: "IT Manager",
      services: [{ name: "Desk-side support and office network", assets: ["A-HW-LAPTOPS-BIZ", "A-HW-OFFICE-NET", "A-HW-PRINTER"] }],
      agreement: {
        ref: "FIXPOINT-MSP-2025",
        signed: "2025-02-01",
        expires: "2027-01-31",
        securityRequirements: ["Named technicians with individual accounts", "Remote sessions only when a member of staff accepts them"],
      },
      reviewEveryMonths: 12,
      assessments: [
        {
          id: "SA-FIXPOINT-2026",
          date: "2026-02-10",
          by: "IT Manager",
          method: "On-site review",
          result: "conditional",
          findings: [{ id: "F-1", title: "Technicians share one administrator account on the office router", severity: "medium", status: "in_progress" }],
        },
      ],
      status: "active",
    },
    {
      id: "SUP-BRIGHTWAY",
      name: "Brightway Cleaning Ltd",
      owner: "Office Manager",
      services: [{ name: "Office cleaning", assets: ["A-SITE-OFFICE"] }],
      agreement: {
        ref: "BRIGHTWAY-2024",
        signed: "2024-01-01",
        expires: "2026-12-31",
        securityRequirements: ["Cleaners sign a confidentiality undertaking", "No access to locked cabinets or the network room"],
      },
      reviewEveryMonths: 24,
      assessments: [{ id: "SA-BRIGHTWAY-2025", date: "2025-09-15", by: "Office Manager", method: "Questionnaire", result: "satisfactory", findings: [] }],
      status: "active",
    },
  ];
}
