import { IsmsError, type IsoDate } from "../../core/index.js";
import { scoreRating, type Methodologies, type Methodology, type RatingLayer, type Risk, type RiskStatus } from "../../risk/index.js";
import {
  actionStatusOn,
  isActionDone,
  isDecisionRevoked,
  isPlanApproved,
  toOscalResponseType,
  type Decision,
  type RiskAcceptance,
  type TreatmentPlan,
} from "../../treatment/index.js";
import type { OscalJsonObject, OscalProp, OscalRisk } from "../model.js";
import { compact, lineOr, nistProp, ownProp, text, timestamp } from "./build.js";
import type { Registry } from "./parties.js";

/** The risk input shared by assessment results and the POA&M. */
export interface RiskContext {
  readonly organisation: string;
  readonly asOf: string;
  readonly methodologies: Methodologies;
  readonly plans: readonly TreatmentPlan[];
  readonly decisions: readonly Decision[];
  readonly uuid: (kind: string, id?: string) => string;
  readonly people: Registry;
}

const LAYERS: readonly { layer: RatingLayer; state: string }[] = [
  { layer: "inherent", state: "initial" },
  { layer: "current", state: "adjusted" },
  { layer: "target", state: "target" },
  { layer: "residual", state: "adjusted" },
];

/**
 * OSCAL's own facet naming system. In OSCAL 1.2.1 (oscal_assessment-common_metaschema.xml,
 * assembly `characterization`, define-assembly `facet`):
 * - allowed-values "oscal-characterization-facet-name-system-values" lists
 *   `http://csrc.nist.gov/ns/oscal`, "the facet naming system defined by OSCAL";
 * - allowed-values "oscal-facet-name-core-values" allows, in that system, the names
 *   `likelihood` (general likelihood rating), `impact` (general impact rating), `risk`
 *   (general risk rating) and `severity`;
 * - allowed-values "oscal-facet-prop-name-values" and "oscal-facet-prop-state-values" allow a
 *   facet prop `state` in NIST's namespace with the values `initial` ("as first identified")
 *   and `adjusted` ("residual risk remains after some adjustments have been made"), and no
 *   other value: a target rating has no OSCAL state.
 */
export const OSCAL_FACET_SYSTEM = "http://csrc.nist.gov/ns/oscal";

/** The OSCAL facet state of a rating layer: inherent is initial, current and residual are adjusted. */
function facetState(layer: RatingLayer): "initial" | "adjusted" | undefined {
  switch (layer) {
    case "inherent":
      return "initial";
    case "current":
    case "residual":
      return "adjusted";
    case "target":
      return undefined;
    default: {
      const never: never = layer;
      return never;
    }
  }
}

function statusOf(status: RiskStatus): string {
  switch (status) {
    case "identified":
      return "open";
    case "analysed":
    case "evaluated":
      return "investigating";
    case "treatment_planned":
      return "remediating";
    case "accepted":
      return "deviation-approved";
    case "treated":
    case "closed":
      return "closed";
    default: {
      const never: never = status;
      throw new IsmsError("invalid_argument", `Unknown risk status ${String(never)}.`);
    }
  }
}

/** The `system` URI of a methodology's facets: it names the organisation's method and version. */
export function methodologySystem(id: string, version: number): string {
  return `urn:isms:methodology:${encodeURIComponent(id)}:v${version}`;
}

function findMethodology(methodologies: Methodologies, id: string, version: number): Methodology | undefined {
  const list: readonly Methodology[] = Array.isArray(methodologies) ? methodologies : [methodologies];
  return list.find((candidate) => candidate.id === id && candidate.version === version);
}

/** The calendar day of the export's `asOf` (a UTC timestamp), which the treatment predicates judge on. */
function dayOf(context: RiskContext): IsoDate {
  return context.asOf.slice(0, 10);
}

/** `YYYY-MM-DD` → midnight UTC, so that OSCAL date-times stay deterministic. */
export function dayStart(date: string): string {
  return timestamp(date);
}

