import { argumentError, zodIssues } from "../core/_internal/index.js";
import { err, issue, IsmsError, IsoDateTimeSchema, ok, PartySchema, type Result } from "../core/index.js";
import type { ChangeLogEntry } from "./changeLog.js";
import { IsmsCommandSchema, type CommandMeta, type CommandOutcome, type IsmsCommand } from "./commandSchema.js";
import { revisionOf } from "./canonicalIsms.js";
import { ISMS_RECORD_KINDS } from "./recordKinds.js";
import { DOCUMENT_FIELD_REFERENCES, type IsmsDocument } from "./schema.js";
import { diffToPatches } from "./_internal/diff.js";
import { domainStep } from "./_internal/domainCommands.js";
import { entityStep } from "./_internal/entityCommands.js";

/**
 * Applies a command to the document and records the change: returns the next document and a
 * change-log entry with immer patches and their inverses. Never mutates its input; when
 * nothing changes it returns the same document and no entry; a refused command returns the
 * issues and changes nothing. A command on one entity finds it through an index of the
 * collection's keys kept for each array (built on the first command that reaches the array,
 * then carried to the next document) and writes the patches of that entity alone; what is
 * left in proportion to the collection is the copy of its array. Adding and removing cost
 * one pass over the collection (removal also looks for records that refer to the entity).
 * The document is not validated again. With `meta.expectedRevision`, a document whose
 * {@link revisionOf | revision} differs (someone else changed it since the writer read it) is
 * refused with the issue `stale_revision` and nothing changes.
 *
 * @param document - the current document
 * @param command - what to change
 * @param meta - who and when
 * @returns `{ ok: true, value: { document, entry? } }` or `{ ok: false, error: issues }`
 * @category Document
 * @example
 * ```ts
 * const log: ChangeLogEntry[] = [];
 * const result = applyIsmsCommand(doc, { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" }, { by: "IT Manager", at: "2026-11-30T09:00:00Z" });
 * if (!result.ok) console.error(result.error.map((found) => found.message)); // refused: nothing was changed
 * else if (result.value.entry) log.push(result.value.entry); // no entry when nothing changed
 * // Refused: the identity provider is used by e-mail, the wiki, Git and more.
 * applyIsmsCommand(doc, { type: "entity.remove", collection: "assets", id: "A-SVC-IDP" }, { by: "IT Manager", at: "2026-11-30T09:00:00Z" }).ok; // false
 * ```
 */
export function applyIsmsCommand(document: IsmsDocument, command: IsmsCommand, meta: CommandMeta): Result<CommandOutcome> {
  try {
    if (!IsoDateTimeSchema.safeParse(meta.at).success) {
      throw new IsmsError("invalid_date", `"${meta.at}" is not an ISO 8601 date-time with a time zone`);
    }
    if (!PartySchema.safeParse(meta.by).success) {
      throw new IsmsError("invalid_argument", "meta.by must name who makes the change (a non-blank party)");
    }
    const parsed = IsmsCommandSchema.safeParse(command);
    if (!parsed.success) return err(zodIssues(parsed.error, ["command"]));
    if (meta.expectedRevision !== undefined) {
      const revision = revisionOf(document);
      if (revision !== meta.expectedRevision) {
        return err([
          issue(
            "stale_revision",
            `The document has changed since revision ${meta.expectedRevision.slice(0, 12)}… was read (it is now at ${revision.slice(0, 12)}…): read it again, or rebase the change with rebaseCommands.`,
            ["meta", "expectedRevision"],
          ),
        ]);
      }
    }
    const { data } = parsed;
    const result =
      data.type === "entity.add" || data.type === "entity.update" || data.type === "entity.remove"
        ? entityStep(ISMS_RECORD_KINDS, DOCUMENT_FIELD_REFERENCES, document, data)
        : domainStep(document, data);
    if (!result.ok) return err([...result.error]);
    const { document: next, summary, changed } = result.value;
    if (next === document) return ok({ document });
    const { patches, inversePatches } = diffToPatches(document, next, changed);
    if (patches.length === 0) return ok({ document });
    const entry: ChangeLogEntry = { at: meta.at, by: meta.by, command: command.type, summary, patches, inversePatches };
    return ok({ document: next, entry });
  } catch (error) {
    throw argumentError("applyIsmsCommand", error);
  }
}
