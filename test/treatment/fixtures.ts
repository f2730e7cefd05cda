import { cox3x3Preset, createMethodology, RiskSchema, type Methodology, type Rating, type Risk } from "../../src/risk/index.js";
import { ActionIdSchema, DecisionIdSchema, RiskIdSchema, TreatmentPlanIdSchema, type ActionId, type DecisionId, type RiskId, type TreatmentPlanId } from "../../src/core/index.js";
import {
  DecisionSchema,
  TreatmentPlanSchema,
  type Decision,
  type PlanApproval,
  type RiskAcceptance,
  type TreatmentPlan,
} from "../../src/treatment/index.js";
import { deepFreeze } from "../../src/core/_internal/index.js";

/** Parses ids. */
export const rid = (value: string): RiskId => RiskIdSchema.parse(value);
export const pid = (value: string): TreatmentPlanId => TreatmentPlanIdSchema.parse(value);
export const did = (value: string): DecisionId => DecisionIdSchema.parse(value);
export const aid = (value: string): ActionId => ActionIdSchema.parse(value);

/**
 * Cox 3×3 (levels low, medium, high) with the default criteria: low needs the risk owner,
 * medium the risk owner and the CISO, high also top management and compensating controls;
 * reviews every 12, 6 and 3 months.
 */
export const methodology: Methodology = createMethodology({ id: "acme", name: "Acme method", reviewDate: "2027-01-01", matrix: cox3x3Preset });
export const M = { id: methodology.id, version: 1 } as const;

/** A rating on the 3×3 under methodology acme v1. */
export function rating(likelihood: string, consequence: string, date = "2026-01-15"): Rating {
  return { likelihood, consequence, methodology: M, date };
}

/** A parsed event-based risk owned by "Jo Smith". */
export function risk(key: string, ratings: Record<string, Rating> = {}, extra: Record<string, unknown> = {}): Risk {
  return RiskSchema.parse({
    kind: "event_based",
    id: key,
    title: `Risk ${key}`,
    owner: "Jo Smith",
    status: "evaluated",
    affectedProperties: ["confidentiality"],
    ratings,
    riskSource: "Criminals",
    event: "Data theft",
    consequenceDescription: "Customer data leaks",
    ...extra,
  });
}

/** A parsed plan: modify R-1 with one existing and one planned control implemented by an action. */
export function plan(key = "TP-1", extra: Record<string, unknown> = {}): TreatmentPlan {
  return TreatmentPlanSchema.parse({
    id: key,
    title: `Plan ${key}`,
    risks: ["R-1"],
    options: ["modify"],
    controls: [
      { ref: "annex-a:5.15", state: "existing" },
      { ref: "annex-a:8.24", state: "planned" },
    ],
    actions: [
      { id: "ACT-1", title: "Roll out disk encryption", owner: "Head of IT", due: "2026-06-30", status: "in_progress", controls: ["annex-a:8.24"] },
      { id: "ACT-2", title: "Train staff", owner: "HR", due: "2026-03-31", status: "done", completedOn: "2026-03-20" },
    ],
    target: { likelihood: "unlikely", consequence: "major" },
    ...extra,
  });
}

/** A parsed approval of a plan by its risk owner. */
export function approval(key: string, planKey = "TP-1", extra: Record<string, unknown> = {}): PlanApproval {
  return DecisionSchema.parse({
    kind: "plan_approval",
    id: key,
    plan: planKey,
    decidedBy: "Jo Smith",
    role: "Risk owner",
    date: "2026-02-01",
    rationale: "Proportionate to the risk",
    ...extra,
  }) as PlanApproval;
}

/** A parsed acceptance of R-1 at low (unlikely × major), by the risk owner. */
export function acceptance(key: string, extra: Record<string, unknown> = {}): RiskAcceptance {
  return DecisionSchema.parse({
    kind: "risk_acceptance",
    id: key,
    risk: "R-1",
    decidedBy: "Jo Smith",
    role: "Risk owner",
    date: "2026-02-01",
    rationale: "Residual within appetite",
    rating: { likelihood: "unlikely", consequence: "major", methodology: M },
    level: "low",
    ...extra,
  }) as RiskAcceptance;
}

/** A parsed revocation. */
export function revocation(key: string, revokes: string, extra: Record<string, unknown> = {}): Decision {
  return DecisionSchema.parse({
    kind: "revocation",
    id: key,
    revokes,
    decidedBy: "Jo Smith",
    role: "Risk owner",
    date: "2026-05-01",
    reason: "The picture changed",
    ...extra,
  });
}

export { deepFreeze };
