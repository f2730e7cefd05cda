import { compareIssues, issue, prefixIssues, type IsmsIssue, type IsoDate } from "../core/index.js";
import { ANNEX_A, ANNEX_A_2013, resolveControlRef, validateCustomCatalogue } from "../catalogue/index.js";
import { validateAssets, validateAssetSettings } from "../assets/index.js";
import { validateMethodology, validateRisks } from "../risk/index.js";
import { validateDecisions, validateTreatmentPlans } from "../treatment/index.js";
import { validateObligations, validateSoa, validateSoaVersions } from "../soa/index.js";
import {
  validateAuditProgramme,
  validateCertification,
  validateCycle,
  validateNonconformities,
  validateObjectives,
  validateReadinessAssessments,
  validateReviews,
} from "../cycle/index.js";
import type { IsmsDocument } from "./schema.js";
import { approvedSoaVersions } from "./_internal/approvals.js";
import { applyAcknowledgements } from "./_internal/acknowledge.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link validateIsms}.
 *
 * @category Document
 * @example
 * ```ts
 * const options: ValidateIsmsOptions = { asOf: "2026-11-27" };
 * validateIsms(doc, options).filter((found) => found.severity === "error"); // []: the example has warnings only
 * ```
 */
export interface ValidateIsmsOptions {
  /** The date against which due dates, expiries and evidence ages are judged. */
  readonly asOf: IsoDate;
  /** Evidence older than this many days is flagged (default: the SoA module's default). */
  readonly evidenceMaxAgeDays?: number;
}

function checkRefs(document: IsmsDocument): IsmsIssue[] {
  const issues: IsmsIssue[] = [];
  const custom = document.catalogues;
  const known = new Set<string>([ANNEX_A, ANNEX_A_2013, ...custom.map((catalogue) => catalogue.id)]);
  document.cataloguesInScope.forEach((id, index) => {
    if (!known.has(id)) issues.push(issue("unknown_catalogue", `Catalogue "${id}" is in scope but not defined in the document.`, ["cataloguesInScope", index]));
  });
  const seenCatalogues = new Set<string>();
  document.catalogues.forEach((catalogue, index) => {
    if (seenCatalogues.has(catalogue.id)) issues.push(issue("duplicate_catalogue_id", `Catalogue "${catalogue.id}" is defined twice.`, ["catalogues", index, "id"]));
    seenCatalogues.add(catalogue.id);
    issues.push(...prefixIssues(validateCustomCatalogue(catalogue, { catalogues: custom }), ["catalogues", index]));
  });
  const ref = (value: string, path: (string | number)[]): void => {
    if (!resolveControlRef(value, custom)) issues.push(issue("unknown_control", `Control "${value}" is in no catalogue of the document.`, path));
  };
  document.controlDescriptions.forEach((description, index) => ref(description.ref, ["controlDescriptions", index, "ref"]));
  (document.auditProgramme?.audits ?? []).forEach((audit, auditIndex) => {
    audit.controls.forEach((control, index) => ref(control, ["auditProgramme", "audits", auditIndex, "controls", index]));
    audit.findings.forEach((finding, findingIndex) =>
      (finding.controls ?? []).forEach((control, index) =>
        ref(control, ["auditProgramme", "audits", auditIndex, "findings", findingIndex, "controls", index]),
      ),
    );
  });
  document.nonconformities.forEach((nc, ncIndex) => (nc.controls ?? []).forEach((control, index) => ref(control, ["nonconformities", ncIndex, "controls", index])));
  // A stored SoA version is history: its risks and obligations may since have gone, but each
  // row must still name a control of a catalogue the document holds.
  document.soaVersions.forEach((version, versionIndex) => version.rows.forEach((row, index) => ref(row.ref, ["soaVersions", versionIndex, "rows", index, "ref"])));
  (document.readiness ?? []).forEach((assessment, index) => {
    if (assessment.requirement.includes(":")) ref(assessment.requirement, ["readiness", index, "requirement"]);
  });
  const reviewIds = new Set<string>(document.reviews.map((review) => review.id));
  document.nonconformities.forEach((nc, index) => {
    if (nc.source.kind === "review" && !reviewIds.has(nc.source.review)) {
      issues.push(issue("unknown_review", `Nonconformity ${nc.id} names management review ${nc.source.review}, which does not exist.`, ["nonconformities", index, "source", "review"]));
    }
  });
  const unique = (code: string, path: string, keys: readonly string[], label: string): void => {
    const seen = new Set<string>();
    keys.forEach((value, index) => {
      if (seen.has(value)) issues.push(issue(code, `${label} ${value} appears more than once.`, [path, index]));
      seen.add(value);
    });
  };
  unique("duplicate_policy_id", "policies", document.policies.map((policy) => policy.id), "Policy");
  unique("duplicate_document_id", "documents", document.documents.map((entry) => entry.id), "Documented information");
  unique("duplicate_context_issue_id", "contextIssues", document.contextIssues.map((entry) => entry.id), "Context issue");
  unique("duplicate_interested_party_id", "interestedParties", document.interestedParties.map((entry) => entry.id), "Interested party");
  unique("duplicate_control_description", "controlDescriptions", document.controlDescriptions.map((entry) => entry.ref), "The description of control");
  const methodologyKeys = new Set<string>();
  document.methodologies.forEach((methodology, index) => {
    const key = `${methodology.id}@${methodology.version}`;
    if (methodologyKeys.has(key)) {
      issues.push(issue("duplicate_methodology_version", `Methodology ${methodology.id} version ${methodology.version} is defined twice.`, ["methodologies", index]));
    }
    methodologyKeys.add(key);
  });
  return issues;
}

