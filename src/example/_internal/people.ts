import type * as z from "zod";
import type { PersonSchema, RoleSchema, TrainingSchema } from "../../people/index.js";

type RoleInput = z.input<typeof RoleSchema>;
type PersonInput = z.input<typeof PersonSchema>;
type TrainingInput = z.input<typeof TrainingSchema>;

// Northwind's roles are the job titles its owner fields name, plus the internal auditors and
// the developers; the people behind them are those of decisions.ts (PEOPLE), under HR numbers.

interface PersonSpec {
  readonly id: string;
  readonly name: string;
  readonly kind?: PersonInput["kind"];
  readonly started: string;
  readonly awareness?: string;
  readonly phishing?: string;
  readonly extra?: Partial<PersonInput>;
}

const SPECS: readonly PersonSpec[] = [
  { id: "P-001", name: "Maya Lindqvist", started: "2019-03-01", awareness: "2026-03-12", phishing: "2026-09-08" },
  { id: "P-002", name: "Tomás Reyes", started: "2019-03-01", awareness: "2026-03-12", phishing: "2026-09-15" },
  {
    id: "P-003",
    name: "Priya Nair",
    started: "2023-09-01",
    awareness: "2026-02-10",
    phishing: "2026-09-03",
    extra: { competences: [{ competence: "iso-27001", date: "2022-06-17", evidence: "ISO/IEC 27001 Lead Implementer certificate LI-22-0412" }] },
  },
  { id: "P-004", name: "David Chen", started: "2020-01-06", awareness: "2026-04-02", phishing: "2026-09-22" },
  { id: "P-005", name: "Jonas Weber", started: "2020-05-04", awareness: "2026-02-24", phishing: "2026-09-04" },
  {
    id: "P-006",
    name: "Aoife Byrne",
    started: "2021-02-01",
    awareness: "2026-03-03",
    phishing: "2026-09-10",
    extra: { completions: [{ training: "TR-SECDEV", date: "2025-02-27" }] },
  },
  { id: "P-007", name: "Sam Okafor", started: "2021-09-13", awareness: "2026-05-19" },
  { id: "P-008", name: "Lena Novak", started: "2020-10-01", awareness: "2026-01-20", phishing: "2026-09-02" },
  { id: "P-009", name: "Nikhil Rao", started: "2022-04-19", awareness: "2026-06-26" },
  { id: "P-010", name: "Olivia Grant", started: "2022-11-07", awareness: "2026-06-12", phishing: "2026-10-29" },
  {
    id: "P-011",
    name: "Grace Murphy",
    started: "2021-06-01",
    awareness: "2026-02-05",
    phishing: "2026-09-09",
    extra: { competences: [{ competence: "data-protection", date: "2021-11-30", evidence: "CIPP/E certificate" }] },
  },
  { id: "P-012", name: "Kevin Doyle", started: "2020-08-17", awareness: "2026-03-30", phishing: "2026-09-16" },
    // Her yearly awareness training expired in October.
  { id: "P-013", name: "Rachel Moore", started: "2021-01-11", awareness: "2025-10-21", phishing: "2026-09-30" },
  { id: "P-014", name: "Ben Hughes", started: "2024-01-08", awareness: "2026-02-10", phishing: "2026-09-03" },
  {
    id: "P-015",
    name: "Elena Rossi",
    kind: "contractor",
    started: "2025-01-15",
    awareness: "2026-01-20",
    phishing: "2026-09-24",
    extra: {
      custom: { company: "Rossi Assurance" },
      competences: [{ competence: "iso-27001-audit", date: "2018-05-25", evidence: "ISO/IEC 27001 Lead Auditor certificate LA-18-2231" }],
    },
  },
  {
    id: "P-016",
    name: "Marta Kowalska",
    started: "2022-03-01",
    awareness: "2026-03-05",
    phishing: "2026-09-12",
    extra: { competences: [{ competence: "iso-27001-audit", date: "2025-05-20", evidence: "Internal auditor course, certificate IA-2025-118" }] },
  },
  {
    id: "P-017",
    name: "Felix Brandt",
    started: "2023-05-02",
    awareness: "2026-03-18",
    phishing: "2026-09-05",
    extra: { completions: [{ training: "TR-SECDEV", date: "2025-02-27" }] },
  },
  // A new developer, still in the month of grace for her trainings; she lacks the secure
  // coding competence her role requires until she completes the course.
  { id: "P-018", name: "Hana Sato", started: "2026-11-02" },
  // The leaver: assets returned on the last day, the access review still open.
  {
    id: "P-019",
    name: "Lukas Meier",
    started: "2022-07-01",
    awareness: "2026-03-18",
    phishing: "2026-09-11",
    extra: { left: "2026-10-31", offboarding: { assetsReturned: "2026-10-30" }, completions: [{ training: "TR-SECDEV", date: "2025-02-27" }] },
  },
];

/** Northwind's people: pseudonymous HR numbers with display names, screening, terms and trainings. */
export function people(): PersonInput[] {
  return SPECS.map(({ id, name, kind = "employee", started, awareness, phishing, extra = {} }) => {
    const { completions: more = [], ...rest } = extra;
    // Contractors are screened and bound by their firm's contract, not by HR's onboarding.
    const onboarding =
      kind === "employee"
        ? { screening: { date: started, ref: `HR-SCR-${id.slice(2)}` }, termsSigned: { date: started, ref: `HR-CONTRACT-${id.slice(2)}` } }
        : { termsSigned: { date: started, ref: "Rossi Assurance services agreement, clause 9 (confidentiality)" } };
    return {
      id,
      name,
      kind,
      started,
      ...onboarding,
      completions: [
        ...(awareness === undefined ? [] : [{ training: "TR-AWARENESS", date: awareness }]),
        ...(phishing === undefined ? [] : [{ training: "TR-PHISH-2026", date: phishing }]),
        ...more,
      ],
      ...rest,
    };
  });
}

