import type { JsonValue } from "../core/index.js";

// The shapes of the OSCAL 1.2 objects this module writes and reads. They are type aliases,
// not interfaces, so that every OSCAL value is also a JsonValue. Only the fields the module
// writes are listed; the JSON Schemas of NIST are the full reference.

/**
 * An OSCAL `prop`: a name/value pair. Without `ns` the name is in NIST's namespace (a closed
 * list); the ISMS-specific props carry {@link ISMS_OSCAL_NS}.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const prop: OscalProp = { name: "control-type", ns: ISMS_OSCAL_NS, value: "Preventive" };
 * ```
 */
export type OscalProp = {
  /** Token naming the property. */
  readonly name: string;
  /** Namespace URI; absent for NIST's own names. */
  readonly ns?: string;
  /** The value: one line, no leading or trailing white space. */
  readonly value: string;
  /** Token refining the name. */
  readonly class?: string;
  /** Free text. */
  readonly remarks?: string;
};

/**
 * An OSCAL `link`.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const link: OscalLink = { href: "https://intranet.example/policy.pdf", rel: "evidence" };
 * ```
 */
export type OscalLink = {
  /** URI reference; `#uuid` points into the back matter. */
  readonly href: string;
  /** Relation token. */
  readonly rel?: string;
  /** Media type of the target. */
  readonly "media-type"?: string;
  /** Link text. */
  readonly text?: string;
};

/**
 * An OSCAL `part` of a control (statement, guidance, …).
 *
 * @category OSCAL
 * @example
 * ```ts
 * const part: OscalPart = { id: "a-5.1_smt", name: "statement", prose: "Our policy set is approved by the board." };
 * ```
 */
export type OscalPart = {
  /** Token id, unique in the document. */
  readonly id?: string;
  /** Part name, e.g. `statement` or `guidance`. */
  readonly name: string;
  /** Namespace of the name. */
  readonly ns?: string;
  /** Class token. */
  readonly class?: string;
  /** Title. */
  readonly title?: string;
  /** Props. */
  readonly props?: readonly OscalProp[];
  /** Markdown text. */
  readonly prose?: string;
  /** Sub-parts. */
  readonly parts?: readonly OscalPart[];
  /** Links. */
  readonly links?: readonly OscalLink[];
};

/**
 * An OSCAL catalog `control`; enhancements nest in `controls`.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const control: OscalControl = { id: "a-5.7", title: "Threat intelligence" };
 * ```
 */
export type OscalControl = {
  /** Token id, e.g. `a-5.7`. */
  readonly id: string;
  /** Class token. */
  readonly class?: string;
  /** Title. */
  readonly title: string;
  /** Props (label, sort-id, attributes). */
  readonly props?: readonly OscalProp[];
  /** Links. */
  readonly links?: readonly OscalLink[];
  /** Parts; the first is the statement. */
  readonly parts?: readonly OscalPart[];
  /** Nested controls (enhancements). */
  readonly controls?: readonly OscalControl[];
};

/**
 * An OSCAL catalog `group`: it holds either sub-groups or controls, never both.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const group: OscalGroup = { id: "people", title: "People controls", controls: [] };
 * ```
 */
export type OscalGroup = {
  /** Token id. */
  readonly id?: string;
  /** Class token. */
  readonly class?: string;
  /** Title. */
  readonly title: string;
  /** Props. */
  readonly props?: readonly OscalProp[];
  /** Parts. */
  readonly parts?: readonly OscalPart[];
  /** Sub-groups. */
  readonly groups?: readonly OscalGroup[];
  /** Controls. */
  readonly controls?: readonly OscalControl[];
};

/**
 * An OSCAL metadata `role`.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const role: OscalRole = { id: "control-owner", title: "Control owner" };
 * ```
 */
export type OscalRole = {
  /** Token id. */
  readonly id: string;
  /** Title. */
  readonly title: string;
  /** Description. */
  readonly description?: string;
};

/**
 * An OSCAL metadata `party`: a person or an organisation (the schema forgets that `uuid`
 * and `type` are required; this type does not).
 *
 * @category OSCAL
 * @example
 * ```ts
 * const party: OscalParty = { uuid: "…", type: "organization", name: "ACME Ltd" };
 * ```
 */
export type OscalParty = {
  /** UUID. */
  readonly uuid: string;
  /** Person or organisation. */
  readonly type: "person" | "organization";
  /** Name. */
  readonly name: string;
  /** Props. */
  readonly props?: readonly OscalProp[];
  /** Remarks. */
  readonly remarks?: string;
};

