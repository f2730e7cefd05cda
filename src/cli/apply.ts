import { formatIssuePath, IsmsCommandSchema, type IsmsCommand } from "../index.js";
import type { CliIo } from "./core.js";
import type { PlannedChange } from "./edit.js";
import { CliFailure, plural } from "./failure.js";
import { readJson } from "./json.js";

/** How many problems of a commands file are listed before "… and N more". */
const PROBLEMS_SHOWN = 20;

/** `entity.update risks R-1`: a command's type and what it touches. */
function nameOf(command: IsmsCommand): string {
  const parts: string[] = [command.type];
  if ("collection" in command) parts.push(command.collection);
  if ("id" in command) parts.push(command.id);
  return parts.join(" ");
}

/**
 * Reads the commands of `apply`: a JSON array of commands, or one command. Every command is
 * checked against {@link IsmsCommandSchema} before any is applied; the problems name the
 * command by its index and the place in it (`[2].patch.owner`).
 */
export function readCommands(io: CliIo, file: string | undefined): PlannedChange[] {
  if (file === undefined) throw new CliFailure("Missing COMMANDS.json: name the file of commands to apply.", 2, undefined, "missing_argument");
  const json = readJson(io, file, "file of commands");
  const items: readonly unknown[] = Array.isArray(json) ? json : [json];
  const problems: string[] = [];
  const changes: PlannedChange[] = [];
  items.forEach((item, index) => {
    const parsed = IsmsCommandSchema.safeParse(item);
    if (!parsed.success) {
      for (const found of parsed.error.issues) problems.push(`  ${formatIssuePath([index, ...(found.path as (string | number)[])])}: ${found.message}`);
      return;
    }
    const command = item as IsmsCommand;
    changes.push({ command, label: `Command [${index}] (${nameOf(command)})` });
  });
  if (problems.length > 0) {
    const bad = items.length - changes.length;
    const shown = problems.slice(0, PROBLEMS_SHOWN);
    const more = problems.length > PROBLEMS_SHOWN ? `\n  … and ${problems.length - PROBLEMS_SHOWN} more` : "";
    throw new CliFailure(`${file} has ${plural(bad, "invalid command")}; nothing written:\n${shown.join("\n")}${more}`, 2, undefined, "invalid_command");
  }
  return changes;
}
