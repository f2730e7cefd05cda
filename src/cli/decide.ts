import {
  ControlTypeSchema,
  CybersecurityConceptSchema,
  filterControls,
  ImplementationStatusSchema,
  InformationSecurityPropertySchema,
  listCatalogueControls,
  OperationalCapabilitySchema,
  PartySchema,
  SecurityDomainSchema,
  SoaReasonKindSchema,
  splitControlRef,
  ThemeSchema,
  type ApplicabilityDecision,
  type ControlFilter,
  type DecisionReason,
  type IsmsDocument,
  type IsmsIssue,
  type SoaReasonKind,
} from "../index.js";
import type { OptionName, ParsedOptions } from "./args.js";
import type { PlannedChange } from "./edit.js";
import { CliFailure, listCut } from "./failure.js";
import { didYouMean } from "./nearest.js";

/** The attribute options of `decide`, the key of {@link ControlFilter} each fills and its values. */
const FILTERS = [
  ["theme", "themes", ThemeSchema.options],
  ["control-type", "controlTypes", ControlTypeSchema.options],
  ["property", "securityProperties", InformationSecurityPropertySchema.options],
  ["concept", "cybersecurityConcepts", CybersecurityConceptSchema.options],
  ["capability", "operationalCapabilities", OperationalCapabilitySchema.options],
  ["domain", "securityDomains", SecurityDomainSchema.options],
] as const satisfies readonly (readonly [OptionName, keyof ControlFilter, readonly string[]])[];

