import { annexA, clauses, type ControlRef } from "../catalogue/index.js";
import type { ReadinessAssessment, ReadinessStatus } from "./readiness.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link assessReadiness}.
 *
 * @category Cycle
 * @example
 * ```ts
 * const options: AssessReadinessOptions = { evidence: readinessEvidence(doc, "2026-11-27"), notApplicable: ["annex-a:7.5"] };
 * assessReadiness(doc.readiness ?? [], options).overall; // "not_met"
 * ```
 */
export interface AssessReadinessOptions {
  /** Assessments derived from the document's evidence; the user's own assessment of a requirement takes precedence. */
  readonly evidence?: readonly ReadinessAssessment[];
  /** Annex A controls excluded in the SoA: listed as `not_applicable`, never blocking. */
  readonly notApplicable?: readonly ControlRef[];
  /** Whether to include Annex A; default `true`. */
  readonly annexA?: boolean;
}

/**
 * Where a requirement's status came from: the user's assessment, the document's evidence,
 * an assessment of an enclosing clause, or nowhere.
 *
 * @category Cycle
 * @example
 * ```ts
 * const source: ReadinessSource = "inherited";
 * ```
 */
export type ReadinessSource = "assessment" | "evidence" | "inherited" | "none";

/**
 * One requirement of the gap analysis.
 *
 * @category Cycle
 * @example
 * ```ts
 * const summary = assessReadiness([{ requirement: "9.2.2", status: "not_met" }], { annexA: false });
 * const item: ReadinessItem | undefined = summary.items.find((found) => found.requirement === "9.2.2");
 * item?.blocking; // true: a mandatory clause not met
 * ```
 */
export interface ReadinessItem {
  /** A clause id or a control reference. */
  readonly requirement: string;
  /** A clause of 4–10, or an Annex A control. */
  readonly kind: "clause" | "control";
  /** The clause's or control's title. */
  readonly title: string;
  /** Its status; controls excluded in the SoA are `not_applicable`. */
  readonly status: ReadinessStatus | "not_applicable";
  /** Whether it stands in the way of certification: a clause not met or not assessed, an applicable control not met. */
  readonly blocking: boolean;
  /** Where the status came from. */
  readonly source: ReadinessSource;
  /** The requirement whose assessment was used when inherited. */
  readonly inheritedFrom?: string;
  /** Evidence references. */
  readonly evidence: readonly string[];
  /** The assessment's note. */
  readonly note?: string;
}

/**
 * Counts of requirements per status.
 *
 * @category Cycle
 * @example
 * ```ts
 * const counts: ReadinessCounts = { met: 30, partly_met: 4, not_met: 1, not_assessed: 0, not_applicable: 0 };
 * ```
 */
export type ReadinessCounts = { readonly [S in ReadinessStatus | "not_applicable"]: number };

/**
 * The result of {@link assessReadiness}: every requirement with blocking items first,
 * the blocking items alone, counts for clauses and for Annex A, an overall verdict and the
 * assessment keys that name no requirement.
 *
 * @category Cycle
 * @example
 * ```ts
 * const summary: ReadinessSummary = assessReadiness([{ requirement: "4.3", status: "met" }]);
 * summary.overall; // "not_met"
 * ```
 */
export interface ReadinessSummary {
  /** `met` when everything applicable is met, `not_met` when something blocks, else `partly_met`. */
  readonly overall: "met" | "partly_met" | "not_met";
  /** Every requirement, blocking first (see {@link assessReadiness} for the order). */
  readonly items: readonly ReadinessItem[];
  /** The blocking items, in the same order. */
  readonly blocking: readonly ReadinessItem[];
  /** Counts over the clause requirements. */
  readonly clauses: ReadinessCounts;
  /** Counts over the Annex A controls (all zero when Annex A is left out). */
  readonly annexA: ReadinessCounts;
  /** Assessment keys that are neither a requirement clause nor an Annex A reference. */
  readonly unknown: readonly string[];
}

const CLAUSE_IDS = new Set<string>(clauses.map((clause) => clause.id));
const PARENTS = new Set<string>(clauses.flatMap((clause) => (clause.parent === undefined ? [] : [clause.parent])));

function rank(item: ReadinessItem): number {
  const clause = item.kind === "clause";
  switch (item.status) {
    case "not_met":
      return clause ? 0 : 1;
    case "not_assessed":
      return clause ? 2 : 5;
    case "partly_met":
      return clause ? 3 : 4;
    case "met":
      return 6;
    case "not_applicable":
      return 7;
    default: {
      const unknown: never = item.status;
      return unknown;
    }
  }
}

type ByRequirement = ReadonlyMap<string, ReadinessAssessment>;

