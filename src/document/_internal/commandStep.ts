import type { IsmsIssue, Result } from "../../core/index.js";
import type { ChangedAt } from "./diff.js";
import { shareIndex } from "./idIndex.js";

/**
 * What one command does to a document: the next document and its summary, or the issues that
 * refuse it. `changed` names the one element of one array that a command replaced, when it
 * knows, so that its patches cost that element and not the whole collection.
 */
export type Step<D> = Result<{ document: D; summary: string; changed?: ChangedAt | undefined }, readonly IsmsIssue[]>;

/**
 * A copy of `items` with the one at `index` replaced by a record with the same key (the copy
 * shares the id index of `items`).
 */
export function replaceAt<T>(items: readonly T[], index: number, value: T): T[] {
  const next = items.slice();
  next[index] = value;
  shareIndex(items, next);
  return next;
}
