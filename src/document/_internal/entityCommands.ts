import { zodIssues } from "../../core/_internal/index.js";
import { err, issue, ok, prefixIssues, type IsmsIssue } from "../../core/index.js";
import type { RecordKinds } from "../recordKind.js";
import { replaceAt, type Step } from "./commandStep.js";
import type { ChangedAt } from "./diff.js";
import { extendIndex, hasKey, indexOfKey } from "./idIndex.js";
import { isRecord, keyOf, recordsOf, referencesTo, withRecords, type FieldReference } from "./registry.js";

/** The generic `entity.*` commands, for a collection of any registry. */
export type EntityCommand =
  | { readonly type: "entity.add"; readonly collection: string; readonly value: unknown }
  | {
      readonly type: "entity.update";
      readonly collection: string;
      readonly id: string;
      readonly patch: Readonly<Record<string, unknown>>;
      readonly unset?: readonly string[] | undefined;
    }
  | { readonly type: "entity.remove"; readonly collection: string; readonly id: string };

function inUse(label: string, id: string, users: readonly string[]): IsmsIssue {
  const named = `${users.slice(0, 5).join(", ")}${users.length > 5 ? ` and ${users.length - 5} more` : ""}`;
  return issue("entity_in_use", `${label} ${id} cannot be removed while ${named} refer to it.`, ["id"]);
}

/**
 * Adds, changes or removes one record of a registry's collection: the record is validated
 * against its kind's schema, keys stay unique and unchanged, append-only records stay, a
 * record others refer to stays, and the kind's hooks may refuse a change or remove in its
 * own way. The caller has parsed the command's shape.
 */
export function entityStep<D extends object>(registry: RecordKinds, fields: readonly FieldReference[], document: D, command: EntityCommand): Step<D> {
  const kind = Object.hasOwn(registry, command.collection) ? registry[command.collection] : undefined;
  if (kind === undefined || !kind.commands) return err([issue("unknown_collection", `There is no collection "${command.collection}".`, ["collection"])]);
  if (kind.parent !== undefined && !(isRecord(document) && isRecord(document[kind.parent.field]))) {
    return err([issue(kind.parent.missing.code, kind.parent.missing.message, ["collection"])]);
  }
  const records = recordsOf(document, command.collection, kind);
  const label = kind.label.one;
  const next = (items: readonly unknown[], summary: string, changed?: ChangedAt): Step<D> =>
    ok({ document: withRecords(document, command.collection, kind, items), summary, changed });
  if (command.type === "entity.add") {
    const parsed = kind.schema.safeParse(command.value);
    if (!parsed.success) return err(zodIssues(parsed.error, ["value"]));
    const key = keyOf(kind, parsed.data);
    if (hasKey(records, key, (record) => keyOf(kind, record))) return err([issue("duplicate_id", `${label} ${key} already exists.`, ["value"])]);
    const added = [...records, parsed.data];
    const refused = prefixIssues(kind.hooks?.check?.(added, parsed.data, undefined) ?? [], ["value"]);
    if (refused.length > 0) return err(refused);
    extendIndex(records, added, key);
    return next(added, `${label} ${key} added`, { array: added, index: records.length });
  }
  if (kind.appendOnly) return err([issue("append_only", `${label} records are append-only: record a new one instead.`, ["collection", command.collection])]);
  const index = indexOfKey(records, command.id, (record) => keyOf(kind, record));
  const current = records[index];
  if (current === undefined) return err([issue("unknown_entity", `${label} ${command.id} does not exist.`, ["id"])]);
  if (command.type === "entity.remove") {
    const users = referencesTo(registry, fields, document, command.collection, command.id);
    if (users.length > 0) return err([inUse(label, command.id, users)]);
    const removed = kind.hooks?.remove?.(records, current) ?? ok(records.filter((_, at) => at !== index));
    if (!removed.ok) return err(removed.error);
    return next([...removed.value], `${label} ${command.id} removed`);
  }
  const merged: Record<string, unknown> = { ...(isRecord(current) ? current : {}), ...command.patch };
  for (const field of command.unset ?? []) delete merged[field];
  const parsed = kind.schema.safeParse(merged);
  if (!parsed.success) return err(zodIssues(parsed.error, ["patch"]));
  if (keyOf(kind, parsed.data) !== command.id) return err([issue("id_change", `The id of ${label.toLowerCase()} ${command.id} cannot change.`, ["patch"])]);
  const updated = replaceAt(records, index, parsed.data);
  const refused = prefixIssues(kind.hooks?.check?.(updated, parsed.data, current) ?? [], ["patch"]);
  if (refused.length > 0) return err(refused);
  const changed = Object.keys(command.patch).concat(command.unset ?? []).join(", ");
  return next(updated, `${label} ${command.id} updated (${changed})`, { array: updated, index });
}
