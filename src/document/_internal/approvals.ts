import type { IsoDate } from "../../core/index.js";
import type { IsmsDocument } from "../schema.js";

/** Whether something dated `date` has happened by `asOf` (undated things and no `asOf` count). */
export function byThen(date: IsoDate | undefined, asOf: IsoDate | undefined): boolean {
  return asOf === undefined || date === undefined || date <= asOf;
}

/**
 * The policies that speak for the ISMS (the top-level ones, or all when none is marked) and
 * those of them approved by `asOf`. One rule for the PDCA guard and the readiness check.
 */
export function topLevelPolicies(document: IsmsDocument, asOf?: IsoDate): { readonly policies: IsmsDocument["policies"]; readonly approved: IsmsDocument["policies"] } {
  const topLevel = document.policies.filter((policy) => policy.topLevel === true);
  const policies = topLevel.length > 0 ? topLevel : document.policies;
  return { policies, approved: policies.filter((policy) => policy.status === "approved" && policy.approvedBy !== undefined && byThen(policy.approvedOn, asOf)) };
}

/** The SoA versions approved (by someone, on a date) by `asOf`. */
export function approvedSoaVersions(document: IsmsDocument, asOf?: IsoDate): IsmsDocument["soaVersions"] {
  return document.soaVersions.filter((version) => version.approvedBy !== undefined && version.approvedOn !== undefined && byThen(version.approvedOn, asOf));
}
