import * as z from "zod";
import type { IsmsLimits } from "../limits.js";
import { isOmitted, jsonStringLength, MAX_RECURSION, numberLength, sizeWithin } from "./checkLimits.js";

/**
 * A fast path for a zod 4 schema's `safeParse` on valid input: the schema's definition is
 * translated once into plain closures that check and copy the input in one walk, without the
 * payload object, issue array and error machinery zod builds per node. It only says yes or
 * no: on any doubt it answers `{ ok: false }` and the caller runs zod, which finds the issues.
 *
 * Every schema kind the translation does not mirror exactly (transforms, lazy and recursive
 * schemas, defaults, catches, exact-key or loose records, exclusive unions, anything unknown)
 * is run by zod itself for that subtree (`_zod.run`), so correctness never depends on
 * covering every kind. In the document schema that is only the transforms of the reserved-key
 * guards (8 of 762 nodes).
 * Checks (`min`, `max`, `regex`, refinements, …) run through zod's own check functions,
 * except a few common ones mirrored inline.
 *
 * A measured parser (given {@link IsmsLimits}) also does what `withinLimits` does, in the same
 * walk: it adds up the input's JSON length and checks every string, collection and nesting
 * against the limits, and answers yes only when both the schema and the limits would. The
 * subtrees zod runs, and `unknown` values, are measured by `sizeWithin` itself.
 */

/** What a translated node answers for input the schema refuses. */
const FAIL: unique symbol = Symbol("fail");

/** A translated node: the parsed value (a new object graph for objects and arrays), or FAIL. */
type Parse = (value: unknown) => unknown;

/** The answer of a fast parser. */
export type FastParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/** A zod schema as its internals see it. */
type Node = z.core.$ZodType;
type Check = z.core.$ZodCheck;

/** The parse context handed to the subtrees zod runs; one per top-level call, as zod's own safeParse makes. */
let context: z.core.ParseContextInternal<z.core.$ZodIssue> = { async: false };

/**
 * The running measure of a measured parse: the JSON length of the input read so far, the
 * nesting of the container being read (the root object is 1), and the limits. One per
 * top-level call, saved and restored around it like `context`.
 */
interface Meter {
  size: number;
  depth: number;
  readonly limits: IsmsLimits;
  readonly maxDepth: number;
  readonly maxItems: number;
  readonly maxStringLength: number;
  readonly maxSize: number;
}

let meter: Meter = /* @__PURE__ */ meterFor({ maxDepth: 0, maxItems: 0, maxStringLength: 0, maxSize: 0 });

function meterFor(limits: IsmsLimits): Meter {
  return { size: 0, depth: 0, limits, maxDepth: Math.min(limits.maxDepth, MAX_RECURSION), maxItems: limits.maxItems, maxStringLength: limits.maxStringLength, maxSize: limits.maxSize };
}

/**
 * Adds what JSON writes for `value` read in the current container, or answers false when a
 * limit is exceeded inside it. An omitted value (undefined, a function, a symbol) adds nothing:
 * its container knows whether JSON writes `null` or leaves the key out.
 */
function measure(value: unknown): boolean {
  switch (typeof value) {
    case "string":
      if (value.length > meter.maxStringLength) return false;
      meter.size += jsonStringLength(value);
      return true;
    case "number":
      meter.size += numberLength(value);
      return true;
    case "boolean":
      meter.size += value ? 4 : 5;
      return true;
    case "object": {
      if (value === null) {
        meter.size += 4;
        return true;
      }
      const found = sizeWithin(value, meter.depth + 1, false, meter.limits);
      if (found < 0) return false;
      meter.size += found;
      return true;
    }
    case "bigint":
      meter.size += String(value).length;
      return true;
    default:
      return true;
  }
}

/**
 * A leaf's translation that also measures its input, first: a leaf may be `unknown` with a
 * refinement that walks the value, and only a value within the limits (no cycle, no extreme
 * nesting) is handed to it.
 */
function measuredLeaf(parse: Parse): Parse {
  return (value) => (measure(value) ? parse(value) : FAIL);
}

/** The schema kinds a measured parser measures as a whole value (their input is never an object it walks itself). */
const LEAF_KINDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["string", "number", "boolean", "enum", "literal", "null", "never", "unknown", "any"]);

/** The names `Object.prototype` has when the module loads: an object's field of the same name may be inherited rather than its own. */
const PROTOTYPE_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Whether `Object.prototype` has no enumerable property and no name it did not have when the
 * module loaded: then an object's fields other than those names are its own or absent, which
 * the measure relies on (it counts own keys, as `JSON.stringify` does).
 */
function prototypeIsPlain(): boolean {
  for (const _ in Object.prototype) return false;
  const names = Object.getOwnPropertyNames(Object.prototype);
  return names.length === PROTOTYPE_NAMES.size && names.every((name) => PROTOTYPE_NAMES.has(name));
}

/**
 * Whether `Object.prototype` was plain (see {@link prototypeIsPlain}) when the current
 * top-level parse began: then reading an object's own keys finds every field it has, except
 * fields named like Object.prototype's own properties.
 */
let prototypePlain = false;

