import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import * as isms from "../src/index.js";
import * as report from "../src/report/index.js";
import * as oscal from "../src/oscal/index.js";

// Every function of the entries `isms`, `isms/report` and `isms/oscal`, called with arguments that are not of its
// documented types, must fail as the error model says (ARCHITECTURE.md, "Errors, three
// tiers"): a ZodError for untrusted input, an IsmsError with a code for a programmer error;
// never a TypeError, a RangeError or a plain Error from inside the library.

const functions = [...Object.entries(isms), ...Object.entries(report).map(([name, fn]) => [`report.${name}`, fn] as const), ...Object.entries(oscal).map(([name, fn]) => [`oscal.${name}`, fn] as const)]
  .filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function" && entry[1] !== isms.IsmsError)
  .sort(([a], [b]) => a.localeCompare(b));

type Shape = "undefined" | "null" | "{}" | "[]";
const SHAPES: readonly Shape[] = ["undefined", "null", "{}", "[]"];
// A fresh value per argument: a function must not be able to pass one call's object to the next.
const make = (shape: Shape): unknown => (shape === "undefined" ? undefined : shape === "null" ? null : shape === "{}" ? {} : []);

/** What the call threw, described, when it is not a ZodError or an IsmsError with a code; else undefined. */
function wrongThrow(fn: (...args: unknown[]) => unknown, shapes: readonly Shape[]): string | undefined {
  try {
    fn(...shapes.map(make));
    return undefined;
  } catch (error) {
    if (error instanceof ZodError) return undefined;
    if (error instanceof isms.IsmsError && typeof error.code === "string" && error.code.length > 0) return undefined;
    return `${error instanceof Error ? error.constructor.name : typeof error}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// As many arguments as the function declares (at least one), plus one for an optional trailing one.
const arity = (fn: (...args: unknown[]) => unknown): number => Math.max(fn.length, 1) + 1;

describe("every function of the entries isms, isms/report and isms/oscal", () => {
  it("is found: the root entry exports functions", () => {
    expect(functions.length).toBeGreaterThan(100);
    for (const name of ["createStarterIsms", "validateIsms", "validateSoa", "report.renderIsmsReport", "report.renderSoaHtml", "oscal.exportOscal", "oscal.exportSsp"]) expect(functions.map(([found]) => found)).toContain(name);
  });

  it.each(functions)("%s throws only ZodError or IsmsError for undefined, null, {} and []", (_name, fn) => {
    const wrong = SHAPES.map((shape) => [shape, wrongThrow(fn, Array<Shape>(arity(fn)).fill(shape))]).filter(([, found]) => found !== undefined);
    expect(wrong).toEqual([]);
  });

  test.prop(
    [fc.constantFrom(...functions), fc.array(fc.constantFrom(...SHAPES), { minLength: 1, maxLength: 5 })],
    { numRuns: 3000 },
  )("with the four shapes mixed across arguments, throws only ZodError or IsmsError", ([name, fn], shapes) => {
    expect(wrongThrow(fn, shapes), name).toBeUndefined();
  });
});
