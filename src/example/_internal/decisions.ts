import type * as z from "zod";
import { addDays } from "../../core/index.js";
import { levelOf, type Methodology, type Risk } from "../../risk/index.js";
import { planFingerprint, type DecisionSchema, type TreatmentPlan } from "../../treatment/index.js";
import { keysOf, type Cell } from "./risks.js";

type DecisionInput = z.input<typeof DecisionSchema>;

/** The people behind the roles that own risks, assets and controls. */
export const PEOPLE: Readonly<Record<string, string>> = {
  CEO: "Maya Lindqvist",
  CTO: "Tomás Reyes",
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
  "ISMS Coordinator": "Ben Hughes",
};

function person(role: string): string {
  const name = PEOPLE[role];
  /* v8 ignore next -- every owner in the example data has a person */
  if (name === undefined) throw new Error(`no person for role ${role}`);
  return name;
}

/** The ISMS coordinator prepares every decision; the CISO co-signs some, so cannot request them. */
const REQUESTER = "Ben Hughes";

const CISO_COSIGN = { decidedBy: "Priya Nair", role: "CISO" } as const;

interface AcceptanceSpec {
  readonly id: string;
  readonly risk: string;
  readonly date: string;
  readonly rationale: string;
  /** The rating accepted; the risk's residual rating unless given (a stale acceptance names an older one). */
  readonly cell?: Cell;
  readonly expires: string;
  readonly conditions?: readonly string[];
}

const ACCEPTANCES: readonly AcceptanceSpec[] = [
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
    expires: "2026-12-31",
  },
  { id: "D-110", risk: "R-07", date: "2026-06-15", rationale: "Medium residual risk tolerated: phishing-resistant MFA for administrators and low click rates.", expires: "2026-12-31" },
  {
    id: "D-111",
    risk: "R-19",
    date: "2026-06-15",
    rationale: "Retained: a second processor would cost more than a collection delay.",
    expires: "2026-12-31",
    conditions: ["Review the processor's PCI DSS attestation every year", "Keep bank-transfer instructions in the billing runbook"],
  },
  {
    id: "D-112",
    risk: "R-20",
    date: "2026-06-15",
    rationale: "Medium residual risk tolerated with DDoS mitigation at the edge.",
    cell: [2, 3],
    expires: "2026-12-31",
  },
  { id: "D-113", risk: "R-12", date: "2026-07-08", rationale: "Medium residual risk tolerated: central logs and tested alert rules.", expires: "2027-01-08" },
  { id: "D-114", risk: "R-22", date: "2026-09-23", rationale: "Medium residual risk tolerated: fast rollback keeps customer impact short.", expires: "2027-03-23" },
  { id: "D-115", risk: "R-24", date: "2026-09-23", rationale: "Medium residual risk tolerated after the board tabletop exercise.", expires: "2027-03-23" },
];

/**
 * The risk owners' decisions (6.1.3 f): an approval of every plan except the newest (TP-23,
 * awaiting approval) with its fingerprint; residual-risk acceptances whose frozen ratings and
 * levels are the risks' residual ratings and whose signers hold the authority the
 * methodology requires (the acceptance of R-20 is deliberately stale: R-20 was re-rated after
 * it); and an acceptance of R-13 from 2025 revoked after the storage incident.
 */
export function decisions(plans: readonly TreatmentPlan[], risks: readonly Risk[], methodology: Methodology): DecisionInput[] {
  const riskById = new Map(risks.map((risk) => [risk.id as string, risk]));
  const approvals: DecisionInput[] = plans
    .filter((plan) => plan.id !== "TP-23")
    .map((plan, index) => {
      const owner = String(riskById.get(plan.risks[0] as string)?.owner);
      const date = plan.created !== undefined && plan.created > "2025-06-30" ? addDays(plan.created, 7) : `2025-06-${String(16 + (index % 5)).padStart(2, "0")}`;
      return {
        kind: "plan_approval",
        id: `D-${String(index + 1).padStart(3, "0")}`,
        plan: plan.id,
        decidedBy: person(owner),
        role: owner,
        date,
        requestedBy: REQUESTER,
        rationale: `Treatment proportionate to risk ${plan.risks.join(", ")}; resources agreed.`,
        planFingerprint: planFingerprint(plan),
      };
    });

  const acceptances: DecisionInput[] = ACCEPTANCES.map((spec) => {
    const risk = riskById.get(spec.risk);
    const residual = risk?.ratings.residual;
    /* v8 ignore next -- every accepted risk in the example data has an owner and a residual rating */
    if (risk?.owner === undefined || residual === undefined) throw new Error(`risk ${spec.risk} has no owner or residual rating`);
    const keys = spec.cell === undefined ? { likelihood: residual.likelihood, consequence: residual.consequence } : keysOf(spec.cell);
    const level = levelOf(methodology.matrix, keys.likelihood, keys.consequence).key;
    const plan = plans.find((candidate) => candidate.risks.includes(risk.id)) as TreatmentPlan;
    return {
      kind: "risk_acceptance",
      id: spec.id,
      risk: spec.risk,
      decidedBy: person(risk.owner),
      role: "Risk owner",
      ...(level === "low" ? {} : { cosigners: [{ ...CISO_COSIGN }] }),
      date: spec.date,
      requestedBy: REQUESTER,
      rationale: spec.rationale,
      ...(spec.conditions === undefined ? {} : { conditions: [...spec.conditions] }),
      expires: spec.expires,
      rating: { ...keys, methodology: { id: methodology.id, version: methodology.version } },
      level,
      plan: plan.id,
    };
  });

  const revoked: DecisionInput[] = [
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
      level: levelOf(methodology.matrix, keysOf([1, 4]).likelihood, keysOf([1, 4]).consequence).key,
    },
    {
      kind: "revocation",
      id: "D-091",
      revokes: "D-090",
      decidedBy: "Jonas Weber",
      role: "Risk owner",
      date: "2026-06-01",
      reason: "Incident INC-2026-009: a staging bucket was publicly readable for two days. The residual risk was understated; treatment reopened as TP-13.",
    },
  ];

  return [...revoked, ...approvals, ...acceptances];
}
