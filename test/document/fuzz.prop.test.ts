import { writeFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { afterAll, describe, expect } from "vitest";
import { ZodError } from "zod";
import { assessIsmsReadiness, deriveIsmsSoa, listIsmsDatedItems, parseIsms, pdcaFacts, safeParseIsms, validateIsms, type IsmsDocument } from "../../src/document/index.js";
import { OscalModelSchema, safeExportOscal } from "../../src/oscal/index.js";
import { renderIsmsReport } from "../../src/report/index.js";
import { runCli, type CliIo } from "../../src/cli/run.js";
import { documentArb } from "../arbitraries/document.js";
import { documentWithText } from "../report/_fixture.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (value && typeof value === "object") for (const key of Object.keys(value)) paths(value[key] as Json, [...prefix, key], out);
  return out;
}

function getAt(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root);
}

const mutationArb = fc.oneof(
  fc.constant({ kind: "drop" as const }),
  fc.constant({ kind: "duplicate" as const }),
  fc.constantFrom<Json>(0, -1, 1e308, -0, 2 ** 53 + 1, 0.5, "", "   ", true, null, [], {}, "x".repeat(100_000), "not-a-date", "annex-a:9.99", "GHOST").map((value) => ({ kind: "replace" as const, value })),
  fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: "replace" as const, value: value as Json })),
  fc.integer({ min: 50, max: 400 }).map((depth) => ({ kind: "nest" as const, depth })),
  fc.constantFrom("__proto__", "constructor", "prototype", "extra").map((key) => ({ kind: "addKey" as const, key })),
  // Ignores the path: links two assets (possibly the same) both ways, and gives two
  // controls of a custom catalogue each other as parent.
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({ kind: "cycle" as const, a, b })),
);

type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function makeCycles(root: Json, a: number, b: number): void {
  if (!root || typeof root !== "object" || Array.isArray(root)) return;
  const assets = root["assets"];
  if (Array.isArray(assets) && assets.length > 0) {
    const [x, y] = [assets[a % assets.length], assets[b % assets.length]] as { id?: Json; dependsOn?: Json }[];
    if (x && y && typeof x === "object" && typeof y === "object") {
      x.dependsOn = [y.id ?? null];
      y.dependsOn = [x.id ?? null];
    }
  }
  const catalogues = root["catalogues"];
  if (Array.isArray(catalogues)) {
    for (const catalogue of catalogues) {
      const controls = (catalogue as { controls?: Json } | null)?.controls;
      if (!Array.isArray(controls) || controls.length === 0) continue;
      const [x, y] = [controls[a % controls.length], controls[b % controls.length]] as { id?: Json; parent?: Json }[];
      if (x && y && typeof x === "object" && typeof y === "object") {
        x.parent = y.id ?? null;
        y.parent = x.id ?? null;
      }
    }
  }
}

function mutate(root: Json, path: Path, mutation: Mutation): Json {
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  if (mutation.kind === "cycle") {
    makeCycles(copy, mutation.a, mutation.b);
    return copy;
  }
  if (path.length === 0) return mutation.kind === "replace" ? mutation.value : copy;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1]!;
  switch (mutation.kind) {
    case "drop":
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case "duplicate":
      if (Array.isArray(parent)) parent.splice(Number(key), 0, JSON.parse(JSON.stringify(parent[Number(key)])) as Json);
      else (parent as Record<string, Json>)[`${String(key)}Copy`] = parent[key] as Json;
      break;
    case "replace":
      (parent as Record<string | number, Json>)[key] = mutation.value;
      break;
    case "nest": {
      let deep: Json = parent[key as never] as Json;
      for (let level = 0; level < mutation.depth; level += 1) deep = [deep];
      (parent as Record<string | number, Json>)[key] = deep;
      break;
    }
    case "addKey": {
      const target = parent[key as never] as Json;
      if (target && typeof target === "object" && !Array.isArray(target)) {
        // Defining the property makes an own "__proto__" key, as JSON.parse does.
        Object.defineProperty(target, mutation.key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      }
      break;
    }
  }
  return copy;
}

let cases = 0;
const asOf = "2026-11-27";

function exercise(input: unknown): void {
  try {
    exerciseUnsafe(input);
  } catch (error) {
    if (process.env["ISMS_FUZZ_DUMP"]) {
      // Set ISMS_FUZZ_DUMP=file to keep the failing input and its stack for debugging.
      writeFileSync(process.env["ISMS_FUZZ_DUMP"], JSON.stringify({ input, stack: (error as Error).stack }));
    }
    throw error;
  }
}

function exerciseUnsafe(input: unknown): void {
  const snapshot = JSON.stringify(input);
  const parsed = safeParseIsms(input);
  if (parsed.ok) {
    validateIsms(parsed.value, { asOf });
    deriveIsmsSoa(parsed.value as IsmsDocument, asOf);
    renderIsmsReport(parsed.value, { asOf });
    pdcaFacts(parsed.value, asOf);
    listIsmsDatedItems(parsed.value);
    assessIsmsReadiness(parsed.value, asOf);
    for (const model of OscalModelSchema.options) {
      // Refusals (a profile or SSP of a document whose SoA selects nothing) come back as issues.
      const exported = safeExportOscal(parsed.value, model, { asOf: `${asOf}T12:00:00Z` });
      if (exported.ok) JSON.stringify(exported.value);
      else for (const found of exported.error) expect(Array.isArray(found.path)).toBe(true);
    }
  } else {
    expect(parsed.error.length).toBeGreaterThan(0);
    for (const found of parsed.error) expect([Array.isArray(found.path), found.severity, /^[a-z_]+$/.test(found.code)]).toEqual([true, "error", true]);
  }
  expect(JSON.stringify(input)).toBe(snapshot);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  cases += 1;
}

