import type * as z from "zod";
import type { ControlDescriptionSchema, CustomCatalogueSchema } from "../../catalogue/index.js";
import type { ApplicabilityDecisionSchema, ObligationSchema } from "../../soa/index.js";

type ObligationInput = z.input<typeof ObligationSchema>;
type SoaDecisionInput = z.input<typeof ApplicabilityDecisionSchema>;
type Ref = SoaDecisionInput["control"];

const a = (...ids: string[]): Ref[] => ids.map((id) => `annex-a:${id}` as Ref);

/** Northwind's own small catalogue of controls, in scope next to Annex A. */
export function northwindCatalogue(): z.input<typeof CustomCatalogueSchema> {
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
        related: a("8.29", "8.26"),
      },
      {
        id: "NW-2",
        title: "Break-glass access to production data",
        group: "PS",
        description: "Access to production customer data only through time-limited, approved and logged break-glass sessions.",
        related: a("8.2", "5.18"),
      },
      {
        id: "NW-3",
        title: "Data-use review of AI features",
        group: "PS",
        description: "Before launch, every feature that sends customer data to a machine-learning model is reviewed with the Data Protection Officer.",
        related: a("5.34", "8.26"),
      },
    ],
  };
}

/** The organisation's own wording of a few controls. */
export function controlDescriptions(): z.input<typeof ControlDescriptionSchema>[] {
  return [
    {
      ref: "annex-a:5.23",
      description:
        "Cloud services are selected against the supplier security policy; the provider's certificates and reports are reviewed every year and the shared responsibility matrix is kept in DOC-17.",
    },
    { ref: "annex-a:8.13", description: "Point-in-time recovery of 7 days, daily snapshots kept 35 days in a second region, restore tested every quarter." },
    { ref: "annex-a:8.24", description: "TLS 1.2+ in transit, AES-256 at rest, keys managed in the provider's key service with yearly rotation." },
  ];
}

/** Legal, statutory, contractual and business obligations (5.31) and the controls they require. */
export function obligations(): ObligationInput[] {
  return [
    {
      id: "OB-GDPR",
      kind: "legal",
      title: "EU General Data Protection Regulation",
      source: "Regulation (EU) 2016/679",
      description: "Northwind processes customers' end-user personal data as a processor: security of processing, breach notification, deletion.",
      controls: a("5.31", "5.34", "5.24", "5.26", "5.33", "8.10", "8.11", "5.14", "8.24"),
      owner: "Data Protection Officer",
    },
    {
      id: "OB-DPA",
      kind: "contractual",
      title: "Customer data processing agreement (template v3)",
      source: "Northwind DPA v3, signed with 140 customers",
      description: "Sub-processor control, encryption, backups, 24-hour breach notice, deletion within 30 days after termination, audit logs.",
      controls: a("5.19", "5.20", "5.21", "8.13", "8.24", "5.26", "8.10", "5.34", "8.15"),
      owner: "Data Protection Officer",
    },
    {
      id: "OB-PCI",
      kind: "contractual",
      title: "Merchant agreement with Paylane: PCI DSS SAQ A eligibility",
      source: "Paylane merchant agreement PL-M-2024-8812, schedule 4",
      description: "Card data may be entered only on the processor's hosted page; Northwind attests SAQ A every year.",
      controls: a("5.19", "5.20", "8.12", "5.10"),
      owner: "CFO",
    },
    {
      id: "OB-ENTERPRISE",
      kind: "business",
      title: "Enterprise sales requirements",
      description: "Enterprise customers require a certified ISMS, an independent review and a yearly penetration test report.",
      controls: a("5.35", "8.8", "8.29", "8.34"),
      owner: "CEO",
    },
    {
      id: "OB-EMPLOYMENT",
      kind: "statutory",
      title: "Employment law and record retention",
      source: "Irish employment and tax record-keeping rules",
      description: "Lawful background checks, written terms of employment, a fair disciplinary procedure, retention of employment records.",
      controls: a("6.1", "6.2", "6.4", "5.33"),
      owner: "Head of People",
    },
  ];
}