/**
 * Validates a parsed document against every rule of every module plus referential integrity
 * across modules (every id and control a value refers to exists), and returns all issues at
 * once, each with code, severity, message and JSON path from the document root, sorted
 * deterministically (path, severity, code, message). The result does not depend on the
 * order of collections beyond the indexes in the paths.
 *
 * **Acknowledged warnings.** A warning matched by one of the document's `acknowledgements`
 * (same code, and the same path when the acknowledgement names one) that is in force on
 * `asOf` (`on` ≤ `asOf`, and `asOf` ≤ `until` when it has one) is returned with severity
 * `info` and `acknowledged: { id, reason, by, until? }`; its code, path and message stay.
 * Errors are never acknowledged. Issues about the acknowledgements themselves, at
 * `["acknowledgements", i, …]`, cannot be acknowledged in turn:
 *
 * | code | severity | when |
 * |---|---|---|
 * | `duplicate_acknowledgement_id` | error | a second acknowledgement with the same id |
 * | `acknowledgement_until_before_on` | error | `until` is before `on`: never in force |
 * | `cannot_acknowledge_error` | warning | it matches an error, which stays an error |
 * | `unused_acknowledgement` | warning | it matches no warning or error (fixed, or mistyped) |
 * | `acknowledgement_expired` | info | its `until` is before `asOf`: the warnings it matches are warnings again |
 * | `acknowledgement_not_yet_in_force` | info | its `on` is after `asOf`: the warnings it matches are still warnings |
 *
 * @param document - a document from {@link parseIsms}
 * @param options - the `asOf` date and thresholds
 * @returns issues; no issue of severity `error` means the document is valid
 * @category Document
 * @example
 * ```ts
 * const issues = validateIsms(doc, { asOf: "2026-11-27" });
 * const failed = issues.some((found) => found.severity === "error");
 * const accepted = issues.filter((found) => found.acknowledged !== undefined).map((found) => `${found.code}: ${found.acknowledged?.reason}`);
 * ```
 */
