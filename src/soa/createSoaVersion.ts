import { compareDates, IsmsError, isIsoDate, type IsoDate, type Party } from "../core/index.js";
import type { SoaRow } from "./soaRow.js";
import type { SoaVersion } from "./soaVersion.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Options of {@link createSoaVersion}.
 *
 * @category SoA
 * @example
 * ```ts
 * const options: CreateSoaVersionOptions = { date: "2026-11-27", note: "Cloud controls added" };
 * createSoaVersion(doc.soaVersions, deriveIsmsSoa(doc), options).version; // 2: the example holds version 1
 * ```
 */
export interface CreateSoaVersionOptions {
  /** Issue date of the version. */
  readonly date: IsoDate;
  /** What changed and why. */
  readonly note?: string;
  /** Approver, when the version is approved as it is issued (give `approvedOn` too). */
  readonly approvedBy?: Party;
  /** Approval date, not before `date` (give `approvedBy` too). */
  readonly approvedOn?: IsoDate;
}

/**
 * Creates the next version of the Statement of Applicability from derived rows: its number
 * is one more than the highest existing version (1 for the first).
 *
 * @param previous - the versions so far, in any order
 * @param rows - rows from {@link deriveSoa}
 * @param options - date, note and optional approval
 * @returns the new version (the rows array is copied)
 * @throws {@link IsmsError} `invalid_argument` when only one of `approvedBy` and `approvedOn` is
 *   given, or the approval is dated before the version; `invalid_date` for a date that is not
 *   a calendar date
 * @category SoA
 * @example
 * ```ts
 * const v1 = createSoaVersion([], deriveSoa({ catalogues: ["annex-a"], decisions: [] }), { date: "2026-03-01" });
 * const v2 = createSoaVersion([v1], deriveIsmsSoa(doc), { date: "2026-09-01", approvedBy: "CEO", approvedOn: "2026-09-03" });
 * v2.version; // 2
 * ```
 */
export function createSoaVersion(previous: readonly SoaVersion[], rows: readonly SoaRow[], options: CreateSoaVersionOptions): SoaVersion {
  try {
    checkApproval(options.date, options.approvedBy, options.approvedOn);
    const version = previous.reduce((highest, item) => Math.max(highest, item.version), 0) + 1;
    return {
      version,
      date: options.date,
      rows: [...rows],
      ...(options.approvedBy === undefined ? {} : { approvedBy: options.approvedBy }),
      ...(options.approvedOn === undefined ? {} : { approvedOn: options.approvedOn }),
      ...(options.note === undefined ? {} : { note: options.note }),
    };
  } catch (error) {
    throw argumentError("createSoaVersion", error);
  }
}

/** Throws unless approver and date come together and the approval is not before the version. */
export function checkApproval(date: IsoDate, approvedBy: Party | undefined, approvedOn: IsoDate | undefined): void {
  if ((approvedBy === undefined) !== (approvedOn === undefined)) {
    throw new IsmsError("invalid_argument", "An approval needs both approvedBy and approvedOn.");
  }
  if (approvedOn !== undefined) {
    if (!isIsoDate(date) || !isIsoDate(approvedOn)) {
      throw new IsmsError("invalid_date", `"${date}" or "${approvedOn}" is not a calendar date in the form YYYY-MM-DD`);
    }
    if (compareDates(approvedOn, date) < 0) {
      throw new IsmsError("invalid_argument", `The approval (${approvedOn}) cannot be dated before the version (${date}).`);
    }
  }
}
