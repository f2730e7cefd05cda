import { rateRisk, evaluateRisk, type RatingLayer, type Risk } from "../../risk/index.js";
import type { IsmsDocument } from "../../document/index.js";
import type { ReportLabels } from "../labels.js";
import { controlId, controlTitle, labelOf } from "./labels.js";

/** An id and the name a reader needs beside it. */
export interface Named {
  readonly id: string;
  readonly name?: string | undefined;
}

/** One row of the risk register as every renderer shows it, in the labels' words. */
export interface RiskRow {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly owner: string;
  readonly category: string;
  readonly status: string;
  /** The assets of an asset-based risk, with their names. */
  readonly assets: readonly Named[];
  /** The risk source of an event-based risk. */
  readonly source: string;
  readonly scenario: string;
  readonly levels: Readonly<Record<RatingLayer, string>>;
  readonly appetite: string;
  readonly plans: readonly Named[];
  /** Controls of the plans: `id` is the reference as shown (`5.17`), `ref` the stored one. */
  readonly controls: readonly (Named & { readonly ref: string })[];
}

export const LAYERS: readonly RatingLayer[] = ["inherent", "current", "target", "residual"];

/** Builds the rows of the risk register in the order of the document. */
export function riskRows(document: IsmsDocument, labels: ReportLabels): RiskRow[] {
  return document.risks.map(riskRowMaker(document, labels));
}

/**
 * The row of one risk, with the document's lookups built once: for a renderer that turns each
 * row into text at once and keeps no row (the CSV of 100,000 risks holds its text, not its rows).
 */
export function riskRowMaker(document: IsmsDocument, labels: ReportLabels): (risk: Risk) => RiskRow {
  const assetNames = new Map<string, string>(document.assets.map((asset) => [asset.id, asset.name]));
  const plansByRisk = new Map<string, { plans: Named[]; controls: Set<string> }>();
  for (const plan of document.treatmentPlans) {
    for (const riskId of plan.risks) {
      const entry = plansByRisk.get(riskId) ?? { plans: [], controls: new Set<string>() };
      entry.plans.push({ id: plan.id, name: plan.title });
      for (const control of plan.controls) entry.controls.add(control.ref);
      plansByRisk.set(riskId, entry);
    }
  }
  return (risk) => {
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
      kind: labels.riskKind[risk.kind],
      owner: risk.owner ?? "",
      category: risk.category ?? "",
      status: labelOf(labels.riskStatus, risk.status),
      assets: risk.kind === "asset_based" ? risk.assets.map((id) => ({ id, name: assetNames.get(id) })) : [],
      source: risk.kind === "asset_based" ? "" : risk.riskSource,
      scenario: risk.kind === "asset_based" ? `${risk.threat} / ${risk.vulnerability}` : `${risk.event} / ${risk.consequenceDescription}`,
      levels,
      appetite: evaluation ? labels.appetiteStatus[evaluation.appetite] : labels.common.notRated,
      plans: plans?.plans ?? [],
      controls: [...(plans?.controls ?? [])].map((ref) => ({ ref, id: controlId(ref), name: controlTitle(ref, document.catalogues) })),
    };
  };
}

/** "id name" of each item, or the id alone when it has no name. */
export function namedText(items: readonly Named[]): string[] {
  return items.map((item) => (item.name === undefined || item.name === "" ? item.id : `${item.id} ${item.name}`));
}
