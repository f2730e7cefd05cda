import { fc } from "@fast-check/vitest";
import { AssetIdSchema, RESERVED_KEYS, type AssetId, type JsonValue } from "../../src/core/index.js";
import { AssetSchema, type Asset } from "../../src/assets/index.js";

const LEVELS = ["low", "medium", "high", "very_high"] as const;
const PROPERTIES = ["confidentiality", "integrity", "availability"] as const;

/** A level key on the default scales. */
export const levelArb = fc.constantFrom(...LEVELS);

/** Asset ids `A-0` … `A-(n-1)`. */
export function assetIds(count: number): AssetId[] {
  return Array.from({ length: count }, (_, index) => AssetIdSchema.parse(`A-${index}`));
}

/** Own ratings on the default scales, some properties left out. */
export const requirementsArb = fc.record(
  { confidentiality: levelArb, integrity: levelArb, availability: levelArb },
  { requiredKeys: [] },
);

/** Whether a JSON value holds a key the schemas refuse (`__proto__`) at any depth. */
export function hasReservedKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasReservedKey);
  if (typeof value !== "object" || value === null) return false;
  return Object.keys(value).some((key) => RESERVED_KEYS.includes(key)) || Object.values(value).some(hasReservedKey);
}

/**
 * Small JSON values that `CustomFieldsSchema` accepts and that JSON text can carry:
 * `fc.jsonValue` can generate a `__proto__` key, which the schemas refuse, so such values
 * are filtered out; it can also generate `-0`, which JSON writes as `0` (seed 205265706
 * failed a round trip on it), so every value is passed through JSON text first.
 */
export const customJsonArb: fc.Arbitrary<JsonValue> = fc
  .jsonValue({ maxDepth: 2 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
  .filter((value) => !hasReservedKey(value)) as fc.Arbitrary<JsonValue>;

/** A single asset that parses, with no dependencies. */
export const assetArb: fc.Arbitrary<Asset> = fc
  .record({
    id: fc.stringMatching(/^[A-Z][A-Z0-9-]{0,8}$/),
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((name) => /\S/.test(name)),
    type: fc.constantFrom("information", "software", "hardware", "service", "people", "site", "supplier", "cloud_service", "medical_device"),
    owner: fc.constantFrom("CISO", "Head of IT", "CFO"),
    status: fc.constantFrom("planned", "in_use", "retired", "disposed"),
    classification: fc.option(fc.constantFrom("public", "internal", "confidential", "restricted"), { nil: undefined }),
    requirements: fc.option(requirementsArb, { nil: undefined }),
    tags: fc.option(fc.array(fc.constantFrom("pci", "gdpr", "crown-jewel"), { maxLength: 3 }), { nil: undefined }),
    custom: fc.option(fc.dictionary(fc.constantFrom("a", "b", "ticket"), customJsonArb), { nil: undefined }),
  })
  .map((raw) => {
    const value: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(raw)) if (field !== undefined) value[key] = field;
    return AssetSchema.parse(value);
  });

/** Options of {@link inventoryArb}. */
export interface InventoryOptions {
  readonly maxSize?: number;
  /** Allow dependencies in any direction (cycles possible); otherwise only to later assets. */
  readonly cycles?: boolean;
  /** Add random overrides. */
  readonly overrides?: boolean;
}

/** An inventory with unique ids `A-i` and dependencies between known ids. */
export function inventoryArb(options: InventoryOptions = {}): fc.Arbitrary<Asset[]> {
  const maxSize = options.maxSize ?? 12;
  return fc.integer({ min: 1, max: maxSize }).chain((size) => {
    const ids = assetIds(size);
    const perAsset = fc.record({
      requirements: requirementsArb,
      targets: fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: 3 }),
      override: options.overrides
        ? fc.option(fc.record({ property: fc.constantFrom(...PROPERTIES), level: levelArb }), { nil: undefined, freq: 3 })
        : fc.constant(undefined),
    });
    return fc.array(perAsset, { minLength: size, maxLength: size }).map((rows) =>
      rows.map((row, index): Asset => {
        const dependsOn = row.targets.filter((target) => options.cycles || target > index).map((target) => ids[target] as AssetId);
        return {
          id: ids[index] as AssetId,
          name: `Asset ${index}`,
          type: "service",
          owner: "Owner",
          status: "in_use",
          requirements: row.requirements,
          ...(dependsOn.length > 0 ? { dependsOn } : {}),
          ...(row.override ? { requirementOverrides: { [row.override.property]: { level: row.override.level, reason: "Assessed by hand." } } } : {}),
        };
      }),
    );
  });
}
