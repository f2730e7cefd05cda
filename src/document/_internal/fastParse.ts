import * as z from "zod";

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
  constructor(private readonly shares: boolean = false) {}

  private readonly done = new Map<Node, Parse>();
  private readonly active = new Set<Node>();
  /** How many schema nodes were translated and how many left to zod (for the tests and the report). */
  readonly counts = { translated: 0, delegated: 0 };
  /** The kinds (zod's `def.type`) of the nodes left to zod, one entry per node. */
  readonly delegatedKinds: string[] = [];

  node(node: Node): Parse {
    const known = this.done.get(node);
    if (known) return known;
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
          const output = this.node(def["out"] as Node);
          return (value) => {
            const middle = first(value);
            if (middle === FAIL) return FAIL;
            const payload = { value: middle, issues: [] } as z.core.ParsePayload;
            const decoded = decode(middle, payload);
            if (decoded instanceof Promise) throw new Error("async codec");
            return payload.issues.length === 0 ? output(decoded) : FAIL;
          };
        }
        const second = this.node(def["out"] as Node);
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
    if (this.shares) {
      return (value) => {
        if (!Array.isArray(value)) return FAIL;
        const length = value.length;
        // zod's output is a plain array: another prototype is a difference from the start.
        let output: unknown[] | undefined = Object.getPrototypeOf(value) === Array.prototype ? undefined : new Array<unknown>(length);
        for (let index = 0; index < length; index += 1) {
          const given: unknown = value[index];
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
        return output ?? value;
      };
    }
    return (value) => {
      if (!Array.isArray(value)) return FAIL;
      const length = value.length;
      const output = new Array<unknown>(length);
      for (let index = 0; index < length; index += 1) {
        const parsed = item(value[index]);
        if (parsed === FAIL) return FAIL;
        output[index] = parsed;
      }
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
    const putFields = (input: Record<string, unknown>, output: Record<string, unknown>): boolean => {
      for (let index = 0; index < count; index += 1) {
        const key = fieldKeys[index]!;
        const value = input[key];
        if (value === undefined && !(key in input)) {
          const field = fields[index]!;
          if (!putProperty(output, input, key, field.parse, field.optin, field.optionalOut)) return false;
          continue;
        }
        // A present key: written whatever its value, even undefined (as zod's handlePropertyResult does).
        const parsed = fieldParses[index]!(value);
        if (parsed === FAIL) return false;
        output[key] = parsed;
      }
      return true;
    };
    const catchall = def.catchall as Node | undefined;
    // The copy zod makes, for a node that copies, and for a sharing node whose input is not a plain object.
    const copy: Parse = (() => {
      if (catchall === undefined) {
        return (value) => {
          if (!isObject(value)) return FAIL;
          const output: Record<string, unknown> = {};
          return putFields(value, output) ? output : FAIL;
        };
      }
      if (catchall._zod.def.type === "never") {
        // Strict: any other key, own or inherited and enumerable, is unrecognised.
        return (value) => {
          if (!isObject(value)) return FAIL;
          const output: Record<string, unknown> = {};
          if (!putFields(value, output)) return FAIL;
          for (const key in value) if (!keySet.has(key)) return FAIL;
          return output;
        };
      }
      const rest = this.node(catchall);
      const restOptin = catchall._zod.optin;
      const restOptionalOut = catchall._zod.optout === "optional";
      return (value) => {
        if (!isObject(value)) return FAIL;
        const output: Record<string, unknown> = {};
        if (!putFields(value, output)) return FAIL;
        for (const key in value) {
          if (keySet.has(key) || key === "__proto__") continue;
          if (!putProperty(output, value, key, rest, restOptin, restOptionalOut)) return FAIL;
        }
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
    if (this.shares && !declaredProto) {
      const strict = catchall !== undefined && catchall._zod.def.type === "never";
      const rest = catchall === undefined || strict ? undefined : this.node(catchall);
      const restOptin = catchall?._zod.optin;
      const restOptionalOut = catchall?._zod.optout === "optional";
      return (value) => {
        if (!isObject(value)) return FAIL;
        // zod's output is a plain object: another prototype is a difference from the start.
        if (Object.getPrototypeOf(value) !== Object.prototype) return copy(value);
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
          if (rest === undefined) {
            output ??= fieldsBefore(value, count);
            break;
          }
          if (key === "__proto__") continue;
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
        return output ?? value;
      };
    }
    return copy;
  }

  private union(node: Node): Parse | undefined {
    const def = node._zod.def as z.core.$ZodDiscriminatedUnionDef;
    const options = def.options as readonly Node[];
    const parses = options.map((option) => this.node(option));
    const firstMatch: Parse = (value) => {
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
    const parseKey = this.node(keyType);
    const parseValue = this.node(def.valueType as Node);
    const copy: Parse = (value) => {
      if (!isPlainObject(value)) return FAIL;
      const output: Record<PropertyKey, unknown> = {};
      for (const key of Reflect.ownKeys(value)) {
        if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
        let outKey = parseKey(key);
        // zod retries a numeric string key as a number.
        if (outKey === FAIL && typeof key === "string" && NUMERIC_KEY.test(key)) outKey = parseKey(Number(key));
        if (outKey === FAIL) return FAIL;
        if (outKey === "__proto__") continue;
        const parsed = parseValue((value as Record<PropertyKey, unknown>)[key]);
        if (parsed === FAIL) return FAIL;
        output[outKey as PropertyKey] = parsed;
      }
      return output;
    };
    if (!this.shares) return copy;
    // In place: every own key enumerable, a string the key schema returns as it is, every value
    // returned as it is. Anything else (a skipped, symbol or numeric-retried key, a changed
    // value) is left to the copy, which writes what zod writes.
    return (value) => {
      if (!isPlainObject(value)) return FAIL;
      if (Object.getPrototypeOf(value) !== Object.prototype) return copy(value);
      for (const key of Reflect.ownKeys(value)) {
        if (typeof key !== "string" || key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(value, key)) return copy(value);
        const outKey = parseKey(key);
        if (outKey !== key) return copy(value);
        const given = (value as Record<string, unknown>)[key];
        const parsed = parseValue(given);
        if (parsed === FAIL) return FAIL;
        if (parsed !== given) return copy(value);
      }
      return value;
    };
  }
}

/** The translation of a schema, for tests: the parser and how many schema nodes it translated and left to zod. */
export interface FastParser<T> {
  readonly parse: (input: unknown) => FastParseResult<T>;
  readonly counts: { readonly translated: number; readonly delegated: number };
  readonly delegatedKinds: readonly string[];
}

/**
 * Translates `schema` (now, once) into a fast parser. On input the schema accepts it answers
 * `{ ok: true, value }` with exactly zod's output (a new object graph, keys in the same order);
 * on anything else, or on any doubt, `{ ok: false }`. It never throws.
 */
export function compileFastParser<T>(schema: z.ZodType<T>, options: { readonly share?: boolean } = {}): FastParser<T> {
  const translator = new Translator(options.share === true);
  const parse = translator.node(schema as unknown as Node);
  return {
    counts: translator.counts,
    delegatedKinds: translator.delegatedKinds,
    parse: (input) => {
      const outer = context;
      context = { async: false };
      try {
        const value = parse(input);
        return value === FAIL ? { ok: false } : { ok: true, value: value as T };
      } catch {
        // A check or transform that threw, an async schema, a stack overflow: zod's path decides.
        return { ok: false };
      } finally {
        context = outer;
      }
    },
  };
}

const parsers = /* @__PURE__ */ new WeakMap<object, FastParser<unknown>>();
const sharingParsers = /* @__PURE__ */ new WeakMap<object, FastParser<unknown>>();

/**
 * The fast parser of `schema`, translated on first use and kept for the schema's lifetime.
 *
 * @param schema - a zod 4 schema
 * @param input - any value
 * @param share - return the input's own objects wherever zod's output would equal them (see `Translator`)
 * @returns `{ ok: true, value }` with zod's output, or `{ ok: false }` (run zod for the issues)
 */
export function fastParse<T>(schema: z.ZodType<T>, input: unknown, share = false): FastParseResult<T> {
  const cache = share ? sharingParsers : parsers;
  let parser = cache.get(schema);
  if (parser === undefined) {
    parser = compileFastParser(schema, { share }) as FastParser<unknown>;
    cache.set(schema, parser);
  }
  return parser.parse(input) as FastParseResult<T>;
}