/** An object the measure walks: a plain or null-prototype one. Others are left to the exact walk. */
function measurable(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Runs `node` with zod on `value`: its output, or FAIL when zod finds an issue. */
function runWithZod(node: Node, value: unknown): unknown {
  const result = node._zod.run({ value, issues: [] }, context);
  // An async schema in a sync parse: let zod report it on the slow path.
  if (result instanceof Promise) throw new Error("async schema");
  return result.issues.length === 0 ? result.value : FAIL;
}

function delegate(node: Node): Parse {
  return (value) => runWithZod(node, value);
}

// The `when` zod gives its length checks by default (run on values with a length): read from a
// check of zod's own so that a check with a `when` of the user's is not mistaken for it.
let defaultLengthWhen: unknown;
function lengthWhen(): unknown {
  defaultLengthWhen ??= (z.string().min(1)._zod.def.checks![0]! as Check)._zod.def.when;
  return defaultLengthWhen;
}

/** A check as a test of the value: the same value, a replaced value (a check may overwrite it), or FAIL. */
type CheckStep = (value: unknown) => unknown;

function has(node: Node | Check, trait: string): boolean {
  return (node._zod as { traits: Set<string> }).traits.has(trait);
}

/** Runs one check of zod's on its own payload, as zod's runChecks does when nothing before it failed. */
function genericCheck(check: Check): CheckStep {
  return (value) => {
    const payload = { value, issues: [] } as unknown as z.core.ParsePayload<never>;
    const when = check._zod.def.when;
    if (when && !when(payload)) return value;
    const returned = check._zod.check(payload) as unknown;
    if (returned instanceof Promise) throw new Error("async check");
    return payload.issues.length === 0 ? payload.value : FAIL;
  };
}

/** Translates one check: inline for the common kinds whose test is plain, else zod's own check function. */
function translateCheck(check: Check, owner: Node): CheckStep {
  const def = check._zod.def as z.core.$ZodCheckDef & Record<string, unknown>;
  const generic = genericCheck(check);
  const noWhen = def.when === undefined;
  if (has(check, "$ZodCheckRegex") && noWhen && def["pattern"] instanceof RegExp) {
    const pattern = def["pattern"];
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string) ? value : FAIL;
    };
  }
  // A string format that is only its pattern (the ISO date), where the check is the schema itself.
  if (check === (owner as unknown) && has(owner, "$ZodISODate") && noWhen && def["pattern"] instanceof RegExp) {
    const pattern = def["pattern"];
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string) ? value : FAIL;
    };
  }
  if (has(check, "$ZodCheckMaxLength") && def.when === lengthWhen()) {
    const maximum = def["maximum"] as number;
    // zod counts a string in code points, which are never more than its UTF-16 units: only an
    // overflow of units needs zod's exact count.
    return (value) => ((value as { length: number }).length <= maximum ? value : generic(value));
  }
  if (has(check, "$ZodCheckMinLength") && def.when === lengthWhen()) {
    const minimum = def["minimum"] as number;
    // A code point is one or two units: at least twice the minimum in units always passes,
    // fewer units than the minimum never does, zod decides in between.
    return (value) => {
      const length = (value as { length: number }).length;
      if (typeof value !== "string") return Array.isArray(value) ? (length >= minimum ? value : FAIL) : generic(value);
      if (length >= minimum * 2) return value;
      return length < minimum ? FAIL : generic(value);
    };
  }
  if (has(check, "$ZodCheckGreaterThan") && noWhen && typeof def["value"] === "number") {
    const bound = def["value"];
    return def["inclusive"] ? (value) => ((value as number) >= bound ? value : FAIL) : (value) => ((value as number) > bound ? value : FAIL);
  }
  if (has(check, "$ZodCheckLessThan") && noWhen && typeof def["value"] === "number") {
    const bound = def["value"];
    return def["inclusive"] ? (value) => ((value as number) <= bound ? value : FAIL) : (value) => ((value as number) < bound ? value : FAIL);
  }
  if (has(check, "$ZodCheckNumberFormat") && noWhen && def["format"] === "safeint") {
    return (value) => (Number.isSafeInteger(value) ? value : FAIL);
  }
  return generic;
}

/** The checks zod runs after a node's parse: the node itself when it is a check (a string format), then its `checks`. */
function checksOf(node: Node): Check[] {
  const own = (node._zod.def.checks ?? []) as Check[];
  return has(node, "$ZodCheck") ? [node as unknown as Check, ...own] : [...own];
}

function withChecks(node: Node, parse: Parse): Parse {
  const steps = checksOf(node).map((check) => translateCheck(check, node));
  if (steps.length === 0) return parse;
  if (steps.length === 1) {
    const [only] = steps as [CheckStep];
    return (value) => {
      const parsed = parse(value);
      return parsed === FAIL ? FAIL : only(parsed);
    };
  }
  return (value) => {
    let parsed = parse(value);
    for (let index = 0; index < steps.length && parsed !== FAIL; index += 1) parsed = steps[index]!(parsed);
    return parsed;
  };
}

/**
 * A string whose checks are all plain (patterns, at most one min and one max length with
 * zod's default `when`) as one closure: the common case of ids, parties and dates. Undefined
 * when some check is of another kind. The checks are pure tests, so their order does not matter.
 */
