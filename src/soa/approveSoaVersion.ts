import { produce, argumentError } from "../core/_internal/index.js";
import { IsmsError, type IsoDate, type Party } from "../core/index.js";
import { checkApproval } from "./createSoaVersion.js";
import type { SoaVersion } from "./soaVersion.js";

/**
 * Records the approval of an SoA version by top management or the ISMS owner. Approving an
 * already approved version with the same approver and date changes nothing. The rows are
 * not judged here (an approval records what was signed): {@link validateSoaVersions}
 * reports an approved version that leaves a control undecided as
 * `approved_with_undecided_control`.
 *
 * @param version - the version to approve
 * @param approval - approver and date (not before the version's date)
 * @returns the approved version; the same reference when it already carried this approval
 * @throws {@link IsmsError} `invalid_argument` when the approval is dated before the version,
 *   or the version is already approved by someone else or on another date (an approval is a
 *   record: issue a new version instead)
 * @category SoA
 * @example
 * ```ts
 * const draft = createSoaVersion(doc.soaVersions, deriveIsmsSoa(doc), { date: "2026-11-27" });
 * const approved = approveSoaVersion(draft, { approvedBy: "CEO", approvedOn: "2026-11-30" });
 * approved.approvedBy; // "CEO"
 * ```
 */
export function approveSoaVersion(version: SoaVersion, approval: { readonly approvedBy: Party; readonly approvedOn: IsoDate }): SoaVersion {
  try {
    checkApproval(version.date, approval.approvedBy, approval.approvedOn);
    if (version.approvedBy === approval.approvedBy && version.approvedOn === approval.approvedOn) return version;
    if (version.approvedBy !== undefined || version.approvedOn !== undefined) {
      throw new IsmsError("invalid_argument", `SoA version ${version.version} is already approved; create a new version instead.`);
    }
    return produce(version, (draft) => {
      draft.approvedBy = approval.approvedBy;
      draft.approvedOn = approval.approvedOn;
    });
  } catch (error) {
    throw argumentError("approveSoaVersion", error);
  }
}
