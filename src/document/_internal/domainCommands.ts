import { zodIssues } from "../../core/_internal/index.js";
import { err, issue, ok, type IsmsIssue, type Result } from "../../core/index.js";
import {
  correctAssetLifecycleDates,
  disposeAsset,
  linkDependency,
  reclassifyAsset,
  retireAsset,
  unlinkDependency,
  type Asset,
} from "../../assets/index.js";
import { setRating } from "../../risk/index.js";
import { ANNEX_A, ANNEX_A_2013 } from "../../catalogue/index.js";
import { advanceNonconformity, recordMeasurement, transition } from "../../cycle/index.js";
import type { ParsedCommand } from "../commandSchema.js";
import { OrganisationSchema } from "../context.js";
import { pdcaFacts } from "../pdcaFacts.js";
import type { IsmsDocument } from "../schema.js";
import { ISMS_RECORD_KINDS } from "../recordKinds.js";
import { replaceAt, type Step } from "./commandStep.js";
import type { ChangedAt } from "./diff.js";
import { extendIndex, indexOfKey } from "./idIndex.js";
import { keyOf } from "./registry.js";

/** The commands that carry the rules of their domain (everything but `entity.*`). */
export type DomainCommand = Exclude<ParsedCommand, { type: `entity.${string}` }>;

type AssetCommand = Extract<DomainCommand, { type: `asset.${string}` }>;

function withAssets(result: Result<readonly Asset[]>, document: IsmsDocument, summary: string): Step<IsmsDocument> {
  if (!result.ok) return err(result.error);
  return ok({ document: result.value === document.assets ? document : { ...document, assets: [...result.value] }, summary });
}

// Every collection updateOne reaches is keyed by id, as risks are: one key function, so that
// the entity commands and these share the index of an array.
const idOf = (record: unknown): string => keyOf(ISMS_RECORD_KINDS.risks, record);

/**
 * The index of the first item whose id is `id`, or -1, through the collection's id index
 * (keyed as the registry keys records by id). The index keys ids as strings; the check that
 * follows keeps a scan's exact answer for records whose id is not a string.
 */
function indexOfId(items: readonly { readonly id: string }[], id: string): number {
  const at = indexOfKey(items, id, idOf);
  return at === -1 || items[at]?.id === id ? at : items.findIndex((item) => item.id === id);
}

function updateOne<T extends { readonly id: string }>(
  items: readonly T[],
  id: string,
  label: string,
  change: (item: T) => Result<T, readonly IsmsIssue[]>,
): Result<{ items: T[]; changed: ChangedAt } | undefined, readonly IsmsIssue[]> {
  const index = indexOfId(items, id);
  const item = items[index];
  if (item === undefined) return err([issue("unknown_entity", `${label} ${id} does not exist.`, ["id"])]);
  const next = change(item);
  if (!next.ok) return next;
  if (next.value === item) return ok(undefined);
  const updated = replaceAt(items, index, next.value);
  return ok({ items: updated, changed: { array: updated, index } });
}

function assetStep(document: IsmsDocument, asset: Asset, command: AssetCommand): Step<IsmsDocument> {
  const { assets } = document;
  switch (command.type) {
    case "asset.retire":
      return withAssets(retireAsset(assets, asset.id, command.date), document, `Asset ${asset.id} retired on ${command.date}`);
    case "asset.dispose":
      return withAssets(disposeAsset(assets, asset.id, command.date), document, `Asset ${asset.id} disposed of on ${command.date}`);
    case "asset.correctDates": {
      const corrected = [
        ...(command.retiredOn === undefined ? [] : [`retired on ${command.retiredOn}`]),
        ...(command.disposedOn === undefined ? [] : [`disposed of on ${command.disposedOn}`]),
      ];
      const dates = { retiredOn: command.retiredOn, disposedOn: command.disposedOn };
      return withAssets(correctAssetLifecycleDates(assets, asset.id, dates), document, `Asset ${asset.id}: dates corrected (${corrected.join(", ")})`);
    }
    // The target may name no asset: linkDependency and unlinkDependency report it.
    case "asset.link":
      return withAssets(linkDependency(assets, asset.id, command.dependsOn as Asset["id"]), document, `Asset ${asset.id} now depends on ${command.dependsOn}`);
    case "asset.unlink":
      return withAssets(unlinkDependency(assets, asset.id, command.dependsOn as Asset["id"]), document, `Asset ${asset.id} no longer depends on ${command.dependsOn}`);
    case "asset.reclassify":
      return withAssets(
        reclassifyAsset(assets, asset.id, command.classification, document.assetSettings),
        document,
        `Asset ${asset.id} reclassified as ${command.classification}`,
      );
  }
}

