import * as z from "zod";
import { deepFreeze } from "../core/_internal/index.js";
import { CLAUSES_DATA } from "./data/clauses.js";

/**
 * The id of a clause, sub-clause or item of ISO/IEC 27001:2022 clauses 4–10, e.g. `"4.3"`,
 * `"9.2.2"` or `"6.1.3.d"`.
 *
 * @category Catalogue
 * @example
 * ```ts
 * const id: ClauseId = "6.1.3.d";
 * findClause(id)?.title;
 * ```
 */
export type ClauseId = (typeof CLAUSES_DATA)[number]["id"];

/**
 * A clause of ISO/IEC 27001:2022 (4–10): its id, kind, parent, title and, where the
 * standard requires it, a short description of the documented information it requires.
 * Items of 6.1.2 and 6.1.3 carry short paraphrases written for this library.
 *
 * @category Catalogue
 * @example
 * ```ts
 * findClause("4.3")?.documentedInformation; // "ISMS scope (available as documented information)"
 * ```
 */
export interface Clause {
  /** The clause number, items with a letter: `"6.1.2.a"`. */
  readonly id: ClauseId;
  /** Top-level clause, sub-clause, or lettered item. */
  readonly kind: "clause" | "subclause" | "item";
  /** The enclosing clause, absent for 4–10. */
  readonly parent?: ClauseId;
  /** Title (items: a short paraphrase). */
  readonly title: string;
  /** The documented information the clause requires, when it requires some. */
  readonly documentedInformation?: string;
}

/**
 * Clauses 4–10 of ISO/IEC 27001:2022 with their sub-clauses and the 6.1.2 a–e and 6.1.3 a–f
 * items, in the standard's order, deeply frozen.
 *
 * @category Catalogue
 * @example
 * ```ts
 * clauses.filter((clause) => clause.kind === "clause").map((clause) => clause.id); // ["4", …, "10"]
 * ```
 */
export const clauses: readonly Clause[] = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ CLAUSES_DATA.map((clause) => ({ ...clause })));

/**
 * Parses a clause id of ISO/IEC 27001:2022 clauses 4–10.
 *
 * @category Catalogue
 * @example
 * ```ts
 * ClauseIdSchema.safeParse("9.3.2").success; // true
 * ```
 */
export const ClauseIdSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ CLAUSES_DATA.map((clause) => clause.id) as [ClauseId, ...ClauseId[]]);

/**
 * Finds a clause by id.
 *
 * @param id - e.g. `"9.2.2"`
 * @returns the clause, or `undefined`
 * @category Catalogue
 * @example
 * ```ts
 * findClause("10.2")?.title; // "Nonconformity and corrective action"
 * ```
 */
export function findClause(id: string): Clause | undefined {
  return clauses.find((clause) => clause.id === id);
}

/**
 * The clauses whose documented information the standard requires, in order: the list an
 * auditor checks at stage 1.
 *
 * @returns clauses with `documentedInformation`
 * @category Catalogue
 * @example
 * ```ts
 * listDocumentedInformation().map((clause) => clause.id).includes("6.1.3.d"); // true
 * ```
 */
export function listDocumentedInformation(): readonly Clause[] {
  return clauses.filter((clause) => clause.documentedInformation !== undefined);
}
