import { issue, type IsmsIssue, type IsoDate } from "../../core/index.js";
import { partyKey } from "../../core/_internal/index.js";
import { roleHoldersOn, type Person, type Role } from "../../people/index.js";
import type { RecordKinds } from "../recordKind.js";
import { collectionPath, recordsOf, valuesAt } from "./registry.js";

/** The frame's fields that name a party: the scope's approver and the audit programme's owner. */
const FRAME_PARTIES: readonly (readonly string[])[] = [
  ["scope", "approvedBy"],
  ["auditProgramme", "owner"],
];

/** "Maya Lindqvist (CEO)": a name and, in brackets, a role or remark; either part may match. */
const NAME_AND_REMARK = /^(.*\S)\s*\(([^()]+)\)$/u;

/**
 * The names that denote someone holding a role on `asOf`, in their party-key form: the ids
 * and names of roles with a holder, the ids and names of the people holding a role.
 */
function holderNames(roles: readonly Role[], people: readonly Person[], asOf: IsoDate): ReadonlySet<string> {
  const names = new Set<string>();
  const byId = new Map<string, Person>(people.map((person) => [person.id, person]));
  for (const role of roles) {
    const holders = roleHoldersOn(role, asOf);
    if (holders.length === 0) continue;
    names.add(partyKey(role.id));
    names.add(partyKey(role.name));
    for (const id of holders) {
      names.add(partyKey(id));
      const name = byId.get(id)?.name;
      if (name !== undefined) names.add(partyKey(name));
    }
  }
  return names;
}

/** Whether a party names a holder: the whole value, or either part of "name (remark)". */
function namesHolder(value: string, names: ReadonlySet<string>): boolean {
  if (names.has(partyKey(value))) return true;
  const parts = NAME_AND_REMARK.exec(value.trim());
  return parts !== null && parts.slice(1).some((part) => part !== undefined && names.has(partyKey(part)));
}

/**
 * The owner check of a document with roles: every field the registry declares as naming a
 * party (`parties`), and the frame's, should name a role with a holder on `asOf` or a person
 * holding a role on `asOf`, by id or name. Each field that does not is a warning
 * `owner_not_role_holder` at its path from the document's root.
 */
export function ownerRoleHolderIssues<D extends object>(
  registry: RecordKinds<D>,
  document: D & { readonly roles?: readonly Role[] | undefined; readonly people?: readonly Person[] | undefined },
  asOf: IsoDate,
): IsmsIssue[] {
  const names = holderNames(document.roles ?? [], document.people ?? [], asOf);
  const found: IsmsIssue[] = [];
  const check = (value: unknown, path: (string | number)[]): void => {
    if (typeof value !== "string" || namesHolder(value, names)) return;
    found.push(issue("owner_not_role_holder", `"${value}" names no role or person holding a role on ${asOf}.`, path, "warning"));
  };
  for (const path of FRAME_PARTIES) for (const { value, at } of valuesAt(document, path)) check(value, at);
  for (const [name, kind] of Object.entries(registry)) {
    if (kind.parties === undefined) continue;
    const prefix = collectionPath(name, kind);
    recordsOf(document, name, kind).forEach((record, index) => {
      for (const path of kind.parties ?? []) for (const { value, at } of valuesAt(record, path)) check(value, [...prefix, index, ...at]);
    });
  }
  return found;
}
