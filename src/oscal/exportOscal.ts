import { deriveIsmsSoa, type IsmsDocument } from "../document/index.js";
import type { SoaRow } from "../soa/index.js";
import { err, IsmsError, issue, ok, type IsmsIssue, type Result } from "../core/index.js";
import { exportAssessmentResults } from "./exportAssessmentResults.js";
import { exportCatalog, type CatalogSource } from "./exportCatalog.js";
import { exportMappingCollection } from "./exportMappingCollection.js";
import { exportPoam } from "./exportPoam.js";
import { exportProfile } from "./exportProfile.js";
import { exportSsp } from "./exportSsp.js";
import { lineOr, timestamp } from "./_internal/build.js";
import { listSentence, sentence } from "./_internal/sentences.js";
import { undecidedRefs } from "./_internal/undecided.js";
import { withdrawnRefs } from "./_internal/withdrawn.js";
import type { OscalModel } from "./namespace.js";
import type {
  OscalAssessmentResultsDocument,
  OscalCatalogDocument,
  OscalMappingDocument,
  OscalPoamDocument,
  OscalProfileDocument,
  OscalSspDocument,
} from "./model.js";
import { argumentError, unknownEntity } from "../core/_internal/index.js";

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
  const boundaries = listSentence(scope.boundaries ?? []);
  const interfaces = listSentence(scope.interfaces ?? []);
  const lines = [
    sentence(scope.statement),
    boundaries === "" ? "" : `Boundaries: ${boundaries}`,
    interfaces === "" ? "" : `Interfaces: ${interfaces}`,
    ...(scope.exclusions ?? []).map((exclusion) => `Excluded: ${sentence(exclusion.what)} Reason: ${sentence(exclusion.reason)}`),
  ];
  return lines.filter((line) => line !== "").join("\n\n");
}

/**
 * The rows the SSP lists and the profile selects, so that the two always make a pair: every
 * row of the SoA (applicable, excluded, or undecided), except the withdrawn controls of an
 * imported catalogue that nobody has decided on (they demand no decision). A document in
 * which nothing is applicable yet, such as a fresh starter, has no profile and no SSP: the
 * refusal names the undecided controls, which are the way forward.
 */
function soaRows(document: IsmsDocument, day: string): SoaRow[] {
  const rows = deriveIsmsSoa(document, day);
  const undecided = undecidedRefs(rows, document.soaDecisions);
  const withdrawn = withdrawnRefs(document.catalogues);
  const listed = rows.filter((row) => !(withdrawn.has(row.ref) && undecided.has(row.ref)));
  if (listed.some((row) => row.applicable)) return listed;
  const open = listed.filter((row) => undecided.has(row.ref)).map((row) => row.ref);
  throw new IsmsError(
    "invalid_argument",
    listed.length === 0
      ? "The Statement of Applicability has no control (no catalogue in scope), so there is no profile or system security plan to export."
      : `No control of the Statement of Applicability is applicable yet, so there is no profile or system security plan to export` +
          (open.length === 0 ? "." : `; ${open.length} ${open.length === 1 ? "control is" : "controls are"} undecided: ${open.join(", ")}.`),
  );
}

/**
 * Exports a whole ISMS document as one OSCAL model, the `isms oscal --model` command:
 * `catalog` (a catalogue with the organisation's control descriptions), `profile` (the
 * controls of the derived SoA), `ssp` (the SoA), `assessment-results` (risks, treatment,
 * audit findings, nonconformities), `poam` (the risk treatment plan) or `mapping`
 * (2013 → 2022). The profile and the SSP are a pair: the SSP imports the profile
 * (`profile.json`) and the profile selects every control the SSP lists, applicable,
 * excluded or undecided; withdrawn controls of an imported catalogue appear only when a
 * decision names them. A document in which no control is applicable yet (a fresh starter)
 * has neither. Control ids that two custom catalogues share are qualified by catalogue the
 * same way in every model. A thin wrapper over {@link exportCatalog}, {@link exportProfile},
 * {@link exportSsp}, {@link exportAssessmentResults}, {@link exportPoam} and
 * {@link exportMappingCollection}.
 *
 * @param document - a parsed ISMS document
 * @param model - the OSCAL model to write
 * @param options - `asOf` and, for `catalog`, which catalogue
 * @returns the OSCAL document, ready for `JSON.stringify`
 * @throws {@link IsmsError} `unknown_entity` for a catalogue that is neither built in nor in the document;
 *   `invalid_argument` for a profile or SSP of a document with no applicable control (the message names the
 *   undecided controls); `invalid_date` for a malformed `asOf` (checked first)
 * @category OSCAL
 * @example
 * ```ts
 * const ssp = exportOscal(createExampleIsms(), "ssp", { asOf: "2026-11-27T09:00:00Z" });
 * ```
 */