function plainString(node: Node): Parse | undefined {
  const patterns: RegExp[] = [];
  let minimum: { readonly bound: number; readonly exact: CheckStep } | undefined;
  let maximum: { readonly bound: number; readonly exact: CheckStep } | undefined;
  for (const check of checksOf(node)) {
    const def = check._zod.def as z.core.$ZodCheckDef & Record<string, unknown>;
    const pattern = def["pattern"];
    const isPattern = has(check, "$ZodCheckRegex") || (check === (node as unknown) && has(node, "$ZodISODate"));
    if (isPattern && def.when === undefined && pattern instanceof RegExp) patterns.push(pattern);
    else if (has(check, "$ZodCheckMinLength") && def.when === lengthWhen() && minimum === undefined) minimum = { bound: def["minimum"] as number, exact: genericCheck(check) };
    else if (has(check, "$ZodCheckMaxLength") && def.when === lengthWhen() && maximum === undefined) maximum = { bound: def["maximum"] as number, exact: genericCheck(check) };
    else return undefined;
  }
  const low = minimum?.bound ?? 0;
  const high = maximum?.bound ?? Number.POSITIVE_INFINITY;
  const count = patterns.length;
  return (value) => {
    if (typeof value !== "string") return FAIL;
    const units = value.length;
    // zod counts code points: fewer units than the minimum never pass, twice as many always
    // do, more units than the maximum need zod's count; in between its own check decides.
    if (units < low * 2 && (units < low || minimum!.exact(value) === FAIL)) return FAIL;
    if (units > high && maximum!.exact(value) === FAIL) return FAIL;
    for (let index = 0; index < count; index += 1) {
      const pattern = patterns[index]!;
      pattern.lastIndex = 0;
      if (!pattern.test(value)) return FAIL;
    }
    return value;
  };
}

type Optionality = "optional" | "defaulted" | undefined;

/** A key of an object's shape with its translation and how zod treats its absence. */
interface Field {
  readonly key: string;
  readonly parse: Parse;
  readonly optin: Optionality;
  readonly optionalOut: boolean;
}

/**
 * Sets a property of an object the way zod does after parsing it (its handlePropertyResult):
 * an absent key that may be absent is left out, a present key is always written (even as
 * `undefined`), an absent required key fails. Returns false for a failure.
 */