/**
 * An OSCAL `responsible-party`: a role filled by parties.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const rp: OscalResponsibleParty = { "role-id": "creator", "party-uuids": ["…"] };
 * ```
 */
export type OscalResponsibleParty = {
  /** Role id in `metadata.roles`. */
  readonly "role-id": string;
  /** Party uuids in `metadata.parties`. */
  readonly "party-uuids": readonly string[];
};

/**
 * An OSCAL `responsible-role`: a role, optionally with the parties filling it.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const rr: OscalResponsibleRole = { "role-id": "control-owner", "party-uuids": ["…"] };
 * ```
 */
export type OscalResponsibleRole = {
  /** Role id in `metadata.roles`. */
  readonly "role-id": string;
  /** Party uuids in `metadata.parties`. */
  readonly "party-uuids"?: readonly string[];
};

/**
 * OSCAL document `metadata`.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const metadata: OscalMetadata = { title: "Annex A", "last-modified": "2026-01-01T00:00:00Z", version: "1", "oscal-version": "1.2.1" };
 * ```
 */
export type OscalMetadata = {
  /** Title of the document. */
  readonly title: string;
  /** When it was published. */
  readonly published?: string;
  /** When it last changed (the `asOf` of the export). */
  readonly "last-modified": string;
  /** The document's own version. */
  readonly version: string;
  /** The OSCAL version, `1.2.1`. */
  readonly "oscal-version": string;
  /** Props. */
  readonly props?: readonly OscalProp[];
  /** Links. */
  readonly links?: readonly OscalLink[];
  /** Roles. */
  readonly roles?: readonly OscalRole[];
  /** Parties. */
  readonly parties?: readonly OscalParty[];
  /** Who fills which role for the document. */
  readonly "responsible-parties"?: readonly OscalResponsibleParty[];
  /** Remarks. */
  readonly remarks?: string;
};

/**
 * An OSCAL back-matter `resource`: evidence, an attached or linked document.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const resource: OscalResource = { uuid: "…", title: "Access review 2026-Q1", rlinks: [{ href: "reviews/2026-q1.pdf" }] };
 * ```
 */
export type OscalResource = {
  /** UUID, the target of `#uuid` links. */
  readonly uuid: string;
  /** Title. */
  readonly title?: string;
  /** Description. */
  readonly description?: string;
  /** Props. */
  readonly props?: readonly OscalProp[];
  /** Links to the resource. */
  readonly rlinks?: readonly { readonly href: string; readonly "media-type"?: string }[];
  /** Remarks. */
  readonly remarks?: string;
};

/**
 * OSCAL `back-matter`.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const backMatter: OscalBackMatter = { resources: [{ uuid: "…", title: "Policy" }] };
 * ```
 */
export type OscalBackMatter = {
  /** The resources. */
  readonly resources: readonly OscalResource[];
};

/**
 * An OSCAL `catalog`.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const catalog: OscalCatalog = exportCatalog("annex-a", { asOf: "2026-01-01T00:00:00Z" }).catalog;
 * ```
 */
export type OscalCatalog = {
  /** UUID of the catalog. */
  readonly uuid: string;
  /** Metadata. */
  readonly metadata: OscalMetadata;
  /** Controls outside any group. */
  readonly controls?: readonly OscalControl[];
  /** Groups. */
  readonly groups?: readonly OscalGroup[];
  /** Back matter. */
  readonly "back-matter"?: OscalBackMatter;
};

/**
 * A JSON document holding one OSCAL catalog.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const doc: OscalCatalogDocument = exportCatalog("annex-a", { asOf: "2026-01-01T00:00:00Z" });
 * ```
 */
export type OscalCatalogDocument = {
  /** The catalog. */
  readonly catalog: OscalCatalog;
};

/**
 * An OSCAL profile `import`: the catalog (by href) and the controls it selects.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const imported: OscalProfileImport = { href: "#…", "include-controls": [{ "with-ids": ["a-5.1"] }] };
 * ```
 */
export type OscalProfileImport = {
  /** The catalog, usually `#uuid` of a back-matter resource. */
  readonly href: string;
  /** The selected controls. */
  readonly "include-controls": readonly { readonly "with-ids": readonly string[] }[];
};

/**
 * A JSON document holding one OSCAL profile.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const doc: OscalProfileDocument = exportProfile(["annex-a:5.1"], { asOf: "2026-01-01T00:00:00Z" });
 * ```
 */