export function exportOscal(document: IsmsDocument, model: OscalModel, options: ExportOscalOptions): OscalDocument {
  try {
    const organisation = document.organisation.name;
    const asOf = options.asOf;
    // A malformed date is the first thing to report, whatever else the document lacks.
    timestamp(asOf);
    const day = asOf.slice(0, 10);
    const catalogues = document.catalogues;
    // What the assessment results and the POA&M both read.
    const riskContext = () => ({
      organisation,
      asOf,
      methodologies: document.methodologies,
      risks: document.risks,
      plans: document.treatmentPlans,
      decisions: document.decisions,
    });
    switch (model) {
      case "catalog": {
        const id = options.catalogue ?? document.cataloguesInScope[0] ?? "annex-a";
        let source: CatalogSource;
        if (id === "annex-a" || id === "annex-a-2013" || id === "clauses") source = id;
        else {
          const found = document.catalogues.find((catalogue) => catalogue.id === id);
          if (!found) throw unknownEntity("catalogue", id, "the built-in catalogues (annex-a, annex-a-2013, clauses) or the document");
          source = found;
        }
        return exportCatalog(source, { asOf, organisation, descriptions: document.controlDescriptions, catalogues });
      }
      case "profile":
        return exportProfile(
          soaRows(document, day).map((row) => row.ref),
          { asOf, organisation, catalogues, title: `${lineOr(organisation, "Organisation")}: controls of the Statement of Applicability` },
        );
      case "ssp": {
        const latest = document.soaVersions.at(-1);
        return exportSsp({
          organisation,
          asOf,
          scope: scopeText(document),
          rows: soaRows(document, day),
          descriptions: document.controlDescriptions,
          decisions: document.soaDecisions,
          catalogues,
          ...(latest === undefined ? {} : { version: String(latest.version) }),
        });
      }
      case "assessment-results":
        return exportAssessmentResults({
          ...riskContext(),
          audits: document.auditProgramme?.audits ?? [],
          nonconformities: document.nonconformities,
          catalogues,
        });
      case "poam":
        return exportPoam(riskContext());
      case "mapping":
        return exportMappingCollection({ asOf, organisation });
      default: {
        const never: never = model;
        throw new IsmsError("invalid_argument", `Unknown OSCAL model "${String(never)}".`);
      }
    }
  } catch (error) {
    throw argumentError("exportOscal", error);
  }
}

/**
 * {@link exportOscal} that returns its refusals as issues instead of throwing, as
 * `safeParse` does for `parse`: a document with no applicable control yet has no profile or
 * SSP (`invalid_argument`, naming the undecided controls), a catalogue that does not exist cannot be exported
 * (`unknown_entity`), a malformed `asOf` is `invalid_date`, an argument of the wrong shape is
 * `invalid_argument`. Each issue has severity `error` and the path of the option or document
 * part it is about. The result has the shape of every `safe…` function of the library
 * ({@link safeParseIsms} too). Any other error is a bug and is thrown.
 *
 * @param document - a parsed ISMS document
 * @param model - the OSCAL model to write
 * @param options - `asOf` and, for `catalog`, which catalogue
 * @returns `{ ok: true, value: oscalDocument }` or `{ ok: false, error: issues }`
 * @category OSCAL
 * @example
 * ```ts
 * const result = safeExportOscal(doc, "profile", { asOf: "2026-11-27T09:00:00Z" });
 * if (!result.ok) console.error(result.error.map((found) => found.message).join("\n"));
 * ```
 */
export function safeExportOscal(document: IsmsDocument, model: OscalModel, options: ExportOscalOptions): Result<OscalDocument, readonly IsmsIssue[]> {
  try {
    return ok(exportOscal(document, model, options));
  } catch (error) {
    if (!(error instanceof IsmsError)) throw error;
    const path = error.code === "unknown_entity" ? ["catalogue"] : error.code === "invalid_date" ? ["asOf"] : ["soaDecisions"];
    return err([issue(error.code, error.message, path)]);
  }
}
