import { addDays, compareDates, type IsoDate } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import type { Supplier } from "./supplier.js";

/**
 * Options of {@link listExpiringAgreements}.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const options: ListExpiringAgreementsOptions = { withinDays: 30 };
 * ```
 */
export interface ListExpiringAgreementsOptions {
  /** How many days ahead of `asOf` to look; 90 by default. */
  readonly withinDays?: number;
}

/**
 * An agreement that has expired or expires soon.
 *
 * @category Suppliers
 * @example
 * ```ts
 * const expiring: readonly ExpiringAgreement[] = listExpiringAgreements(doc.suppliers ?? [], "2026-11-27");
 * expiring[0]?.expired;
 * ```
 */
export interface ExpiringAgreement {
  readonly supplier: Supplier;
  readonly expires: IsoDate;
  /** Whether it expired before `asOf`. */
  readonly expired: boolean;
}

/**
 * The agreements (Annex A 5.20) of active suppliers that expired before `asOf` or expire
 * within `withinDays` days of it (90 by default), soonest first.
 *
 * @param suppliers - the suppliers
 * @param asOf - the day to judge on
 * @param options - how far ahead to look
 * @returns the expiring agreements, soonest first (then in the suppliers' order)
 * @category Suppliers
 * @example
 * ```ts
 * listExpiringAgreements(doc.suppliers ?? [], "2026-11-27", { withinDays: 60 }).map(({ supplier }) => supplier.id); // ["SUP-BRIGHTWAY"]
 * ```
 */
export function listExpiringAgreements(
  suppliers: readonly Supplier[],
  asOf: IsoDate,
  options: ListExpiringAgreementsOptions = {},
): readonly ExpiringAgreement[] {
  try {
    const horizon = addDays(asOf, options.withinDays ?? 90);
    const found: ExpiringAgreement[] = [];
    for (const supplier of suppliers) {
      const expires = supplier.agreement?.expires;
      if (supplier.status !== "active" || expires === undefined || compareDates(expires, horizon) > 0) continue;
      found.push({ supplier, expires, expired: compareDates(expires, asOf) < 0 });
    }
    return found.sort((a, b) => compareDates(a.expires, b.expires));
  } catch (error) {
    throw argumentError("listExpiringAgreements", error);
  }
}
