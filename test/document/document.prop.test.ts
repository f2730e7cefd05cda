import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  applyIsmsCommand,
  parseIsms,
  replayChangeLog,
  undoChangeLog,
  validateIsms,
  type ChangeLogEntry,
  type IsmsCommand,
  type IsmsDocument,
} from "../../src/document/index.js";
import { documentArb } from "../arbitraries/document.js";

const meta = { by: "CISO", at: "2026-11-27T10:00:00Z" };
const asOf = "2026-11-27";

function commandArb(document: IsmsDocument): fc.Arbitrary<IsmsCommand> {
  const assetIds = document.assets.map((asset) => asset.id as string);
  const riskIds = document.risks.map((risk) => risk.id as string);
  const id = (ids: string[]) => (ids.length > 0 ? fc.constantFrom(...ids) : fc.constant("none"));
  return fc.oneof(
    fc.integer({ min: 100, max: 999 }).map((n): IsmsCommand => ({
      type: "entity.add",
      collection: "assets",
      value: { id: `N-${n}`, name: `New ${n}`, type: "hardware", owner: "IT", status: "in_use" },
    })),
    fc.tuple(id(assetIds), fc.constantFrom("CFO", "CTO", "IT")).map(([target, owner]): IsmsCommand => ({
      type: "entity.update",
      collection: "assets",
      id: target,
      patch: { owner },
    })),
    id(assetIds).map((target): IsmsCommand => ({ type: "asset.retire", id: target, date: "2026-10-01" })),
    id(assetIds).map((target): IsmsCommand => ({ type: "asset.correctDates", id: target, retiredOn: "2026-10-02" })),
    id(assetIds).map((target): IsmsCommand => ({ type: "asset.reclassify", id: target, classification: "restricted" })),
    id(assetIds).map((target): IsmsCommand => ({ type: "entity.remove", collection: "assets", id: target })),
    id(riskIds).map((target): IsmsCommand => ({ type: "entity.update", collection: "risks", id: target, patch: { title: "Renamed risk" } })),
    id(riskIds).map((target): IsmsCommand => ({ type: "entity.remove", collection: "risks", id: target })),
    fc.constantFrom("Scope A", "Scope B").map((statement): IsmsCommand => ({ type: "scope.set", scope: { statement } })),
  );
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let index = out.length - 1; index > 0; index -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [out[index], out[other]] = [out[other] as T, out[index] as T];
  }
  return out;
}