function putProperty(output: Record<string, unknown>, input: Record<string, unknown>, key: string, parse: Parse, optin: Optionality, optionalOut: boolean): boolean {
  const value = input[key];
  if (value === undefined && !(key in input)) {
    if (optionalOut && optin === "optional") return true;
    const parsed = parse(undefined);
    if (parsed === FAIL) return optin !== undefined && optionalOut;
    if (optin === undefined) return false;
    if (parsed !== undefined) output[key] = parsed;
    else if (optin === "defaulted" && !optionalOut) output[key] = undefined;
    return true;
  }
  const parsed = parse(value);
  if (parsed === FAIL) return false;
  output[key] = parsed;
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The keys a record retries as numbers when they fail as strings (zod's number pattern: an optional minus, digits, an optional fraction). */
const NUMERIC_KEY = /^-?\d+(?:\.\d+)?$/;

/**
 * Whether zod's record takes `value` as a record: an object, not an array, whose constructor
 * is absent, not a function, or one whose prototype object has its own `isPrototypeOf` (as
 * `Object.prototype` has), so that class instances are refused and `Object.create(null)` is not.
 */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const constructor = (value as { constructor?: unknown }).constructor;
  if (constructor === undefined || typeof constructor !== "function") return true;
  const prototype = (constructor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, "isPrototypeOf");
}

/** Translates schemas; each schema object once (shared subschemas share their translation). */
class Translator {
  /**
   * With `shares`, a node whose parsed value would equal its input returns the input itself
   * (objects and arrays are copied only from the first difference on), so a document zod would
   * return unchanged is checked in place and nothing is copied.
   */
  constructor(
    private readonly shares: boolean = false,
    /** Measure the input against the limits while parsing it (see {@link Meter}). */
    private readonly measures: boolean = false,
  ) {}

  private plainTranslator: Translator | undefined;
  /** The translations that do not measure, for what a measured node parses that is not its input (a pipe's second side). */
  private get plain(): Translator {
    if (!this.measures) return this;
    this.plainTranslator ??= new Translator(this.shares, false);
    return this.plainTranslator;
  }

  private readonly done = new Map<Node, Parse>();
  private readonly active = new Set<Node>();
  /** How many schema nodes were translated and how many left to zod (for the tests and the report). */
  readonly counts = { translated: 0, delegated: 0 };
  /** The kinds (zod's `def.type`) of the nodes left to zod, one entry per node. */
  readonly delegatedKinds: string[] = [];

  node(node: Node): Parse {
    const known = this.done.get(node);
    if (known) return known;
    if (this.measures && LEAF_KINDS.has(node._zod.def.type)) {
      const leaf = measuredLeaf(this.plain.node(node));
      this.done.set(node, leaf);
      return leaf;
    }
    // A schema that contains itself (through a getter or z.lazy): zod handles the recursion.
    if (this.active.has(node)) return this.delegated(node);
    this.active.add(node);
    let parse: Parse;
    try {
      const plain = node._zod.def.type === "string" && !(node._zod.def as { coerce?: boolean }).coerce ? plainString(node) : undefined;
      if (plain !== undefined) {
        this.counts.translated += 1;
        this.done.set(node, plain);
        return plain;
      }
      const own = this.kind(node);
      parse = own === undefined ? this.delegated(node) : withChecks(node, own);
      if (own !== undefined) this.counts.translated += 1;
    } catch {
      // A definition this translation cannot read (zod would report it when parsing): zod's.
      parse = this.delegated(node);
    } finally {
      this.active.delete(node);
    }
    this.done.set(node, parse);
    return parse;
  }

  private delegated(node: Node): Parse {
    this.counts.delegated += 1;
    this.delegatedKinds.push(node._zod.def.type);
    if (this.measures) return (value) => (measure(value) ? runWithZod(node, value) : FAIL);
    return delegate(node);
  }

  /** The node's own parse without its checks, or undefined when zod should run the node. */
  private kind(node: Node): Parse | undefined {
    const def = node._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    switch (def.type) {
      case "string":
        if (def["coerce"]) return undefined;
        return (value) => (typeof value === "string" ? value : FAIL);
      case "number":
        if (def["coerce"]) return undefined;
        return (value) => (typeof value === "number" && Number.isFinite(value) ? value : FAIL);
      case "boolean":
        if (def["coerce"]) return undefined;
        return (value) => (typeof value === "boolean" ? value : FAIL);
      case "enum":
      case "literal": {
        const values = node._zod.values;
        if (!values) return undefined;
        return (value) => (values.has(value as z.core.util.Primitive) ? value : FAIL);
      }
      case "never":
        return () => FAIL;
      case "unknown":
      case "any":
        return (value) => value;
      case "null":
        return (value) => (value === null ? value : FAIL);
      case "optional": {
        const inner = def["innerType"] as Node;
        if (has(node, "$ZodExactOptional")) return this.node(inner);
        if (!has(node, "$ZodOptional") || inner._zod.optin === "defaulted") return undefined;
        const parse = this.node(inner);
        return (value) => (value === undefined ? undefined : parse(value));
      }
      case "nullable": {
        const parse = this.node(def["innerType"] as Node);
        if (this.measures) {
          return (value) => {
            if (value !== null) return parse(value);
            meter.size += 4;
            return null;
          };
        }
        return (value) => (value === null ? null : parse(value));
      }
      case "array":
        return this.array(def["element"] as Node);
      case "object":
        return this.object(node);
      case "union":
        return this.union(node);
      case "record":
        return this.record(node);
      case "pipe": {
        const first = this.node(def["in"] as Node);
        if (has(node, "$ZodCodec")) {
          // A codec decodes: its input side, its `transform` (which may add issues), its output side.
          const decode = def["transform"] as (value: unknown, payload: z.core.ParsePayload) => unknown;
          const output = this.plain.node(def["out"] as Node);
          return (value) => {
            const middle = first(value);
            if (middle === FAIL) return FAIL;
            const payload = { value: middle, issues: [] } as z.core.ParsePayload;
            const decoded = decode(middle, payload);
            if (decoded instanceof Promise) throw new Error("async codec");
            return payload.issues.length === 0 ? output(decoded) : FAIL;
          };
        }
        const second = this.plain.node(def["out"] as Node);
        // A pipe stops at the first side's issues and fails either way.
        return (value) => {
          const middle = first(value);
          return middle === FAIL ? FAIL : second(middle);
        };
      }
      default:
        return undefined;
    }
  }

  private array(element: Node): Parse {
    const item = this.node(element);
    const measures = this.measures;
    /** Measures an array's brackets and commas and enters it; false when a limit is exceeded. */
    const enter = (length: number): boolean => {
      if (length > meter.maxItems || meter.depth >= meter.maxDepth || meter.size > meter.maxSize) return false;
      meter.depth += 1;
      meter.size += length === 0 ? 2 : length + 1;
      return true;
    };
    if (this.shares) {
      return (value) => {
        if (!Array.isArray(value)) return FAIL;
        const length = value.length;
        if (measures && !enter(length)) return FAIL;
        // zod's output is a plain array: another prototype is a difference from the start.
        let output: unknown[] | undefined = Object.getPrototypeOf(value) === Array.prototype ? undefined : new Array<unknown>(length);
        for (let index = 0; index < length; index += 1) {
          const given: unknown = value[index];
          // An item JSON cannot write (undefined, a function, a symbol, a gap) is written as null.
          if (measures && isOmitted(given)) meter.size += 4;
          const parsed = item(given);
          if (parsed === FAIL) return FAIL;
          if (output !== undefined) output[index] = parsed;
          // A gap reads as undefined, and zod writes undefined there: a difference.
          else if (parsed !== given || (parsed === undefined && !(index in value))) {
            output = new Array<unknown>(length);
            for (let before = 0; before < index; before += 1) output[before] = value[before];
            output[index] = parsed;
          }
        }
        if (measures) meter.depth -= 1;
        return output ?? value;
      };
    }
    return (value) => {
      if (!Array.isArray(value)) return FAIL;
      const length = value.length;
      if (measures && !enter(length)) return FAIL;
      const output = new Array<unknown>(length);
      for (let index = 0; index < length; index += 1) {
        const given: unknown = value[index];
        if (measures && isOmitted(given)) meter.size += 4;
        const parsed = item(given);
        if (parsed === FAIL) return FAIL;
        output[index] = parsed;
      }
      if (measures) meter.depth -= 1;
      return output;
    };
  }

  private object(node: Node): Parse | undefined {
    const def = node._zod.def as z.core.$ZodObjectDef;
    const shape = def.shape;
    if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
    const keys = Object.keys(shape);
    const keySet = new Set(keys);
    const fields: Field[] = [];
    for (const key of keys) {
      // zod never writes a declared __proto__ into its output.
      if (key === "__proto__") continue;
      const schema = shape[key] as Node;
      fields.push({ key, parse: this.node(schema), optin: schema._zod.optin, optionalOut: schema._zod.optout === "optional" });
    }
    const count = fields.length;
    const fieldKeys = fields.map((field) => field.key);
    const fieldParses = fields.map((field) => field.parse);
    const catchall = def.catchall as Node | undefined;
    const strict = catchall !== undefined && catchall._zod.def.type === "never";

    // The measure (see Meter): what JSON writes for each field's key with its colon, the key's
    // length in units, and whether Object.prototype has a property of that name (which the
    // input would then inherit when it lacks its own).
    const measures = this.measures;
    const keyLengths = fieldKeys.map((key) => jsonStringLength(key) + 1);
    const keyUnits = fieldKeys.map((key) => key.length);
    const inheritable = fieldKeys.map((key) => PROTOTYPE_NAMES.has(key));
    // A strict object's own keys are all declared ones: no more than the shape has.
    const mostKeys = strict ? keySet.size : Number.POSITIVE_INFINITY;
    /** Enters an object: false when it is not one the measure walks, or nests or holds too much. */
    const enter = (value: object): boolean => {
      if (!measurable(value) || meter.depth >= meter.maxDepth || meter.size > meter.maxSize) return false;
      if (mostKeys > meter.maxItems && Object.keys(value).length > meter.maxItems) return false;
      meter.depth += 1;
      return true;
    };
    /** Leaves an object of `written` entries, adding its braces and commas. */
    const leave = (written: number): void => {
      meter.depth -= 1;
      meter.size += written === 0 ? 2 : written + 1;
    };
    /** Counts a declared field's key: 1 when JSON writes it, 0 when it leaves it out, -1 over a limit or when the value may be inherited. */
    const countField = (input: Record<string, unknown>, index: number, value: unknown): number => {
      if (inheritable[index] && !Object.hasOwn(input, fieldKeys[index]!)) return -1;
      if (isOmitted(value)) return 0;
      if (keyUnits[index]! > meter.maxStringLength) return -1;
      meter.size += keyLengths[index]!;
      return 1;
    };
    /** Counts another key (its value is parsed by the catch-all, which measures it). */
    const countKey = (key: string, value: unknown): number => {
      if (isOmitted(value)) return 0;
      if (key.length > meter.maxStringLength) return -1;
      meter.size += jsonStringLength(key) + 1;
      return 1;
    };
    /** Counts a key zod does not parse (dropped or skipped) and measures its value. */
    const countExtra = (key: string, value: unknown): number => {
      const counted = countKey(key, value);
      return counted === 1 && !measure(value) ? -1 : counted;
    };

    /** Parses the declared fields into `output`: how many keys JSON writes for them (0 when not measuring), or -1 for a failure. */
    const putFields = (input: Record<string, unknown>, output: Record<string, unknown>): number => {
      let written = 0;
      for (let index = 0; index < count; index += 1) {
        const key = fieldKeys[index]!;
        const value = input[key];
        if (value === undefined && !(key in input)) {
          const field = fields[index]!;
          if (!putProperty(output, input, key, field.parse, field.optin, field.optionalOut)) return -1;
          continue;
        }
        if (measures) {
          const counted = countField(input, index, value);
          if (counted < 0) return -1;
          written += counted;
        }
        // A present key: written whatever its value, even undefined (as zod's handlePropertyResult does).
        const parsed = fieldParses[index]!(value);
        if (parsed === FAIL) return -1;
        output[key] = parsed;
      }
      return written;
    };
    // The copy zod makes, for a node that copies, and for a sharing node whose input is not a plain object.
    const copy: Parse = (() => {
      if (catchall === undefined || strict) {
        // Strict: any other key, own or inherited and enumerable, is unrecognised. Otherwise zod
        // drops the keys the shape does not declare. Either way it never writes a declared
        // __proto__; what it drops or skips is not parsed, but the measure still counts it.
        return (value) => {
          if (!isObject(value)) return FAIL;
          if (measures && !enter(value)) return FAIL;
          const output: Record<string, unknown> = {};
          let written = putFields(value, output);
          if (written < 0) return FAIL;
          if (strict || measures) {
            for (const key in value) {
              const declared = keySet.has(key);
              if (strict && !declared) return FAIL;
              if (!measures || (declared && key !== "__proto__")) continue;
              const counted = countExtra(key, value[key]);
              if (counted < 0) return FAIL;
              written += counted;
            }
          }
          if (measures) leave(written);
          return output;
        };
      }
      const rest = this.node(catchall);
      const restOptin = catchall._zod.optin;
      const restOptionalOut = catchall._zod.optout === "optional";
      return (value) => {
        if (!isObject(value)) return FAIL;
        if (measures && !enter(value)) return FAIL;
        const output: Record<string, unknown> = {};
        let written = putFields(value, output);
        if (written < 0) return FAIL;
        for (const key in value) {
          if (keySet.has(key) || key === "__proto__") {
            if (measures && key === "__proto__") {
              const counted = countExtra(key, value[key]);
              if (counted < 0) return FAIL;
              written += counted;
            }
            continue;
          }
          if (measures) {
            const counted = countKey(key, value[key]);
            if (counted < 0) return FAIL;
            written += counted;
          }
          if (!putProperty(output, value, key, rest, restOptin, restOptionalOut)) return FAIL;
        }
        if (measures) leave(written);
        return output;
      };
    })();
    const declaredProto = keySet.has("__proto__");
    // The output of a shared object from its first difference on: the fields before it, as the input has them.
    const fieldsBefore = (input: Record<string, unknown>, index: number): Record<string, unknown> => {
      const output: Record<string, unknown> = {};
      for (let before = 0; before < index; before += 1) {
        const earlier = fieldKeys[before]!;
        if (earlier in input) output[earlier] = input[earlier];
      }
      return output;
    };
    const schemaOrder: Parse = this.shares && !declaredProto ? (() => {
      const rest = catchall === undefined || strict ? undefined : this.node(catchall);
      const restOptin = catchall?._zod.optin;
      const restOptionalOut = catchall?._zod.optout === "optional";
      return (value) => {
        if (!isObject(value)) return FAIL;
        // zod's output is a plain object: another prototype is a difference from the start.
        if (Object.getPrototypeOf(value) !== Object.prototype) return copy(value);
        if (measures && !enter(value)) return FAIL;
        let written = 0;
        // The output is made at the first field whose parsed value differs from the input's;
        // until then the fields read so far are the input's own (present, or absent and optional).
        let output: Record<string, unknown> | undefined;
        for (let index = 0; index < count; index += 1) {
          const key = fieldKeys[index]!;
          const given = value[key];
          const absent = given === undefined && !(key in value);
          if (absent) {
            const field = fields[index]!;
            if (output === undefined && field.optionalOut && field.optin === "optional") continue;
            output ??= fieldsBefore(value, index);
            if (!putProperty(output, value, key, field.parse, field.optin, field.optionalOut)) return FAIL;
            continue;
          }
          if (measures) {
            const counted = countField(value, index, given);
            if (counted < 0) return FAIL;
            written += counted;
          }
          const parsed = fieldParses[index]!(given);
          if (parsed === FAIL) return FAIL;
          if (output === undefined) {
            if (parsed === given) continue;
            output = fieldsBefore(value, index);
          }
          output[key] = parsed;
        }
        // Keys the shape does not declare: strict refuses them, zod's plain object drops them,
        // a catch-all parses them (after the declared ones, in the input's order).
        let extras: string[] | undefined;
        for (const key in value) {
          if (keySet.has(key)) continue;
          if (strict) return FAIL;
          if (rest === undefined || key === "__proto__") {
            // Dropped, or skipped: not parsed, but measured. Either way zod's output lacks the
            // key, so it is a new object (with the catch-all's keys read so far).
            if (output === undefined) {
              output = fieldsBefore(value, count);
              for (const earlier of extras ?? []) output[earlier] = value[earlier];
            }
            if (!measures) {
              if (rest === undefined) break;
              continue;
            }
            const counted = countExtra(key, value[key]);
            if (counted < 0) return FAIL;
            written += counted;
            continue;
          }
          if (measures) {
            const counted = countKey(key, value[key]);
            if (counted < 0) return FAIL;
            written += counted;
          }
          if (output === undefined && Object.hasOwn(value, key)) {
            const given = value[key];
            const parsed = rest(given);
            if (parsed === FAIL) return FAIL;
            if (parsed === given) {
              (extras ??= []).push(key);
              continue;
            }
            output = fieldsBefore(value, count);
            for (const earlier of extras ?? []) output[earlier] = value[earlier];
          }
          output ??= fieldsBefore(value, count);
          if (!putProperty(output, value, key, rest, restOptin, restOptionalOut)) return FAIL;
        }
        if (measures) leave(written);
        return output ?? value;
      };
    })() : copy;
    if (!this.shares || !strict || declaredProto || inheritable.includes(true)) return schemaOrder;

    // Sharing, the common case in one pass over the input's own keys (strict objects whose
    // fields Object.prototype does not have, read while it is plain): each key's field found in
    // a map, no look-up of the absent optional fields, no second pass for unknown keys; about a
    // tenth less time than the path above. Anything that needs the schema's order (a changed
    // value, an absent required or defaulted field) starts again on the path above. (Copying
    // this way, in the input's key order, measured twice as slow as the path above: not used.)
    const keyIndex = new Map(fieldKeys.map((key, index) => [key, index]));
    const needed = fields.map((field) => (field.optin === "optional" && field.optionalOut ? 0 : 1));
    const neededCount = needed.reduce<number>((sum, one) => sum + one, 0);
    const again = (value: Record<string, unknown>, size: number, depth: number): unknown => {
      meter.size = size;
      meter.depth = depth;
      return schemaOrder(value);
    };
    return (value) => {
      // zod's output is a plain object: sharing keeps only plain input.
      if (!prototypePlain || !isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) return schemaOrder(value);
      const { size, depth } = meter;
      if (measures && !enter(value)) return FAIL;
      let seen = 0;
      let written = 0;
      for (const key in value) {
        const index = keyIndex.get(key);
        if (index === undefined) return FAIL;
        const given = value[key];
        if (measures) {
          const counted = countField(value, index, given);
          if (counted < 0) return FAIL;
          written += counted;
        }
        const parsed = fieldParses[index]!(given);
        if (parsed === FAIL) return FAIL;
        if (parsed !== given) return again(value, size, depth);
        seen += needed[index]!;
      }
      if (seen !== neededCount) return again(value, size, depth);
      if (measures) leave(written);
      return value;
    };
  }

  private union(node: Node): Parse | undefined {
    const def = node._zod.def as z.core.$ZodDiscriminatedUnionDef;
    const options = def.options as readonly Node[];
    const parses = options.map((option) => this.node(option));
    const firstMatch: Parse = this.measures
      ? (value) => {
          // An option that fails part way has measured part of the value: start again from here.
          const { size, depth } = meter;
          for (let index = 0; index < parses.length; index += 1) {
            const parsed = parses[index]!(value);
            if (parsed !== FAIL) return parsed;
            meter.size = size;
            meter.depth = depth;
          }
          return FAIL;
        }
      : (value) => {
          for (let index = 0; index < parses.length; index += 1) {
            const parsed = parses[index]!(value);
            if (parsed !== FAIL) return parsed;
          }
          return FAIL;
        };
    if (has(node, "$ZodDiscriminatedUnion")) {
      // The option for each value of the discriminator, as zod maps them (a value two options
      // share cannot choose either).
      const byValue = new Map<unknown, Parse | null>();
      options.forEach((option, index) => {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0) throw new Error("not a discriminated option");
        for (const value of values) {
          if (byValue.has(value)) {
            if (value !== undefined) throw new Error("duplicate discriminator value");
            byValue.set(value, null);
          } else byValue.set(value, parses[index]!);
        }
      });
      const discriminator = def.discriminator;
      const fallback = def.unionFallback === true;
      return (value) => {
        if (!isObject(value)) return FAIL;
        const parse = byValue.get(value[discriminator]);
        if (parse) return parse(value);
        return fallback ? firstMatch(value) : FAIL;
      };
    }
    // An exclusive union (z.xor) fails when two options match: zod's.
    if (has(node, "$ZodXor") || (def as { inclusive?: boolean }).inclusive === false) return undefined;
    return firstMatch;
  }

  private record(node: Node): Parse | undefined {
    const def = node._zod.def as z.core.$ZodRecordDef & { mode?: string };
    const keyType = def.keyType as Node;
    // Records over a closed set of keys, and loose ones, are zod's.
    if ((keyType._zod.values && !def.partial) || def.mode === "loose") return undefined;
    // Keys are never measured by the key schema (they are not values): the record counts them.
    const parseKey = this.plain.node(keyType);
    const parseValue = this.node(def.valueType as Node);
    const measures = this.measures;
    /** Enters a record: false when it is not one the measure walks, or nests or holds too much. */
    const enter = (value: object): boolean => {
      if (!measurable(value) || meter.depth >= meter.maxDepth || meter.size > meter.maxSize) return false;
      if (Object.keys(value).length > meter.maxItems) return false;
      meter.depth += 1;
      return true;
    };
    /** Counts an entry's key as JSON writes it: 1, 0 when its value is omitted, -1 over a limit. */
    const countKey = (key: string, value: unknown): number => {
      if (isOmitted(value)) return 0;
      if (key.length > meter.maxStringLength) return -1;
      meter.size += jsonStringLength(key) + 1;
      return 1;
    };
    const leave = (written: number): void => {
      meter.depth -= 1;
      meter.size += written === 0 ? 2 : written + 1;
    };
    const copy: Parse = (value) => {
      if (!isPlainObject(value)) return FAIL;
      if (measures && !enter(value)) return FAIL;
      let written = 0;
      const output: Record<PropertyKey, unknown> = {};
      for (const key of Reflect.ownKeys(value)) {
        if (!Object.prototype.propertyIsEnumerable.call(value, key)) continue;
        if (measures && typeof key === "string") {
          const given = (value as Record<string, unknown>)[key];
          const counted = countKey(key, given);
          if (counted < 0) return FAIL;
          written += counted;
          // zod skips this key and so never parses its value: measure it here.
          if (key === "__proto__" && counted === 1 && !measure(given)) return FAIL;
        }
        if (key === "__proto__") continue;
        let outKey = parseKey(key);
        // zod retries a numeric string key as a number.
        if (outKey === FAIL && typeof key === "string" && NUMERIC_KEY.test(key)) outKey = parseKey(Number(key));
        if (outKey === FAIL) return FAIL;
        if (outKey === "__proto__") {
          if (measures && !measure((value as Record<PropertyKey, unknown>)[key])) return FAIL;
          continue;
        }
        const parsed = parseValue((value as Record<PropertyKey, unknown>)[key]);
        if (parsed === FAIL) return FAIL;
        output[outKey as PropertyKey] = parsed;
      }
      if (measures) leave(written);
      return output;
    };
    if (!this.shares) return copy;
    // In place: every own key enumerable, a string the key schema returns as it is, every value
    // returned as it is. Anything else (a skipped, symbol or numeric-retried key, a changed
    // value) is left to the copy, which writes what zod writes.
    return (value) => {
      if (!isPlainObject(value)) return FAIL;
      if (Object.getPrototypeOf(value) !== Object.prototype) return copy(value);
      // The copy measures the whole record again: it starts from the measure as it was here.
      const { size, depth } = meter;
      const copyFromStart = (): unknown => {
        meter.size = size;
        meter.depth = depth;
        return copy(value);
      };
      if (measures && !enter(value)) return FAIL;
      let written = 0;
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key !== "string" || key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(value, key)) return copyFromStart();
        const outKey = parseKey(key);
        if (outKey !== key) return copyFromStart();
        const given = (value as Record<string, unknown>)[key];
        if (measures) {
          const counted = countKey(key, given);
          if (counted < 0) return FAIL;
          written += counted;
        }
        const parsed = parseValue(given);
        if (parsed === FAIL) return FAIL;
        if (parsed !== given) return copyFromStart();
      }
      if (measures) leave(written);
      return value;
    };
  }
}