function role(id: string, name: string, holder: string, from: string, responsibilities: readonly string[], rest: Partial<RoleInput> = {}): RoleInput {
  return { id, name, responsibilities: [...responsibilities], competences: [], holders: [{ person: holder, from }], ...rest };
}

/** Northwind's roles: the job titles the owner fields name, with their ISMS parts and holders. */
export function roles(): RoleInput[] {
  return [
    role("ROLE-CEO", "CEO", "P-001", "2019-03-01", ["Sets the information security policy and objectives", "Chairs the management review", "Accepts residual risks above tolerance"], {
      isms: "top_management",
    }),
    role("ROLE-CTO", "CTO", "P-002", "2019-03-01", ["Owns the technology strategy and the risks of the platform architecture"], { isms: "risk_owner" }),
    role("ROLE-CISO", "CISO", "P-003", "2023-09-01", ["Runs the ISMS and reports on its performance to top management", "Owns the risk assessment process"], {
      isms: "isms_manager",
      competences: [{ id: "iso-27001", name: "ISO/IEC 27001 implementation" }],
    }),
    role("ROLE-CFO", "CFO", "P-004", "2020-01-06", ["Owns financial and fraud risks", "Approves the security budget"], { isms: "risk_owner" }),
    role("ROLE-HPO", "Head of Platform Operations", "P-005", "2020-05-04", ["Operates the production platform, backups and monitoring"], { isms: "control_owner" }),
    role("ROLE-HENG", "Head of Engineering", "P-006", "2021-02-01", ["Owns the secure development life cycle"], { isms: "control_owner" }),
    role("ROLE-HCS", "Head of Customer Success", "P-007", "2021-09-13", ["Owns customer communication, including about incidents"], { isms: "asset_owner" }),
    role("ROLE-HPEOPLE", "Head of People", "P-008", "2020-10-01", ["Owns screening, terms of employment, onboarding and offboarding", "Runs the awareness programme"], {
      isms: "control_owner",
    }),
    role("ROLE-HPRODUCT", "Head of Product", "P-009", "2022-04-19", ["Owns the product's data flows and AI features"], { isms: "asset_owner" }),
    role("ROLE-HSALES", "Head of Sales", "P-010", "2022-11-07", ["Owns the CRM and customer contracts"], { isms: "asset_owner" }),
    role("ROLE-DPO", "Data Protection Officer", "P-011", "2021-06-01", ["Advises on and monitors compliance with data protection law"], {
      isms: "data_protection_officer",
      competences: [{ id: "data-protection", name: "EU data protection law" }],
    }),
    role("ROLE-ITM", "IT Manager", "P-012", "2020-08-17", ["Runs endpoints, identities and office IT", "Removes leavers' access"], { isms: "control_owner" }),
    role("ROLE-OFFICE", "Office Manager", "P-013", "2021-01-11", ["Runs the office's physical security"], { isms: "control_owner" }),
    role("ROLE-COORD", "ISMS Coordinator", "P-014", "2024-01-08", ["Keeps the ISMS's records and prepares the risk owners' decisions"], { isms: "other" }),
    {
      id: "ROLE-AUDITOR",
      name: "Internal auditor",
      isms: "internal_auditor",
      responsibilities: ["Plans and performs internal audits", "Reports findings to top management"],
      competences: [{ id: "iso-27001-audit", name: "ISO/IEC 27001 internal auditing" }],
      holders: [
        { person: "P-015", from: "2025-01-15" },
        { person: "P-016", from: "2025-06-01" },
      ],
      // Auditors must not audit their own work: whoever runs the ISMS cannot audit it.
      conflictsWith: ["ROLE-CISO", "ROLE-COORD"],
    },
    {
      id: "ROLE-DEV",
      name: "Developer",
      isms: "other",
      responsibilities: ["Writes and reviews code following the secure development policy"],
      competences: [{ id: "secure-coding", name: "Secure coding (OWASP Top 10)" }],
      holders: [
        { person: "P-017", from: "2023-05-02" },
        { person: "P-018", from: "2026-11-02" },
        { person: "P-019", from: "2022-07-01", until: "2026-10-30" },
      ],
    },
  ];
}

/** Northwind's trainings: the yearly awareness training, the secure development course and the autumn phishing campaign. */
export function trainings(): TrainingInput[] {
  return [
    { id: "TR-AWARENESS", title: "Annual security awareness training", kind: "course", audience: "everyone", recurrenceMonths: 12 },
    {
      id: "TR-SECDEV",
      title: "Secure development (OWASP Top 10)",
      kind: "course",
      audience: { roles: ["ROLE-DEV", "ROLE-HENG"] },
      recurrenceMonths: 24,
      competences: ["secure-coding"],
    },
    { id: "TR-PHISH-2026", title: "Phishing awareness campaign, autumn 2026", kind: "awareness_campaign", audience: "everyone", from: "2026-09-01", until: "2026-10-31" },
  ];
}