export type OscalProfileDocument = {
  /** The profile. */
  readonly profile: {
    /** UUID. */
    readonly uuid: string;
    /** Metadata. */
    readonly metadata: OscalMetadata;
    /** One import per catalogue. */
    readonly imports: readonly OscalProfileImport[];
    /** Keep the catalogs' grouping. */
    readonly merge: { readonly "as-is": true };
    /** Back matter naming the catalogs. */
    readonly "back-matter": OscalBackMatter;
  };
};

/**
 * One entry of an OSCAL mapping: sources related to targets.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const map: OscalMap = { uuid: "…", relationship: "equivalent-to", sources: [{ type: "control", "id-ref": "a2013-5.1.1" }], targets: [{ type: "control", "id-ref": "a-5.1" }] };
 * ```
 */
export type OscalMap = {
  /** UUID. */
  readonly uuid: string;
  /** equivalent-to, equal-to, subset-of, superset-of, intersects-with or no-relationship. */
  readonly relationship: string;
  /** Source controls. */
  readonly sources: readonly { readonly type: "control"; readonly "id-ref": string }[];
  /** Target controls. */
  readonly targets: readonly { readonly type: "control"; readonly "id-ref": string }[];
  /** Remarks. */
  readonly remarks?: string;
};

/**
 * A JSON document holding one OSCAL mapping collection (OSCAL 1.2).
 *
 * @category OSCAL
 * @example
 * ```ts
 * const doc: OscalMappingDocument = exportMappingCollection({ asOf: "2026-01-01T00:00:00Z" });
 * ```
 */
export type OscalMappingDocument = {
  /** The mapping collection. */
  readonly "mapping-collection": {
    /** UUID. */
    readonly uuid: string;
    /** Metadata. */
    readonly metadata: OscalMetadata;
    /** How the mapping was made. */
    readonly provenance: {
      /** human, automation or hybrid. */
      readonly method: "human" | "automation" | "hybrid";
      /** syntactic, semantic or functional. */
      readonly "matching-rationale": "syntactic" | "semantic" | "functional";
      /** complete, not-complete, draft, deprecated or superseded. */
      readonly status: "complete" | "not-complete" | "draft" | "deprecated" | "superseded";
      /** What the mapping is. */
      readonly "mapping-description": string;
    };
    /** The mappings (one: 2013 to 2022). */
    readonly mappings: readonly {
      /** UUID. */
      readonly uuid: string;
      /** The 2013 catalog. */
      readonly "source-resource": { readonly type: "catalog"; readonly href: string };
      /** The 2022 catalog. */
      readonly "target-resource": { readonly type: "catalog"; readonly href: string };
      /** The entries. */
      readonly maps: readonly OscalMap[];
      /** Remarks. */
      readonly remarks?: string;
    }[];
    /** Back matter naming the catalogs. */
    readonly "back-matter": OscalBackMatter;
  };
};

/**
 * Any JSON object: the shape of the OSCAL parts this module does not type in detail.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const status: OscalJsonObject = { state: "operational" };
 * ```
 */
export type OscalJsonObject = { readonly [key: string]: JsonValue };

/**
 * An SSP `by-component`: how one component (the ISMS, a provider) implements a control.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const by: OscalByComponent = { "component-uuid": "…", uuid: "…", description: "Done.", "implementation-status": { state: "implemented" } };
 * ```
 */
export type OscalByComponent = {
  /** The component, in `system-implementation.components`. */
  readonly "component-uuid": string;
  /** UUID. */
  readonly uuid: string;
  /** How the component implements the control. */
  readonly description: string;
  /** Props. */
  readonly props?: readonly OscalProp[];
  /** Links (evidence). */
  readonly links?: readonly OscalLink[];
  /** implemented, partial, planned, alternative, not-applicable or not-implemented. */
  readonly "implementation-status"?: { readonly state: string; readonly remarks?: string };
  /** Roles responsible. */
  readonly "responsible-roles"?: readonly OscalResponsibleRole[];
  /** Remarks. */
  readonly remarks?: string;
};

/**
 * An SSP `implemented-requirement`: one row of the Statement of Applicability.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const row: OscalImplementedRequirement = { uuid: "…", "control-id": "a-5.1", "by-components": [] };
 * ```
 */
export type OscalImplementedRequirement = {
  /** UUID. */
  readonly uuid: string;
  /** The control's id in the catalog. */
  readonly "control-id": string;
  /** Props: applicability, reasons, risks, obligations. */
  readonly props?: readonly OscalProp[];
  /** Links. */
  readonly links?: readonly OscalLink[];
  /** The control owner. */
  readonly "responsible-roles"?: readonly OscalResponsibleRole[];
  /** At least one. */
  readonly "by-components": readonly OscalByComponent[];
  /** Justification of an exclusion, notes. */
  readonly remarks?: string;
};

