import { resolveControlRef, splitControlRef, ANNEX_A, type CustomCatalogue } from "../../catalogue/index.js";
import type { SoaReason, SoaRow } from "../../soa/index.js";
import { DEFAULT_REPORT_LABELS, type ReportLabelOverrides, type ReportLabels } from "../labels.js";

const resolved = new WeakMap<object, ReportLabels>();

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function merge(base: object, override: object): object {
  const out: Record<string, unknown> = { ...base };
  const entries: [string, unknown][] = Object.entries(override);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? merge(current, value) : value;
  }
  return out;
}

/** The labels a renderer prints: the overrides merged over the defaults, key by key. */
export function resolveLabels(overrides: ReportLabelOverrides | undefined): ReportLabels {
  if (overrides === undefined) return DEFAULT_REPORT_LABELS;
  let labels = resolved.get(overrides);
  if (!labels) {
    // The overrides are a deep partial of the labels, so defaults merged with them are labels again.
    labels = merge(DEFAULT_REPORT_LABELS, overrides) as ReportLabels;
    resolved.set(overrides, labels);
  }
  return labels;
}

/** A label from a closed vocabulary; a key the labels do not know (an older or a custom value) prints as written. */
export function labelOf<K extends string>(vocabulary: Readonly<Record<K, string>>, key: string): string {
  return Object.hasOwn(vocabulary, key) ? (vocabulary[key as K] ?? key) : key;
}

/** What the status column of an SoA row says: the implementation status of an applicable control, else "Excluded" or "Undecided". */
export function soaRowStatus(row: SoaRow, labels: ReportLabels): string {
  if (!row.applicable) return row.undecided === true ? labels.common.undecided : labels.common.excluded;
  const status = labels.implementationStatus[row.status];
  return row.statusMismatch === true && row.statusFromPlans !== undefined ? labels.soa.statusWithPlans(status, labels.implementationStatus[row.statusFromPlans]) : status;
}

/** What the applicable column of an SoA row says. */
export function soaRowApplicable(row: SoaRow, labels: ReportLabels): string {
  return row.applicable ? labels.common.yes : row.undecided === true ? labels.common.undecided : labels.common.no;
}

/** A theme's label, or a custom catalogue's group as written. */
export function groupLabel(group: string | undefined, labels: ReportLabels): string {
  return group === undefined ? labels.soa.noTheme : labelOf(labels.theme, group);
}

/** How a control reference is shown: `5.17` for Annex A 2022, the whole reference for other catalogues. */
export function controlId(ref: string): string {
  const parts = splitControlRef(ref);
  return parts?.catalogue === ANNEX_A ? parts.id : ref;
}

/** The title of a control reference, or `undefined` when no catalogue in the list holds it. */
export function controlTitle(ref: string, custom: readonly CustomCatalogue[]): string | undefined {
  return resolveControlRef(ref, custom)?.title;
}

/** The header of the SoA table in the labels' words, in the order of SOA_COLUMNS. */
export function soaHeader(labels: ReportLabels): string[] {
  const columns = labels.soa.columns;
  return [
    columns.catalogue,
    columns.control,
    columns.title,
    columns.theme,
    columns.applicable,
    columns.reasons,
    columns.risks,
    columns.obligations,
    columns.justification,
    columns.status,
    columns.owner,
    columns.provider,
    columns.evidenceDate,
  ];
}

/** soaReasonLabel with resolved labels. */
export function soaReasonText(reason: SoaReason, labels: ReportLabels): string {
  const ids = [...(reason.risks ?? []), ...(reason.obligations ?? [])];
  return `${labels.soaReasonKind[reason.kind]}${ids.length > 0 ? ` (${ids.join(", ")})` : ""}${reason.note === undefined ? "" : `: ${reason.note}`}`;
}

/** The crosswalk cell of an SoA row: each other framework's requirement with the relationship read from the row's control. */
export function soaRowCrosswalk(row: SoaRow, labels: ReportLabels): string[] {
  return (row.crosswalk ?? []).map((entry) => labels.coverage.crosswalkEntry(entry.ref, labels.coverage.relationship[entry.relationship]));
}