describe("document properties", () => {
  test.prop([documentArb], { numRuns: 60 })("every generated document round-trips through JSON and parseIsms unchanged", (document) => {
    expect(parseIsms(JSON.parse(JSON.stringify(document)))).toEqual(document);
  });

  test.prop(
    [documentArb.chain((document) => fc.tuple(fc.constant(document), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 })))],
    { numRuns: 60 },
  )("replaying the change log reproduces the last document and the inverses restore the first", ([first, seeds]) => {
    const log: ChangeLogEntry[] = [];
    let document = first;
    const snapshot = JSON.stringify(first);
    for (const seed of seeds) {
      const command = fc.sample(commandArb(document), { numRuns: 1, seed })[0]!;
      const result = applyIsmsCommand(document, command, meta);
      if (!result.ok) {
        expect(result.error.length).toBeGreaterThan(0);
        continue;
      }
      if (result.value.entry) log.push(result.value.entry);
      else expect(result.value.document).toBe(document);
      document = result.value.document;
    }
    expect(JSON.stringify(first)).toBe(snapshot);
    // custom fields survive every command: each entity still present keeps its custom value
    const customs = (doc: IsmsDocument) =>
      new Map<string, unknown>([...doc.assets, ...doc.risks].map((entity) => [entity.id as string, entity.custom]));
    const before = customs(first);
    for (const [id, custom] of customs(document)) if (before.has(id)) expect(custom).toEqual(before.get(id));
    expect(document.custom).toEqual(first.custom);
    expect(replayChangeLog(first, log)).toEqual(document);
    expect(undoChangeLog(document, log)).toEqual(first);
    expect(parseIsms(JSON.parse(JSON.stringify(document)))).toEqual(document);
  });

  test.prop([documentArb, fc.integer({ min: 1, max: 10_000 })], { numRuns: 40 })(
    "validation is deterministic and does not depend on the order of collections",
    (document, seed) => {
      const issues = validateIsms(document, { asOf });
      expect(validateIsms(document, { asOf })).toEqual(issues);
      const reordered = { ...document, assets: shuffle(document.assets, seed), risks: shuffle(document.risks, seed + 1) };
      const key = (found: { code: string; severity: string; message: string }) => `${found.severity} ${found.code} ${found.message}`;
      expect(validateIsms(reordered, { asOf }).map(key).sort()).toEqual(issues.map(key).sort());
    },
  );

  test.prop(
    [
      documentArb,
      fc.constantFrom(
        "risk-asset",
        "obligation-control",
        "soa-control",
        "asset-dependency",
        "plan-risk",
        "plan-control",
        "decision-plan",
        "acceptance-risk",
        "catalogue-in-scope",
        "control-description",
        "nonconformity-review",
      ),
      fc.nat(),
    ],
    { numRuns: 120 },
  )(
    "every referential break planted at random is reported at its path",
    (document, kind, n) => {
      let planted: IsmsDocument;
      let prefix: string;
      switch (kind) {
        case "risk-asset": {
          const risks = document.risks.length > 0 ? document.risks : [];
          if (risks.length === 0) return;
          const index = n % risks.length;
          const risk = risks[index]!;
          const broken = risk.kind === "asset_based" ? { ...risk, assets: ["GHOST-1"] } : { ...risk, assets: ["GHOST-1"] };
          planted = { ...document, risks: risks.map((item, at) => (at === index ? broken : item)) as IsmsDocument["risks"] };
          prefix = `risks.${index}`;
          break;
        }
        case "obligation-control":
          planted = { ...document, obligations: [...document.obligations, { id: "OB-GHOST", kind: "legal", title: "Ghost law", controls: ["annex-a:9.99"] }] as IsmsDocument["obligations"] };
          prefix = `obligations.${document.obligations.length}`;
          break;
        case "soa-control":
          planted = { ...document, soaDecisions: [...document.soaDecisions, { control: "ghost:X-1", applicable: true, reasons: [{ kind: "business" }] }] as IsmsDocument["soaDecisions"] };
          prefix = `soaDecisions.${document.soaDecisions.length}`;
          break;
        case "plan-risk":
        case "plan-control":
          planted = {
            ...document,
            treatmentPlans: [
              ...document.treatmentPlans,
              {
                id: "TP-GHOST",
                title: "Ghost plan",
                risks: kind === "plan-risk" ? ["R-GHOST"] : [document.risks[n % Math.max(document.risks.length, 1)]?.id ?? "R-GHOST"],
                options: ["modify"],
                controls: [{ ref: kind === "plan-control" ? "annex-a:9.99" : "annex-a:5.1", state: "existing" }],
                actions: [],
              },
            ] as unknown as IsmsDocument["treatmentPlans"],
          };
          prefix = `treatmentPlans.${document.treatmentPlans.length}`;
          break;
        case "decision-plan":
          planted = {
            ...document,
            decisions: [...document.decisions, { kind: "plan_approval", id: "D-GHOST", plan: "TP-GHOST", decidedBy: "CEO", role: "CEO", date: "2026-02-01", rationale: "Ghost" }] as unknown as IsmsDocument["decisions"],
          };
          prefix = `decisions.${document.decisions.length}`;
          break;
        case "acceptance-risk": {
          const methodology = document.methodologies[0]!;
          const [likelihood, consequence] = [methodology.matrix.likelihood.levels[0]!.key, methodology.matrix.consequence.levels[0]!.key];
          planted = {
            ...document,
            decisions: [
              ...document.decisions,
              {
                kind: "risk_acceptance",
                id: "D-GHOST",
                risk: "R-GHOST",
                decidedBy: "CEO",
                role: "CEO",
                date: "2026-02-01",
                rating: { likelihood, consequence, methodology: { id: methodology.id, version: methodology.version } },
                level: methodology.matrix.cells[0]![0]!,
                rationale: "Ghost",
              },
            ] as unknown as IsmsDocument["decisions"],
          };
          prefix = `decisions.${document.decisions.length}`;
          break;
        }
        case "catalogue-in-scope":
          planted = { ...document, cataloguesInScope: [...document.cataloguesInScope, "ghost"] as IsmsDocument["cataloguesInScope"] };
          prefix = `cataloguesInScope.${document.cataloguesInScope.length}`;
          break;
        case "control-description":
          planted = { ...document, controlDescriptions: [...document.controlDescriptions, { ref: "annex-a:9.99", description: "Ghost" }] as IsmsDocument["controlDescriptions"] };
          prefix = `controlDescriptions.${document.controlDescriptions.length}`;
          break;
        case "nonconformity-review":
          planted = {
            ...document,
            nonconformities: [
              ...document.nonconformities,
              { id: "NC-GHOST", source: { kind: "review", review: "MR-GHOST" }, severity: "minor", description: "Ghost", raised: "2026-02-01", owner: "CISO", status: "open", correctiveActions: [] },
            ] as unknown as IsmsDocument["nonconformities"],
          };
          prefix = `nonconformities.${document.nonconformities.length}`;
          break;
        default: {
          const index = n % document.assets.length;
          planted = {
            ...document,
            assets: document.assets.map((asset, at) => (at === index ? { ...asset, dependsOn: [...(asset.dependsOn ?? []), "GHOST-2"] } : asset)) as IsmsDocument["assets"],
          };
          prefix = `assets.${index}`;
        }
      }
      // The planted document is valid against the schema: only the reference is broken.
      planted = parseIsms(planted);
      const key = (found: { code: string; path: readonly (string | number)[]; message: string }) => `${found.code}@${found.path.join(".")}@${found.message}`;
      const before = new Set(validateIsms(document, { asOf }).map(key));
      const found = validateIsms(planted, { asOf }).filter(
        (item) => item.severity === "error" && item.path.join(".").startsWith(prefix) && !before.has(key(item)),
      );
      expect(found.length).toBeGreaterThan(0);
    },
  );
});
