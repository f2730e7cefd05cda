import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { applyIsmsCommand, rebaseCommands, revisionOf, type ChangeLogEntry, type CommandMeta, type IsmsCommand, type IsmsDocument } from "../../src/document/index.js";
import { documentArb, starter } from "../arbitraries/document.js";

const theirMeta: CommandMeta = { by: "CISO", at: "2026-11-30T09:00:00Z" };
const myMeta: CommandMeta = { by: "IT Manager", at: "2026-11-30T09:05:00Z" };
const methodology = { id: starter.methodologies[0]!.id, version: starter.methodologies[0]!.version };

interface Targets {
  readonly risks: readonly string[];
  readonly assets: readonly string[];
  readonly controls: readonly string[];
  /** Distinguishes the ids of the records each writer adds. */
  readonly tag: string;
}

/** Commands that touch only the records named in `targets` (and records they add themselves). */
function commandArb(document: IsmsDocument, targets: Targets): fc.Arbitrary<IsmsCommand> {
  const options: fc.Arbitrary<IsmsCommand>[] = [
    fc.integer({ min: 1, max: 99 }).map((n): IsmsCommand => ({ type: "entity.add", collection: "risks", value: { ...document.risks[0], id: `R-${targets.tag}${n}`, assets: [] } })),
  ];
  if (targets.risks.length > 0) {
    const risk = fc.constantFrom(...targets.risks);
    options.push(
      fc.tuple(risk, fc.constantFrom("CFO", "CTO", "Head of IT")).map(([id, owner]): IsmsCommand => ({ type: "entity.update", collection: "risks", id, patch: { owner } })),
      fc.tuple(risk, fc.constantFrom("inherent", "current", "target"), fc.constantFrom("rare", "likely")).map(([id, layer, likelihood]): IsmsCommand => ({
        type: "risk.rate",
        id,
        layer: layer as "current",
        rating: { likelihood, consequence: "major", methodology, date: "2026-11-01", rationale: "Re-rated" },
      })),
    );
  }
  if (targets.assets.length > 0) {
    const asset = fc.constantFrom(...targets.assets);
    options.push(
      fc.tuple(asset, fc.constantFrom("CFO", "CTO", "Head of IT")).map(([id, owner]): IsmsCommand => ({ type: "entity.update", collection: "assets", id, patch: { owner } })),
      asset.map((id): IsmsCommand => ({ type: "asset.retire", id, date: "2026-10-01" })),
    );
  }
  if (targets.controls.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...targets.controls), fc.constantFrom("CISO", "CFO"))
        .map(([id, owner]): IsmsCommand => ({ type: "entity.update", collection: "soaDecisions", id, patch: { owner } })),
    );
  }
  return fc.oneof(...options);
}

/** The commands a document accepts in order (the refused ones dropped), their entries and the document after them. */
function accepted(document: IsmsDocument, commands: readonly IsmsCommand[], meta: CommandMeta): { commands: IsmsCommand[]; entries: ChangeLogEntry[]; document: IsmsDocument } {
  const kept: IsmsCommand[] = [];
  const entries: ChangeLogEntry[] = [];
  let current = document;
  for (const command of commands) {
    const result = applyIsmsCommand(current, command, meta);
    if (!result.ok) continue;
    kept.push(command);
    if (result.value.entry !== undefined) entries.push(result.value.entry);
    current = result.value.document;
  }
  return { commands: kept, entries, document: current };
}

/** Half of the items, chosen by a mask, and the other half. */
function split<T>(items: readonly T[], mask: readonly boolean[]): [T[], T[]] {
  return [items.filter((_, index) => mask[index % mask.length] === true), items.filter((_, index) => mask[index % mask.length] !== true)];
}

const scenarioArb = documentArb.chain((document) =>
  fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }).chain((mask) => {
    const [theirRisks, myRisks] = split(document.risks.map((risk) => risk.id as string), mask);
    const [theirAssets, myAssets] = split(document.assets.map((asset) => asset.id as string), mask);
    const [theirControls, myControls] = split(document.soaDecisions.map((decision) => decision.control as string), mask);
    return fc.record({
      document: fc.constant(document),
      theirs: fc.array(commandArb(document, { risks: theirRisks, assets: theirAssets, controls: theirControls, tag: "T" }), { maxLength: 6 }),
      mine: fc.array(commandArb(document, { risks: myRisks, assets: myAssets, controls: myControls, tag: "M" }), { maxLength: 6 }),
    });
  }),
);

describe("rebaseCommands", () => {
  test.prop([scenarioArb], { numRuns: 40 })(
    "always applies commands on other records than theirs, and gives the document of their commands then mine",
    ({ document, theirs, mine }) => {
      const their = accepted(document, theirs, theirMeta);
      const my = accepted(document, mine, myMeta);
      const result = rebaseCommands(document, their.entries, my.commands, myMeta);
      if (!result.ok) throw new Error(result.error.map((rejection) => rejection.message).join("\n"));
      const expected = accepted(their.document, my.commands, myMeta);
      expect(expected.commands).toHaveLength(my.commands.length);
      expect(result.value.revision).toBe(revisionOf(expected.document));
      expect(result.value.entries).toHaveLength(expected.entries.length);
      // On other records the order does not matter: mine first, then theirs, gives the same document.
      expect(result.value.revision).toBe(revisionOf(accepted(my.document, their.commands, theirMeta).document));
    },
  );

  test.prop([scenarioArb], { numRuns: 30 })("rejects a command that sets a field they set to another value", ({ document, theirs }) => {
    const their = accepted(document, theirs, theirMeta);
    const update = their.commands.find((command) => command.type === "entity.update" && typeof command.patch === "object" && command.patch !== null && "owner" in command.patch);
    if (update === undefined || update.type !== "entity.update") return;
    // Only a change they actually made (not one back to where it was) can be overwritten.
    const ownerIn = (found: IsmsDocument): unknown => {
      const records: readonly { readonly owner?: unknown; readonly id?: unknown; readonly control?: unknown }[] =
        update.collection === "risks" ? found.risks : update.collection === "assets" ? found.assets : found.soaDecisions;
      return records.find((record) => (record.id ?? record.control) === update.id)?.owner;
    };
    if (ownerIn(their.document) === ownerIn(document)) return;
    const mine: IsmsCommand = { ...update, patch: { owner: "Someone else" } };
    const result = rebaseCommands(document, their.entries, [mine], myMeta);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((rejection) => [rejection.code, rejection.path.at(-1), rejection.mine])).toEqual([["concurrent_change", "owner", "Someone else"]]);
  });
});
