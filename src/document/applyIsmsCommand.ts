import * as z from "zod";
import { rejectReservedKeys, argumentError } from "../core/_internal/index.js";
import { err, IsmsError, IsoDateSchema, IsoDateTimeSchema, issue, ok, PartySchema, type IsmsIssue, type IsoDateTime, type Party, type Result } from "../core/index.js";
import {
  correctAssetLifecycleDates,
  disposeAsset,
  findDependencyPath,
  linkDependency,
  listDependencyCycles,
  reclassifyAsset,
  removeAsset,
  retireAsset,
  unlinkDependency,
  type Asset,
} from "../assets/index.js";
import { RatingLayerSchema, RatingSchema, setRating, type Risk } from "../risk/index.js";
import {
  advanceNonconformity,
  AuditProgrammeSchema,
  CertificationSchema,
  MeasurementSchema,
  NonconformityEventSchema,
  PdcaEventSchema,
  recordMeasurement,
  transition,
  type Nonconformity,
  type Objective,
} from "../cycle/index.js";
import type { ChangeLogEntry } from "./changeLog.js";
import { collectionSpecs as collections } from "./_internal/collections.js";
import { IsmsCollectionSchema } from "./collections.js";
import { diffToPatches } from "./_internal/diff.js";
import { pdcaFacts } from "./pdcaFacts.js";
import { OrganisationSchema, ScopeSchema } from "./context.js";
import type { IsmsDocument } from "./schema.js";

const IdSchema = z.string().min(1).max(256);

/**
 * The schema of {@link IsmsCommand}: commands arrive as data (from an API, a queue, a file),
 * so they are validated like any other input before they touch the document.
 *
 * @category Document
 * @example
 * ```ts
 * const command = IsmsCommandSchema.parse(JSON.parse(text)); // e.g. the body of a request
 * applyIsmsCommand(doc, command, { by: "CISO", at: "2026-11-27T10:00:00Z" });
 * ```
 */
export const IsmsCommandSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("entity.add"), collection: IsmsCollectionSchema, value: z.unknown() }),
  z.strictObject({
    type: z.literal("entity.update"),
    collection: IsmsCollectionSchema,
    id: IdSchema,
    patch: rejectReservedKeys(z.record(z.string(), z.unknown())),
    unset: z.array(z.string().min(1)).optional(),
  }),
  z.strictObject({ type: z.literal("entity.remove"), collection: IsmsCollectionSchema, id: IdSchema }),
  z.strictObject({ type: z.literal("organisation.update"), patch: OrganisationSchema.partial() }),
  z.strictObject({ type: z.literal("scope.set"), scope: ScopeSchema }),
  z.strictObject({ type: z.literal("auditProgramme.set"), programme: AuditProgrammeSchema.omit({ audits: true }) }),
  z.strictObject({ type: z.literal("certification.set"), certification: CertificationSchema }),
  z.strictObject({ type: z.literal("asset.retire"), id: IdSchema, date: IsoDateSchema }),
  z.strictObject({ type: z.literal("asset.dispose"), id: IdSchema, date: IsoDateSchema }),
  z.strictObject({ type: z.literal("asset.correctDates"), id: IdSchema, retiredOn: IsoDateSchema.optional(), disposedOn: IsoDateSchema.optional() }),
  z.strictObject({ type: z.literal("asset.link"), id: IdSchema, dependsOn: IdSchema }),
  z.strictObject({ type: z.literal("asset.unlink"), id: IdSchema, dependsOn: IdSchema }),
  z.strictObject({ type: z.literal("asset.reclassify"), id: IdSchema, classification: z.string().min(1) }),
  z.strictObject({ type: z.literal("risk.rate"), id: IdSchema, layer: RatingLayerSchema, rating: RatingSchema.optional() }),
  z.strictObject({ type: z.literal("objective.measure"), id: IdSchema, measurement: MeasurementSchema }),
  z.strictObject({ type: z.literal("nonconformity.advance"), id: IdSchema, event: NonconformityEventSchema }),
  z.strictObject({ type: z.literal("cycle.transition"), event: PdcaEventSchema, date: IsoDateSchema }),
]);