export function validateIsms(document: IsmsDocument, options: ValidateIsmsOptions): IsmsIssue[] {
  try {
    const { asOf } = options;
    const catalogueIds = document.cataloguesInScope;
    const audits = document.auditProgramme?.audits ?? [];
    const soaInput = {
      catalogues: catalogueIds,
      customCatalogues: document.catalogues,
      risks: document.risks,
      plans: document.treatmentPlans,
      obligations: document.obligations,
      decisions: document.soaDecisions,
      asOf,
    };
    const issues: IsmsIssue[] = [
      ...checkRefs(document),
      ...prefixIssues(validateAssetSettings(document.assetSettings), ["assetSettings"]),
      ...prefixIssues(validateAssets(document.assets, document.assetSettings), ["assets"]),
      ...document.methodologies.flatMap((methodology, index) => prefixIssues(validateMethodology(methodology), ["methodologies", index])),
      ...prefixIssues(
        validateRisks(document.risks, { methodologies: document.methodologies, assetIds: document.assets.map((asset) => asset.id) }),
        ["risks"],
      ),
      ...prefixIssues(
        validateTreatmentPlans(document.treatmentPlans, {
          risks: document.risks,
          methodologies: document.methodologies,
          decisions: document.decisions,
          catalogues: document.catalogues,
          cataloguesInScope: [...catalogueIds, ANNEX_A_2013],
          asOf,
        }),
        ["treatmentPlans"],
      ),
      ...prefixIssues(
        validateDecisions(document.decisions, {
          risks: document.risks,
          plans: document.treatmentPlans,
          methodologies: document.methodologies,
          asOf,
        }),
        ["decisions"],
      ),
      ...prefixIssues(validateObligations(document.obligations, { catalogues: [...catalogueIds, ANNEX_A_2013], customCatalogues: document.catalogues }), ["obligations"]),
      ...prefixIssues(validateSoaVersions(document.soaVersions), ["soaVersions"]),
      ...prefixIssues(validateObjectives(document.objectives, { asOf }), ["objectives"]),
      ...(document.auditProgramme
        ? prefixIssues(validateAuditProgramme(document.auditProgramme, { nonconformities: document.nonconformities }), ["auditProgramme"])
        : []),
      ...prefixIssues(validateNonconformities(document.nonconformities, { audits }), ["nonconformities"]),
      ...prefixIssues(validateReviews(document.reviews), ["reviews"]),
      ...prefixIssues(validateCycle(document.cycle), ["cycle"]),
      ...(document.certification ? prefixIssues(validateCertification(document.certification), ["certification"]) : []),
      ...(document.readiness ? prefixIssues(validateReadinessAssessments(document.readiness), ["readiness"]) : []),
    ];
    if (!document.scope) issues.push(issue("missing_scope", "The ISMS scope (4.3) is not defined.", ["scope"], "warning"));
    // The SoA's findings about plans and catalogues repeat what the treatment and reference
    // checks above already report at the same place: keep only those that add something.
    const reported = new Set(issues.map(issueKey));
    const soa = soaIssuesInDocument(
      validateSoa(soaInput, {
        asOf,
        // Undecided controls are errors once an approved SoA is in operation, warnings in a draft.
        hasApprovedVersion: approvedSoaVersions(document, asOf).length > 0,
        ...(options.evidenceMaxAgeDays === undefined ? {} : { evidenceMaxAgeDays: options.evidenceMaxAgeDays }),
      }),
    );
    issues.push(...soa.filter((found) => !reported.has(issueKey(found))));
    return applyAcknowledgements(issues, document.acknowledgements ?? [], asOf).sort(compareIssues);
  } catch (error) {
    throw argumentError("validateIsms", error);
  }
}

// validateSoa's paths start at a decision's index, or name the part of its input they are
// about; in the document those parts are the SoA decisions, the treatment plans and the
// catalogues in scope.
const SOA_INPUT_FIELDS: Readonly<Record<string, string>> = { plans: "treatmentPlans", catalogues: "cataloguesInScope" };

function issueKey(found: IsmsIssue): string {
  return `${found.code} ${JSON.stringify(found.path)}`;
}

function soaIssuesInDocument(issues: readonly IsmsIssue[]): IsmsIssue[] {
  return issues.map((found) => {
    const [head, ...rest] = found.path;
    const field = typeof head === "string" ? SOA_INPUT_FIELDS[head] : undefined;
    return { ...found, path: field === undefined ? ["soaDecisions", ...found.path] : [field, ...rest] };
  });
}
