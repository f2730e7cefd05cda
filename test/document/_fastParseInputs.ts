import { fc } from "@fast-check/vitest";
import { createStarterIsms } from "../../src/document/index.js";
import { createExampleIsms } from "../../src/example/index.js";
import { documentArb } from "../arbitraries/document.js";

// Inputs for the fast path's agreement with zod: valid documents (the example, the starter,
// generated ones) with up to two mutations each. Shared by the copying and the sharing mode's tests.

type Path = (string | number)[];
export type Json = Record<string, unknown> | unknown[];

export const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every path in `value`, the root's included. */
function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (typeof value === "object" && value !== null) for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...prefix, key], out);
  return out;
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

// Lengths around the schema's string maxima (64, 128, 200, 256), the ids' 129 most often.
const BOUNDARY_LENGTHS = [0, 1, 64, 65, 128, 129, 129, 129, 200, 201, 256, 257];

const mutationArb = fc.oneof(
  fc.constant({ kind: "drop" as const }),
  fc.constantFrom("extra", "__proto__", "constructor", "toString", "0").map((key) => ({ kind: "addKey" as const, key })),
  fc
    .constantFrom<unknown>(0, -1, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "", " ", "x", "a b", "2026-02-30", "2026-13-01", "9999-01-01", "GHOST", true, null, undefined, [], {})
    .map((value) => ({ kind: "replace" as const, value })),
  fc.jsonValue({ maxDepth: 2 }).map((value) => ({ kind: "replace" as const, value: value as unknown })),
  fc.constant({ kind: "undefined" as const }),
  fc.constant({ kind: "reorder" as const }),
  fc.constant({ kind: "extraItem" as const }),
  fc.constant({ kind: "upperCase" as const }),
  fc.constantFrom(...BOUNDARY_LENGTHS).map((length) => ({ kind: "boundaryString" as const, length })),
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

/** Applies `mutation` in place at the path chosen by `at` (an index into the candidate paths). */
function mutate(root: Json, at: number, mutation: Mutation): unknown {
  const all = paths(root).filter((path) => path.length > 0);
  const strings = all.filter((path) => typeof getAt(root, path) === "string");
  const candidates = mutation.kind === "boundaryString" || mutation.kind === "upperCase" ? strings : all;
  if (candidates.length === 0) return root;
  const path = candidates[at % candidates.length]!;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const target = parent[key];
  switch (mutation.kind) {
    case "drop":
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case "addKey": {
      const host = typeof target === "object" && target !== null && !Array.isArray(target) ? (target as Record<string, unknown>) : parent;
      if (!Array.isArray(host)) Object.defineProperty(host, mutation.key, { value: "added", enumerable: true, configurable: true, writable: true });
      break;
    }
    case "replace":
      parent[key] = mutation.value;
      break;
    case "undefined":
      parent[key] = undefined;
      break;
    case "reorder":
      if (typeof target === "object" && target !== null && !Array.isArray(target)) {
        parent[key] = Object.fromEntries(Object.entries(target).reverse());
      }
      break;
    case "extraItem":
      if (Array.isArray(target)) target.push(target.length > 0 ? json(target[0]) : null);
      else if (Array.isArray(parent)) parent.push(json(target) ?? null);
      break;
    case "upperCase":
      parent[key] = (target as string).toUpperCase();
      break;
    case "boundaryString":
      parent[key] = "a".repeat(mutation.length);
      break;
    default:
      mutation satisfies never;
  }
  return root;
}

export const example = json(createExampleIsms());
const starter = json(createStarterIsms({ organisation: "Starter Ltd", date: "2026-01-05" }));
const baseArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(example),
  fc.constant(starter),
  documentArb.map((document) => json(document) as Json),
);

/** Valid documents (the example, the starter, generated ones) with up to two mutations each. */
export const inputArb = fc
  .tuple(baseArb, fc.array(fc.tuple(fc.nat(), mutationArb), { maxLength: 2 }))
  .map(([base, mutations]) => ({ base, mutations }));

export function inputOf({ base, mutations }: { base: Json; mutations: [number, Mutation][] }): unknown {
  let value: unknown = json(base);
  for (const [at, mutation] of mutations) {
    value = typeof value === "object" && value !== null ? mutate(value as Json, at, mutation) : value;
  }
  return value;
}