/**
 * A change to the document, as data: what a GRC app sends, what a change-log entry names.
 * Generic `entity.*` commands reach every collection (each entity is validated against its
 * schema, ids stay unique, an entity others refer to cannot be removed, risk owners'
 * decisions and methodology versions are append-only, and an asset's `dependsOn` given by
 * `entity.add` or `entity.update` may not close a cycle, which is refused with
 * `dependency_cycle` as `asset.link` refuses it); the others carry the rules of their
 * domain (an asset others depend on cannot be removed, `asset.reclassify` takes a level of
 * the document's own classification scheme (`assetSettings`), a PDCA event must pass its exit
 * criteria, a nonconformity cannot close before an effectiveness review).
 *
 * @category Document
 * @example
 * ```ts
 * const command: IsmsCommand = { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" };
 * applyIsmsCommand(doc, command, { by: "IT Manager", at: "2026-11-30T09:00:00Z" }).ok; // true
 * ```
 */
export type IsmsCommand = z.input<typeof IsmsCommandSchema>;

/**
 * Who makes a change and when; the library has no clock, so the caller says.
 *
 * @category Document
 * @example
 * ```ts
 * const meta: CommandMeta = { by: "CISO", at: "2026-11-27T10:00:00Z" };
 * const result = applyIsmsCommand(doc, { type: "organisation.update", patch: { name: "Northwind Analytics Group" } }, meta);
 * if (result.ok) result.value.entry?.by; // "CISO"
 * ```
 */
export interface CommandMeta {
  /** Who makes the change. */
  readonly by: Party;
  /** When, with a time zone. */
  readonly at: IsoDateTime;
}

/**
 * The outcome of a command that was accepted: the next document and, when something changed,
 * its change-log entry.
 *
 * @category Document
 * @example
 * ```ts
 * const result = applyIsmsCommand(doc, { type: "asset.retire", id: "A-HW-PRINTER", date: "2026-11-30" }, { by: "IT Manager", at: "2026-11-30T09:00:00Z" });
 * if (result.ok) {
 *   const outcome: CommandOutcome = result.value;
 *   outcome.document === doc; // false: a new document
 *   outcome.entry?.summary; // "Asset A-HW-PRINTER retired on 2026-11-30"
 * }
 * ```
 */
export interface CommandOutcome {
  /** The next document; the same reference as the input when nothing changed. */
  readonly document: IsmsDocument;
  /** The change-log entry; absent when nothing changed. */
  readonly entry?: ChangeLogEntry;
}

type Step = Result<{ document: IsmsDocument; summary: string }, readonly IsmsIssue[]>;

function schemaIssues(error: z.ZodError, path: readonly (string | number)[]): IsmsIssue[] {
  return error.issues.map((found) => issue(`invalid_${found.code}`, found.message, [...path, ...(found.path as (string | number)[])]));
}

function replaceAt<T>(items: readonly T[], index: number, value: T): T[] {
  const next = items.slice();
  next[index] = value;
  return next;
}

/**
 * The dependencies an entity command gives an asset that close a cycle, as issues at their
 * position in `dependsOn` (`asset.link` refuses the same). An added dependency closes a
 * cycle exactly when it lies in the asset's cycle group afterwards; one linear pass finds
 * the group, and a path is searched only for the dependencies that close one. Cycles the
 * command does not create (in an inventory that has them already) do not block it.
 */
