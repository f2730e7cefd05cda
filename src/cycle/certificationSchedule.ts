import { addDays, addYears, type IsoDate } from "../core/index.js";
import type { Certification } from "./certification.js";

/**
 * One surveillance audit of the schedule: its number (1 or 2), the last date it is due,
 * and the date it was held when a completed surveillance audit is recorded.
 *
 * @category Cycle
 * @example
 * ```ts
 * const due: SurveillanceDue = { number: 1, due: "2027-11-26" };
 * ```
 */
export interface SurveillanceDue {
  /** 1 for the first surveillance audit, 2 for the second. */
  readonly number: 1 | 2;
  /** The last day on which the audit satisfies the rules. */
  readonly due: IsoDate;
  /** The date of the completed surveillance audit counted for it, if any. */
  readonly held?: IsoDate;
}

/**
 * The certification calendar derived from a certification record.
 *
 * @category Cycle
 * @example
 * ```ts
 * const schedule: CertificationSchedule | undefined = certificationSchedule(certification);
 * ```
 */
export interface CertificationSchedule {
  /** The first day of validity: the decision date, or the day after the previous expiry for a recertification. */
  readonly validFrom: IsoDate;
  /** The last day of validity. */
  readonly expiry: IsoDate;
  /** The two surveillance audits of years 1 and 2. */
  readonly surveillance: readonly [SurveillanceDue, SurveillanceDue];
  /** The date by which the recertification audit should be held, `leadDays` before expiry. */
  readonly recertificationDue: IsoDate;
}

/**
 * Options of {@link certificationSchedule}.
 *
 * @category Cycle
 * @example
 * ```ts
 * const options: CertificationScheduleOptions = { recertificationLeadDays: 60 };
 * ```
 */
export interface CertificationScheduleOptions {
  /** Days before expiry by which the recertification audit should be held, leaving time for the decision; default 90. */
  readonly recertificationLeadDays?: number;
}

function lastDayWithinYears(from: IsoDate, years: number): IsoDate {
  return addDays(addYears(from, years), -1);
}

/**
 * Derives the certification calendar. Choices, stated once: a certificate is valid for 3
 * years, so the expiry is the day before the third anniversary of the decision (decided
 * 2026-11-27, last valid day 2029-11-26); a stated `expiry` takes precedence. A
 * recertification completed in time runs on from the previous expiry: valid from the day
 * after it. The first surveillance audit is due at the latest the day before the first
 * anniversary of the validity start (within 12 months of the decision); the second at the
 * latest the day before the second anniversary and, once the first was held, within 12
 * months of it. 29 February becomes 28 February in common years,
 * so every due date stays within its 12 months. The recertification audit is due
 * `recertificationLeadDays` (default 90) before expiry. Every due date falls before the expiry.
 *
 * @param certification - the certification record
 * @param options - recertification lead time
 * @returns the schedule, or `undefined` before the certification decision
 * @category Cycle
 * @example
 * ```ts
 * certificationSchedule({ body: "CB", decisionDate: "2028-02-29", externalAudits: [] })?.surveillance[0].due; // "2029-02-27"
 * ```
 */
export function certificationSchedule(
  certification: Certification,
  options: CertificationScheduleOptions = {},
): CertificationSchedule | undefined {
  if (certification.decisionDate === undefined) return undefined;
  const validFrom = certification.previousExpiry === undefined ? certification.decisionDate : addDays(certification.previousExpiry, 1);
  const expiry = certification.expiry ?? lastDayWithinYears(validFrom, 3);
  const held = certification.externalAudits
    .filter((audit) => audit.kind === "surveillance" && audit.completed && audit.date >= validFrom && audit.date <= expiry)
    .map((audit) => audit.date)
    .sort();
  const beforeExpiry = (date: IsoDate): IsoDate => (date < expiry ? date : addDays(expiry, -1));
  const firstDue = beforeExpiry(lastDayWithinYears(validFrom, 1));
  const firstHeld = held[0];
  const secondCap = lastDayWithinYears(validFrom, 2);
  const fromFirst = firstHeld === undefined ? secondCap : lastDayWithinYears(firstHeld, 1);
  const secondDue = beforeExpiry(fromFirst < secondCap ? fromFirst : secondCap);
  const secondHeld = held[1];
  const lead = options.recertificationLeadDays ?? 90;
  const recertificationDue = addDays(expiry, -lead);
  return {
    validFrom,
    expiry,
    surveillance: [
      { number: 1, due: firstDue, ...(firstHeld === undefined ? {} : { held: firstHeld }) },
      { number: 2, due: secondDue, ...(secondHeld === undefined ? {} : { held: secondHeld }) },
    ],
    recertificationDue: recertificationDue < validFrom ? validFrom : recertificationDue,
  };
}
