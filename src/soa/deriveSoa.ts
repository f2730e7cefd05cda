import type { IsoDate } from "../core/index.js";
import type { ControlMapping, CustomCatalogue } from "../catalogue/index.js";
import type { Risk } from "../risk/index.js";
import type { TreatmentPlan } from "../treatment/index.js";
import type { ApplicabilityDecision, Evidence } from "./decision.js";
import type { Obligation } from "./obligation.js";
import type { SoaRow } from "./soaRow.js";
import { selectionsOf } from "./_internal/plans.js";
import { deriveRows } from "./_internal/derive.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * What {@link deriveSoa} and {@link validateSoa} read: the catalogues in scope and the
 * organisation's custom catalogues, the risk register, the risk treatment plans, the
 * obligations and the applicability decisions.
 *
 * @category SoA
 * @example
 * ```ts
 * const input: DeriveSoaInput = {
 *   catalogues: doc.cataloguesInScope, // ["annex-a", "northwind"]
 *   customCatalogues: doc.catalogues,
 *   risks: doc.risks,
 *   plans: doc.treatmentPlans,
 *   obligations: doc.obligations,
 *   decisions: doc.soaDecisions,
 * };
 * deriveSoa(input).length; // 96: the 93 controls of Annex A, then northwind's 3
 * ```
 */
export interface DeriveSoaInput {
  /** Ids of the catalogues in scope, e.g. `["annex-a"]` or `["annex-a", "acme"]`; duplicates are ignored. */
  readonly catalogues: readonly string[];
  /** The organisation's custom catalogues (those in scope are named in `catalogues`). */
  readonly customCatalogues?: readonly CustomCatalogue[] | undefined;
  /** The risk register; only the ids are read (validation reports plans that name unknown risks). */
  readonly risks?: readonly Pick<Risk, "id">[] | undefined;
  /** The risk treatment plans: their risks, selected controls (existing or planned) and actions. */
  readonly plans?: readonly TreatmentPlan[] | undefined;
  /** Legal, statutory, regulatory, contractual, business and best-practice obligations. */
  readonly obligations?: readonly Obligation[] | undefined;
  /** The applicability decisions, at most one per control. */
  readonly decisions: readonly ApplicabilityDecision[];
  /**
   * Control mappings between catalogues (the document's `mappings`). A row whose control they
   * relate to controls of the other catalogues in scope gets a `crosswalk` listing them; the
   * other rows get none.
   */
  readonly mappings?: readonly ControlMapping[] | undefined;
  /** Derive as of this date: evidence dated later is left out, and an action completed later is not done yet (see `actionStatusOn`). */
  readonly asOf?: IsoDate | undefined;
  /**
   * Evidence that other records of the ISMS give for controls (a supplier assessment for
   * 5.22, training records for 6.3), by control reference. It is listed with the decision's
   * own evidence (dated after `asOf`: left out); it makes no control applicable.
   */
  readonly recordEvidence?: ReadonlyMap<string, readonly Evidence[]> | undefined;
}

/**
 * Derives the Statement of Applicability (6.1.3 d): one row per control of each catalogue
 * in scope, in catalogue order, so that the SoA cannot drift from the risk register.
 *
 * - **Reasons** come from the treatment plans that select the control (risk treatment, with
 *   the plans' risks), from the obligations that require it (one reason per obligation kind,
 *   with the obligation ids) and from the decision's own reasons, whose notes are attached to
 *   the reason of the same kind.
 * - **Applicability** is the decision's. A control without a decision is applicable when a
 *   plan or an obligation selects it; otherwise it is `undecided` (and not applicable): not
 *   excluded, since nobody decided to leave it out. {@link validateSoa} reports it as
 *   `undecided_control`.
 * - **Status** is the decision's; without one, the status the plans imply (an `existing`
 *   control is implemented; a `planned` one follows the progress of the actions that name it,
 *   or of all the plan's actions when none names it, each by its status on `asOf`: an action
 *   completed after `asOf` is in progress then); otherwise `not_started` for an
 *   applicable control and `not_implemented` for an excluded one. `statusFromPlans` and
 *   `statusMismatch` show the cross-check.
 * - When two decisions name one control the first counts ({@link validateSoa} reports the
 *   second). Unknown catalogue ids contribute no rows.
 * - A control its catalogue marks `withdrawn` asks for no decision: it has a row only when a
 *   decision, a plan or an obligation names it.
 * - **Crosswalk**, only when `mappings` is given: every row lists the controls of the other
 *   catalogues in scope that a mapping relates it to, in either direction, with the
 *   relationship read from the row's control (an entry read backwards swaps `subset` and
 *   `superset`).
 *
 * The result depends only on the input's content, not on the order of plans or obligations.
 *
 * @param input - catalogues in scope, custom catalogues, risks, plans, obligations, decisions
 * @returns the rows, in catalogue order
 * @category SoA
 * @example
 * ```ts
 * const rows = deriveSoa({ catalogues: ["annex-a"], plans: doc.treatmentPlans, obligations: doc.obligations, decisions: doc.soaDecisions });
 * rows.length; // 93
 * rows.filter((row) => !row.applicable).map((row) => row.id); // ["7.6", "7.12", "8.30"]
 * ```
 */
export function deriveSoa(input: DeriveSoaInput): SoaRow[] {
  try {
    return deriveRows(input, selectionsOf(input.plans ?? [], input.asOf));
  } catch (error) {
    throw argumentError("deriveSoa", error);
  }
}
