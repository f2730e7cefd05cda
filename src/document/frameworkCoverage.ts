import type { IsoDate } from "../core/index.js";
import { ANNEX_A, ANNEX_A_2013, invertRelationship, listCatalogueControls, type ControlRef, type MappingRelationship } from "../catalogue/index.js";
import { deriveSoa, type ImplementationStatus } from "../soa/index.js";
import type { IsmsDocument } from "./schema.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * How far the controls of an ISMS cover one requirement of another framework: `covered`,
 * `partly` or `none` (see {@link frameworkCoverage} for the rule).
 *
 * @category Document
 * @example
 * ```ts
 * const level: CoverageLevel = "partly";
 * ```
 */
export type CoverageLevel = "covered" | "partly" | "none";

/**
 * A control of the covering catalogue (Annex A) that a mapping relates to a requirement,
 * with what the SoA says of it.
 *
 * @category Document
 * @example
 * ```ts
 * const link: CoverageLink = { control: "annex-a:5.15", mapping: "annex-a-to-sp800-53", relationship: "superset", applicable: true, status: "implemented", level: "covered" };
 * ```
 */
export interface CoverageLink {
  /** The covering control, e.g. `annex-a:5.15`. */
  readonly control: ControlRef;
  /** The id of the mapping that relates them. */
  readonly mapping: string;
  /** "The covering control is <relationship> of the requirement". */
  readonly relationship: MappingRelationship;
  /** Whether the SoA includes the covering control. */
  readonly applicable: boolean;
  /** Its implementation status in the SoA on `asOf`. */
  readonly status: ImplementationStatus;
  /** What this link alone contributes to the requirement. */
  readonly level: CoverageLevel;
}

/**
 * One requirement of the framework and how far it is covered.
 *
 * @category Document
 * @example
 * ```ts
 * const row: FrameworkCoverageRow = { ref: "northwind:NW-1", id: "NW-1", title: "Cross-tenant isolation testing", level: "none", links: [] };
 * ```
 */
export interface FrameworkCoverageRow {
  /** The requirement, catalogue-qualified. */
  readonly ref: ControlRef;
  /** Its id in the framework. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** How far it is covered: the best level of its links, `none` without links. */
  readonly level: CoverageLevel;
  /** Every mapping edge between it and a control of the covering catalogue, in the mappings' order. */
  readonly links: readonly CoverageLink[];
}

/**
 * How much of a framework the ISMS covers, from {@link frameworkCoverage}.
 *
 * @category Document
 * @example
 * ```ts
 * const coverage: FrameworkCoverage = frameworkCoverage(doc, "northwind");
 * coverage.total === coverage.covered + coverage.partly + coverage.none; // true
 * ```
 */
export interface FrameworkCoverage {
  /** The framework's catalogue id. */
  readonly framework: string;
  /** The framework's title (a custom catalogue's title). */
  readonly frameworkTitle: string;
  /** The covering catalogue's id (default `annex-a`). */
  readonly via: string;
  /** The covering catalogue's short title, e.g. `Annex A`. */
  readonly viaTitle: string;
  /** The framework's controls that are not withdrawn. */
  readonly total: number;
  /** Requirements covered by implemented controls. */
  readonly covered: number;
  /** Requirements only partly covered. */
  readonly partly: number;
  /** Requirements not covered at all. */
  readonly none: number;
  /** One row per requirement, in the framework's order. */
  readonly rows: readonly FrameworkCoverageRow[];
}

/**
 * Options of {@link frameworkCoverage}.
 *
 * @category Document
 * @example
 * ```ts
 * const options: FrameworkCoverageOptions = { asOf: "2026-11-27", via: "annex-a" };
 * ```
 */
export interface FrameworkCoverageOptions {
  /** The day whose implementation statuses count (as for {@link deriveIsmsSoa}); default: the statuses as recorded. */
  readonly asOf?: IsoDate | undefined;
  /** The catalogue whose controls cover the framework; default `annex-a`. */
  readonly via?: string | undefined;
}

const RANK: Readonly<Record<CoverageLevel, number>> = { none: 0, partly: 1, covered: 2 };

function titleOf(catalogue: string, document: IsmsDocument): string {
  if (catalogue === ANNEX_A) return "Annex A";
  if (catalogue === ANNEX_A_2013) return "Annex A 2013";
  return document.catalogues.find((custom) => custom.id === catalogue)?.title ?? catalogue;
}