const normalise = (value: string): string => value.replace(/^#/, "").toLowerCase().replace(/[\s-]+/g, "_");

/**
 * A value of a closed vocabulary as typed on a command line: case, a leading `#` (ISO writes
 * attribute values as hashtags) and spaces for underscores do not matter.
 */
function vocabulary<T extends string>(option: string, typed: string, allowed: readonly T[]): T {
  const found = allowed.find((value) => normalise(value) === normalise(typed));
  if (found !== undefined) return found;
  throw new CliFailure(`--${option} does not know "${typed}"; use ${listCut(allowed, 20)}.${didYouMean(typed, allowed)}`, 2, undefined, "invalid_option");
}

/** A control as named on the command line (`5.1`, `A.5.1`, `annex-a:5.1`, `acme:AC-1`), as a reference in scope. */
function resolveControl(typed: string, document: IsmsDocument, inScope: ReadonlyMap<string, readonly string[]>): string {
  const refs = [...inScope.entries()].flatMap(([catalogue, ids]) => ids.map((id) => `${catalogue}:${id}`));
  if (typed.includes(":")) {
    if (refs.includes(typed)) return typed;
    const catalogue = splitControlRef(typed)?.catalogue;
    const known = ["annex-a", "annex-a-2013", ...document.catalogues.map((found) => found.id as string)];
    if (catalogue !== undefined && !inScope.has(catalogue) && known.includes(catalogue)) {
      throw new CliFailure(`${typed} is a control of catalogue ${catalogue}, which is not in scope (cataloguesInScope: ${[...inScope.keys()].join(", ")}).`, 2, undefined, "unknown_control");
    }
    throw new CliFailure(`Unknown control ${typed}: no catalogue in scope has it.${didYouMean(typed, refs)}`, 2, undefined, "unknown_control");
  }
  const withId = (id: string): string[] => [...inScope.entries()].filter(([, ids]) => ids.includes(id)).map(([catalogue]) => `${catalogue}:${id}`);
  let found = withId(typed);
  if (found.length === 0 && /^A\.\d/.test(typed)) found = withId(typed.slice(2));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw new CliFailure(`Control ${typed} is in more than one catalogue in scope; name one: ${found.join(", ")}.`, 2, undefined, "unknown_control");
  const ids = [...new Set([...inScope.values()].flat())];
  throw new CliFailure(
    `Unknown control ${typed}: not in the catalogues in scope (${[...inScope.keys()].join(", ")}).${didYouMean(typed, ids)}`,
    2,
    undefined,
    "unknown_control",
  );
}

/** The references the options select, in catalogue order, each once. */
function selectControls(document: IsmsDocument, positionals: readonly string[], options: ParsedOptions): string[] {
  const inScope = new Map<string, readonly string[]>(
    [...new Set(document.cataloguesInScope as readonly string[])].map((catalogue) => [catalogue, listCatalogueControls(catalogue, document.catalogues).map((control) => control.id)]),
  );
  const named = [...positionals, ...(options.lists.get("control") ?? [])];
  const filtered = FILTERS.filter(([option]) => options.lists.has(option));
  const all = options.flags.has("all");
  const undecided = options.flags.has("undecided");
  if (named.length > 0 && (filtered.length > 0 || all)) {
    throw new CliFailure("Name controls or select them with --theme, attribute options or --all, not both.", 2, undefined, "invalid_option");
  }
  if (all && filtered.length > 0) throw new CliFailure("--all selects every control; leave it out when selecting by theme or attribute.", 2, undefined, "invalid_option");
  if (named.length === 0 && filtered.length === 0 && !all && !undecided) {
    throw new CliFailure(
      "Choose the controls to decide: CONTROL..., --control, --theme, an attribute option (--control-type, --property, --concept, --capability, --domain), --all or --undecided.",
      2,
      undefined,
      "missing_argument",
    );
  }
  let selected: string[];
  if (named.length > 0) {
    selected = named.map((typed) => resolveControl(typed, document, inScope));
  } else if (filtered.length > 0) {
    if (!inScope.has("annex-a")) {
      throw new CliFailure("--theme and the attribute options select Annex A controls, but annex-a is not in the catalogues in scope.", 2, undefined, "invalid_option");
    }
    const filter: Record<string, string[]> = {};
    for (const [option, key, allowed] of filtered) filter[key] = options.lists.get(option)!.map((typed) => vocabulary(option, typed, allowed));
    selected = filterControls(filter as ControlFilter).map((control) => `annex-a:${control.id}`);
  } else {
    selected = [...inScope.entries()].flatMap(([catalogue, ids]) => ids.map((id) => `${catalogue}:${id}`));
  }
  if (undecided) {
    const decided = new Set<string>(document.soaDecisions.map((decision) => decision.control));
    selected = selected.filter((ref) => !decided.has(ref));
  }
  return [...new Set(selected)];
}

/** Reasons already recorded, with the new ones added; a new note replaces the note of a reason of the same kind. */
function mergeReasons(existing: readonly DecisionReason[], added: readonly DecisionReason[]): DecisionReason[] {
  const merged = [...existing];
  for (const reason of added) {
    const index = merged.findIndex((found) => found.kind === reason.kind);
    if (index < 0) merged.push(reason);
    else if (reason.note !== undefined) merged[index] = reason;
  }
  return merged;
}

const INCLUDE_ONLY = ["reason", "note", "status", "owner"] as const;

/** The inclusion or exclusion the options describe, checked before any control is touched. */
type Verdict =
  | { readonly applicable: true; readonly reasons: readonly DecisionReason[]; readonly status?: ApplicabilityDecision["status"]; readonly owner?: string }
  | { readonly applicable: false; readonly justification: string };

function verdictOf(options: ParsedOptions): Verdict {
  const include = options.flags.has("include");
  const exclude = options.flags.has("exclude");
  if (include && exclude) throw new CliFailure("Choose --include or --exclude, not both.", 2, undefined, "invalid_option");
  if (!include && !exclude) {
    throw new CliFailure("Say what to decide: --include (with --reason KIND) or --exclude (with --justification TEXT).", 2, undefined, "missing_argument");
  }
  if (exclude) {
    const given = INCLUDE_ONLY.find((option) => options.values.has(option) || options.lists.has(option));
    if (given !== undefined) throw new CliFailure(`--${given} goes with --include; an exclusion takes only --justification.`, 2, undefined, "invalid_option");
    const justification = options.values.get("justification")?.trim() ?? "";
    if (justification === "") {
      throw new CliFailure("--exclude needs --justification TEXT: why the controls do not apply (6.1.3 d).", 2, undefined, "missing_argument");
    }
    return { applicable: false, justification };
  }
  if (options.values.has("justification")) throw new CliFailure("--justification goes with --exclude; an inclusion takes --reason (and --note).", 2, undefined, "invalid_option");
  const kinds = [...new Set((options.lists.get("reason") ?? []).map((typed) => vocabulary("reason", typed, SoaReasonKindSchema.options)))];
  const note = options.values.get("note")?.trim();
  if (note !== undefined && kinds.length === 0) throw new CliFailure("--note explains the reasons given with --reason; give --reason too.", 2, undefined, "invalid_option");
  const typedStatus = options.values.get("status");
  const status = typedStatus === undefined ? undefined : vocabulary("status", typedStatus, ImplementationStatusSchema.options);
  const owner = options.values.get("owner")?.trim();
  if (owner !== undefined && !PartySchema.safeParse(owner).success) throw new CliFailure("--owner must name who is responsible (not blank, at most 256 characters).", 2, undefined, "invalid_option");
  const reasons = kinds.map((kind: SoaReasonKind): DecisionReason => (note === undefined || note === "" ? { kind } : { kind, note }));
  return { applicable: true, reasons, ...(status === undefined ? {} : { status }), ...(owner === undefined ? {} : { owner }) };
}

/** One decision as a command: added when the control has none, updated when it has one. */
function changeFor(document: IsmsDocument, ref: string, verdict: Verdict): PlannedChange {
  const existing = document.soaDecisions.find((decision) => decision.control === ref);
  const label = `The decision on ${ref}`;
  const how = existing === undefined ? "new decision" : "decision updated";
  if (!verdict.applicable) {
    const describe = () => `${ref} excluded, ${how}`;
    if (existing === undefined) {
      return { command: { type: "entity.add", collection: "soaDecisions", value: { control: ref, applicable: false, justification: verdict.justification } }, label, describe };
    }
    // An exclusion has no reasons for inclusion and no implementation status.
    const unset = (["reasons", "status"] as const).filter((key) => existing[key] !== undefined);
    return {
      command: { type: "entity.update", collection: "soaDecisions", id: ref, patch: { applicable: false, justification: verdict.justification }, ...(unset.length === 0 ? {} : { unset: [...unset] }) },
      label,
      describe,
    };
  }
  const reasons = mergeReasons(existing?.reasons ?? [], verdict.reasons);
  const describe = () => `${ref} included${reasons.length === 0 ? "" : ` (${reasons.map((reason) => reason.kind).join(", ")})`}, ${how}`;
  const fields = {
    ...(verdict.reasons.length === 0 ? {} : { reasons }),
    ...(verdict.status === undefined ? {} : { status: verdict.status }),
    ...(verdict.owner === undefined ? {} : { owner: verdict.owner }),
  };
  if (existing === undefined) {
    return { command: { type: "entity.add", collection: "soaDecisions", value: { control: ref, applicable: true, ...fields } }, label, describe };
  }
  return {
    command: {
      type: "entity.update",
      collection: "soaDecisions",
      id: ref,
      patch: { applicable: true, ...fields },
      ...(existing.justification === undefined ? {} : { unset: ["justification"] }),
    },
    label,
    describe,
  };
}

/**
 * The commands `decide` applies: one per selected control. Refuses options that do not fit
 * together before any control is looked at.
 */
export function planDecisions(document: IsmsDocument, positionals: readonly string[], options: ParsedOptions): PlannedChange[] {
  const verdict = verdictOf(options);
  return selectControls(document, positionals, options).map((ref) => changeFor(document, ref, verdict));
}

/** When inclusions lack a reason, say how to give one. */
export function decideHint(added: readonly IsmsIssue[]): string | undefined {
  return added.some((found) => found.code === "inclusion_without_reason")
    ? `Give a reason for including them: --reason ${SoaReasonKindSchema.options.join("|")}.`
    : undefined;
}
