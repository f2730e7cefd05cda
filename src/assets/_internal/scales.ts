import type { AssetSettings } from "../settings.js";

/** The properties of a settings value in order, with each level key's rank. */
export interface ResolvedScales {
  /** Property keys: confidentiality, integrity, availability, then extras in object order. */
  readonly properties: readonly string[];
  /** Property key → its position in `properties`. */
  readonly propertyIndex: ReadonlyMap<string, number>;
  /** Per property: level key → 0-based rank. */
  readonly ranks: readonly ReadonlyMap<string, number>[];
  /** Per property: level keys in order. */
  readonly levels: readonly (readonly string[])[];
}

const cache = new WeakMap<object, ResolvedScales>();

/** Resolves the requirement scales of the settings into rank lookups (cached per scales object). */
export function resolveScales(settings: AssetSettings): ResolvedScales {
  const scales = settings.requirementScales;
  const cached = cache.get(scales);
  if (cached) return cached;
  const properties = ["confidentiality", "integrity", "availability"];
  for (const key of Object.keys(scales)) if (!properties.includes(key)) properties.push(key);
  const propertyIndex = new Map(properties.map((key, index) => [key, index]));
  const levels = properties.map((key) => (scales[key]?.levels ?? []).map((level) => level.key));
  const ranks = levels.map((keys) => {
    const map = new Map<string, number>();
    keys.forEach((key, rank) => {
      if (!map.has(key)) map.set(key, rank);
    });
    return map;
  });
  const resolved = { properties, propertyIndex, ranks, levels };
  cache.set(scales, resolved);
  return resolved;
}

/** Own keys of a record-like value, tolerating `undefined`. */
export function entriesOf<V>(record: Readonly<Record<string, V>> | undefined): [string, V][] {
  return record === undefined ? [] : Object.entries(record);
}
