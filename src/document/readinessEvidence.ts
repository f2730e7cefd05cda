import { addMonths, type IsoDate } from "../core/index.js";
import { ANNEX_A, splitControlRef, type ClauseId, type ControlRef } from "../catalogue/index.js";
import { assessReadiness, missingReviewInputs, type ReadinessAssessment, type ReadinessStatus, type ReadinessSummary } from "../cycle/index.js";
import { isRiskAssessed } from "../risk/index.js";
import { isActionDone, isPlanApproved } from "../treatment/index.js";
import { deriveIsmsSoa } from "./deriveIsmsSoa.js";
import type { IsmsDocument } from "./schema.js";
import type { SoaRow } from "../soa/index.js";
import { approvedSoaVersions, byThen as happened, topLevelPolicies } from "./_internal/approvals.js";
import { argumentError } from "../core/_internal/index.js";
import { recordReadiness } from "./_internal/records/index.js";

/** Who the derived assessments are by. */
const DERIVED_BY = "isms (derived from the document)";

type Share = "all" | "some" | "none";

function share(count: number, total: number): Share {
  return count === total ? "all" : count === 0 ? "none" : "some";
}

const STATUS_OF_SHARE: Readonly<Record<Share, ReadinessStatus>> = { all: "met", some: "partly_met", none: "not_met" };

/**
 * What the document itself shows about the requirements of clauses 4–10 and the Annex A
 * controls, as readiness assessments for {@link assessReadiness}'s `evidence` option. Each
 * one is marked as derived, dated `asOf` and says in its note what it was read from. A
 * requirement the document says nothing definite about (leadership, resources, competence,
 * awareness, communication, operational control) gets no assessment: the user assesses it.
 *
 * Clauses: 4.1 context issues, 4.2 interested parties, 4.3 the scope, 5.2 an approved
 * top-level policy, 6.1.2 a–e the methodology and how much of the register is identified
 * and rated, 6.1.3 a, b and e how many risks a treatment plan covers, c no Annex A control
 * left undecided, d an approved SoA version, f approved plans, 6.2
 * objectives, 7.5.1 and 7.5.3 the documented-information register and its review dates, 8.2 a rating in the last 12
 * months, 8.3 treatment actions done, 9.1 objectives measured, 9.2.1 a completed internal
 * audit in the last 12 months, 9.2.2 an audit programme, 9.3.1–9.3.3 a management review
 * held in the last 12 months with every 9.3.2 input and its decisions, 10.2 open
 * nonconformities with their correction and corrective actions. Controls: an applicable
 * Annex A control is met when implemented, partly met when partially implemented, and not
 * met otherwise (excluded controls are left to `notApplicable`).
 *
 * @param document - the ISMS
 * @param asOf - the day of the assessment: later approvals, audits and reviews do not count
 * @returns derived assessments, clauses first, then controls in catalogue order
 * @category Document
 * @example
 * ```ts
 * const evidence = readinessEvidence(doc, "2026-11-27");
 * evidence.find((item) => item.requirement === "4.3")?.status; // "met" when a scope is recorded
 * ```
 */
export function readinessEvidence(document: IsmsDocument, asOf: IsoDate): ReadinessAssessment[] {
  try {
    return evidenceFromRows(document, asOf, deriveIsmsSoa(document, asOf));
  } catch (error) {
    throw argumentError("readinessEvidence", error);
  }
}

