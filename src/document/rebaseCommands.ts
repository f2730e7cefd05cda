import type { Patch } from "immer";
import { argumentError } from "../core/_internal/index.js";
import { err, IsmsError, ok, type IsmsIssue, type IssuePath, type Result } from "../core/index.js";
import { applyIsmsCommand } from "./applyIsmsCommand.js";
import { revisionOf } from "./canonicalIsms.js";
import { replayChangeLog, type ChangeLogEntry } from "./changeLog.js";
import type { CommandMeta, IsmsCommand } from "./commandSchema.js";
import { ISMS_RECORD_KINDS } from "./recordKinds.js";
import type { IsmsDocument } from "./schema.js";
import { keyedChanges, overlaps, valueAtKeyedPath, type KeyedPath } from "./_internal/keyedChanges.js";
import { collectionPath, keyOf } from "./_internal/registry.js";

/**
 * The outcome of {@link rebaseCommands} when every command still applies: the document with
 * the other writers' entries and then the caller's commands, the caller's change-log entries
 * (made on top of the others'), and the revision to store and to send as the next `ETag`.
 *
 * @category Document
 * @example
 * ```ts
 * const meta = { by: "CISO", at: "2026-11-30T09:00:00Z" };
 * const rebased = rebaseCommands(doc, [], [{ type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" }], meta);
 * if (rebased.ok) {
 *   const outcome: RebaseOutcome = rebased.value;
 *   outcome.entries.length; // 1
 *   outcome.revision === revisionOf(outcome.document); // true
 * }
 * ```
 */
export interface RebaseOutcome {
  /** The base, then the other writers' entries, then the caller's commands. */
  readonly document: IsmsDocument;
  /** The caller's entries, one per command that changed something, in the commands' order. */
  readonly entries: ChangeLogEntry[];
  /** The {@link revisionOf | revision} of `document`. */
  readonly revision: string;
}

/**
 * Why a command of {@link rebaseCommands} no longer applies: `command_refused` when
 * {@link applyIsmsCommand} refuses it on top of the other writers' changes (its entity was
 * removed, its id taken, …); `concurrent_change` when it would overwrite a value that another
 * writer changed since the base (a lost update).
 *
 * @category Document
 * @example
 * ```ts
 * const code: RebaseRejectionCode = "concurrent_change";
 * ```
 */
export type RebaseRejectionCode = "command_refused" | "concurrent_change";

/**
 * A command that no longer applies after the other writers' changes, and why. The path names
 * records by their key, not their index: `["risks", "R-04", "owner"]`.
 *
 * @category Document
 * @example
 * ```ts
 * const rejection: RebaseRejection = {
 *   index: 0,
 *   command: { type: "entity.update", collection: "risks", id: "R-04", patch: { owner: "CFO" } },
 *   code: "concurrent_change",
 *   message: "Command 0 (entity.update) would overwrite risks.R-04.owner, which CISO changed at 2026-11-30T09:00:00Z (Risk R-04 updated (owner)): it is now \"CTO\", the command sets \"CFO\".",
 *   path: ["risks", "R-04", "owner"],
 *   theirs: "CTO",
 *   mine: "CFO",
 *   issues: [],
 * };
 * ```
 */
export interface RebaseRejection {
  /** The command's index in the caller's commands. */
  readonly index: number;
  /** The command. */
  readonly command: IsmsCommand;
  /** Why it no longer applies. */
  readonly code: RebaseRejectionCode;
  /** A sentence for people. */
  readonly message: string;
  /**
   * By key: for `concurrent_change`, the value both changed; for `command_refused`, the
   * entity the command names (`["risks", "R-04"]`), or `[]` for a command on the document's frame.
   */
  readonly path: IssuePath;
  /** For `concurrent_change`: the value the other writers left (undefined when they removed it). */
  readonly theirs?: unknown;
  /** For `concurrent_change`: the value the command would write (undefined when it removes it). */
  readonly mine?: unknown;
  /** For `command_refused`: the issues of {@link applyIsmsCommand}; otherwise empty. */
  readonly issues: readonly IsmsIssue[];
}

interface TheirChange {
  readonly path: KeyedPath;
  readonly entry: ChangeLogEntry;
}

/** The entity a command names, by key, for the rejection of a refused command. */
function targetOf(command: IsmsCommand): string[] {
  const single = (collection: keyof typeof ISMS_RECORD_KINDS, id: string): string[] => [...collectionPath(collection, ISMS_RECORD_KINDS[collection]), id];
  switch (command.type) {
    case "entity.add": {
      const kind = ISMS_RECORD_KINDS[command.collection];
      return kind === undefined ? [] : [...collectionPath(command.collection, kind), keyOf(kind, command.value)];
    }
    case "entity.update":
    case "entity.remove":
      return ISMS_RECORD_KINDS[command.collection] === undefined ? [] : single(command.collection, command.id);
    case "asset.retire":
    case "asset.dispose":
    case "asset.correctDates":
    case "asset.link":
    case "asset.unlink":
    case "asset.reclassify":
      return single("assets", command.id);
    case "risk.rate":
      return single("risks", command.id);
    case "objective.measure":
      return single("objectives", command.id);
    case "nonconformity.advance":
      return single("nonconformities", command.id);
    case "incident.raiseNonconformity":
      return single("incidents", command.incident);
    case "supplier.raiseRisk":
      return single("suppliers", command.supplier);
    default:
      return [];
  }
}