function newDependencyCycles(assets: readonly Asset[], asset: Asset, before: readonly string[], at: "value" | "patch"): IsmsIssue[] {
  const after = asset.dependsOn ?? [];
  const previous = new Set(before);
  if (after.every((target) => previous.has(target))) return [];
  const group = listDependencyCycles(assets).find((cycle) => cycle.members.includes(asset.id));
  if (group === undefined) return [];
  const members = new Set<string>(group.members);
  const found: IsmsIssue[] = [];
  after.forEach((target, position) => {
    if (previous.has(target) || !members.has(target) || after.indexOf(target) < position) return;
    const back = findDependencyPath(assets, target, asset.id) ?? [];
    found.push(issue("dependency_cycle", `Asset ${asset.id} cannot depend on ${target}: that would close a cycle: ${[asset.id, ...back].join(" → ")}.`, [at, "dependsOn", position]));
  });
  return found;
}

function collectionStep(document: IsmsDocument, command: Extract<ParsedCommand, { type: `entity.${string}` }>): Step {
  const spec = collections[command.collection];
  if (!spec) return err([issue("unknown_collection", `There is no collection "${String(command.collection)}".`, ["collection"])]);
  const items = spec.get(document);
  const path = ["collection", command.collection];
  if (command.collection === "audits" && !document.auditProgramme) {
    return err([issue("no_audit_programme", "Set the audit programme (auditProgramme.set) before adding audits.", ["collection"])]);
  }
  switch (command.type) {
    case "entity.add": {
      const parsed = spec.schema.safeParse(command.value);
      if (!parsed.success) return err(schemaIssues(parsed.error, ["value"]));
      const value = parsed.data as Record<string, unknown>;
      const key = spec.key(value);
      if (items.some((item) => spec.key(item) === key)) {
        return err([issue("duplicate_id", `${spec.label} ${key} already exists.`, ["value"])]);
      }
      const added = [...items, value];
      if (command.collection === "assets") {
        const cycles = newDependencyCycles(added as unknown as Asset[], value as unknown as Asset, [], "value");
        if (cycles.length > 0) return err(cycles);
      }
      return ok({ document: spec.set(document, added), summary: `${spec.label} ${key} added` });
    }
    case "entity.update":
    case "entity.remove": {
      if (spec.appendOnly) {
        return err([issue("append_only", `${spec.label} records are append-only: record a new one instead.`, path)]);
      }
      const index = items.findIndex((item) => spec.key(item) === command.id);
      if (index < 0) return err([issue("unknown_entity", `${spec.label} ${command.id} does not exist.`, ["id"])]);
      if (command.type === "entity.remove") {
        const users = referencesTo(document, command.collection, command.id);
        if (users.length > 0) {
          return err([
            issue("entity_in_use", `${spec.label} ${command.id} cannot be removed while ${users.slice(0, 5).join(", ")}${users.length > 5 ? ` and ${users.length - 5} more` : ""} refer to it.`, ["id"]),
          ]);
        }
        if (command.collection === "assets") {
          const removed = removeAsset(document.assets, command.id as Asset["id"]);
          if (!removed.ok) return err(removed.error);
          return ok({ document: { ...document, assets: [...removed.value] }, summary: `Asset ${command.id} removed` });
        }
        return ok({ document: spec.set(document, items.filter((_, at) => at !== index)), summary: `${spec.label} ${command.id} removed` });
      }
      const current = items[index] as Record<string, unknown>;
      const merged: Record<string, unknown> = { ...current, ...command.patch };
      for (const key of command.unset ?? []) delete merged[key];
      const parsed = spec.schema.safeParse(merged);
      if (!parsed.success) return err(schemaIssues(parsed.error, ["patch"]));
      if (spec.key(parsed.data as Record<string, unknown>) !== command.id) {
        return err([issue("id_change", `The id of ${spec.label.toLowerCase()} ${command.id} cannot change.`, ["patch"])]);
      }
      const updated = replaceAt(items, index, parsed.data as Record<string, unknown>);
      if (command.collection === "assets") {
        const cycles = newDependencyCycles(updated as unknown as Asset[], parsed.data as Asset, (current as unknown as Asset).dependsOn ?? [], "patch");
        if (cycles.length > 0) return err(cycles);
      }
      const changed = Object.keys(command.patch).concat(command.unset ?? []).join(", ");
      return ok({ document: spec.set(document, updated), summary: `${spec.label} ${command.id} updated (${changed})` });
    }
  }
}

