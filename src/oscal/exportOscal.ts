import { deriveIsmsSoa, type IsmsDocument } from "../document/index.js";
import { err, IsmsError, issue, ok, type Result } from "../core/index.js";
import { exportAssessmentResults } from "./exportAssessmentResults.js";
import { exportCatalog, type CatalogSource } from "./exportCatalog.js";
import { exportMappingCollection } from "./exportMappingCollection.js";
import { exportPoam } from "./exportPoam.js";
import { exportProfile } from "./exportProfile.js";
import { exportSsp } from "./exportSsp.js";
import type { OscalModel } from "./namespace.js";
import type {
  OscalAssessmentResultsDocument,
  OscalCatalogDocument,
  OscalMappingDocument,
  OscalPoamDocument,
  OscalProfileDocument,
  OscalSspDocument,
} from "./model.js";

/**
 * Options of {@link exportOscal}.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const options: ExportOscalOptions = { asOf: "2026-11-27T09:00:00Z", catalogue: "northwind" };
 * const exported = exportOscal(doc, "catalog", options);
 * "catalog" in exported && exported.catalog.metadata.title; // "Northwind product security controls"
 * ```
 */
export interface ExportOscalOptions {
  /** The export's timestamp: a date-time with a time zone, or a date (midnight UTC). The SoA is derived as of its date. */
  readonly asOf: string;
  /** For `catalog`: `annex-a` (default: the first catalogue in scope), `annex-a-2013`, `clauses` or a custom catalogue's id. */
  readonly catalogue?: string;
}

/**
 * Any OSCAL document this module exports.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const exported: OscalDocument = exportOscal(createExampleIsms(), "ssp", { asOf: "2026-11-27" });
 * checkOscal(exported); // []
 * ```
 */
export type OscalDocument =
  | OscalCatalogDocument
  | OscalProfileDocument
  | OscalSspDocument
  | OscalAssessmentResultsDocument
  | OscalPoamDocument
  | OscalMappingDocument;

function scopeText(document: IsmsDocument): string {
  const scope = document.scope;
  if (!scope) return `The information security management system of ${document.organisation.name}.`;
  const lines = [scope.statement.trim()];
  if (scope.boundaries?.length) lines.push(`Boundaries: ${scope.boundaries.join("; ")}.`);
  if (scope.interfaces?.length) lines.push(`Interfaces: ${scope.interfaces.join("; ")}.`);
  for (const exclusion of scope.exclusions ?? []) lines.push(`Excluded: ${exclusion.what} (${exclusion.reason}).`);
  return lines.join("\n\n");
}

/**
 * Exports a whole ISMS document as one OSCAL model, the `isms oscal --model` command:
 * `catalog` (a catalogue with the organisation's control descriptions), `profile` (the
 * applicable controls of the derived SoA), `ssp` (the SoA), `assessment-results` (risks,
 * treatment, audit findings, nonconformities), `poam` (the risk treatment plan) or `mapping`
 * (2013 → 2022). A thin wrapper over {@link exportCatalog}, {@link exportProfile},
 * {@link exportSsp}, {@link exportAssessmentResults}, {@link exportPoam} and
 * {@link exportMappingCollection}.
 *
 * @param document - a parsed ISMS document
 * @param model - the OSCAL model to write
 * @param options - `asOf` and, for `catalog`, which catalogue
 * @returns the OSCAL document, ready for `JSON.stringify`
 * @throws {@link IsmsError} `unknown_catalogue` for a catalogue that is neither built in nor in the document;
 *   `invalid_argument` for a profile or SSP without SoA rows; `invalid_date` for a malformed `asOf`
 * @category OSCAL
 * @example
 * ```ts
 * const ssp = exportOscal(createExampleIsms(), "ssp", { asOf: "2026-11-27T09:00:00Z" });
 * ```
 */
export function exportOscal(document: IsmsDocument, model: OscalModel, options: ExportOscalOptions): OscalDocument {
  const organisation = document.organisation.name;
  const asOf = options.asOf;
  const day = asOf.slice(0, 10);
  switch (model) {
    case "catalog": {
      const id = options.catalogue ?? document.cataloguesInScope[0] ?? "annex-a";
      let source: CatalogSource;
      if (id === "annex-a" || id === "annex-a-2013" || id === "clauses") source = id;
      else {
        const found = document.catalogues.find((catalogue) => catalogue.id === id);
        if (!found) throw new IsmsError("unknown_catalogue", `Catalogue "${id}" is neither built in nor in the document.`);
        source = found;
      }
      return exportCatalog(source, { asOf, organisation, descriptions: document.controlDescriptions });
    }
    case "profile":
      return exportProfile(
        deriveIsmsSoa(document, day)
          .filter((row) => row.applicable)
          .map((row) => row.ref),
        { asOf, organisation, catalogues: document.catalogues },
      );
    case "ssp": {
      const latest = document.soaVersions.at(-1);
      return exportSsp({
        organisation,
        asOf,
        scope: scopeText(document),
        rows: deriveIsmsSoa(document, day),
        descriptions: document.controlDescriptions,
        ...(latest === undefined ? {} : { version: String(latest.version) }),
      });
    }
    case "assessment-results":
      return exportAssessmentResults({
        organisation,
        asOf,
        methodologies: document.methodologies,
        risks: document.risks,
        plans: document.treatmentPlans,
        decisions: document.decisions,
        audits: document.auditProgramme?.audits ?? [],
        nonconformities: document.nonconformities,
      });
    case "poam":
      return exportPoam({
        organisation,
        asOf,
        methodologies: document.methodologies,
        risks: document.risks,
        plans: document.treatmentPlans,
        decisions: document.decisions,
      });
    case "mapping":
      return exportMappingCollection({ asOf, organisation });
    default: {
      const never: never = model;
      throw new IsmsError("invalid_argument", `Unknown OSCAL model "${String(never)}".`);
    }
  }
}

/**
 * {@link exportOscal} that returns its refusals as issues instead of throwing, as
 * `safeParse` does for `parse`: a document whose SoA selects no control has no profile or
 * SSP (`invalid_argument`), a catalogue that does not exist cannot be exported
 * (`unknown_catalogue`), a malformed `asOf` is `invalid_date`. Each issue has the path of the
 * option or document part it is about. Any other error is a bug and is thrown.
 *
 * @param document - a parsed ISMS document
 * @param model - the OSCAL model to write
 * @param options - `asOf` and, for `catalog`, which catalogue
 * @returns the OSCAL document, or the issues that prevent it
 * @category OSCAL
 * @example
 * ```ts
 * const result = safeExportOscal(doc, "profile", { asOf: "2026-11-27T09:00:00Z" });
 * if (!result.ok) console.error(result.error.map((found) => found.message).join("\n"));
 * ```
 */
export function safeExportOscal(document: IsmsDocument, model: OscalModel, options: ExportOscalOptions): Result<OscalDocument> {
  try {
    return ok(exportOscal(document, model, options));
  } catch (error) {
    if (!(error instanceof IsmsError)) throw error;
    const path = error.code === "unknown_catalogue" ? ["catalogue"] : error.code === "invalid_date" ? ["asOf"] : ["soaDecisions"];
    return err([issue(error.code, error.message, path)]);
  }
}
