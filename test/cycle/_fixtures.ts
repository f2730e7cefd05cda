import {
  AuditSchema,
  ManagementReviewSchema,
  NonconformitySchema,
  ObjectiveSchema,
  ReviewInputSchema,
  type Audit,
  type ManagementReview,
  type Nonconformity,
  type Objective,
} from "../../src/cycle/index.js";

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export function makeObjective(overrides: Partial<Record<keyof Objective, unknown>> = {}): Objective {
  return ObjectiveSchema.parse({
    id: "OBJ-1",
    objective: "Patch critical vulnerabilities quickly",
    measure: "Median days to patch critical CVEs",
    target: { comparator: "at_most", value: 7, unit: "days" },
    owner: "Head of IT",
    due: "2026-12-31",
    status: "in_progress",
    measurements: [],
    ...overrides,
  });
}

export function makeAudit(overrides: Partial<Record<keyof Audit, unknown>> = {}): Audit {
  return AuditSchema.parse({
    id: "AUD-1",
    title: "Access management",
    scope: "Joiner-mover-leaver process",
    criteria: ["ISO/IEC 27001:2022"],
    clauses: ["9.1"],
    controls: ["annex-a:5.15", "annex-a:5.18"],
    plannedDate: "2026-05-12",
    status: "planned",
    auditors: ["Internal Audit"],
    auditees: ["Head of IT"],
    findings: [],
    ...overrides,
  });
}

export function makeNonconformity(overrides: Partial<Record<keyof Nonconformity, unknown>> = {}): Nonconformity {
  return NonconformitySchema.parse({
    id: "NC-1",
    source: { kind: "audit", audit: "AUD-1", finding: "F-1" },
    severity: "minor",
    description: "Leavers keep VPN access",
    raised: "2026-01-15",
    owner: "Head of IT",
    status: "open",
    correctiveActions: [],
    ...overrides,
  });
}

export function allInputs(): Record<string, { present: boolean; reference: string }> {
  return Object.fromEntries(ReviewInputSchema.options.map((input) => [input, { present: true, reference: `ref-${input}` }]));
}

export function makeReview(overrides: Partial<Record<keyof ManagementReview, unknown>> = {}): ManagementReview {
  return ManagementReviewSchema.parse({
    id: "MR-1",
    date: "2026-10-15",
    status: "held",
    attendees: ["CEO", "CISO"],
    inputs: allInputs(),
    decisions: ["Fund a SIEM"],
    actions: [],
    ...overrides,
  });
}