function statement(risk: Risk): string {
  if (risk.kind === "asset_based") {
    return `Threat: ${lineOr(risk.threat, "-")}. Vulnerability: ${lineOr(risk.vulnerability, "-")}. Assets: ${risk.assets.join(", ")}.`;
  }
  const parts = [`Risk source: ${lineOr(risk.riskSource, "-")}.`, `Event: ${lineOr(risk.event, "-")}.`, `Consequence: ${lineOr(risk.consequenceDescription, "-")}.`];
  if (risk.objective !== undefined) parts.push(`Objective: ${lineOr(risk.objective, "-")}.`);
  return parts.join(" ");
}

function characterizations(risk: Risk, context: RiskContext): OscalJsonObject[] {
  const out: OscalJsonObject[] = [];
  for (const { layer, state } of LAYERS) {
    const rating = risk.ratings[layer];
    if (!rating) continue;
    const system = methodologySystem(rating.methodology.id, rating.methodology.version);
    const methodology = findMethodology(context.methodologies, rating.methodology.id, rating.methodology.version);
    let likelihood = rating.likelihood;
    let impact = rating.consequence;
    let level: string | undefined;
    if (methodology) {
      try {
        const score = scoreRating(methodology, rating);
        likelihood = methodology.matrix.likelihood.levels[score.likelihoodIndex]?.label ?? likelihood;
        impact = methodology.matrix.consequence.levels[score.consequenceIndex]?.label ?? impact;
        level = score.level.label;
      } catch {
        level = undefined;
      }
    }
    const rationale = text(rating.rationale);
    const values: [string, string][] = [
      ["likelihood", lineOr(likelihood, rating.likelihood)],
      ["impact", lineOr(impact, rating.consequence)],
    ];
    if (level !== undefined) values.push(["risk", lineOr(level, "-")]);
    // The ratings twice: in OSCAL's own system, which every OSCAL tool reads, with the state
    // OSCAL gives the layer (and the rationale on the last facet); then in the system of the
    // organisation's methodology, which says which scale the labels belong to.
    const oscalState = facetState(layer);
    const facets: OscalJsonObject[] = [
      ...values.map(([name, value], index) =>
        compact({
          name,
          system: OSCAL_FACET_SYSTEM,
          value,
          props: oscalState === undefined ? undefined : [nistProp("state", oscalState)],
          remarks: index === values.length - 1 ? rationale : undefined,
        }),
      ),
      ...values.map(([name, value]) => ({ name, system, value })),
    ];
    const rater = rating.ratedBy === undefined ? context.people.party(context.organisation, "organization") : context.people.party(rating.ratedBy, "person");
    out.push(
      compact({
        props: [ownProp("rating-layer", layer, state), ownProp("methodology", `${rating.methodology.id} v${rating.methodology.version}`)],
        origin: { actors: [{ type: "party", "actor-uuid": rater }] },
        facets,
      }),
    );
  }
  return out;
}

function lifecycle(plan: TreatmentPlan, decisions: readonly Decision[], asOf: IsoDate): string {
  const live = plan.actions.filter((action) => action.status !== "cancelled");
  if (live.length > 0 && live.every((action) => isActionDone(action, asOf))) return "completed";
  return isPlanApproved(plan, decisions, asOf) ? "planned" : "recommendation";
}