const PROVIDER = "Nimbus Cloud Services GmbH";
const PROVIDER_NOTE = "Office: Northwind's own controls. Data centres: operated by the cloud provider; its ISO/IEC 27001 certificate and SOC 2 report are reviewed every year under 5.23.";

type Status = NonNullable<SoaDecisionInput["status"]>;

interface Row {
  readonly owner: string;
  readonly evidence: readonly [ref: string, title: string, date: string];
  readonly status?: Status;
  readonly provider?: true;
  readonly note?: string;
  readonly reason?: string;
  readonly lastReviewed?: string;
}

// One row per included control: owner, newest evidence and, where no plan selects the
// control, the status and the organisation's own reason. Statuses of controls that plans
// select are filled in from the plans' progress by createExampleIsms.
const ROWS: Readonly<Record<string, Row>> = {
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
  "8.34": { owner: "CISO", evidence: ["EV-0834", "Rules of engagement for penetration tests", "2026-09-07"] },
};

const EXCLUSIONS: Readonly<Record<string, string>> = {
  "7.6":
    "Northwind has no secure area in its scope: the office holds no server room, network room or on-site store of restricted information, and no Northwind staff enter the cloud provider's data centres.",
  "7.12":
    "Northwind owns and operates no cabling: the serviced office's structured cabling belongs to the landlord and carries only encrypted traffic from laptops, and no production equipment is connected by Northwind cabling anywhere.",
  "8.30":
    "All software in scope is written by Northwind's employed engineers; no contract for development by another company exists, and the supplier security policy requires an SoA review before any such contract is signed.",
};

const CUSTOM_ROWS: Readonly<Record<string, Row>> = {
  "northwind:NW-1": { owner: "Head of Engineering", evidence: ["TP-23", "Treatment plan TP-23", "2026-11-02"], lastReviewed: "2026-11-02" },
  "northwind:NW-2": { owner: "Head of Platform Operations", evidence: ["EV-NW2", "Break-glass procedure draft", "2026-07-20"], lastReviewed: "2026-07-20" },
  "northwind:NW-3": { owner: "Data Protection Officer", evidence: ["TP-23", "Treatment plan TP-23", "2026-11-02"], lastReviewed: "2026-11-02" },
};

/**
 * The applicability decisions (6.1.3 d) for every control of the catalogues in scope: one per
 * Annex A control (90 included, 3 excluded with specific justifications) and one per
 * Northwind control. `required` holds the controls that a plan or an obligation selects; the
 * others get the organisation's own reason. `statusFromPlans` gives the status the plans
 * imply, which the decision then records.
 */
export function soaDecisions(
  annexAIds: readonly string[],
  required: ReadonlySet<string>,
  statusFromPlans: ReadonlyMap<string, Status>,
): SoaDecisionInput[] {
  const decide = (control: string, row: Row): SoaDecisionInput => {
    const status = statusFromPlans.get(control) ?? row.status ?? "implemented";
    const [ref, title, date] = row.evidence;
    return {
      control: control as Ref,
      applicable: true,
      ...(required.has(control) ? {} : { reasons: [{ kind: "best_practice", ...(row.reason === undefined ? {} : { note: row.reason }) }] }),
      ...(row.provider === true ? { provider: PROVIDER, notes: PROVIDER_NOTE } : {}),
      status,
      owner: row.owner,
      evidence: [{ ref, title, date }],
      lastReviewed: row.lastReviewed ?? "2026-01-26",
    };
  };
  const annex = annexAIds.map((id): SoaDecisionInput => {
    const control = `annex-a:${id}`;
    const justification = EXCLUSIONS[id];
    if (justification !== undefined) return { control: control as Ref, applicable: false, justification, owner: "CISO", lastReviewed: "2026-01-26" };
    const row = ROWS[id];
    /* v8 ignore next -- ROWS has a row for every control that is not excluded */
    if (row === undefined) throw new Error(`no SoA row for ${control}`);
    return decide(control, row);
  });
  const own = Object.entries(CUSTOM_ROWS).map(([control, row]) => decide(control, row));
  return [...annex, ...own];
}
