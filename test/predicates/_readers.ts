// What the readers outside treatment and risk say about a generated scenario, read back from
// their output: the OSCAL POA&M and assessment results, the document's dated items, the
// readiness evidence and the PDCA facts.
import * as z from "zod";
import { exportAssessmentResults, exportPoam, type OscalRisk } from "../../src/oscal/index.js";
import type { TreatmentScenario } from "../arbitraries/treatment.js";

const PropSchema = z.looseObject({ name: z.string(), value: z.string() });
const TaskSchema = z.looseObject({ props: z.array(PropSchema), timing: z.looseObject({ "on-date": z.looseObject({ date: z.string() }) }) });
const RemediationSchema = z.looseObject({ lifecycle: z.string(), props: z.array(PropSchema), tasks: z.array(TaskSchema).optional() });
const RiskLogSchema = z.looseObject({ entries: z.array(z.looseObject({ props: z.array(PropSchema) })) });

/** The value of the first prop of that name. */
export function prop(props: readonly { readonly name: string; readonly value: string }[] | undefined, name: string): string | undefined {
  return props?.find((candidate) => candidate.name === name)?.value;
}

/** What the OSCAL export says of one risk: its remediations by plan and the acceptances in its risk log. */
export interface OscalRiskReading {
  readonly risk: string;
  readonly remediations: readonly { readonly plan: string; readonly lifecycle: string; readonly actionStatus: ReadonlyMap<string, string>; readonly actionDate: ReadonlyMap<string, string> }[];
  readonly acceptances: readonly string[];
  readonly deadline: string | undefined;
}

function read(risk: OscalRisk): OscalRiskReading {
  const remediations = (risk.remediations ?? []).map((raw) => {
    const remediation = RemediationSchema.parse(raw);
    const tasks = remediation.tasks ?? [];
    return {
      plan: prop(remediation.props, "plan-id") ?? "",
      lifecycle: remediation.lifecycle,
      actionStatus: new Map(tasks.map((task) => [prop(task.props, "action-id") ?? "", prop(task.props, "action-status") ?? ""])),
      actionDate: new Map(tasks.map((task) => [prop(task.props, "action-id") ?? "", task.timing["on-date"].date.slice(0, 10)])),
    };
  });
  const log = risk["risk-log"] === undefined ? [] : RiskLogSchema.parse(risk["risk-log"]).entries;
  return {
    risk: prop(risk.props, "risk-id") ?? "",
    remediations,
    acceptances: log.map((entry) => prop(entry.props, "decision-id") ?? ""),
    deadline: risk.deadline?.slice(0, 10),
  };
}

/** What the POA&M and the assessment results read of a scenario. */
function riskContext(scenario: TreatmentScenario) {
  return {
    organisation: "Generated Ltd",
    asOf: scenario.asOf,
    methodologies: [scenario.methodology],
    risks: scenario.risks,
    plans: scenario.plans,
    decisions: scenario.decisions,
  };
}

/** The POA&M's risks (those a plan treats), read back. */
export function poamRisks(scenario: TreatmentScenario): OscalRiskReading[] {
  const poam = exportPoam(riskContext(scenario));
  return (poam["plan-of-action-and-milestones"].risks ?? []).map(read);
}

/** The assessment results' risks (the whole register), read back. */
export function assessmentRisks(scenario: TreatmentScenario): OscalRiskReading[] {
  const results = exportAssessmentResults(riskContext(scenario));
  return (results["assessment-results"].results[0]?.risks ?? []).map(read);
}

/** The numbers in a readiness note such as "3 of 4 risks rated.". */
export function countsOf(note: string | undefined): readonly [number, number] | undefined {
  const match = /(\d+) of (\d+)/.exec(note ?? "");
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}