/** {@link readinessEvidence} on SoA rows already derived for `asOf`. */
function evidenceFromRows(document: IsmsDocument, asOf: IsoDate, rows: readonly SoaRow[]): ReadinessAssessment[] {
  const found: ReadinessAssessment[] = [];
  const add = (requirement: ClauseId | ControlRef, status: ReadinessStatus, note: string, evidence: readonly string[] = []): void => {
    found.push({
      requirement,
      status,
      note: `Derived from the document: ${note}`,
      ...(evidence.length === 0 ? {} : { evidence: [...evidence] }),
      assessedBy: DERIVED_BY,
      assessedOn: asOf,
    });
  };
  const byThen = (date: IsoDate | undefined): boolean => happened(date, asOf);
  const yearAgo = addMonths(asOf, -12);
  const withinYear = (date: IsoDate): boolean => date >= yearAgo && date <= asOf;

  if (document.contextIssues.length > 0) add("4.1", "met", `${document.contextIssues.length} internal and external issues recorded.`);
  if (document.interestedParties.length > 0) add("4.2", "met", `${document.interestedParties.length} interested parties with their requirements.`);
  add("4.3", document.scope === undefined ? "not_met" : "met", document.scope === undefined ? "no scope recorded." : "the scope is recorded.");

  const { policies, approved } = topLevelPolicies(document, asOf);
  add(
    "5.2",
    approved.length > 0 ? "met" : policies.length > 0 ? "partly_met" : "not_met",
    approved.length > 0 ? "an approved information security policy." : policies.length > 0 ? "a policy exists but is not approved." : "no policy recorded.",
    approved.map((policy) => policy.id),
  );

  const risks = document.risks;
  const hasMethodology = document.methodologies.length > 0;
  add("6.1.2.a", hasMethodology ? "met" : "not_met", hasMethodology ? "a risk methodology with acceptance criteria." : "no risk methodology.");
  add("6.1.2.b", hasMethodology ? "met" : "not_met", hasMethodology ? "risks are rated through one versioned methodology." : "no risk methodology.");
  add("6.1.2.c", risks.length > 0 ? "met" : "not_met", `${risks.length} risks identified.`);
  const rated = risks.filter((risk) => isRiskAssessed(risk, asOf)).length;
  const ratedShare = risks.length === 0 ? "none" : share(rated, risks.length);
  add("6.1.2.d", STATUS_OF_SHARE[ratedShare], `${rated} of ${risks.length} risks rated.`);
  add("6.1.2.e", STATUS_OF_SHARE[ratedShare], `${rated} of ${risks.length} risks rated, hence evaluated against the acceptance criteria.`);

  const planned = new Set<string>(document.treatmentPlans.flatMap((plan) => plan.risks));
  const covered = risks.filter((risk) => planned.has(risk.id)).length;
  const coverage = STATUS_OF_SHARE[risks.length === 0 ? "none" : share(covered, risks.length)];
  const coverageNote = `${covered} of ${risks.length} risks have a treatment plan.`;
  for (const item of ["6.1.3.a", "6.1.3.b", "6.1.3.e"] as const) add(item, coverage, coverageNote);

  const decided = new Set<string>(document.soaDecisions.map((decision) => decision.control));
  const annexARows = rows.filter((row) => splitControlRef(row.ref)?.catalogue === ANNEX_A);
  const undecided = annexARows.filter((row) => !decided.has(row.ref) && !row.applicable).length;
  add(
    "6.1.3.c",
    annexARows.length === 0 ? "not_met" : undecided === 0 ? "met" : undecided === annexARows.length ? "not_met" : "partly_met",
    annexARows.length === 0
      ? "Annex A is not among the catalogues in scope, so no control has been compared with it."
      : undecided === 0
        ? "every Annex A control has been compared and decided."
        : `${undecided} of ${annexARows.length} Annex A controls are undecided.`,
  );
  const soaApproved = approvedSoaVersions(document, asOf);
  add(
    "6.1.3.d",
    soaApproved.length > 0 ? "met" : document.soaVersions.length > 0 ? "partly_met" : "not_met",
    soaApproved.length > 0 ? "an approved SoA version." : document.soaVersions.length > 0 ? "SoA versions exist, none approved." : "no SoA version recorded.",
    soaApproved.map((version) => `SoA v${version.version}`),
  );
  const plans = document.treatmentPlans;
  const approvedPlans = plans.filter((plan) => isPlanApproved(plan, document.decisions, asOf)).length;
  add("6.1.3.f", STATUS_OF_SHARE[plans.length === 0 ? "none" : share(approvedPlans, plans.length)], `${approvedPlans} of ${plans.length} treatment plans approved by their risk owners.`);

  if (document.objectives.length > 0) add("6.2", "met", `${document.objectives.length} information security objectives.`);
  if (document.documents.length > 0) {
    const overdue = document.documents.filter((entry) => entry.reviewDate !== undefined && entry.reviewDate < asOf).length;
    add("7.5.1", "met", `${document.documents.length} entries in the documented-information register.`);
    add("7.5.3", overdue === 0 ? "met" : "partly_met", overdue === 0 ? "no document is past its review date." : `${overdue} documents are past their review date.`);
  }

  const ratingDates = risks.flatMap((risk) => [risk.ratings.current?.date, risk.ratings.inherent?.date]).filter((date): date is IsoDate => date !== undefined && byThen(date));
  const latestRating = ratingDates.sort().at(-1);
  if (risks.length > 0) {
    add(
      "8.2",
      latestRating !== undefined && withinYear(latestRating) ? "met" : "not_met",
      latestRating === undefined ? "no dated rating." : `latest risk rating on ${latestRating}.`,
    );
  }
  const actions = plans.flatMap((plan) => plan.actions).filter((action) => action.status !== "cancelled");
  if (actions.length > 0) {
    const done = actions.filter((action) => isActionDone(action, asOf)).length;
    add("8.3", done === actions.length ? "met" : "partly_met", `${done} of ${actions.length} treatment actions done.`);
  }

  const objectives = document.objectives;
  if (objectives.length > 0) {
    const measured = objectives.filter((objective) => objective.measurements.some((measurement) => byThen(measurement.date))).length;
    add("9.1", STATUS_OF_SHARE[share(measured, objectives.length)], `${measured} of ${objectives.length} objectives measured.`);
  }
  const audits = document.auditProgramme?.audits ?? [];
  if (document.auditProgramme !== undefined) {
    add("9.2.2", audits.length > 0 ? "met" : "partly_met", audits.length > 0 ? `an audit programme with ${audits.length} audits.` : "an audit programme with no audit planned.");
  }
  const recentAudits = audits.filter((audit) => audit.status === "completed" && withinYear(audit.performedDate ?? audit.plannedDate));
  add(
    "9.2.1",
    recentAudits.length > 0 ? "met" : "not_met",
    recentAudits.length > 0 ? "an internal audit completed in the last 12 months." : "no internal audit completed in the last 12 months.",
    recentAudits.map((audit) => audit.id),
  );
  const recentReviews = document.reviews.filter((review) => review.status === "held" && withinYear(review.date));
  const latestReview = recentReviews.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
  add(
    "9.3.1",
    latestReview === undefined ? "not_met" : "met",
    latestReview === undefined ? "no management review held in the last 12 months." : `management review held on ${latestReview.date}.`,
    latestReview === undefined ? [] : [latestReview.id],
  );
  if (latestReview !== undefined) {
    const missing = missingReviewInputs(latestReview);
    add("9.3.2", missing.length === 0 ? "met" : "partly_met", missing.length === 0 ? "the review covered every input." : `the review lacks ${missing.join(", ")}.`, [latestReview.id]);
    add("9.3.3", latestReview.decisions.length > 0 ? "met" : "partly_met", `${latestReview.decisions.length} decisions recorded.`, [latestReview.id]);
  }
  const open = document.nonconformities.filter((nc) => nc.status !== "closed" && byThen(nc.raised));
  if (document.nonconformities.length > 0) {
    const unanswered = open.filter((nc) => nc.correction === undefined || nc.correctiveActions.every((action) => action.status === "cancelled"));
    const majorUnanswered = unanswered.some((nc) => nc.severity === "major");
    add(
      "10.2",
      majorUnanswered ? "not_met" : unanswered.length > 0 ? "partly_met" : "met",
      unanswered.length === 0 ? "every open nonconformity has a correction and a corrective action." : `${unanswered.length} open nonconformities lack a correction or a corrective action.`,
      unanswered.map((nc) => nc.id),
    );
  }

  for (const item of recordReadiness(document, asOf)) add(item.requirement, item.status, item.note, item.evidence);

  for (const row of rows) {
    if (splitControlRef(row.ref)?.catalogue !== ANNEX_A || !row.applicable) continue;
    const status: ReadinessStatus = row.status === "implemented" ? "met" : row.status === "partially_implemented" ? "partly_met" : "not_met";
    add(row.ref, status, `the SoA says ${row.status.replace(/_/g, " ")}.`, row.evidence.map((item) => item.ref));
  }
  return found;
}