type RaiseRisk = Extract<DomainCommand, { type: "supplier.raiseRisk" }>;

/** Adds the risk raised from a supplier assessment's finding and links the finding to it. */
function raiseSupplierRisk(document: IsmsDocument, command: RaiseRisk): Step<IsmsDocument> {
  const suppliers = document.suppliers ?? [];
  const index = indexOfId(suppliers, command.supplier);
  const supplier = suppliers[index];
  if (supplier === undefined) return err([issue("unknown_entity", `Supplier ${command.supplier} does not exist.`, ["supplier"])]);
  const at = supplier.assessments.findIndex((assessment) => assessment.id === command.assessment);
  const assessment = supplier.assessments[at];
  if (assessment === undefined) return err([issue("unknown_entity", `Supplier ${supplier.id} has no assessment ${command.assessment}.`, ["assessment"])]);
  const position = assessment.findings.findIndex((finding) => finding.id === command.finding);
  const finding = assessment.findings[position];
  if (finding === undefined) return err([issue("unknown_entity", `Assessment ${assessment.id} of supplier ${supplier.id} has no finding ${command.finding}.`, ["finding"])]);
  if (finding.risk !== undefined) {
    return err([issue("finding_has_risk", `Finding ${finding.id} of supplier ${supplier.id} already raised risk ${finding.risk}.`, ["finding"])]);
  }
  const { risk } = command;
  if (indexOfId(document.risks, risk.id) !== -1) return err([issue("duplicate_id", `Risk ${risk.id} already exists.`, ["risk", "id"])]);
  const risks = [...document.risks, risk];
  extendIndex(document.risks, risks, risk.id);
  const findings = replaceAt(assessment.findings, position, { ...finding, risk: risk.id });
  const assessments = replaceAt(supplier.assessments, at, { ...assessment, findings });
  const nextSuppliers = replaceAt(suppliers, index, { ...supplier, assessments });
  return ok({
    document: { ...document, risks, suppliers: nextSuppliers },
    summary: `Risk ${risk.id} raised from finding ${finding.id} of supplier ${supplier.id}'s assessment ${assessment.id}`,
  });
}

type RaiseNonconformity = Extract<DomainCommand, { type: "incident.raiseNonconformity" }>;

/**
 * Adds the nonconformity a lesson learned raises (5.27, 10.2) and records it on the lesson:
 * both in one step, so one change-log entry holds them. The nonconformity's source must name
 * the incident (`{ kind: "incident", reference: <incident id> }`, or `other` with that
 * reference), its id must be free, and the lesson must not have raised one already.
 */
function raiseNonconformityStep(document: IsmsDocument, command: RaiseNonconformity): Step<IsmsDocument> {
  const incidents = document.incidents ?? [];
  const index = indexOfId(incidents, command.incident);
  const incident = incidents[index];
  if (incident === undefined) return err([issue("unknown_entity", `Incident ${command.incident} does not exist.`, ["incident"])]);
  const lessonIndex = incident.lessons.findIndex((lesson) => lesson.id === command.lesson);
  const lesson = incident.lessons[lessonIndex];
  if (lesson === undefined) return err([issue("unknown_lesson", `Incident ${incident.id} has no lesson ${command.lesson}.`, ["lesson"])]);
  const { nonconformity } = command;
  const refused: IsmsIssue[] = [];
  if (lesson.raised?.nonconformity !== undefined) {
    refused.push(issue("lesson_already_raised", `Lesson ${lesson.id} of incident ${incident.id} already raised nonconformity ${lesson.raised.nonconformity}.`, ["lesson"]));
  }
  if (indexOfId(document.nonconformities, nonconformity.id) !== -1) {
    refused.push(issue("duplicate_id", `Nonconformity ${nonconformity.id} already exists.`, ["nonconformity", "id"]));
  }
  const { source } = nonconformity;
  if ((source.kind !== "incident" && source.kind !== "other") || source.reference !== incident.id) {
    refused.push(
      issue("nonconformity_source_mismatch", `The nonconformity's source must be the incident: { kind: "incident", reference: "${incident.id}" }.`, ["nonconformity", "source"]),
    );
  }
  if (refused.length > 0) return err(refused);
  const lessons = incident.lessons.slice();
  lessons[lessonIndex] = { ...lesson, raised: { ...lesson.raised, nonconformity: nonconformity.id } };
  return ok({
    document: {
      ...document,
      incidents: replaceAt(incidents, index, { ...incident, lessons }),
      nonconformities: [...document.nonconformities, nonconformity],
    },
    summary: `Incident ${incident.id}: lesson ${lesson.id} raised nonconformity ${nonconformity.id}`,
  });
}

