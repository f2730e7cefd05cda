import type { ControlDescription, CustomCatalogue } from "../catalogue/index.js";
import { IsmsError } from "../core/index.js";
import type { ImplementationStatus, SoaRow } from "../soa/index.js";
import { compact, line, lineOr, ownProp, text, timestamp, uuidFactory } from "./_internal/build.js";
import { controlIdResolver } from "./_internal/controlIds.js";
import { registry } from "./_internal/parties.js";
import { undecidedRefs } from "./_internal/undecided.js";
import { withdrawnRefs } from "./_internal/withdrawn.js";
import { OSCAL_VERSION } from "./namespace.js";
import type { OscalByComponent, OscalImplementedRequirement, OscalLink, OscalProp, OscalResource, OscalSspDocument } from "./model.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * What {@link exportSsp} reads: plain values from the domain modules, not the whole ISMS
 * document (the document module wraps this).
 *
 * @category OSCAL
 * @example
 * ```ts
 * const input: SspInput = {
 *   organisation: doc.organisation.name, asOf: "2026-11-27T09:00:00Z", scope: doc.scope?.statement ?? "", rows: deriveIsmsSoa(doc),
 * };
 * exportSsp(input)["system-security-plan"]["control-implementation"]["implemented-requirements"].length; // 96: one per SoA row
 * ```
 */
export interface SspInput {
  /** The organisation's name: the ISMS is its system, its name seeds the uuids. */
  readonly organisation: string;
  /** `metadata.last-modified`: a date-time with a time zone, or a date (midnight UTC). */
  readonly asOf: string;
  /** The ISMS scope (4.3): the system's description and authorization boundary. */
  readonly scope: string;
  /** The SoA rows, as `deriveSoa` returns them: one implemented requirement each. */
  readonly rows: readonly SoaRow[];
  /** `metadata.version`, e.g. the SoA version; defaults to `"1"`. */
  readonly version?: string;
  /** The system's name; defaults to "<organisation> ISMS". */
  readonly systemName?: string;
  /** The organisation's own description of how each control is implemented. */
  readonly descriptions?: readonly ControlDescription[];
  /** Where the profile of the SoA's controls lives (what `exportOscal(document, "profile")` writes); defaults to `profile.json`. */
  readonly profileHref?: string;
  /**
   * The applicability decisions the rows were derived from. A row that is not applicable and
   * that no decision names is undecided, not excluded. Without them, a row that is not
   * applicable and carries nothing a decision gives (justification, reasons, owner,
   * provider, evidence, notes, review date, a status) is taken as undecided.
   */
  readonly decisions?: readonly { readonly control: string }[];
  /**
   * The document's custom catalogues: a control id that two of them share is qualified by
   * its catalogue (`low.ac-2`), as in the profile and the catalogs; a withdrawn control that
   * a row still names is marked `withdrawn`.
   */
  readonly catalogues?: readonly CustomCatalogue[];
}

/**
 * The OSCAL implementation state of an ISMS implementation status: implemented →
 * `implemented`, partial → `partial`, planned and not_started → `planned`, not_implemented
 * → `not-implemented`; excluded controls are `not-applicable`, undecided ones `undecided`.
 * OSCAL 1.2.1 lists implemented, partial, planned, alternative and not-applicable
 * (oscal_implementation-common_metaschema.xml, allowed-values
 * "oscal-implementation-status-values", allow-other="yes"): not-implemented and undecided
 * are open values, because none of OSCAL's says "nobody has decided yet".
 */
function stateOf(row: SoaRow, undecided: boolean): string {
  if (undecided) return "undecided";
  if (!row.applicable) return "not-applicable";
  const status: ImplementationStatus = row.status;
  switch (status) {
    case "implemented":
      return "implemented";
    case "partially_implemented":
      return "partial";
    case "planned":
    case "not_started":
      return "planned";
    case "not_implemented":
      return "not-implemented";
    default: {
      const never: never = status;
      return never;
    }
  }
}

/**
 * What is plainly an absolute URI: a hierarchical one (`scheme://…`, e.g. `https://`,
 * `file:///`) or one of the usual schemes without slashes (`urn:`, `mailto:`, `doi:`, `tag:`,
 * `data:`). Only these become `rlinks`. A bare reference such as `EV-052`, or a register id
 * with a colon such as `JIRA:SEC-12` or `SOC2:CC6.1`, is an id in the organisation's own
 * register, not a file, and a link to it would not resolve: it stays an `evidence-ref` prop.
 */
const UNDECIDED_REMARKS =
  "No applicability decision yet: no SoA decision, risk treatment plan or obligation covers this control, so it is neither included nor excluded (ISO/IEC 27001:2022 6.1.3 c and d ask for a decision on each).";

