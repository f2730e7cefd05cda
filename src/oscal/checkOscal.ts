import { issue, type IsmsIssue, type IssuePath } from "../core/index.js";
import { CUSTOM_PROP_NS, NIST_PROP_NAMES } from "./_internal/nist.js";
import { TOKEN } from "./_internal/tokens.js";
import { isOscalDateTime } from "./_internal/build.js";
import { ISMS_OSCAL_NS, IsmsOscalPropNameSchema } from "./namespace.js";

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;
const TOKEN_KEYS = new Set(["id", "class", "control-id", "role-id", "statement-id", "param-id", "group"]);
const TOKEN_LIST_KEYS = new Set(["with-ids", "role-ids"]);
const UUID_REFERENCE_KEYS = new Set(["party-uuid", "component-uuid", "observation-uuid", "risk-uuid", "finding-uuid", "provided-uuid", "responsibility-uuid"]);
const UUID_LIST_REFERENCE_KEYS = new Set(["party-uuids", "member-of-organizations", "location-uuids"]);
const TIMESTAMP_KEYS = new Set(["last-modified", "published", "start", "end", "collected", "expires", "deadline", "date", "date-time-stamp"]);
const MODELS = ["catalog", "profile", "system-security-plan", "assessment-results", "plan-of-action-and-milestones", "mapping-collection", "component-definition"];

type Json = unknown;

interface Walk {
  readonly issues: IsmsIssue[];
  readonly ids: Map<string, IssuePath>;
  readonly uuids: Map<string, IssuePath>;
  readonly references: { readonly key: string; readonly value: string; readonly path: IssuePath }[];
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkProp(prop: Record<string, Json>, path: IssuePath, walk: Walk): void {
  const name = typeof prop.name === "string" ? prop.name : "";
  if (prop.ns === undefined) {
    if (!NIST_PROP_NAMES.has(name)) {
      walk.issues.push(issue("prop_without_namespace", `Prop "${name}" is not one of NIST's names, so it needs an "ns".`, [...path, "name"]));
    }
  } else if (prop.ns === ISMS_OSCAL_NS && !IsmsOscalPropNameSchema.safeParse(name).success) {
    walk.issues.push(issue("unknown_isms_prop", `Prop "${name}" is not in the ISMS vocabulary of ${ISMS_OSCAL_NS}.`, [...path, "name"]));
  } else if (prop.ns !== ISMS_OSCAL_NS && prop.ns !== CUSTOM_PROP_NS && typeof prop.ns === "string" && prop.ns.startsWith(ISMS_OSCAL_NS)) {
    walk.issues.push(issue("unknown_isms_namespace", `Namespace "${prop.ns}" is not one the library defines.`, [...path, "ns"]));
  }
}

// `key` is the value's key in its object (undefined for array items); `parentKey` is the key
// under which the nearest keyed container sits (for an array item: the array's key).
function visit(value: Json, path: IssuePath, key: string | undefined, parentKey: string | undefined, walk: Walk): void {
  if (typeof value === "string") {
    const freeId = parentKey === "system-ids" || parentKey === "system-id" || parentKey === "external-ids" || parentKey === "threat-ids";
    if (value !== value.trim()) walk.issues.push(issue("untrimmed_string", "A string has leading or trailing white space.", path));
    if (value === "") walk.issues.push(issue("empty_string", "A string is empty.", path));
    if (key === "title" && /[\r\n]/.test(value)) walk.issues.push(issue("multiline_title", "A title holds a line break.", path));
    const isTokenKey = key !== undefined && !freeId && (TOKEN_KEYS.has(key) || (key === "name" && (parentKey === "props" || parentKey === "parts")));
    const isTokenListItem = parentKey !== undefined && key === undefined && TOKEN_LIST_KEYS.has(parentKey);
    if ((isTokenKey || isTokenListItem) && !TOKEN.test(value)) walk.issues.push(issue("invalid_token", `"${value}" is not an OSCAL token.`, path));
    if (key === "uuid") {
      if (!UUID.test(value)) walk.issues.push(issue("invalid_uuid", `"${value}" is not a version 4 or 5 UUID.`, path));
      const seen = walk.uuids.get(value);
      if (seen) walk.issues.push(issue("duplicate_uuid", `UUID ${value} is used more than once.`, path));
      else walk.uuids.set(value, path);
    }
    if (key === "id" && !freeId) {
      if (walk.ids.has(value)) walk.issues.push(issue("duplicate_id", `Id "${value}" is used more than once.`, path));
      else walk.ids.set(value, path);
    }
    if (key !== undefined && TIMESTAMP_KEYS.has(key) && !isOscalDateTime(value)) {
      walk.issues.push(issue("invalid_timestamp", `"${value}" is not a date-time with a time zone.`, path));
    }
    if (key !== undefined && UUID_REFERENCE_KEYS.has(key)) walk.references.push({ key, value, path });
    if (key === undefined && parentKey !== undefined && UUID_LIST_REFERENCE_KEYS.has(parentKey)) walk.references.push({ key: parentKey, value, path });
    if (key === "role-id" || (key === undefined && parentKey === "role-ids")) walk.references.push({ key: "role-id", value, path });
    if (key === "href" && value.startsWith("#")) walk.references.push({ key: "href", value: value.slice(1), path });
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) walk.issues.push(issue("empty_array", "An array is empty; OSCAL wants the key left out.", path));
    value.forEach((item, index) => visit(item, [...path, index], undefined, key, walk));
    return;
  }
  if (!isObject(value)) return;
  if (parentKey === "props") checkProp(value, path, walk);
  if (parentKey === "parties" && (value.uuid === undefined || value.type === undefined)) {
    walk.issues.push(issue("party_without_uuid_or_type", "A party needs a uuid and a type.", path));
  }
  if (parentKey === "controls" && typeof value.id === "string" && typeof value.title === "string") {
    const parts = Array.isArray(value.parts) ? value.parts : [];
    // NIST's "oscal-catalog-control-require-statement-when-not-withdrawn": a withdrawn control needs no statement.
    const withdrawn = Array.isArray(value.props) && value.props.some((prop) => isObject(prop) && prop.name === "status" && prop.ns === undefined && (prop.value === "withdrawn" || prop.value === "Withdrawn"));
    if (!withdrawn && !parts.some((part) => isObject(part) && part.name === "statement")) {
      walk.issues.push(issue("control_without_statement", `Control "${value.id}" has no statement part.`, path));
    }
  }
  if (parentKey === "groups" && value.groups !== undefined && value.controls !== undefined) {
    walk.issues.push(issue("group_with_groups_and_controls", "A group holds both sub-groups and controls.", path));
  }
  if (parentKey === "implemented-requirements" && (!Array.isArray(value["by-components"]) || value["by-components"].length === 0)) {
    walk.issues.push(issue("requirement_without_by_component", `Implemented requirement for "${String(value["control-id"])}" has no by-component.`, path));
  }
  for (const [childKey, child] of Object.entries(value)) visit(child, [...path, childKey], childKey, key ?? parentKey, walk);
}

