import type { SoaRow } from "../../soa/index.js";

/**
 * The references of the SoA rows that nobody has decided on: no applicability decision, and
 * no risk treatment plan or obligation that selects the control. `deriveSoa` gives such a
 * control `applicable: false` by default, without a justification; that is not an
 * exclusion anyone made (`validateSoa` reports it as `undecided_control`), so the exports
 * must not present it as one.
 *
 * With the decisions at hand the answer is exact: a row is undecided when it is not
 * applicable (so no plan or obligation selects it) and no decision names it. Without them
 * (an SSP of bare rows), a row is undecided when it is not applicable and carries nothing a
 * decision would have given it: no justification, reason, provider, owner, evidence, notes,
 * review date or status other than the default. A row flagged `undecided: true` (a field
 * SoA rows may gain) is undecided either way; this is the one place to switch to that field.
 */
export function undecidedRefs(rows: readonly SoaRow[], decisions?: readonly { readonly control: string }[]): ReadonlySet<string> {
  const decided = decisions === undefined ? undefined : new Set(decisions.map((decision) => decision.control));
  const undecided = new Set<string>();
  for (const row of rows) {
    const flagged = (row as { readonly undecided?: unknown }).undecided === true;
    if (flagged || (!row.applicable && (decided === undefined ? carriesNoDecision(row) : !decided.has(row.ref)))) undecided.add(row.ref);
  }
  return undecided;
}

function carriesNoDecision(row: SoaRow): boolean {
  return (
    row.justification === undefined &&
    row.reasons.length === 0 &&
    row.provider === undefined &&
    row.owner === undefined &&
    row.evidence.length === 0 &&
    row.notes === undefined &&
    row.lastReviewed === undefined &&
    row.status === "not_implemented"
  );
}