const ABSOLUTE_URI = /^(?:[a-zA-Z][a-zA-Z0-9+.-]+:\/\/\S+|(?:urn|mailto|doi|tag|data):\S+)$/;

/**
 * Exports the Statement of Applicability (6.1.3 d) as an OSCAL 1.2 `system-security-plan`:
 * the ISMS scope as system characteristics; a component for the ISMS and one per provider;
 * one implemented requirement per SoA row (control ids as {@link oscalControlId} writes them,
 * qualified by catalogue where two catalogues share one) with a by-component for the ISMS and
 * one for the provider; the implementation status as OSCAL's state; applicability
 * (`applicable`, `excluded`, or `undecided` with the state `undecided` for a control nobody
 * has decided on: never an exclusion nobody made), inclusion reasons, risks and obligations
 * as props in {@link ISMS_OSCAL_NS}; the exclusion justification in `remarks`; the control owner as a
 * responsible role filled by a party; evidence as back-matter resources linked from the
 * by-component (an `rlink` only when the reference is an absolute URI such as `https:`,
 * `file:` or `urn:`; any other reference, e.g. `EV-052`, as an `evidence-ref` prop and in
 * `remarks`). A pure function: the same input gives the same JSON, byte for byte.
 *
 * @param input - organisation, `asOf`, scope and SoA rows
 * @returns `{ "system-security-plan" }`
 * @throws {@link IsmsError} `invalid_argument` when there are no rows; `invalid_date` when `asOf` is not a date or a date-time with a time zone
 * @category OSCAL
 * @example
 * ```ts
 * const ssp = exportSsp({ organisation: "ACME Ltd", asOf: "2026-11-27T09:00:00Z", scope: "All of ACME.", rows: deriveIsmsSoa(doc) });
 * JSON.stringify(ssp, null, 2);
 * ```
 */