function shown(value: unknown): string {
  if (value === undefined) return "absent";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function concurrent(index: number, command: IsmsCommand, path: KeyedPath, change: TheirChange, theirs: unknown, mine: unknown): RebaseRejection {
  const { entry } = change;
  const what = mine === undefined ? "removes it" : `sets ${shown(mine)}`;
  const now = theirs === undefined ? "it is now absent" : `it is now ${shown(theirs)}`;
  return {
    index,
    command,
    code: "concurrent_change",
    message: `Command ${index} (${command.type}) would overwrite ${path.join(".")}, which ${entry.by} changed at ${entry.at} (${entry.summary}): ${now}, the command ${what}.`,
    path: [...path],
    theirs,
    mine,
    issues: [],
  };
}

/**
 * Replays other writers' change-log entries on the document a writer read, then applies the
 * writer's commands in order on top of them: the optimistic-locking answer to a command
 * refused with `stale_revision` (clause 7.5.3, control of changes). A command no longer
 * applies when {@link applyIsmsCommand} refuses it on the new document (`command_refused`),
 * or when it would change a value, found by the records' keys rather than their indexes,
 * that the other writers changed too, to something else than they did
 * (`concurrent_change`: a lost update). Writing the same value as they did is no conflict,
 * and a command on other records than theirs always applies (unless it refers to a record
 * they removed, which {@link applyIsmsCommand} refuses). Each command is checked on the
 * document where the previous accepted ones applied, and every rejection is reported; with
 * any rejection nothing is applied. `meta.expectedRevision`, when given, must be the
 * revision of `base` (the one the commands were written against).
 *
 * @param base - the document the writer read (at the revision the commands were written against)
 * @param theirEntries - the entries other writers made since `base`, in order
 * @param myCommands - the writer's commands, in order
 * @param meta - who makes the writer's changes and when
 * @returns `{ ok: true, value: { document, entries, revision } }` or `{ ok: false, error: rejections }`
 * @throws {@link IsmsError} `invalid_change_log` when `theirEntries` do not apply to `base`
 *   (`path` starts with the entry's index); `invalid_argument` when `meta.expectedRevision`
 *   is not the revision of `base`
 * @category Document
 * @example
 * ```ts
 * const read = revisionOf(doc);
 * // Someone else changes the document first…
 * const theirs = applyIsmsCommand(doc, { type: "entity.update", collection: "risks", id: "R-01", patch: { owner: "CFO" } }, { by: "CISO", at: "2026-11-30T09:00:00Z" });
 * const theirEntries = theirs.ok && theirs.value.entry ? [theirs.value.entry] : [];
 * // …so my command, written against `read`, is rebased on top of their entries.
 * const mine: IsmsCommand[] = [{ type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" }];
 * const rebased = rebaseCommands(doc, theirEntries, mine, { by: "IT Manager", at: "2026-11-30T09:05:00Z", expectedRevision: read });
 * if (rebased.ok) rebased.value.revision; // store the document at this revision, with rebased.value.entries
 * else rebased.error.map((rejection) => rejection.message); // nothing was applied
 * ```
 */
export function rebaseCommands(
  base: IsmsDocument,
  theirEntries: readonly ChangeLogEntry[],
  myCommands: readonly IsmsCommand[],
  meta: CommandMeta,
): Result<RebaseOutcome, readonly RebaseRejection[]> {
  try {
    const { expectedRevision, ...who } = meta;
    if (expectedRevision !== undefined && revisionOf(base) !== expectedRevision) {
      throw new IsmsError(
        "invalid_argument",
        `meta.expectedRevision names the revision the commands were written against, ${expectedRevision.slice(0, 12)}…, but the base is at ${revisionOf(base).slice(0, 12)}….`,
        ["meta", "expectedRevision"],
      );
    }
    let document = replayChangeLog(base, theirEntries);
    const changes: TheirChange[] = [];
    let replayed: object = base;
    for (const entry of theirEntries) {
      const step = keyedChanges(replayed, entry.patches as Patch[]);
      for (const path of step.paths) changes.push({ path, entry });
      replayed = step.document;
    }
    const entries: ChangeLogEntry[] = [];
    const rejections: RebaseRejection[] = [];
    myCommands.forEach((command, index) => {
      const result = applyIsmsCommand(document, command, who);
      if (!result.ok) {
        const reasons = result.error.map((found) => found.message).join(" ");
        rejections.push({
          index,
          command,
          code: "command_refused",
          message: `Command ${index} (${command.type}) no longer applies on top of the other changes: ${reasons}`,
          path: targetOf(command),
          issues: result.error,
        });
        return;
      }
      const { entry, document: next } = result.value;
      if (entry === undefined) return;
      const conflicts: RebaseRejection[] = [];
      const seen = new Set<string>();
      for (const path of keyedChanges(document, entry.patches as Patch[]).paths) {
        for (let at = changes.length - 1; at >= 0; at -= 1) {
          const change = changes[at]!;
          if (!overlaps(path, change.path)) continue;
          const reported = change.path.length > path.length ? change.path : path;
          const id = reported.join("\u0000");
          if (seen.has(id)) continue;
          seen.add(id);
          conflicts.push(concurrent(index, command, reported, change, valueAtKeyedPath(document, reported), valueAtKeyedPath(next, reported)));
        }
      }
      if (conflicts.length > 0) {
        rejections.push(...conflicts);
        return;
      }
      entries.push(entry);
      document = next;
    });
    if (rejections.length > 0) return err(rejections);
    return ok({ document, entries, revision: revisionOf(document) });
  } catch (error) {
    throw argumentError("rebaseCommands", error);
  }
}