const fixture = JSON.parse(JSON.stringify(documentWithText("Fuzz Ltd"))) as Json;

describe("fuzzing: mutated documents never make the library throw, hang, pollute or change its input", () => {
  afterAll(() => {
    console.log(
      `fuzzing: ${cases} mutated documents exercised through safeParseIsms, validateIsms, deriveIsmsSoa, renderIsmsReport, pdcaFacts, listIsmsDatedItems, assessIsmsReadiness and safeExportOscal (every model)`,
    );
  });

  test.prop([fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 })], { numRuns: 300, interruptAfterTimeLimit: 60_000 })(
    "mutations of the report fixture",
    (_, mutations, picks) => {
      let value = fixture;
      mutations.forEach((mutation, index) => {
        const all = paths(value);
        value = mutate(value, all[(picks[index] ?? 0) % all.length]!, mutation);
      });
      exercise(value);
    },
  );

  test.prop([documentArb, fc.array(mutationArb, { minLength: 1, maxLength: 2 }), fc.nat()], { numRuns: 150, interruptAfterTimeLimit: 60_000 })(
    "mutations of generated documents",
    (document, mutations, pick) => {
      let value = JSON.parse(JSON.stringify(document)) as Json;
      for (const mutation of mutations) {
        const all = paths(value);
        value = mutate(value, all[pick % all.length]!, mutation);
      }
      exercise(value);
    },
  );

  test.prop([fc.constantFrom("__proto__", "constructor", "prototype"), fc.nat()], { numRuns: 100 })(
    "prototype keys at any level neither pollute nor survive as live prototypes",
    (key, pick) => {
      const all = paths(fixture).filter((path) => {
        const node = getAt(fixture, path);
        return node !== null && typeof node === "object" && !Array.isArray(node);
      });
      const path = all[pick % all.length]!;
      const text = JSON.stringify(fixture);
      const parsedInput = JSON.parse(text) as Json;
      const target = getAt(parsedInput, path) as Record<string, Json>;
      Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      const viaText = JSON.parse(JSON.stringify(parsedInput));
      const result = safeParseIsms(viaText);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      if (key === "__proto__") {
        // Refused wherever it is, with its path: as a key a strict object does not know, or by
        // the reserved-key check of a record-shaped place or of free JSON.
        // The path is searched in parseIsms's ZodError, which keeps a union's branches.
        expect(result.ok).toBe(false);
        let thrown: unknown;
        try {
          parseIsms(viaText);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(ZodError);
        const at = (issue: { path: PropertyKey[]; code: string; keys?: string[] }): boolean =>
          JSON.stringify(issue.path) === JSON.stringify([...path, "__proto__"]) ||
          (issue.code === "unrecognized_keys" && JSON.stringify(issue.path) === JSON.stringify(path) && (issue.keys ?? []).includes("__proto__"));
        const flat = (issues: readonly unknown[]): { path: PropertyKey[]; code: string; keys?: string[] }[] =>
          (issues as { path: PropertyKey[]; code: string; keys?: string[]; errors?: unknown[][] }[]).flatMap((issue) => [
            issue,
            ...(issue.errors ?? []).flatMap((branch) => flat(branch).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }))),
          ]);
        expect(flat((thrown as ZodError).issues).some(at), `no issue at ${JSON.stringify(path)}`).toBe(true);
      }
      if (result.ok) {
        const check = (node: unknown): void => {
          if (node && typeof node === "object") {
            const proto = Object.getPrototypeOf(node);
            expect(proto === Object.prototype || proto === Array.prototype || proto === null).toBe(true);
            for (const child of Object.values(node)) check(child);
          }
        };
        check(result.value);
      }
      cases += 1;
    },
  );

  test.prop([fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("truncate", "flip", "insert")], { numRuns: 80 })(
    "the CLI answers corrupted files with exit 1 or 2 and a message, never a crash",
    (position, byte, how) => {
      const text = JSON.stringify(fixture);
      const at = position % text.length;
      const corrupted =
        how === "truncate" ? text.slice(0, at) : how === "flip" ? `${text.slice(0, at)}${String.fromCharCode(byte)}${text.slice(at + 1)}` : `${text.slice(0, at)}${String.fromCharCode(byte)}${text.slice(at)}`;
      const errors: string[] = [];
      const written: string[] = [];
      const io: CliIo = {
        readFile: () => corrupted,
        exists: () => true,
        writeFiles: (files) => files.forEach((_, path) => written.push(path)),
        stdout: () => undefined,
        stderr: (line) => errors.push(line),
        today: () => asOf,
        now: () => "2026-11-27T12:00:00Z",
      };
      const code = runCli(["validate", "isms.json"], io, "0.0.0");
      expect([0, 1, 2]).toContain(code);
      if (code === 2) expect(errors.join("")).toMatch(/not valid JSON|not a valid ISMS/);
      expect(written).toEqual([]);
      const report = runCli(["report", "isms.json", "--out", "out"], io, "0.0.0");
      if (report !== 0) expect(written).toEqual([]);
      cases += 1;
    },
  );
});