export function exportSsp(input: SspInput): OscalSspDocument {
  try {
    const lastModified = timestamp(input.asOf);
    if (input.rows.length === 0) throw new IsmsError("invalid_argument", "A system security plan needs at least one SoA row.");
    const uuid = uuidFactory("ssp", input.organisation);
    const people = registry(uuid);
    const organisation = lineOr(input.organisation, "Organisation");
    const systemName = lineOr(input.systemName, `${organisation} ISMS`);
    const scope = text(input.scope) ?? `The information security management system of ${organisation}.`;
    people.party(organisation, "organization");
    const ismsComponent = uuid("component", "isms");
    const providers = new Map<string, string>();
    const resources: OscalResource[] = [];
    const descriptions = new Map<string, ControlDescription>((input.descriptions ?? []).map((description) => [description.ref, description]));
    const seenRows = new Set<string>();
    const catalogues = input.catalogues ?? [];
    const idOf = controlIdResolver(catalogues, input.rows.map((row) => row.ref));
    const undecidedRows = undecidedRefs(input.rows, input.decisions);
    const withdrawn = withdrawnRefs(catalogues);

    const requirements: OscalImplementedRequirement[] = input.rows.map((row) => {
      // A reference that appears twice still gets unique uuids.
      let key: string = row.ref;
      for (let n = 2; seenRows.has(key); n += 1) key = `${row.ref}#${n}`;
      seenRows.add(key);
      const undecided = undecidedRows.has(row.ref);
      const state = stateOf(row, undecided);
      const props: OscalProp[] = [ownProp("control-ref", row.ref), ownProp("applicability", undecided ? "undecided" : row.applicable ? "applicable" : "excluded")];
      if (withdrawn.has(row.ref)) props.push(ownProp("withdrawn", "true"));
      for (const reason of row.reasons) {
        const prop = ownProp("inclusion-reason", reason.kind);
        const note = text(reason.note);
        props.push(note === undefined ? prop : { ...prop, remarks: note });
      }
      for (const risk of row.risks) props.push(ownProp("risk-id", risk));
      for (const obligation of row.obligations) props.push(ownProp("obligation-id", obligation));
      if (row.lastReviewed !== undefined) props.push(ownProp("last-reviewed", row.lastReviewed));

      const links: OscalLink[] = row.evidence.map((evidence, index) => {
        const resource = uuid("evidence", `${key}/${index}`);
        const ref = lineOr(evidence.ref, "evidence");
        const uri = ABSOLUTE_URI.test(ref);
        const props = [ownProp("evidence-date", evidence.date), ownProp("control-ref", row.ref)];
        if (!uri) props.push(ownProp("evidence-ref", ref));
        resources.push(
          compact({
            uuid: resource,
            title: lineOr(evidence.title, ref),
            props,
            rlinks: uri ? [{ href: ref }] : undefined,
            remarks: uri ? undefined : `Reference: ${ref}`,
          }),
        );
        return { href: `#${resource}`, rel: "evidence", text: lineOr(evidence.title, ref) };
      });

      const owner = row.owner === undefined ? undefined : people.party(row.owner, "person");
      const responsible = owner === undefined ? undefined : [{ "role-id": people.role("control-owner", "Control owner"), "party-uuids": [owner] }];
      const own = text(descriptions.get(row.ref)?.description);
      const label = `${row.id} ${line(row.title) ?? ""}`.trim();
      const description =
        own ??
        (undecided
          ? `${label}: not yet decided whether it applies within the ISMS of ${organisation}.`
          : row.applicable
            ? `${label}: ${state.replace("-", " ")} within the ISMS of ${organisation}.`
            : `${label}: excluded from the ISMS of ${organisation}.`);
      const justification = row.applicable || undecided ? undefined : text(row.justification);
      const byComponents: OscalByComponent[] = [
        compact({
          "component-uuid": ismsComponent,
          uuid: uuid("by-component", `${key}/isms`),
          description,
          // An undecided control has no status of its own: deriveSoa's default is not one.
          props: undecided ? undefined : [ownProp("implementation-status", row.applicable ? row.status : "not_applicable")],
          links,
          "implementation-status": compact({ state, remarks: justification }),
          "responsible-roles": responsible,
        }),
      ];
      if (row.provider !== undefined) {
        const provider = lineOr(row.provider, "Provider");
        let component = providers.get(provider);
        if (component === undefined) {
          component = uuid("component", `provider/${provider}`);
          providers.set(provider, component);
        }
        people.role("provider", "Provider");
        byComponents.push({
          "component-uuid": component,
          uuid: uuid("by-component", `${key}/provider`),
          description: `${label}: provided by ${provider}.`,
          "implementation-status": { state },
        });
      }
      return compact({
        uuid: uuid("implemented-requirement", key),
        "control-id": idOf(row.ref),
        props,
        "responsible-roles": responsible,
        "by-components": byComponents,
        remarks: undecided ? UNDECIDED_REMARKS : justification === undefined ? text(row.notes) : `Justification for exclusion: ${justification}`,
      });
    });

    const profileResource = uuid("resource", "profile");
    const providerComponents = [...providers].map(([name, component]) => ({
      uuid: component,
      type: "service",
      title: name,
      description: `Controls that ${name} provides to ${organisation}.`,
      status: { state: "operational" },
      "responsible-roles": [{ "role-id": "provider", "party-uuids": [people.party(name, "organization")] }],
    }));
    const metadata = compact({
      title: `${organisation}: Statement of Applicability`,
      "last-modified": lastModified,
      version: lineOr(input.version, "1"),
      "oscal-version": OSCAL_VERSION,
      roles: people.roles(),
      parties: people.parties(),
    });
    return {
      "system-security-plan": {
        uuid: uuid("ssp"),
        metadata,
        "import-profile": { href: `#${profileResource}` },
        "system-characteristics": {
          "system-ids": [{ "identifier-type": "https://ietf.org/rfc/rfc4122", id: uuid("system") }],
          "system-name": systemName,
          description: scope,
          "system-information": {
            "information-types": [
              {
                uuid: uuid("information-type", "scope"),
                title: "Information within the ISMS scope",
                description: scope,
              },
            ],
          },
          status: { state: "operational" },
          "authorization-boundary": { description: scope },
        },
        "system-implementation": {
          users: [
            {
              uuid: uuid("user", "isms"),
              title: `People working within the ISMS of ${organisation}`,
            },
          ],
          components: [
            {
              uuid: ismsComponent,
              type: "this-system",
              title: systemName,
              description: scope,
              status: { state: "operational" },
            },
            ...providerComponents,
          ],
        },
        "control-implementation": {
          description:
            undecidedRows.size === 0
              ? `How ${organisation} applies, implements or excludes each control of its Statement of Applicability.`
              : `How ${organisation} applies, implements or excludes each control of its Statement of Applicability; ${undecidedRows.size} ${undecidedRows.size === 1 ? "control is" : "controls are"} not decided yet.`,
          "implemented-requirements": requirements,
        },
        "back-matter": {
          resources: [
            {
              uuid: profileResource,
              title: `${organisation}: controls of the Statement of Applicability`,
              rlinks: [{ href: input.profileHref ?? "profile.json", "media-type": "application/oscal.profile+json" }],
            },
            ...resources,
          ],
        },
      },
    };
  } catch (error) {
    throw argumentError("exportSsp", error);
  }
}