/** Who in the document refers to an entity: removing it would leave their references dangling. */
function referencesTo(document: IsmsDocument, collection: string, id: string): string[] {
  switch (collection) {
    case "assets":
      return document.risks.filter((risk) => (risk.assets as readonly string[] | undefined)?.includes(id)).map((risk) => `risk ${risk.id}`);
    case "risks":
      return [
        ...document.treatmentPlans.filter((plan) => (plan.risks as readonly string[]).includes(id)).map((plan) => `treatment plan ${plan.id}`),
        ...document.decisions.filter((decision) => decision.kind === "risk_acceptance" && decision.risk === id).map((decision) => `decision ${decision.id}`),
      ];
    case "treatmentPlans":
      return document.decisions
        .filter((decision) => (decision.kind === "plan_approval" || decision.kind === "risk_acceptance") && decision.plan === id)
        .map((decision) => `decision ${decision.id}`);
    case "catalogues":
      return (document.cataloguesInScope as readonly string[]).includes(id) ? ["cataloguesInScope"] : [];
    case "audits":
      return document.nonconformities.filter((nc) => nc.source.kind === "audit" && nc.source.audit === id).map((nc) => `nonconformity ${nc.id}`);
    case "reviews":
      return document.nonconformities.filter((nc) => nc.source.kind === "review" && nc.source.review === id).map((nc) => `nonconformity ${nc.id}`);
    default:
      return [];
  }
}

function fromResult(result: Result<readonly Asset[]>, document: IsmsDocument, summary: string): Step {
  if (!result.ok) return err(result.error);
  return ok({ document: result.value === document.assets ? document : { ...document, assets: [...result.value] }, summary });
}

function updateOne<T extends { readonly id: string }>(
  items: readonly T[],
  id: string,
  label: string,
  change: (item: T) => Result<T, readonly IsmsIssue[]>,
): Result<T[] | readonly T[], readonly IsmsIssue[]> {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) return err([issue("unknown_entity", `${label} ${id} does not exist.`, ["id"])]);
  const next = change(items[index] as T);
  if (!next.ok) return next;
  return ok(next.value === items[index] ? items : replaceAt(items, index, next.value));
}

type ParsedCommand = z.output<typeof IsmsCommandSchema>;