function levelOf(relationship: MappingRelationship, applicable: boolean, status: ImplementationStatus): CoverageLevel {
  if (!applicable) return "none";
  if (status !== "implemented") return "partly";
  return relationship === "equivalent" || relationship === "superset" ? "covered" : "partly";
}

/**
 * How much of another framework (SP 800-53, a national control set, a customer's catalogue)
 * the ISMS covers through its Annex A controls, by the control mappings of the document
 * ("map once, comply with many"). For each control of the framework's catalogue that is not
 * withdrawn, every mapping entry between it and a control of `via`, in either direction, is
 * a link, its relationship read from the covering control (an entry read backwards swaps
 * `subset` and `superset`). The requirement is:
 *
 * - `covered` when a covering control that the SoA includes and that is `implemented` (on
 *   `asOf`) is `equivalent` to it or a `superset` of it;
 * - `partly` when the best it has is an implemented control that is only a `subset` of it or
 *   `intersects` it, or an included control of any relationship not yet implemented;
 * - `none` without links, or when every covering control is excluded or undecided.
 *
 * The framework's catalogue need not be in scope; an unknown one has no rows.
 *
 * @param document - the ISMS, with the framework's catalogue and the mappings
 * @param framework - the framework's catalogue id, e.g. `sp800-53-low`
 * @param options - `asOf`, and `via`, the covering catalogue (default `annex-a`)
 * @returns counts and one row per requirement with the links used
 * @category Document
 * @example
 * ```ts
 * const mapping = ControlMappingSchema.parse({
 *   id: "northwind-to-annex-a",
 *   source: "northwind",
 *   target: "annex-a",
 *   entries: [{ source: "northwind:NW-1", target: "annex-a:8.29", relationship: "subset" }],
 * });
 * const coverage = frameworkCoverage({ ...doc, mappings: [mapping] }, "northwind", { asOf: "2026-11-27" });
 * coverage.rows[0]?.links[0]?.relationship; // "superset": 8.29 asks for more than NW-1
 * `${coverage.frameworkTitle}: ${coverage.covered} of ${coverage.total} covered by implemented ${coverage.viaTitle} controls`;
 * ```
 */
export function frameworkCoverage(document: IsmsDocument, framework: string, options: FrameworkCoverageOptions = {}): FrameworkCoverage {
  try {
    const via = options.via ?? ANNEX_A;
    const soa = new Map(
      deriveSoa({
        catalogues: [via],
        customCatalogues: document.catalogues,
        risks: document.risks,
        plans: document.treatmentPlans,
        obligations: document.obligations,
        decisions: document.soaDecisions,
        ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      }).map((row) => [row.ref, row]),
    );
    const links = new Map<string, CoverageLink[]>();
    const seen = new Set<string>();
    const link = (requirement: ControlRef, control: ControlRef, mapping: string, relationship: MappingRelationship): void => {
      const row = soa.get(control);
      const key = JSON.stringify([requirement, control, mapping]);
      if (row === undefined || seen.has(key)) return;
      seen.add(key);
      const list = links.get(requirement) ?? [];
      list.push({ control, mapping, relationship, applicable: row.applicable, status: row.status, level: levelOf(relationship, row.applicable, row.status) });
      links.set(requirement, list);
    };
    for (const mapping of document.mappings ?? []) {
      if (mapping.source === framework && mapping.target === via) {
        for (const entry of mapping.entries) link(entry.source, entry.target, mapping.id, invertRelationship(entry.relationship));
      }
      if (mapping.source === via && mapping.target === framework) {
        for (const entry of mapping.entries) link(entry.target, entry.source, mapping.id, entry.relationship);
      }
    }
    const rows = listCatalogueControls(framework, document.catalogues)
      .filter((control) => control.withdrawn !== true)
      .map((control): FrameworkCoverageRow => {
        const found = links.get(control.ref) ?? [];
        const level = found.reduce<CoverageLevel>((best, item) => (RANK[item.level] > RANK[best] ? item.level : best), "none");
        return { ref: control.ref, id: control.id, title: control.title, level, links: found };
      });
    const count = (level: CoverageLevel): number => rows.filter((row) => row.level === level).length;
    return {
      framework,
      frameworkTitle: titleOf(framework, document),
      via,
      viaTitle: titleOf(via, document),
      total: rows.length,
      covered: count("covered"),
      partly: count("partly"),
      none: count("none"),
      rows,
    };
  } catch (error) {
    throw argumentError("frameworkCoverage", error);
  }
}
