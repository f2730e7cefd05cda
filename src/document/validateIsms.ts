import { compareIssues, issue, prefixIssues, type IsmsIssue, type IsoDate } from "../core/index.js";
import { ANNEX_A, ANNEX_A_2013, resolveControlRef } from "../catalogue/index.js";
import { validateAssetSettings } from "../assets/index.js";
import { validateSoa } from "../soa/index.js";
import { validateAuditProgramme, validateCertification, validateCycle } from "../cycle/index.js";
import { DOCUMENT_FIELD_REFERENCES, type IsmsDocument } from "./schema.js";
import type { RecordKinds } from "./recordKind.js";
import { ISMS_RECORD_KINDS } from "./recordKinds.js";
import { checkCollections, checkFieldReferences, type Resolver } from "./_internal/registry.js";
import { approvedSoaVersions } from "./_internal/approvals.js";
import { applyAcknowledgements } from "./_internal/acknowledge.js";
import { ownerRoleHolderIssues } from "./_internal/roleHolders.js";
import { argumentError, sharedLookups, withSharedLookups } from "../core/_internal/index.js";

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

/** How validateIsms resolves the controls and catalogues the records name: through the document's catalogues. */
function resolverOf(document: IsmsDocument): Resolver {
  const known = new Set<string>([ANNEX_A, ANNEX_A_2013, ...document.catalogues.map((catalogue) => catalogue.id)]);
  // The same few controls are named thousands of times (plans, actions, decisions): each is resolved once.
  const controls = new Map<string, boolean>();
  const isControl = (ref: string): boolean => {
    let found = controls.get(ref);
    if (found === undefined) controls.set(ref, (found = resolveControlRef(ref, document.catalogues) !== undefined));
    return found;
  };
  return { isControl, isCatalogue: (id) => known.has(id) };
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
    // Lookups several validators need (the risks by id), built once for the whole call.
    const lookups = sharedLookups();
    const checkOptions = withSharedLookups({ ...options }, lookups);
    const soaInput = {
      catalogues: catalogueIds,
      customCatalogues: document.catalogues,
      risks: document.risks,
      plans: document.treatmentPlans,
      obligations: document.obligations,
      decisions: document.soaDecisions,
      asOf,
    };
    withSharedLookups(soaInput, lookups);
    const registry: RecordKinds<IsmsDocument> = ISMS_RECORD_KINDS;
    const resolver = resolverOf(document);
    const issues: IsmsIssue[] = [
      ...checkFieldReferences(DOCUMENT_FIELD_REFERENCES, document, resolver),
      // Every collection: its validator, duplicate keys and references to nothing.
      ...checkCollections(registry, document, checkOptions, resolver),
      // The document's single records.
      ...prefixIssues(validateAssetSettings(document.assetSettings), ["assetSettings"]),
      ...(document.auditProgramme
        ? prefixIssues(validateAuditProgramme(document.auditProgramme, { nonconformities: document.nonconformities }), ["auditProgramme"])
        : []),
      ...prefixIssues(validateCycle(document.cycle), ["cycle"]),
      ...(document.certification ? prefixIssues(validateCertification(document.certification), ["certification"]) : []),
    ];
    // Owners, approvers and auditors should hold a role, once the document says who holds which.
    if (document.roles !== undefined) issues.push(...ownerRoleHolderIssues(registry, document, asOf));
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
