import type { CustomCatalogue } from "../catalogue/index.js";
import type { Audit, Finding, Nonconformity } from "../cycle/index.js";
import type { Methodologies, Risk } from "../risk/index.js";
import type { Decision, TreatmentPlan } from "../treatment/index.js";
import { compact, lineOr, ownProp, text, timestamp, uuidFactory } from "./_internal/build.js";
import { controlIdResolver, type ControlIdOf } from "./_internal/controlIds.js";
import { registry } from "./_internal/parties.js";
import { dayStart, oscalRisk } from "./_internal/risks.js";
import { OSCAL_VERSION } from "./namespace.js";
import type { OscalAssessmentResultsDocument, OscalJsonObject, OscalProp } from "./model.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * What {@link exportAssessmentResults} reads: plain values from the risk, treatment and
 * cycle modules (the document module wraps this).
 *
 * @category OSCAL
 * @example
 * ```ts
 * const input: AssessmentResultsInput = {
 *   organisation: doc.organisation.name, asOf: "2026-11-27T09:00:00Z", methodologies: doc.methodologies, risks: doc.risks,
 *   plans: doc.treatmentPlans, decisions: doc.decisions,
 * };
 * exportAssessmentResults(input)["assessment-results"].results[0]?.risks?.length; // 27
 * ```
 */
export interface AssessmentResultsInput {
  /** The organisation's name; it seeds the uuids. */
  readonly organisation: string;
  /** `metadata.last-modified` and the result's end: a date-time with a time zone, or a date. */
  readonly asOf: string;
  /** The risk methodology versions the ratings were made under (6.1.2 a). */
  readonly methodologies: Methodologies;
  /** The risk register. */
  readonly risks: readonly Risk[];
  /** The risk treatment plans: each becomes a remediation of the risks it treats. */
  readonly plans?: readonly TreatmentPlan[];
  /** The risk owners' decisions: plan approvals set a remediation's lifecycle, acceptances go into the risk log. */
  readonly decisions?: readonly Decision[];
  /** Internal audits (9.2): each finding becomes an observation, nonconformity findings also findings. */
  readonly audits?: readonly Audit[];
  /** Nonconformities (10.2): each becomes a finding. */
  readonly nonconformities?: readonly Nonconformity[];
  /** `metadata.version`; defaults to `"1"`. */
  readonly version?: string;
  /** When the assessment period began; defaults to the earliest rating, audit or nonconformity date, else `asOf`. */
  readonly start?: string;
  /** Where the organisation's assessment plan lives, if anywhere. */
  readonly assessmentPlanHref?: string;
  /**
   * The document's custom catalogues: a control id that two of them share is qualified by
   * its catalogue (`low.ac-2`) in the reviewed controls and finding targets, as in the
   * catalogs, the profile and the SSP.
   */
  readonly catalogues?: readonly CustomCatalogue[];
}

function targetOf(controls: readonly string[] | undefined, clauses: readonly string[] | undefined, idOf: ControlIdOf): OscalJsonObject {
  const control = controls?.[0];
  const clause = clauses?.[0];
  const id = control !== undefined ? `${idOf(control)}_smt` : clause !== undefined ? `clause-${clause}_smt` : "isms";
  return { type: control !== undefined || clause !== undefined ? "statement-id" : "objective-id", "target-id": id, status: { state: "not-satisfied" } };
}

function scopeProps(controls: readonly string[] | undefined, clauses: readonly string[] | undefined): OscalProp[] {
  return [...(controls ?? []).map((ref) => ownProp("control-ref", ref)), ...(clauses ?? []).map((clause) => ownProp("control-ref", `clauses:${clause}`))];
}

/**
 * Exports the risk register (6.1.2, 8.2), the risk treatment (6.1.3, 8.3), internal audit
 * findings (9.2) and nonconformities (10.2) as OSCAL 1.2 `assessment-results` with one
 * result. Each risk carries one characterization per rating layer with likelihood, impact
 * and risk facets in OSCAL's own system (`http://csrc.nist.gov/ns/oscal`) with OSCAL's facet
 * state (inherent `initial`, current and residual `adjusted`, target none) and again in the
 * system of the organisation's methodology and version
 * (`urn:isms:methodology:<id>:v<version>`), its treatment plans as remediations typed mitigate, accept, avoid or
 * share with a lifecycle (recommendation until the plan is approved, planned, completed when
 * every action is done) and the actions as tasks, and accepted residual risk in its risk log.
 * Audit findings become observations of type `discovery` (OSCAL deprecated `finding` in 1.1.4);
 * nonconformities and nonconformity findings become findings. A pure function: the same input gives the same JSON, byte for byte.
 *
 * @param input - organisation, `asOf`, methodologies, risks and optionally plans, decisions, audits, nonconformities
 * @returns `{ "assessment-results" }`
 * @throws {@link IsmsError} `invalid_date` when `asOf` or `start` is not a date or a date-time with a time zone
 * @category OSCAL
 * @example
 * ```ts
 * const ar = exportAssessmentResults({ organisation: "ACME Ltd", asOf: "2026-11-27T09:00:00Z", methodologies: doc.methodologies, risks: doc.risks });
 * ar["assessment-results"].results[0]?.risks?.length; // 27: one per risk
 * ```
 */
