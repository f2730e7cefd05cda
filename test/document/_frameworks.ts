import { ControlMappingSchema, CustomCatalogueSchema, type ControlMapping, type ControlMappingEntry } from "../../src/catalogue/index.js";
import { ApplicabilityDecisionSchema, type ApplicabilityDecision } from "../../src/soa/index.js";
import { CatalogueIdSchema } from "../../src/core/index.js";
import type { IsmsDocument } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";

/** A hand-written subset of SP 800-53 LOW (ids and titles), with one withdrawn control. */
export const LOW = CustomCatalogueSchema.parse({
  id: "sp-low",
  title: "SP 800-53 LOW (subset)",
  controls: [
    { id: "ac-1", title: "Policy and Procedures" },
    { id: "ac-2", title: "Account Management" },
    { id: "ia-2", title: "Identification and Authentication (Organizational Users)" },
    { id: "cp-9", title: "System Backup" },
    { id: "pe-3", title: "Physical Access Control" },
    { id: "at-2", title: "Literacy Training and Awareness" },
    { id: "ac-13", title: "Supervision and Review — Access Control", withdrawn: true },
  ],
});

/** The Annex A controls the mapping names. */
export const COVERING = ["annex-a:5.15", "annex-a:5.16", "annex-a:5.18", "annex-a:8.5", "annex-a:8.13", "annex-a:7.2"] as const;

/** Annex A → SP 800-53 LOW entries, one of them written the other way round (LOW → Annex A). */
export const ENTRIES: readonly ControlMappingEntry[] = [
  { source: "annex-a:5.18", target: "sp-low:ac-2", relationship: "intersects" },
  { source: "annex-a:5.16", target: "sp-low:ac-2", relationship: "intersects" },
  { source: "annex-a:8.5", target: "sp-low:ia-2", relationship: "superset" },
  { source: "annex-a:8.13", target: "sp-low:cp-9", relationship: "equivalent" },
  { source: "annex-a:7.2", target: "sp-low:pe-3", relationship: "equivalent" },
];

export function mappingOf(entries: readonly ControlMappingEntry[] = ENTRIES): ControlMapping[] {
  return [
    ControlMappingSchema.parse({ id: "annex-a-to-low", source: "annex-a", target: "sp-low", entries }),
    // "ac-1 is a subset of 5.15": read from Annex A, 5.15 is a superset of ac-1.
    ControlMappingSchema.parse({ id: "low-to-annex-a", source: "sp-low", target: "annex-a", entries: [{ source: "sp-low:ac-1", target: "annex-a:5.15", relationship: "subset" }] }),
  ];
}

export type Decided = { applicable: boolean; status: ApplicabilityDecision["status"] };

/**
 * The example organisation with the LOW subset (in scope when `inScope`), the mappings, and
 * the covering controls decided as given (implemented and applicable by default).
 */
export function frameworksDoc(
  options: { decided?: Partial<Record<(typeof COVERING)[number], Decided>>; mappings?: ControlMapping[]; inScope?: boolean } = {},
): IsmsDocument {
  const example = createExampleIsms();
  const decisions = COVERING.map((control) => {
    const decided = options.decided?.[control] ?? { applicable: true, status: "implemented" };
    return ApplicabilityDecisionSchema.parse({
      control,
      applicable: decided.applicable,
      ...(decided.applicable ? {} : { justification: "Out of scope for this test: the organisation has no premises of its own." }),
      ...(decided.status === undefined ? {} : { status: decided.status }),
      reasons: decided.applicable ? [{ kind: "best_practice" }] : [],
    });
  });
  return {
    ...example,
    cataloguesInScope: options.inScope === false ? example.cataloguesInScope : [...example.cataloguesInScope, CatalogueIdSchema.parse("sp-low")],
    catalogues: [...example.catalogues, LOW],
    mappings: options.mappings ?? mappingOf(),
    soaDecisions: [...decisions, ...example.soaDecisions.filter((decision) => !(COVERING as readonly string[]).includes(decision.control))],
  };
}