function step(document: IsmsDocument, command: ParsedCommand): Step {
  if (command.type.startsWith("asset.") && "id" in command && !document.assets.some((asset) => asset.id === command.id)) {
    return err([issue("unknown_entity", `Asset ${command.id} does not exist.`, ["id"])]);
  }
  switch (command.type) {
    case "entity.add":
    case "entity.update":
    case "entity.remove":
      return collectionStep(document, command);
    case "organisation.update": {
      const organisation = OrganisationSchema.safeParse({ ...document.organisation, ...command.patch });
      if (!organisation.success) return err(schemaIssues(organisation.error, ["patch"]));
      return ok({ document: { ...document, organisation: organisation.data }, summary: "Organisation updated" });
    }
    case "scope.set":
      return ok({ document: { ...document, scope: command.scope }, summary: "ISMS scope set" });
    case "auditProgramme.set":
      return ok({
        document: { ...document, auditProgramme: { ...command.programme, audits: document.auditProgramme?.audits ?? [] } },
        summary: "Audit programme set",
      });
    case "certification.set":
      return ok({ document: { ...document, certification: command.certification }, summary: "Certification record set" });
    case "asset.retire":
      return fromResult(retireAsset(document.assets, command.id as Asset["id"], command.date), document, `Asset ${command.id} retired on ${command.date}`);
    case "asset.dispose":
      return fromResult(disposeAsset(document.assets, command.id as Asset["id"], command.date), document, `Asset ${command.id} disposed of on ${command.date}`);
    case "asset.correctDates": {
      const corrected = [
        ...(command.retiredOn === undefined ? [] : [`retired on ${command.retiredOn}`]),
        ...(command.disposedOn === undefined ? [] : [`disposed of on ${command.disposedOn}`]),
      ];
      return fromResult(
        correctAssetLifecycleDates(document.assets, command.id as Asset["id"], { retiredOn: command.retiredOn, disposedOn: command.disposedOn }),
        document,
        `Asset ${command.id}: dates corrected (${corrected.join(", ")})`,
      );
    }
    case "asset.link":
      return fromResult(
        linkDependency(document.assets, command.id as Asset["id"], command.dependsOn as Asset["id"]),
        document,
        `Asset ${command.id} now depends on ${command.dependsOn}`,
      );
    case "asset.unlink":
      return fromResult(
        unlinkDependency(document.assets, command.id as Asset["id"], command.dependsOn as Asset["id"]),
        document,
        `Asset ${command.id} no longer depends on ${command.dependsOn}`,
      );
    case "asset.reclassify":
      return fromResult(
        reclassifyAsset(document.assets, command.id as Asset["id"], command.classification, document.assetSettings),
        document,
        `Asset ${command.id} reclassified as ${command.classification}`,
      );
    case "risk.rate": {
      const risks = updateOne<Risk>(document.risks, command.id, "Risk", (risk) => ok(setRating(risk, command.layer, command.rating)));
      if (!risks.ok) return risks;
      return ok({ document: { ...document, risks: risks.value as Risk[] }, summary: `Risk ${command.id}: ${command.layer} rating ${command.rating ? "set" : "cleared"}` });
    }
    case "objective.measure": {
      const objectives = updateOne<Objective>(document.objectives, command.id, "Objective", (objective) => ok(recordMeasurement(objective, command.measurement)));
      if (!objectives.ok) return objectives;
      return ok({ document: { ...document, objectives: objectives.value as Objective[] }, summary: `Objective ${command.id}: measurement of ${command.measurement.date} recorded` });
    }
    case "nonconformity.advance": {
      const ncs = updateOne<Nonconformity>(document.nonconformities, command.id, "Nonconformity", (nc) => advanceNonconformity(nc, command.event));
      if (!ncs.ok) return ncs;
      return ok({ document: { ...document, nonconformities: ncs.value as Nonconformity[] }, summary: `Nonconformity ${command.id}: ${command.event.kind}` });
    }
    case "cycle.transition": {
      const next = transition(document.cycle, command.event, { date: command.date, guards: pdcaFacts(document, command.date) });
      if (!next.ok) return err(next.error);
      return ok({ document: { ...document, cycle: next.value }, summary: `PDCA: ${command.event} (now ${next.value.phase}, cycle ${next.value.cycle})` });
    }
  }
}

/**
 * Applies a command to the document and records the change: returns the next document and a
 * change-log entry with immer patches and their inverses. Never mutates its input; when
 * nothing changes it returns the same document and no entry; a refused command returns the
 * issues and changes nothing. The cost is one pass over the collection the command touches
 * (reference comparisons and one array copy), not over the document; the document is not
 * validated again.
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
    if (!parsed.success) return err(schemaIssues(parsed.error, ["command"]));
    const result = step(document, parsed.data);
    if (!result.ok) return err([...result.error]);
    const { document: next, summary } = result.value;
    if (next === document) return ok({ document });
    const { patches, inversePatches } = diffToPatches(document, next);
    if (patches.length === 0) return ok({ document });
    const entry = { at: meta.at, by: meta.by, command: command.type, summary, patches, inversePatches } as ChangeLogEntry;
    return ok({ document: next, entry });
  } catch (error) {
    throw argumentError("applyIsmsCommand", error);
  }
}