/** The translation of a schema, for tests: the parser and how many schema nodes it translated and left to zod. */
export interface FastParser<T> {
  /** Parses `input`; a measured parser needs `limits` (without them it answers `{ ok: false }`). */
  readonly parse: (input: unknown, limits?: IsmsLimits) => FastParseResult<T>;
  readonly counts: { readonly translated: number; readonly delegated: number };
  readonly delegatedKinds: readonly string[];
}

/**
 * Translates `schema` (now, once) into a fast parser. On input the schema accepts it answers
 * `{ ok: true, value }` with exactly zod's output (a new object graph, keys in the same order);
 * on anything else, or on any doubt, `{ ok: false }`. It never throws. With `measure`, its
 * `parse` takes limits and also answers `{ ok: false }` for input `withinLimits` refuses
 * (and for input whose objects are not plain or null-prototype ones, or when
 * `Object.prototype` has been changed: the exact walk decides those).
 */
export function compileFastParser<T>(schema: z.ZodType<T>, options: { readonly share?: boolean; readonly measure?: boolean } = {}): FastParser<T> {
  const measures = options.measure === true;
  const translator = new Translator(options.share === true, measures);
  const parse = translator.node(schema as unknown as Node);
  return {
    counts: translator.counts,
    delegatedKinds: translator.delegatedKinds,
    parse: (input, limits) => {
      if (measures && (limits === undefined || !prototypeIsPlain())) return { ok: false };
      const outer = context;
      const outerMeter = meter;
      const outerPlain = prototypePlain;
      prototypePlain = measures || prototypeIsPlain();
      context = { async: false };
      if (limits !== undefined) meter = meterFor(limits);
      try {
        const value = parse(input);
        if (value === FAIL || (measures && meter.size > meter.maxSize)) return { ok: false };
        return { ok: true, value: value as T };
      } catch {
        // A check or transform that threw, an async schema, a stack overflow: zod's path decides.
        return { ok: false };
      } finally {
        context = outer;
        meter = outerMeter;
        prototypePlain = outerPlain;
      }
    },
  };
}

