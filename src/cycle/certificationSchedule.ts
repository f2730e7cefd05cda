import { addDays, addYears, IsmsError, type IsoDate } from "../core/index.js";
import type { Certification } from "./certification.js";
import { argumentError } from "../core/_internal/index.js";

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
 * const schedule: CertificationSchedule | undefined = doc.certification && certificationSchedule(doc.certification);
 * schedule?.expiry; // "2029-04-19"
 * ```
 */
export interface CertificationSchedule {
  /**
   * The first day of validity: the decision date or, for a recertification, the day after the
   * previous expiry when the decision came before it (never before the decision).
   */
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
 * doc.certification && certificationSchedule(doc.certification, options)?.recertificationDue; // "2029-02-18"
 * ```
 */
export interface CertificationScheduleOptions {
  /** Days before expiry by which the recertification audit should be held, leaving time for the decision: a whole number, 0 or more; default 90. */
  readonly recertificationLeadDays?: number;
}

function lastDayWithinYears(from: IsoDate, years: number): IsoDate {
  return addDays(addYears(from, years), -1);
}

/**
 * Derives the certification calendar. Choices, stated once: a certificate is valid for 3
 * years, so the expiry is the day before the third anniversary of the decision (decided
 * 2026-11-27, last valid day 2029-11-26); a stated `expiry` takes precedence. A
 * recertification runs on from the previous expiry: its expiry is the day before the third
 * anniversary of the day after `previousExpiry`, and it is valid from that day, or from the
 * decision when the decision came later (a late recertification is never valid before its
 * decision; `validateCertification` warns about it). The first surveillance audit is due at
 * the latest the day before the first anniversary of the validity start (within 12 months of
 * the decision); the second at the latest the day before the second anniversary and, once the
 * first was held, within 12 months of it. Completed surveillance audits count in date order,
 * from the validity start to the expiry: the first one for surveillance 1, and for
 * surveillance 2 only one held from the first anniversary on (and after the first one), so
 * that two audits in year 1 do not stand for years 1 and 2. 29 February becomes 28 February
 * in common years, so every due date stays within its 12 months. The recertification audit
 * is due `recertificationLeadDays` (default 90) before expiry. Every due date falls before
 * the expiry.
 *
 * @param certification - the certification record
 * @param options - recertification lead time
 * @returns the schedule, or `undefined` before the certification decision
 * @throws {@link IsmsError} `invalid_argument` when `options.recertificationLeadDays` is not a whole number of days, 0 or more
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
  try {
    const lead = options.recertificationLeadDays ?? 90;
    if (!Number.isInteger(lead) || lead < 0) {
      throw new IsmsError("invalid_argument", `recertificationLeadDays must be a whole number of days, 0 or more, not ${String(lead)}.`);
    }
    const { decisionDate, previousExpiry } = certification;
    if (decisionDate === undefined) return undefined;
    const cycleStart = previousExpiry === undefined ? decisionDate : addDays(previousExpiry, 1);
    const validFrom = cycleStart < decisionDate ? decisionDate : cycleStart;
    const expiry = certification.expiry ?? lastDayWithinYears(cycleStart, 3);
    const held = certification.externalAudits
      .filter((audit) => audit.kind === "surveillance" && audit.completed && audit.date >= validFrom && audit.date <= expiry)
      .map((audit) => audit.date)
      .sort();
    const beforeExpiry = (date: IsoDate): IsoDate => (date < expiry ? date : addDays(expiry, -1));
    const yearOneEnds = lastDayWithinYears(validFrom, 1);
    const firstDue = beforeExpiry(yearOneEnds);
    const firstHeld = held[0];
    const secondCap = lastDayWithinYears(validFrom, 2);
    const fromFirst = firstHeld === undefined ? secondCap : lastDayWithinYears(firstHeld, 1);
    const secondDue = beforeExpiry(fromFirst < secondCap ? fromFirst : secondCap);
    const secondHeld = firstHeld === undefined ? undefined : held.find((date) => date > yearOneEnds && date > firstHeld);
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
  } catch (error) {
    throw argumentError("certificationSchedule", error);
  }
}
