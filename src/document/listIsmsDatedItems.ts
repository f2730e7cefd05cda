import type { IsoDate } from "../core/index.js";
import { listDatedItems, type DatedItem } from "../cycle/index.js";
import { isActionDone, isDecisionRevoked } from "../treatment/index.js";
import { lastSupplierAssessment, nextSupplierReview } from "../suppliers/index.js";
import type { IsmsDocument } from "./schema.js";
import { argumentError } from "../core/_internal/index.js";

/**
 * Everything in the document that has a date to keep: internal audits, management reviews
 * and their actions, corrective actions, objectives, the certification calendar, treatment
 * plan actions (kind `other`, with the plan as parent; done when done or cancelled) and the
 * review or expiry dates of risk acceptances that are not revoked, and, when the document holds
 * them, the next review of each active supplier that has been assessed (last assessment plus
 * its cadence; one never assessed is listed by `listCriticalSuppliersUnassessed` and the
 * review facts instead), the expiry of each active supplier's agreement, and each leaver's
 * offboarding (due the day they left; done when the access review and the return of assets
 * are both recorded). These are of kind `other`. Feed the result to
 * `listOverdue(items, asOf)` or `listUpcoming(items, asOf, days)`, with the same `asOf`.
 *
 * With `asOf`, the treatment facts are those of that day: an acceptance revoked after it is
 * still listed ({@link isDecisionRevoked}), and a treatment action completed after it is not
 * done yet ({@link isActionDone}). Without it, every recorded revocation and completion counts.
 *
 * @param document - the ISMS
 * @param asOf - the day the items are read for; without it, the document as it stands
 * @returns dated items in a deterministic order
 * @category Document
 * @example
 * ```ts
 * listOverdue(listIsmsDatedItems(doc, "2026-11-27"), "2026-11-27").map((item) => item.title);
 * ```
 */
export function listIsmsDatedItems(document: IsmsDocument, asOf?: IsoDate): readonly DatedItem[] {
  try {
    // Only a decision that some revocation names can be revoked; the predicate judges those.
    const named = new Set<string>(document.decisions.flatMap((decision) => (decision.kind === "revocation" ? [decision.revokes] : [])));
    const acceptances = document.decisions.flatMap((decision) => {
      if (decision.kind !== "risk_acceptance" || (named.has(decision.id) && isDecisionRevoked(decision, document.decisions, asOf))) return [];
      const due = [decision.reviewBy, decision.expires].filter((date): date is string => date !== undefined).sort()[0];
      return due === undefined ? [] : [{ id: decision.id, title: `Review acceptance ${decision.id} of risk ${decision.risk}`, due, owner: decision.decidedBy }];
    });
    const fromCycle = listDatedItems({
      audits: document.auditProgramme?.audits ?? [],
      reviews: document.reviews,
      nonconformities: document.nonconformities,
      objectives: document.objectives,
      acceptances,
      ...(document.certification === undefined ? {} : { certification: document.certification }),
    });
    const actions: DatedItem[] = document.treatmentPlans.flatMap((plan) =>
      plan.actions.map((action) => ({
        kind: "other" as const,
        id: action.id,
        title: `Treatment action: ${action.title}`,
        due: action.due,
        done: action.status === "cancelled" || isActionDone(action, asOf),
        owner: action.owner,
        parent: plan.id,
      })),
    );
    return [...fromCycle, ...actions, ...recordItems(document, asOf)].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  } catch (error) {
    throw argumentError("listIsmsDatedItems", error);
  }
}

/** The dated items of the supplier and people records. */
function recordItems(document: IsmsDocument, asOf: IsoDate | undefined): DatedItem[] {
  const lastDay = asOf ?? "9999-12-31";
  const items: DatedItem[] = [];
  for (const supplier of document.suppliers ?? []) {
    if (supplier.status !== "active") continue;
    const due = lastSupplierAssessment(supplier, lastDay) === undefined ? undefined : nextSupplierReview(supplier, lastDay);
    if (due !== undefined) items.push({ kind: "other", id: supplier.id, title: `Supplier review: ${supplier.name}`, due, done: false, owner: supplier.owner });
    const expires = supplier.agreement?.expires;
    if (expires !== undefined) items.push({ kind: "other", id: supplier.agreement?.ref ?? supplier.id, title: `Supplier agreement ${supplier.agreement?.ref ?? ""} with ${supplier.name} expires`, due: expires, done: false, owner: supplier.owner, parent: supplier.id });
  }
  const recorded = (date: IsoDate | undefined): boolean => date !== undefined && date <= lastDay;
  for (const person of document.people ?? []) {
    if (person.left === undefined) continue;
    const done = recorded(person.offboarding?.accessReviewed) && recorded(person.offboarding?.assetsReturned);
    items.push({ kind: "other", id: person.id, title: `Offboarding of ${person.id}: access review and return of assets`, due: person.left, done });
  }
  return items;
}
