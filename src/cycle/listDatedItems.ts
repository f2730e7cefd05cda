import type { IsoDate, Party } from "../core/index.js";
import type { Audit } from "./audit.js";
import type { Certification } from "./certification.js";
import { certificationSchedule, type CertificationScheduleOptions } from "./certificationSchedule.js";
import type { DatedItem } from "./datedItem.js";
import type { Nonconformity } from "./nonconformity.js";
import type { Objective } from "./objective.js";
import type { ManagementReview } from "./review.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * A dated decision passed in from elsewhere, such as a residual-risk acceptance with its
 * review or expiry date: the calendar lists it without knowing its type.
 *
 * @category Cycle
 * @example
 * ```ts
 * const acceptance: DatedAcceptance = { id: "D-7", title: "Accept R-12 until review", due: "2027-03-31", owner: "CFO" };
 * listUpcoming(listDatedItems({ acceptances: [acceptance] }), "2027-03-01", 30).map((item) => item.kind); // ["acceptance"]
 * ```
 */
export interface DatedAcceptance {
  /** The decision's id. */
  readonly id: string;
  /** What it is; defaults to "Review acceptance <id>". */
  readonly title?: string;
  /** Its review or expiry date. */
  readonly due: IsoDate;
  /** Whether it has been reviewed (or superseded); default `false`. */
  readonly done?: boolean;
  /** Who must review it. */
  readonly owner?: Party;
}

/**
 * The records {@link listDatedItems} collects dated items from; every field is optional.
 *
 * @category Cycle
 * @example
 * ```ts
 * const sources: DatedSources = {
 *   audits: doc.auditProgramme?.audits ?? [], reviews: doc.reviews, nonconformities: doc.nonconformities, objectives: doc.objectives,
 *   ...(doc.certification ? { certification: doc.certification } : {}),
 * };
 * listUpcoming(listDatedItems(sources), "2026-11-27", 60).map((item) => `${item.due} ${item.title}`);
 * ```
 */
export interface DatedSources {
  /** Internal audits: each by its planned date; done when completed or cancelled. */
  readonly audits?: readonly Audit[];
  /** Management reviews by date (done when held), and their actions. */
  readonly reviews?: readonly ManagementReview[];
  /** Corrective actions of nonconformities; done when done, cancelled, or the nonconformity is closed. */
  readonly nonconformities?: readonly Nonconformity[];
  /** Objectives by due date; done unless planned or in progress. */
  readonly objectives?: readonly Objective[];
  /** Acceptances or other decisions with a review date. */
  readonly acceptances?: readonly DatedAcceptance[];
  /** The certification record: surveillance audits, recertification audit and expiry. */
  readonly certification?: Certification;
  /** Options of the certification schedule. */
  readonly certificationOptions?: CertificationScheduleOptions;
}

function owned(owner: Party | undefined): { owner?: Party } {
  return owner === undefined ? {} : { owner };
}

/**
 * Collects every dated item from audits, reviews and their actions, nonconformities'
 * corrective actions, objectives, passed-in acceptances and the certification calendar,
 * ready for {@link listUpcoming} and {@link listOverdue}.
 *
 * @param sources - the records to read
 * @returns the dated items, in the order of the sources
 * @throws {@link IsmsError} `invalid_argument` when `sources.certificationOptions.recertificationLeadDays` is not a whole number of days, 0 or more (see {@link certificationSchedule})
 * @category Cycle
 * @example
 * ```ts
 * listOverdue(listDatedItems({ audits: doc.auditProgramme?.audits ?? [], nonconformities: doc.nonconformities }), "2026-11-27")
 *   .map((item) => `${item.kind} ${item.id}`);
 * ```
 */
export function listDatedItems(sources: DatedSources): readonly DatedItem[] {
  try {
    const items: DatedItem[] = [];
    for (const audit of sources.audits ?? []) {
      const done = audit.status === "completed" || audit.status === "cancelled";
      items.push({ kind: "audit", id: audit.id, title: `Internal audit: ${audit.title}`, due: audit.plannedDate, done });
    }
    for (const review of sources.reviews ?? []) {
      items.push({ kind: "management_review", id: review.id, title: `Management review ${review.id}`, due: review.date, done: review.status === "held" });
      for (const action of review.actions) {
        const done = action.status === "done" || action.status === "cancelled";
        items.push({ kind: "review_action", id: action.id, title: action.description, due: action.due, done, owner: action.owner, parent: review.id });
      }
    }
    for (const nc of sources.nonconformities ?? []) {
      for (const action of nc.correctiveActions) {
        const done = nc.status === "closed" || action.status === "done" || action.status === "cancelled";
        items.push({ kind: "corrective_action", id: action.id, title: action.description, due: action.due, done, owner: action.owner, parent: nc.id });
      }
    }
    for (const objective of sources.objectives ?? []) {
      const done = objective.status !== "planned" && objective.status !== "in_progress";
      items.push({ kind: "objective", id: objective.id, title: objective.objective, due: objective.due, done, owner: objective.owner });
    }
    for (const acceptance of sources.acceptances ?? []) {
      items.push({
        kind: "acceptance",
        id: acceptance.id,
        title: acceptance.title ?? `Review acceptance ${acceptance.id}`,
        due: acceptance.due,
        done: acceptance.done ?? false,
        ...owned(acceptance.owner),
      });
    }
    if (sources.certification !== undefined) {
      const schedule = certificationSchedule(sources.certification, sources.certificationOptions);
      if (schedule !== undefined) {
        const { body } = sources.certification;
        for (const due of schedule.surveillance) {
          items.push({ kind: "surveillance_audit", id: `surveillance-${due.number}`, title: `Surveillance audit ${due.number} by ${body}`, due: due.due, done: due.held !== undefined });
        }
        const recertified = sources.certification.externalAudits.some(
          (audit) => audit.kind === "recertification" && audit.completed && audit.date >= schedule.validFrom,
        );
        items.push({ kind: "recertification_audit", id: "recertification", title: `Recertification audit by ${body}`, due: schedule.recertificationDue, done: recertified });
        items.push({ kind: "certificate_expiry", id: "expiry", title: `Certificate by ${body} expires`, due: schedule.expiry, done: recertified });
      }
    }
    return items;
  } catch (error) {
    throw argumentError("listDatedItems", error);
  }
}