function byRequirement(list: readonly ReadinessAssessment[]): ByRequirement {
  return new Map(list.map((assessment) => [assessment.requirement, assessment]));
}

function lookup(
  keys: readonly string[],
  assessments: ByRequirement,
  evidence: ByRequirement,
): { assessment?: ReadinessAssessment; source: ReadinessSource; from?: string } {
  for (const [index, key] of keys.entries()) {
    const own = assessments.get(key);
    const derived = evidence.get(key);
    const found = own ?? derived;
    if (found === undefined) continue;
    if (index > 0) return { assessment: found, source: "inherited", from: key };
    return { assessment: found, source: own === undefined ? "evidence" : "assessment" };
  }
  return { source: "none" };
}

function ancestry(id: string): string[] {
  const chain: string[] = [];
  let current = clauses.find((clause) => clause.id === id);
  while (current !== undefined) {
    chain.push(current.id);
    const parent: string | undefined = current.parent;
    current = parent === undefined ? undefined : clauses.find((clause) => clause.id === parent);
  }
  return chain;
}

function emptyCounts(): { [S in ReadinessStatus | "not_applicable"]: number } {
  return { met: 0, partly_met: 0, not_met: 0, not_assessed: 0, not_applicable: 0 };
}

/**
 * The gap analysis run before a stage 1 audit: a status for every requirement of clauses
 * 4–10 (their sub-clauses and items without children; an assessment of an enclosing
 * clause is inherited) and, unless left out, every Annex A control. The user's assessment
 * wins over the document's evidence. Items are ordered: clauses not met, controls not met,
 * clauses not assessed, clauses partly met, controls partly met, controls not assessed,
 * met, not applicable; within a group, in the standard's order. All clauses are mandatory,
 * so a clause not met or not assessed blocks, as does an applicable control not met.
 *
 * @param list - the user's assessments (for a requirement assessed twice, the last one counts)
 * @param options - derived evidence, excluded controls, whether to include Annex A
 * @returns the summary
 * @category Cycle
 * @example
 * ```ts
 * const summary = assessReadiness([{ requirement: "4", status: "met" }, { requirement: "9.2.2", status: "not_met" }], { annexA: false });
 * summary.blocking[0]?.requirement; // "9.2.2"
 * ```
 */
export function assessReadiness(list: readonly ReadinessAssessment[], options: AssessReadinessOptions = {}): ReadinessSummary {
  try {
    const assessments = byRequirement(list);
    const evidence = byRequirement(options.evidence ?? []);
    const includeAnnexA = options.annexA ?? true;
    const notApplicable = new Set<string>(options.notApplicable ?? []);
    const items: ReadinessItem[] = [];
    for (const clause of clauses) {
      if (clause.kind === "clause" || PARENTS.has(clause.id)) continue;
      const found = lookup(ancestry(clause.id), assessments, evidence);
      const status = found.assessment?.status ?? "not_assessed";
      items.push({
        requirement: clause.id,
        kind: "clause",
        title: clause.title,
        status,
        blocking: status === "not_met" || status === "not_assessed",
        source: found.source,
        ...(found.from === undefined ? {} : { inheritedFrom: found.from }),
        evidence: found.assessment?.evidence ?? [],
        ...(found.assessment?.note === undefined ? {} : { note: found.assessment.note }),
      });
    }
    if (includeAnnexA) {
      for (const control of annexA) {
        const ref = `annex-a:${control.id}`;
        const found = lookup([ref], assessments, evidence);
        const status = notApplicable.has(ref) ? "not_applicable" : (found.assessment?.status ?? "not_assessed");
        items.push({
          requirement: ref,
          kind: "control",
          title: control.title,
          status,
          blocking: status === "not_met",
          source: found.source,
          evidence: found.assessment?.evidence ?? [],
          ...(found.assessment?.note === undefined ? {} : { note: found.assessment.note }),
        });
      }
    }
    const ordered = items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index).map(({ item }) => item);
    const clauseCounts = emptyCounts();
    const controlCounts = emptyCounts();
    for (const item of items) (item.kind === "clause" ? clauseCounts : controlCounts)[item.status] += 1;
    const blocking = ordered.filter((item) => item.blocking);
    const allMet = items.every((item) => item.status === "met" || item.status === "not_applicable");
    const known = (key: string) => CLAUSE_IDS.has(key) || annexA.some((control) => `annex-a:${control.id}` === key);
    return {
      overall: blocking.length > 0 ? "not_met" : allMet ? "met" : "partly_met",
      items: ordered,
      blocking,
      clauses: clauseCounts,
      annexA: controlCounts,
      unknown: [...new Set([...assessments.keys(), ...evidence.keys()])].filter((key) => !known(key)).sort(),
    };
  } catch (error) {
    throw argumentError("assessReadiness", error);
  }
}