/** Applies a domain command: the rules of the module it belongs to decide. */
export function domainStep(document: IsmsDocument, command: DomainCommand): Step<IsmsDocument> {
  switch (command.type) {
    case "organisation.update": {
      const organisation = OrganisationSchema.safeParse({ ...document.organisation, ...command.patch });
      if (!organisation.success) return err(zodIssues(organisation.error, ["patch"]));
      return ok({ document: { ...document, organisation: organisation.data }, summary: "Organisation updated" });
    }
    case "scope.set":
      return ok({ document: { ...document, scope: command.scope }, summary: "ISMS scope set" });
    case "cataloguesInScope.set": {
      const known = new Set<string>([ANNEX_A, ANNEX_A_2013, ...document.catalogues.map((catalogue) => catalogue.id)]);
      const refused: IsmsIssue[] = [];
      command.catalogues.forEach((id, index) => {
        if (!known.has(id)) refused.push(issue("unknown_catalogue", `Catalogue "${id}" is not defined in the document: add it to catalogues first.`, ["catalogues", index]));
        else if (command.catalogues.indexOf(id) < index) refused.push(issue("duplicate_catalogue", `Catalogue "${id}" is named twice.`, ["catalogues", index]));
      });
      if (refused.length > 0) return err(refused);
      const same = command.catalogues.length === document.cataloguesInScope.length && command.catalogues.every((id, index) => document.cataloguesInScope[index] === id);
      if (same) return ok({ document, summary: "Catalogues in scope unchanged" });
      return ok({ document: { ...document, cataloguesInScope: [...command.catalogues] }, summary: `Catalogues in scope set (${command.catalogues.join(", ")})` });
    }
    case "auditProgramme.set":
      return ok({
        document: { ...document, auditProgramme: { ...command.programme, audits: document.auditProgramme?.audits ?? [] } },
        summary: "Audit programme set",
      });
    case "certification.set":
      return ok({ document: { ...document, certification: command.certification }, summary: "Certification record set" });
    case "asset.retire":
    case "asset.dispose":
    case "asset.correctDates":
    case "asset.link":
    case "asset.unlink":
    case "asset.reclassify": {
      const asset = document.assets.find((candidate) => candidate.id === command.id);
      if (asset === undefined) return err([issue("unknown_entity", `Asset ${command.id} does not exist.`, ["id"])]);
      return assetStep(document, asset, command);
    }
    case "risk.rate": {
      const risks = updateOne(document.risks, command.id, "Risk", (risk) => ok(setRating(risk, command.layer, command.rating)));
      if (!risks.ok) return risks;
      const summary = `Risk ${command.id}: ${command.layer} rating ${command.rating ? "set" : "cleared"}`;
      if (risks.value === undefined) return ok({ document, summary });
      return ok({ document: { ...document, risks: risks.value.items }, changed: risks.value.changed, summary });
    }
    case "objective.measure": {
      const objectives = updateOne(document.objectives, command.id, "Objective", (objective) => ok(recordMeasurement(objective, command.measurement)));
      if (!objectives.ok) return objectives;
      const summary = `Objective ${command.id}: measurement of ${command.measurement.date} recorded`;
      if (objectives.value === undefined) return ok({ document, summary });
      return ok({ document: { ...document, objectives: objectives.value.items }, changed: objectives.value.changed, summary });
    }
    case "nonconformity.advance": {
      const nonconformities = updateOne(document.nonconformities, command.id, "Nonconformity", (nc) => advanceNonconformity(nc, command.event));
      if (!nonconformities.ok) return nonconformities;
      const summary = `Nonconformity ${command.id}: ${command.event.kind}`;
      if (nonconformities.value === undefined) return ok({ document, summary });
      return ok({ document: { ...document, nonconformities: nonconformities.value.items }, changed: nonconformities.value.changed, summary });
    }
    case "incident.raiseNonconformity":
      return raiseNonconformityStep(document, command);
    case "cycle.transition": {
      const next = transition(document.cycle, command.event, { date: command.date, guards: pdcaFacts(document, command.date) });
      if (!next.ok) return err(next.error);
      return ok({ document: { ...document, cycle: next.value }, summary: `PDCA: ${command.event} (now ${next.value.phase}, cycle ${next.value.cycle})` });
    }
    case "supplier.raiseRisk":
      return raiseSupplierRisk(document, command);
  }
}