/**
 * Checks an OSCAL document against the rules NIST's JSON Schema does not check and that
 * this library keeps by construction: no empty array or string, no leading or trailing
 * white space, no line break in a title, valid tokens, version 4 or 5 UUIDs, unique ids and
 * uuids, timestamps with a time zone, every `#uuid` href, `party-uuid(s)`,
 * `component-uuid`, `risk-uuid`, `observation-uuid` and `role-id` resolving in the document,
 * props without `ns` only with NIST's names, props in {@link ISMS_OSCAL_NS} only with the
 * library's vocabulary, a statement part in every control that is not withdrawn, no group holding both groups and
 * controls, a by-component in every SSP implemented requirement, a uuid and type for every
 * party, and `oscal-version` 1.2.x.
 *
 * @param document - a parsed OSCAL document, e.g. the result of {@link exportCatalog}
 * @returns every issue, with JSON paths into the document (empty when sound)
 * @category OSCAL
 * @example
 * ```ts
 * checkOscal(exportCatalog("annex-a", { asOf: "2026-11-27T09:00:00Z" })); // []
 * checkOscal({ catalog: { uuid: "x", metadata: { title: "T", "last-modified": "2026-01-01T00:00:00Z", version: "1", "oscal-version": "1.2.1" }, controls: [] } })
 *   .map((found) => found.code); // ["invalid_uuid", "empty_array"]
 * ```
 */
export function checkOscal(document: unknown): IsmsIssue[] {
  const walk: Walk = { issues: [], ids: new Map(), uuids: new Map(), references: [] };
  if (!isObject(document)) return [issue("not_an_oscal_document", "An OSCAL document is a JSON object with one model key.")];
  const model = Object.keys(document).find((name) => MODELS.includes(name));
  if (model === undefined) return [issue("not_an_oscal_document", `An OSCAL document has one of the keys ${MODELS.join(", ")}.`)];
  visit(document[model], [model], model, undefined, walk);
  const root = document[model];
  const metadata = isObject(root) && isObject(root.metadata) ? root.metadata : undefined;
  const version = metadata?.["oscal-version"];
  if (typeof version !== "string" || !/^1\.2\.\d+$/.test(version)) {
    walk.issues.push(issue("unsupported_oscal_version", "An export declares oscal-version 1.2.x.", [model, "metadata", "oscal-version"]));
  }
  const roles = new Set(
    (Array.isArray(metadata?.roles) ? metadata.roles : []).flatMap((role) => (isObject(role) && typeof role.id === "string" ? [role.id] : [])),
  );
  for (const reference of walk.references) {
    const resolves = reference.key === "role-id" ? roles.has(reference.value) : reference.key === "href" ? walk.uuids.has(reference.value) || walk.ids.has(reference.value) : walk.uuids.has(reference.value);
    if (!resolves) {
      walk.issues.push(issue("unresolved_reference", `${reference.key} "${reference.value}" points to nothing in the document.`, reference.path));
    }
  }
  return walk.issues;
}
