import type { Methodologies, Risk } from "../risk/index.js";
import type { Decision, TreatmentPlan } from "../treatment/index.js";
import { compact, lineOr, ownProp, text, timestamp, uuidFactory } from "./_internal/build.js";
import { registry } from "./_internal/parties.js";
import { oscalRisk } from "./_internal/risks.js";
import { OSCAL_VERSION } from "./namespace.js";
import type { OscalJsonObject, OscalPoamDocument, OscalProp } from "./model.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * What {@link exportPoam} reads: plain values from the risk and treatment modules.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const input: PoamInput = {
 *   organisation: doc.organisation.name, asOf: "2026-11-27T09:00:00Z",
 *   methodologies: doc.methodologies, risks: doc.risks, plans: doc.treatmentPlans, decisions: doc.decisions,
 * };
 * exportPoam(input)["plan-of-action-and-milestones"]["poam-items"].length; // 27: one per plan
 * ```
 */
export interface PoamInput {
  /** The organisation's name; it seeds the uuids. */
  readonly organisation: string;
  /** `metadata.last-modified`: a date-time with a time zone, or a date (midnight UTC). */
  readonly asOf: string;
  /** The risk methodology versions the ratings were made under. */
  readonly methodologies: Methodologies;
  /** The risk register; the risks the plans treat are written. */
  readonly risks: readonly Risk[];
  /** The risk treatment plans (6.1.3 e): one POA&M item each. */
  readonly plans: readonly TreatmentPlan[];
  /** Plan approvals and risk acceptances (6.1.3 f). */
  readonly decisions?: readonly Decision[];
  /** `metadata.version`; defaults to `"1"`. */
  readonly version?: string;
  /** Where the SSP (the Statement of Applicability) lives, if it should be named. */
  readonly sspHref?: string;
}

/**
 * Exports the risk treatment plan (6.1.3 e, 8.3) as an OSCAL 1.2
 * `plan-of-action-and-milestones`: one POA&M item per treatment plan with `related-risks`,
 * and the risks it treats with their ratings, their remediations (the plans, typed
 * mitigate, accept, avoid or share, with lifecycle) and the actions as tasks with owners and
 * due dates. Without any plan the POA&M holds one item saying so (OSCAL needs one). A pure
 * function: the same input gives the same JSON, byte for byte.
 *
 * @param input - organisation, `asOf`, methodologies, risks, plans and decisions
 * @returns `{ "plan-of-action-and-milestones" }`
 * @throws {@link IsmsError} `invalid_date` when `asOf` is not a date or a date-time with a time zone
 * @category OSCAL
 * @example
 * ```ts
 * const poam = exportPoam({
 *   organisation: "ACME Ltd", asOf: "2026-11-27T09:00:00Z", methodologies: doc.methodologies, risks: doc.risks, plans: doc.treatmentPlans,
 * });
 * poam["plan-of-action-and-milestones"]["poam-items"].length; // 27: one per plan
 * ```
 */
export function exportPoam(input: PoamInput): OscalPoamDocument {
  try {
    const lastModified = timestamp(input.asOf);
    const uuid = uuidFactory("poam", input.organisation);
    const people = registry(uuid);
    const organisation = lineOr(input.organisation, "Organisation");
    people.party(organisation, "organization");
    const context = { organisation, asOf: lastModified, methodologies: input.methodologies, plans: input.plans, decisions: input.decisions ?? [], uuid, people };
    const treated = new Set<string>(input.plans.flatMap((plan) => plan.risks));
    const risks = input.risks.filter((risk) => treated.has(risk.id)).map((risk) => oscalRisk(risk, context));
    const known = new Set<string>(input.risks.map((risk) => risk.id));
    const items: OscalJsonObject[] = input.plans.map((plan) => {
      const props: OscalProp[] = [ownProp("plan-id", plan.id), ...plan.options.map((option) => ownProp("treatment-option", option))];
      if (plan.priority !== undefined) props.push(ownProp("priority", plan.priority));
      for (const control of plan.controls) props.push(ownProp("control-ref", control.ref, control.state));
      const related = plan.risks.filter((risk) => known.has(risk)).map((risk) => ({ "risk-uuid": uuid("risk", risk) }));
      const unknown = plan.risks.filter((risk) => !known.has(risk));
      return compact({
        uuid: uuid("poam-item", plan.id),
        title: lineOr(plan.title, plan.id),
        description: text(plan.description) ?? `Risk treatment plan ${plan.id} for ${plan.risks.join(", ")}.`,
        props,
        "related-risks": related,
        remarks: unknown.length === 0 ? undefined : `Treats risks not in the register: ${unknown.join(", ")}.`,
      });
    });
    if (items.length === 0) {
      items.push({
        uuid: uuid("poam-item", "none"),
        title: "No risk treatment planned",
        description: `The risk register of ${organisation} holds no risk treatment plan as of ${lastModified.slice(0, 10)}.`,
      });
    }
    const sspResource = uuid("resource", "ssp");
    return {
      "plan-of-action-and-milestones": compact({
        uuid: uuid("poam"),
        metadata: compact({
          title: `${organisation}: risk treatment plan`,
          "last-modified": lastModified,
          version: lineOr(input.version, "1"),
          "oscal-version": OSCAL_VERSION,
          roles: people.roles(),
          parties: people.parties(),
        }),
        "import-ssp": input.sspHref === undefined ? undefined : { href: `#${sspResource}` },
        "system-id": { "identifier-type": "https://ietf.org/rfc/rfc4122", id: uuidFactory("ssp", input.organisation)("system") },
        risks,
        "poam-items": items,
        "back-matter":
          input.sspHref === undefined
            ? undefined
            : { resources: [{ uuid: sspResource, title: `${organisation}: Statement of Applicability`, rlinks: [{ href: input.sspHref, "media-type": "application/oscal.ssp+json" }] }] },
      }),
    };
  } catch (error) {
    throw argumentError("exportPoam", error);
  }
}
