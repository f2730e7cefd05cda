import { compareDates, type ObligationId, type RiskId } from "../../core/index.js";
import { listCatalogueControls, type ControlRef } from "../../catalogue/index.js";
import type { ApplicabilityDecision, Evidence, ImplementationStatus, SoaReasonKind } from "../decision.js";
import type { DeriveSoaInput } from "../deriveSoa.js";
import type { Obligation } from "../obligation.js";
import type { SoaCrosswalkEntry, SoaReason, SoaRow } from "../soaRow.js";
import { combineStatuses, type PlanSelection } from "./plans.js";
import { compareText, sortedUnique } from "./sort.js";
import { SOA_REASON_ORDER } from "./reasons.js";
import { crosswalksOf } from "./crosswalk.js";

/** A row's crosswalk field: present when the mappings relate its control to another catalogue in scope. */
function crosswalkOf(crosswalks: ReadonlyMap<string, SoaCrosswalkEntry[]> | undefined, ref: string): { crosswalk?: SoaCrosswalkEntry[] } {
  const entries = crosswalks?.get(ref);
  return entries === undefined || entries.length === 0 ? {} : { crosswalk: entries };
}

/**
 * deriveSoa's rows from the plans' selections (`selectionsOf(input.plans ?? [], input.asOf)`),
 * so that validateSoa, which needs the selections too, gathers them once.
 */
export function deriveRows(input: DeriveSoaInput, selections: ReadonlyMap<ControlRef, PlanSelection>): SoaRow[] {
  const custom = input.customCatalogues ?? [];
  const obligationsByRef = new Map<ControlRef, Obligation[]>();
  for (const obligation of input.obligations ?? []) {
    for (const ref of new Set(obligation.controls)) {
      const list = obligationsByRef.get(ref) ?? [];
      list.push(obligation);
      obligationsByRef.set(ref, list);
    }
  }
  const decisions = new Map<ControlRef, ApplicabilityDecision>();
  for (const decision of input.decisions) if (!decisions.has(decision.control)) decisions.set(decision.control, decision);

  const crosswalks = input.mappings === undefined ? undefined : crosswalksOf(input.mappings, new Set(input.catalogues));

  const rows: SoaRow[] = [];
  for (const catalogue of new Set(input.catalogues)) {
    for (const control of listCatalogueControls(catalogue, custom)) {
      const decision = decisions.get(control.ref);
      const selection = selections.get(control.ref);
      const obligations = obligationsByRef.get(control.ref) ?? [];
      // A withdrawn control of an imported catalogue needs no decision; one that a decision,
      // plan or obligation names stays, so that what names it still resolves.
      if (control.withdrawn === true && decision === undefined && selection === undefined && obligations.length === 0) continue;
      const risks = selection?.risks ?? [];
      const obligationIds = sortedUnique(obligations.map((obligation) => obligation.id));
      const statusFromPlans = combineStatuses(selection?.statuses ?? []);
      const applicable = decision ? decision.applicable : selection !== undefined || obligations.length > 0;
      const status: ImplementationStatus = decision?.status ?? statusFromPlans ?? (applicable ? "not_started" : "not_implemented");
      const evidence = sortEvidence([...(decision?.evidence ?? []), ...(input.recordEvidence?.get(control.ref) ?? [])].filter((item) => input.asOf === undefined || compareDates(item.date, input.asOf) <= 0));
      const row: SoaRow = {
        ref: control.ref,
        catalogue: control.catalogue,
        id: control.id,
        title: control.title,
        ...(control.group === undefined ? {} : { group: control.group }),
        applicable,
        ...(decision === undefined && selection === undefined && obligations.length === 0 ? { undecided: true as const } : {}),
        reasons: reasonsOf(risks, obligations, decision),
        risks,
        obligations: obligationIds,
        ...(decision?.justification === undefined ? {} : { justification: decision.justification }),
        status,
        ...(statusFromPlans === undefined ? {} : { statusFromPlans }),
        ...(decision?.status !== undefined && statusFromPlans !== undefined && decision.status !== statusFromPlans ? { statusMismatch: true as const } : {}),
        ...(decision?.provider === undefined ? {} : { provider: decision.provider }),
        ...(decision?.owner === undefined ? {} : { owner: decision.owner }),
        evidence,
        ...(evidence[0] === undefined ? {} : { lastEvidenceDate: evidence[0].date }),
        ...(decision?.lastReviewed === undefined ? {} : { lastReviewed: decision.lastReviewed }),
        ...(decision?.notes === undefined ? {} : { notes: decision.notes }),
        ...crosswalkOf(crosswalks, control.ref),
      };
      rows.push(row);
    }
  }
  return rows;
}

function sortEvidence(evidence: readonly Evidence[]): Evidence[] {
  return evidence
    .map((item) => ({ ...item }))
    .sort((a, b) => compareDates(b.date, a.date) || compareText(a.ref, b.ref) || compareText(a.title ?? "", b.title ?? ""));
}

function reasonsOf(risks: readonly RiskId[], obligations: readonly Obligation[], decision: ApplicabilityDecision | undefined): SoaReason[] {
  const byKind = new Map<SoaReasonKind, { risks?: RiskId[]; obligations?: ObligationId[]; notes: string[] }>();
  if (risks.length > 0) byKind.set("risk_treatment", { risks: [...risks], notes: [] });
  // Each kind's obligation ids are gathered, then sorted and de-duplicated once.
  const gathered: { obligations?: ObligationId[] }[] = [];
  for (const obligation of obligations) {
    const entry = byKind.get(obligation.kind) ?? { notes: [] };
    if (entry.obligations === undefined) {
      entry.obligations = [obligation.id];
      gathered.push(entry);
    } else entry.obligations.push(obligation.id);
    byKind.set(obligation.kind, entry);
  }
  for (const entry of gathered) if (entry.obligations !== undefined) entry.obligations = sortedUnique(entry.obligations);
  for (const reason of decision?.reasons ?? []) {
    const entry = byKind.get(reason.kind) ?? { notes: [] };
    const note = reason.note?.trim();
    if (note !== undefined && note !== "" && !entry.notes.includes(note)) entry.notes.push(note);
    byKind.set(reason.kind, entry);
  }
  return SOA_REASON_ORDER.flatMap((kind) => {
    const entry = byKind.get(kind);
    if (!entry) return [];
    const reason: SoaReason = {
      kind,
      ...(entry.risks === undefined ? {} : { risks: entry.risks }),
      ...(entry.obligations === undefined ? {} : { obligations: entry.obligations }),
      ...(entry.notes.length === 0 ? {} : { note: entry.notes.join("; ") }),
    };
    return [reason];
  });
}
