/**
 * Bounds on the shape of untrusted input that {@link parseIsms} and {@link safeParseIsms}
 * check before the schema's issues are reported or any refinement reads a value (for a valid
 * document, in the same walk as the schema), so that a server can accept uploads without
 * letting one request exhaust its memory, its time or its stack. Every value counts: object
 * keys, `custom` fields, everything. String lengths are JavaScript string lengths (UTF-16
 * code units).
 *
 * @category Document
 * @example
 * ```ts
 * const limits: IsmsLimits = { ...DEFAULT_ISMS_LIMITS, maxSize: 10 * 1024 * 1024 };
 * ```
 */
export interface IsmsLimits {
  /** The longest string (value or object key), in characters. */
  readonly maxStringLength: number;
  /** The most items in one array, or keys in one object (the largest collection). */
  readonly maxItems: number;
  /**
   * The deepest nesting of objects and arrays: the document object itself is depth 1, its
   * `risks` array depth 2 and each risk depth 3.
   */
  readonly maxDepth: number;
  /** The largest document, measured as the length of its compact JSON text (`JSON.stringify(input).length`). */
  readonly maxSize: number;
}

/**
 * The limits {@link parseIsms} applies when the caller gives none: generous for any real
 * ISMS and safe for a server.
 *
 * - `maxStringLength` 100 000: about fifty pages of text, far more than any description,
 *   justification or note (the example organisation's longest string has fewer than 300
 *   characters); evidence is referenced, not embedded.
 * - `maxItems` 1 000 000: ten times the 100 000-risk register of the benchmarks.
 * - `maxDepth` 64: the example organisation nests 8 levels deep and `custom` JSON is already
 *   limited to 64 levels; the schema's recursive checks stay far from the call-stack limit.
 * - `maxSize` 256 MiB (268 435 456 characters): half of the longest string V8 can hold, a
 *   thousand times the example document (about 180 000 characters). A server that accepts
 *   smaller uploads should lower it to its own request-size limit.
 *
 * Frozen; pass `{ limits: { … } }` to change one and keep the others.
 *
 * @category Document
 * @example
 * ```ts
 * DEFAULT_ISMS_LIMITS.maxDepth; // 64
 * parseIsms(doc, { limits: { maxStringLength: 4 * DEFAULT_ISMS_LIMITS.maxStringLength } }); // doc, unchanged
 * ```
 */
export const DEFAULT_ISMS_LIMITS: IsmsLimits = /* @__PURE__ */ Object.freeze({
  maxStringLength: 100_000,
  maxItems: 1_000_000,
  maxDepth: 64,
  maxSize: 256 * 1024 * 1024,
});