/** The fast parsers, one per schema and mode (sharing, measuring), translated on first use. */
const parsers = /* @__PURE__ */ new Map<string, WeakMap<object, FastParser<unknown>>>();

/**
 * The fast parser of `schema`, translated on first use and kept for the schema's lifetime.
 *
 * @param schema - a zod 4 schema
 * @param input - any value
 * @param share - return the input's own objects wherever zod's output would equal them (see `Translator`)
 * @param limits - measure the input against these in the same walk: `{ ok: true }` only when
 *   `withinLimits` would also say yes (see {@link compileFastParser})
 * @returns `{ ok: true, value }` with zod's output, or `{ ok: false }` (check the limits and run zod for the issues)
 */
export function fastParse<T>(schema: z.ZodType<T>, input: unknown, share = false, limits?: IsmsLimits): FastParseResult<T> {
  const mode = `${share ? "share" : "copy"}${limits === undefined ? "" : "+measure"}`;
  let cache = parsers.get(mode);
  if (cache === undefined) {
    cache = new WeakMap();
    parsers.set(mode, cache);
  }
  let parser = cache.get(schema);
  if (parser === undefined) {
    parser = compileFastParser(schema, { share, measure: limits !== undefined }) as FastParser<unknown>;
    cache.set(schema, parser);
  }
  return parser.parse(input, limits) as FastParseResult<T>;
}
