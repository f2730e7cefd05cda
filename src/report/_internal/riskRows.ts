import { rateRisk, evaluateRisk, type RatingLayer } from "../../risk/index.js";
import type { IsmsDocument } from "../../document/index.js";

/** One row of the risk register as every renderer shows it. */
export interface RiskRow {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly owner: string;
  readonly category: string;
  readonly status: string;
  readonly subject: string;
  readonly scenario: string;
  readonly levels: Readonly<Record<RatingLayer, string>>;
  readonly appetite: string;
  readonly plans: string;
  readonly controls: string;
}

const LAYERS: readonly RatingLayer[] = ["inherent", "current", "target", "residual"];

/** Builds the rows of the risk register in the order of the document. */
export function riskRows(document: IsmsDocument): RiskRow[] {
  const plansByRisk = new Map<string, { ids: string[]; controls: Set<string> }>();
  for (const plan of document.treatmentPlans) {
    for (const riskId of plan.risks) {
      const entry = plansByRisk.get(riskId) ?? { ids: [], controls: new Set<string>() };
      entry.ids.push(plan.id);
      for (const control of plan.controls) entry.controls.add(control.ref);
      plansByRisk.set(riskId, entry);
    }
  }
  return document.risks.map((risk) => {
    const levels = Object.fromEntries(
      LAYERS.map((layer) => {
        const score = rateRisk(document.methodologies, risk, layer);
        return [layer, score ? score.level.label : ""];
      }),
    ) as Record<RatingLayer, string>;
    const evaluation = evaluateRisk(document.methodologies, risk);
    const plans = plansByRisk.get(risk.id);
    return {
      id: risk.id,
      title: risk.title,
      kind: risk.kind === "asset_based" ? "asset-based" : "event-based",
      owner: risk.owner ?? "",
      category: risk.category ?? "",
      status: risk.status,
      subject: risk.kind === "asset_based" ? risk.assets.join(" ") : risk.riskSource,
      scenario: risk.kind === "asset_based" ? `${risk.threat} / ${risk.vulnerability}` : `${risk.event} / ${risk.consequenceDescription}`,
      levels,
      appetite: evaluation ? evaluation.appetite.replace(/_/g, " ") : "not rated",
      plans: plans ? plans.ids.join(" ") : "",
      controls: plans ? [...plans.controls].join(" ") : "",
    };
  });
}

/** The column headings of the risk register. */
export const RISK_COLUMNS = [
  "Risk",
  "Title",
  "Kind",
  "Owner",
  "Category",
  "Status",
  "Assets or source",
  "Scenario",
  "Inherent",
  "Current",
  "Target",
  "Residual",
  "Evaluation",
  "Treatment plans",
  "Controls",
] as const;

/** A row's cells in the order of {@link RISK_COLUMNS}. */
export function riskCells(row: RiskRow): string[] {
  return [
    row.id,
    row.title,
    row.kind,
    row.owner,
    row.category,
    row.status,
    row.subject,
    row.scenario,
    row.levels.inherent,
    row.levels.current,
    row.levels.target,
    row.levels.residual,
    row.appetite,
    row.plans,
    row.controls,
  ];
}