/**
 * The stage 1 gap analysis of the whole document: the user's own assessments
 * (`document.readiness`) over what the document shows ({@link readinessEvidence}), with the
 * Annex A controls an SoA decision excludes listed as not applicable. A control with no
 * decision yet is not excluded: it stays not assessed, and 6.1.3 c counts it.
 *
 * @param document - the ISMS
 * @param asOf - the day of the assessment
 * @returns the readiness summary, blocking items first
 * @category Document
 * @example
 * ```ts
 * const summary = assessIsmsReadiness(doc, "2026-11-27");
 * summary.blocking.map((item) => item.requirement); // what stands in the way of stage 1
 * ```
 */
export function assessIsmsReadiness(document: IsmsDocument, asOf: IsoDate): ReadinessSummary {
  try {
    // Excluded means an explicit decision; a control nobody has decided on yet is a gap, not
    // something out of scope (6.1.3 c reports the undecided ones).
    const excludedByDecision = new Set<string>(document.soaDecisions.filter((decision) => !decision.applicable).map((decision) => decision.control));
    const rows = deriveIsmsSoa(document, asOf);
    const excluded = rows.filter((row) => !row.applicable && excludedByDecision.has(row.ref) && splitControlRef(row.ref)?.catalogue === ANNEX_A).map((row) => row.ref);
    return assessReadiness(document.readiness ?? [], { evidence: evidenceFromRows(document, asOf, rows), notApplicable: excluded });
  } catch (error) {
    throw argumentError("assessIsmsReadiness", error);
  }
}
