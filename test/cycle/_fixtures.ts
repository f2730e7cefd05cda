import {
  AuditSchema,
  ManagementReviewSchema,
  NonconformitySchema,
  ObjectiveSchema,
  ReviewInputSchema,
  advanceNonconformity,
  createCycle,
  NonconformityEventSchema,
  transition,
  type Audit,
  type NonconformityEvent,
  type PdcaCycle,
  type PdcaEvent,
  type PdcaGuardFacts,
  type ManagementReview,
  type Nonconformity,
  type Objective,
} from "../../src/cycle/index.js";
import { deepFreeze } from "../../src/core/_internal/index.js";
import { passingFacts } from "../arbitraries/cycle.js";

export { deepFreeze };

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

/** A PDCA cycle started on 2026-01-05 after `events`, one a month from February, under `facts`. */
export function runCycle(events: PdcaEvent[], facts: PdcaGuardFacts = passingFacts): PdcaCycle {
  let cycle = createCycle("2026-01-05");
  events.forEach((event, index) => {
    const next = transition(cycle, event, { guards: facts, date: `2026-0${index + 2}-01` });
    if (!next.ok) throw new Error(next.error.map((found) => found.code).join());
    cycle = next.value;
  });
  return cycle;
}

// Nonconformity events the lifecycle tests share, and a helper that applies them in turn.

/** `nc` after `events`; throws with the codes of a refused event. */
export function applyEvents(nc: Nonconformity, ...events: NonconformityEvent[]): Nonconformity {
  return events.reduce((current, event) => {
    const result = advanceNonconformity(current, event);
    if (!result.ok) throw new Error(result.error.map((found) => found.code).join());
    return result.value;
  }, nc);
}

export const correction: NonconformityEvent = { kind: "record_correction", description: "Accounts disabled", date: "2026-01-16" };
export const rootCause: NonconformityEvent = { kind: "record_root_cause", description: "No HR trigger", date: "2026-01-20", method: "5 whys" };
export const plan = (id: string): NonconformityEvent =>
  NonconformityEventSchema.parse({ kind: "plan_action", action: { id, description: "Automate", owner: "IT", due: "2026-03-31", status: "planned" } });
export const done = (id: string): NonconformityEvent => NonconformityEventSchema.parse({ kind: "update_action", action: id, status: "done", date: "2026-03-20" });
export const review = (effective: boolean): NonconformityEvent => ({ kind: "review_effectiveness", date: "2026-06-01", by: "Internal Audit", effective });
export const close: NonconformityEvent = { kind: "close", date: "2026-06-02", by: "CISO" };