export function exportAssessmentResults(input: AssessmentResultsInput): OscalAssessmentResultsDocument {
  try {
    const lastModified = timestamp(input.asOf);
    const uuid = uuidFactory("assessment-results", input.organisation);
    const people = registry(uuid);
    const organisation = lineOr(input.organisation, "Organisation");
    const organisationUuid = people.party(organisation, "organization");
    const preparedFor = people.role("prepared-for", "Prepared for");
    const decisions = input.decisions ?? [];
    const idOf = controlIdResolver(input.catalogues ?? [], [
      ...(input.audits ?? []).flatMap((audit) => [...audit.controls, ...audit.findings.flatMap((finding) => finding.controls ?? [])]),
      ...(input.plans ?? []).flatMap((plan) => plan.controls.map((control) => control.ref)),
      ...(input.nonconformities ?? []).flatMap((nonconformity) => nonconformity.controls ?? []),
    ]);
    const context = { organisation, asOf: lastModified, methodologies: input.methodologies, plans: input.plans ?? [], decisions, uuid, people };
    const risks = input.risks.map((risk) => oscalRisk(risk, context));

    const observations: OscalJsonObject[] = [];
    const findings: OscalJsonObject[] = [];
    const observationOf = new Map<string, string>();
    const auditFinding = new Map<string, Finding>();
    const nonconformityFindings = new Set<string>();
    for (const nonconformity of input.nonconformities ?? []) {
      if (nonconformity.source.kind === "audit" && nonconformity.source.finding !== undefined) {
        nonconformityFindings.add(`${nonconformity.source.audit}/${nonconformity.source.finding}`);
      }
    }
    for (const audit of input.audits ?? []) {
      const auditors = audit.auditors.map((auditor) => ({
        type: "party",
        "actor-uuid": people.party(auditor, "person"),
        "role-id": people.role("auditor", "Internal auditor"),
      }));
      audit.findings.forEach((finding: Finding) => {
        const key = `${audit.id}/${finding.id}`;
        const observation = uuid("observation", key);
        observationOf.set(key, observation);
        auditFinding.set(key, finding);
        const grade = finding.grade;
        observations.push({
          uuid: observation,
          title: `${lineOr(audit.title, audit.id)}: ${finding.id}`,
          description: lineOr(finding.description, finding.id),
          props: [ownProp("audit-id", audit.id), ownProp("finding-id", finding.id), ownProp("finding-grade", grade), ...scopeProps(finding.controls, finding.clauses)],
          methods: ["EXAMINE", "INTERVIEW"],
          // OSCAL 1.2.1 observation types (oscal_assessment-common_metaschema.xml, allowed-values
          // "oscal-observation-values"): ssp-statement-issue, control-objective, mitigation,
          // discovery, historic; "finding" is deprecated since 1.1.4 ("Use 'discovery' instead").
          // Every grade of audit finding is a discovery; the grade is the finding-grade prop.
          types: ["discovery"],
          origins: [{ actors: auditors }],
          collected: dayStart(audit.performedDate ?? audit.plannedDate),
        });
        if ((grade === "major_nonconformity" || grade === "minor_nonconformity") && !nonconformityFindings.has(key)) {
          findings.push({
            uuid: uuid("finding", `audit/${key}`),
            title: `${grade === "major_nonconformity" ? "Major" : "Minor"} nonconformity ${finding.id} (${audit.id})`,
            description: lineOr(finding.description, finding.id),
            props: [ownProp("audit-id", audit.id), ownProp("finding-id", finding.id), ownProp("finding-grade", grade), ...scopeProps(finding.controls, finding.clauses)],
            origins: [{ actors: auditors }],
            target: targetOf(finding.controls, finding.clauses, idOf),
            "related-observations": [{ "observation-uuid": observation }],
          });
        }
      });
    }
    for (const nonconformity of input.nonconformities ?? []) {
      const source = nonconformity.source;
      const sourceKey = source.kind === "audit" && source.finding !== undefined ? `${source.audit}/${source.finding}` : undefined;
      const observation = sourceKey === undefined ? undefined : observationOf.get(sourceKey);
      // A nonconformity that names no control or clause is about those of the audit finding it came from.
      const origin = sourceKey === undefined ? undefined : auditFinding.get(sourceKey);
      const named = (nonconformity.controls?.length ?? 0) + (nonconformity.clauses?.length ?? 0) > 0;
      const controls = named ? nonconformity.controls : origin?.controls;
      const clauses = named ? nonconformity.clauses : origin?.clauses;
      const props: OscalProp[] = [
        ownProp("nonconformity-id", nonconformity.id),
        ownProp("nonconformity-severity", nonconformity.severity),
        ownProp("nonconformity-status", nonconformity.status),
        ...scopeProps(controls, clauses),
      ];
      if (source.kind === "audit") props.push(ownProp("audit-id", source.audit));
      findings.push(
        compact({
          uuid: uuid("finding", `nonconformity/${nonconformity.id}`),
          title: `${nonconformity.severity === "major" ? "Major" : "Minor"} nonconformity ${nonconformity.id}`,
          description: text(nonconformity.description) ?? nonconformity.id,
          props,
          origins: [{ actors: [{ type: "party", "actor-uuid": people.party(nonconformity.owner, "person"), "role-id": people.role("nonconformity-owner", "Nonconformity owner") }] }],
          target: targetOf(controls, clauses, idOf),
          "related-observations": observation === undefined ? undefined : [{ "observation-uuid": observation }],
          remarks: text(
            [
              nonconformity.correction === undefined ? undefined : `Correction (${nonconformity.correction.date}): ${lineOr(nonconformity.correction.description, "-")}`,
              nonconformity.rootCause === undefined ? undefined : `Root cause (${nonconformity.rootCause.date}): ${lineOr(nonconformity.rootCause.description, "-")}`,
              ...nonconformity.correctiveActions.map((action) => `Corrective action ${action.id}: ${lineOr(action.description, "-")} (${action.status}, due ${action.due}).`),
            ]
              .filter((part) => part !== undefined)
              .join("\n\n"),
          ),
        }),
      );
    }

    const dates = [
      ...input.risks.flatMap((risk) => Object.values(risk.ratings).flatMap((rating) => (rating === undefined ? [] : [rating.date]))),
      ...(input.audits ?? []).map((audit) => audit.performedDate ?? audit.plannedDate),
      ...(input.nonconformities ?? []).map((nonconformity) => nonconformity.raised),
    ].sort();
    const start = input.start === undefined ? (dates[0] === undefined ? lastModified : dayStart(dates[0])) : timestamp(input.start);
    const planResource = uuid("resource", "assessment-plan");
    const reviewed = [
      ...new Set([
        ...(input.audits ?? []).flatMap((audit) => audit.controls.map((ref) => idOf(ref))),
        ...(input.plans ?? []).flatMap((plan) => plan.controls.map((control) => idOf(control.ref))),
      ]),
    ];
    return {
      "assessment-results": {
        uuid: uuid("assessment-results"),
        metadata: compact({
          title: `${organisation}: risk assessment, internal audit and nonconformity results`,
          "last-modified": lastModified,
          version: lineOr(input.version, "1"),
          "oscal-version": OSCAL_VERSION,
          roles: people.roles(),
          parties: people.parties(),
          "responsible-parties": [{ "role-id": preparedFor, "party-uuids": [organisationUuid] }],
        }),
        "import-ap": { href: `#${planResource}` },
        results: [
          compact({
            uuid: uuid("result", "isms"),
            title: `${organisation} ISMS assessment as of ${lastModified.slice(0, 10)}`,
            description: `The risk register with its treatment, the internal audit findings and the nonconformities of the ISMS of ${organisation}.`,
            start: start <= lastModified ? start : lastModified,
            end: lastModified,
            "reviewed-controls": {
              "control-selections": [reviewed.length === 0 ? { "include-all": {} } : { "include-controls": reviewed.map((id) => ({ "control-id": id })) }],
            },
            observations,
            risks,
            findings,
          }),
        ],
        "back-matter": {
          resources: [
            compact({
              uuid: planResource,
              title: `${organisation}: risk assessment process and internal audit programme`,
              description: "The assessment plan these results follow: the organisation's risk methodology (6.1.2) and internal audit programme (9.2).",
              rlinks: input.assessmentPlanHref === undefined ? undefined : [{ href: input.assessmentPlanHref }],
            }),
          ],
        },
      },
    };
  } catch (error) {
    throw argumentError("exportAssessmentResults", error);
  }
}
