import type { DecisionId, IsmsIssue, IsoDate } from "../core/index.js";
import type { Methodologies, Risk } from "../risk/index.js";
import type { Decision, RiskAcceptance } from "./decision.js";
import { revocationsByTarget } from "./_internal/decisions.js";
import { judgeAcceptance } from "./_internal/judgeAcceptance.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * What {@link acceptanceStatus} needs besides the decision.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: AcceptanceStatusOptions = { risks: doc.risks, methodologies: doc.methodologies, decisions: doc.decisions, asOf: "2026-11-27" };
 * const acceptance = doc.decisions.find((decision) => decision.id === "D-105");
 * if (acceptance?.kind === "risk_acceptance") acceptanceStatus(acceptance, options).valid; // true
 * ```
 */
export interface AcceptanceStatusOptions {
  /** The risk register. */
  readonly risks: readonly Risk[];
  /** The methodology versions held. */
  readonly methodologies: Methodologies;
  /** All decisions (revocations are looked up here). */
  readonly decisions: readonly Decision[];
  /** The day to judge on. */
  readonly asOf: IsoDate;
}

/**
 * Where a residual-risk acceptance stands on a given day.
 *
 * @category Treatment
 * @example
 * ```ts
 * const acceptance = doc.decisions.find((decision) => decision.id === "D-090");
 * const status: AcceptanceStatus | undefined = acceptance?.kind === "risk_acceptance"
 *   ? acceptanceStatus(acceptance, { risks: doc.risks, methodologies: doc.methodologies, decisions: doc.decisions, asOf: "2026-11-27" })
 *   : undefined;
 * status?.revoked; // true: D-091 revokes it
 * status?.revokedBy; // "D-091"
 * ```
 */
export interface AcceptanceStatus {
  /** It holds: not stale, expired or revoked, and no invalid reason. */
  readonly valid: boolean;
  /** The risk's residual rating differs from the frozen one (or the risk has none, or is unknown). */
  readonly stale: boolean;
  /** `asOf` is after the expiry date. */
  readonly expired: boolean;
  /** A revocation dated on or before `asOf` revokes it. */
  readonly revoked: boolean;
  /** The revoking decision. */
  readonly revokedBy: DecisionId | undefined;
  /** The level of risk of the frozen rating under its methodology version, when it can be scored. */
  readonly level: string | undefined;
  /** When it is to be reviewed: `reviewBy`, else the decision date plus the criteria's review interval for the level. */
  readonly reviewDue: IsoDate | undefined;
  /**
   * Why it is not valid apart from staleness, expiry and revocation: unknown risk or methodology,
   * level mismatch, authority (a missing role, or one person signing for several required
   * roles), requester, compensating controls, dates (expiry before the decision, or a date after `asOf`).
   */
  readonly invalidReasons: readonly IsmsIssue[];
}

/**
 * Judges a residual-risk acceptance (6.1.3 f) on a day: stale when the risk's residual
 * rating differs from the frozen one, expired after its expiry date, revoked by a later
 * record, and invalid when the signers lack a role the methodology's acceptance criteria
 * require for the level (`insufficient_authority`), when one person signs for more than one
 * required role (`same_person_multiple_roles`: each role needs a different person), when it
 * is dated or co-signed after `asOf` (`decision_in_future`), when the requester is a signer
 * (`requester_is_approver`), when required compensating controls are missing
 * (`compensating_controls_missing`), when the frozen level is not the rating's level
 * (`level_mismatch`), or when the risk or methodology version is unknown. Roles and
 * parties compare case-insensitively.
 *
 * @param decision - a `risk_acceptance` record
 * @param options - risks, methodologies, decisions and `asOf`
 * @returns the status
 * @category Treatment
 * @example
 * ```ts
 * const acceptance = doc.decisions.find((decision) => decision.id === "D-105"); // R-02's residual risk
 * if (acceptance?.kind === "risk_acceptance") {
 *   acceptanceStatus(acceptance, { risks: doc.risks, methodologies: doc.methodologies, decisions: doc.decisions, asOf: "2026-11-27" }).stale; // false
 * }
 * ```
 */
export function acceptanceStatus(decision: RiskAcceptance, options: AcceptanceStatusOptions): AcceptanceStatus {
  try {
    return judgeAcceptance(decision, {
      risk: options.risks.find((candidate) => candidate.id === decision.risk),
      methodologies: options.methodologies,
      revocations: revocationsByTarget(options.decisions, options.asOf),
      asOf: options.asOf,
    });
  } catch (error) {
    throw argumentError("acceptanceStatus", error);
  }
}