function remediation(plan: TreatmentPlan, risk: Risk, context: RiskContext): OscalJsonObject {
  const { uuid, people } = context;
  const props: OscalProp[] = [
    ...plan.options.map((option) => nistProp("type", toOscalResponseType(option))),
    ...plan.options.map((option) => ownProp("treatment-option", option)),
    ownProp("plan-id", plan.id),
  ];
  if (plan.priority !== undefined) props.push(ownProp("priority", plan.priority));
  for (const control of plan.controls) props.push(ownProp("control-ref", control.ref, control.state));
  const day = dayOf(context);
  const tasks = plan.actions.map((action) =>
    compact({
      uuid: uuid("task", `${plan.id}/${action.id}/${risk.id}`),
      type: "action",
      title: lineOr(action.title, action.id),
      description: text(action.note),
      props: [ownProp("action-id", action.id), ownProp("action-status", actionStatusOn(action, day))],
      timing: { "on-date": { date: dayStart(isActionDone(action, day) ? (action.completedOn ?? action.due) : action.due) } },
      "responsible-roles": [{ "role-id": people.role("action-owner", "Treatment action owner"), "party-uuids": [people.party(action.owner, "person")] }],
    }),
  );
  const sharing = plan.sharing === undefined ? undefined : `Shared with ${lineOr(plan.sharing.counterparty, "-")}.`;
  const avoidance = plan.avoidance === undefined ? undefined : `Activity stopped: ${lineOr(plan.avoidance.activityStopped, "-")}.`;
  return compact({
    uuid: uuid("remediation", `${plan.id}/${risk.id}`),
    lifecycle: lifecycle(plan, context.decisions, day),
    title: lineOr(plan.title, plan.id),
    description: text([text(plan.description), sharing, avoidance].filter((part) => part !== undefined).join("\n\n")) ?? `Risk treatment plan ${plan.id}.`,
    props,
    tasks,
  });
}

/** The risk's acceptances not revoked on the export's day. */
function acceptances(risk: Risk, context: RiskContext): RiskAcceptance[] {
  const day = dayOf(context);
  return context.decisions.filter(
    (decision): decision is RiskAcceptance => decision.kind === "risk_acceptance" && decision.risk === risk.id && !isDecisionRevoked(decision, context.decisions, day),
  );
}

/** One OSCAL risk for an ISMS risk, with its ratings, treatment and acceptances. */
export function oscalRisk(risk: Risk, context: RiskContext): OscalRisk {
  const { uuid, people } = context;
  const plans = context.plans.filter((plan) => plan.risks.includes(risk.id));
  const props: OscalProp[] = [ownProp("risk-id", risk.id), ownProp("risk-status", risk.status)];
  if (risk.category !== undefined) props.push(ownProp("category", risk.category));
  for (const asset of risk.assets ?? []) props.push(ownProp("asset-id", asset));
  for (const property of risk.affectedProperties) props.push(ownProp("affected-property", property));
  const day = dayOf(context);
  const openDue = plans
    .flatMap((plan) => plan.actions)
    .filter((action) => !isActionDone(action, day) && action.status !== "cancelled")
    .map((action) => action.due)
    .sort();
  const accepted = acceptances(risk, context);
  const log = accepted.map((decision) =>
    compact({
      uuid: uuid("risk-log", `${risk.id}/${decision.id}`),
      title: `Residual risk accepted by ${lineOr(decision.decidedBy, "-")}`,
      description: text(decision.rationale),
      start: dayStart(decision.date),
      end: decision.expires === undefined ? undefined : dayStart(decision.expires),
      props: [ownProp("decision-id", decision.id)],
      "logged-by": [{ "party-uuid": people.party(decision.decidedBy, "person"), "role-id": people.role("risk-owner", "Risk owner") }],
      "status-change": "deviation-approved",
    }),
  );
  const owner = risk.owner === undefined ? undefined : people.party(risk.owner, "person");
  return compact({
    uuid: uuid("risk", risk.id),
    title: lineOr(risk.title, risk.id),
    description: text(risk.description) ?? statement(risk),
    statement: statement(risk),
    props,
    status: statusOf(risk.status),
    origins: owner === undefined ? undefined : [{ actors: [{ type: "party", "actor-uuid": owner, "role-id": people.role("risk-owner", "Risk owner") }] }],
    characterizations: characterizations(risk, context),
    deadline: openDue[0] === undefined ? undefined : dayStart(openDue[0]),
    remediations: plans.map((plan) => remediation(plan, risk, context)),
    "risk-log": log.length === 0 ? undefined : { entries: log },
  });
}