/**
 * A JSON document holding one OSCAL system security plan: the Statement of Applicability.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const ssp: OscalSspDocument = exportSsp({ organisation: "ACME Ltd", asOf: "2026-11-27T09:00:00Z", scope: "All of ACME.", rows: deriveIsmsSoa(doc) });
 * checkOscal(ssp); // []
 * ```
 */
export type OscalSspDocument = {
  /** The system security plan. */
  readonly "system-security-plan": {
    /** UUID. */
    readonly uuid: string;
    /** Metadata. */
    readonly metadata: OscalMetadata;
    /** The profile of the applicable controls. */
    readonly "import-profile": { readonly href: string };
    /** The ISMS scope. */
    readonly "system-characteristics": OscalJsonObject;
    /** Users and components (the ISMS, each provider). */
    readonly "system-implementation": OscalJsonObject;
    /** One implemented requirement per SoA row. */
    readonly "control-implementation": {
      /** What the implementation is. */
      readonly description: string;
      /** The rows. */
      readonly "implemented-requirements": readonly OscalImplementedRequirement[];
    };
    /** Evidence and the profile. */
    readonly "back-matter": OscalBackMatter;
  };
};

/**
 * An assessment-results or POA&M `risk`.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const ar = exportAssessmentResults({ organisation: "ACME Ltd", asOf: "2026-11-27T09:00:00Z", methodologies: doc.methodologies, risks: doc.risks });
 * const risk: OscalRisk | undefined = ar["assessment-results"].results[0]?.risks?.[0];
 * risk?.title; // "Production secrets leaked through source code"
 * ```
 */
export type OscalRisk = {
  /** UUID. */
  readonly uuid: string;
  /** Title. */
  readonly title: string;
  /** Description. */
  readonly description: string;
  /** The risk statement. */
  readonly statement: string;
  /** Props. */
  readonly props?: readonly OscalProp[];
  /** open, investigating, remediating, deviation-approved or closed. */
  readonly status: string;
  /** Who owns it. */
  readonly origins?: readonly OscalJsonObject[];
  /** One per rating layer: likelihood, impact and risk facets. */
  readonly characterizations?: readonly OscalJsonObject[];
  /** Earliest due date of open treatment actions. */
  readonly deadline?: string;
  /** The treatment plans. */
  readonly remediations?: readonly OscalJsonObject[];
  /** Acceptance decisions. */
  readonly "risk-log"?: OscalJsonObject;
};

/**
 * A JSON document holding OSCAL assessment results: the risk register, audit findings and
 * nonconformities.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const ar: OscalAssessmentResultsDocument = exportAssessmentResults({
 *   organisation: "ACME Ltd", asOf: "2026-11-27T09:00:00Z", methodologies: doc.methodologies, risks: doc.risks,
 * });
 * checkOscal(ar); // []
 * ```
 */
export type OscalAssessmentResultsDocument = {
  /** The assessment results. */
  readonly "assessment-results": {
    /** UUID. */
    readonly uuid: string;
    /** Metadata. */
    readonly metadata: OscalMetadata;
    /** The assessment plan (a back-matter resource naming the organisation's process). */
    readonly "import-ap": { readonly href: string };
    /** One result. */
    readonly results: readonly (OscalJsonObject & {
      /** Risks. */
      readonly risks?: readonly OscalRisk[];
    })[];
    /** Back matter. */
    readonly "back-matter": OscalBackMatter;
  };
};

/**
 * A JSON document holding an OSCAL plan of action and milestones: the risk treatment plan.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const poam: OscalPoamDocument = exportPoam({
 *   organisation: "ACME Ltd", asOf: "2026-11-27T09:00:00Z", methodologies: doc.methodologies, risks: doc.risks, plans: doc.treatmentPlans,
 * });
 * checkOscal(poam); // []
 * ```
 */
export type OscalPoamDocument = {
  /** The POA&M. */
  readonly "plan-of-action-and-milestones": {
    /** UUID. */
    readonly uuid: string;
    /** Metadata. */
    readonly metadata: OscalMetadata;
    /** The SSP it belongs to. */
    readonly "import-ssp"?: { readonly href: string };
    /** The risks the plans treat. */
    readonly risks?: readonly OscalRisk[];
    /** One item per treatment plan. */
    readonly "poam-items": readonly OscalJsonObject[];
    /** Back matter. */
    readonly "back-matter"?: OscalBackMatter;
  };
};
