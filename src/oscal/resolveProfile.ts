import type { IsmsIssue, IssuePath, JsonValue, Result } from "../core/index.js";
import { argumentError } from "../core/_internal/index.js";
import { resolveProfileWithCatalogs } from "./_internal/profileResolution.js";

/**
 * Options of {@link resolveProfile} and {@link importProfile}.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const options: ResolveProfileOptions = { unknownIds: "error" };
 * const resolved = resolveProfile(JSON.parse(text), () => undefined, options);
 * resolved.ok; // false: the profile's catalog is not at hand
 * ```
 */
export interface ResolveProfileOptions {
  /**
   * What a `with-ids` entry that names no control of its catalog is: a `"warning"` (the
   * default; the id is listed in `unresolved` and the resolution goes on) or an `"error"`
   * (the resolution fails).
   */
  readonly unknownIds?: "warning" | "error";
}

/**
 * One control a profile selects: its OSCAL id, the href of the catalog it comes from (for a
 * back-matter import `#<uuid>`, the resource's `rlinks` href that `catalogs` answered) and
 * the index of the import that selected it first.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const control: ResolvedProfileControl = { id: "ac-2", catalogHref: "sp800-53.json", importIndex: 0 };
 * ```
 */
export interface ResolvedProfileControl {
  /** The control's OSCAL id in its catalog, e.g. `ac-2.1`. */
  readonly id: string;
  /** The href of the catalog that holds it. */
  readonly catalogHref: string;
  /** The position of the import in `profile.imports`. */
  readonly importIndex: number;
}

/**
 * A profile's setting of one parameter (`modify.set-parameters`), kept as data: the profile
 * resolution does not apply it to any prose.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const setting: ProfileParameterSetting = { values: ["at least annually"] };
 * ```
 */
export interface ProfileParameterSetting {
  /** The values the profile sets. */
  readonly values?: readonly string[];
  /** The selection the profile sets. */
  readonly select?: { readonly "how-many"?: string; readonly choice?: readonly string[] };
  /** Every other key of the setting (`label`, `usage`, `constraints`, `guidelines`, `props`, …), as written. */
  readonly more?: { readonly [key: string]: JsonValue };
}

/**
 * An id a profile names that its catalog does not hold.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const missing: UnresolvedProfileId = { id: "ac-99", importIndex: 0, path: ["profile", "imports", 0, "include-controls", 0, "with-ids", 3] };
 * ```
 */
export interface UnresolvedProfileId {
  /** The id as the profile writes it. */
  readonly id: string;
  /** The position of the import in `profile.imports`. */
  readonly importIndex: number;
  /** Where the profile names it. */
  readonly path: IssuePath;
}

/**
 * A resolved profile: the controls it selects, its parameter settings and the ids it names
 * that its catalogs do not hold.
 *
 * @category OSCAL
 * @example
 * ```ts
 * const resolved = resolveProfile(JSON.parse(text), () => undefined);
 * const baseline: ResolvedProfile | undefined = resolved.ok ? resolved.value : undefined;
 * baseline?.controls.length;
 * ```
 */
export interface ResolvedProfile {
  /** `metadata.title`. */
  readonly title: string;
  /** `metadata.version`, when the profile has one. */
  readonly version?: string;
  /** The profile's uuid, when it has one. */
  readonly uuid?: string;
  /**
   * The selected controls, each once: the first import's in the order of its catalog (depth
   * first, an enhancement right after its parent control), then the controls the next import
   * adds, in the order of its catalog, and so on.
   */
  readonly controls: readonly ResolvedProfileControl[];
  /** `modify.set-parameters`, by parameter id (a later setting of an id replaces an earlier one). */
  readonly parameters: { readonly [paramId: string]: ProfileParameterSetting };
  /** The `with-ids` (of includes and excludes) that name no control of their catalog. */
  readonly unresolved: readonly UnresolvedProfileId[];
}

/**
 * What {@link resolveProfile} returns: the resolved profile or the issues that prevent it, as
 * a {@link Result}, and in both cases the `warnings`: what the resolution could not follow
 * (unsupported merge directives, `alters`, unknown keys, ids that name nothing, patterns that
 * match nothing).
 *
 * @category OSCAL
 * @example
 * ```ts
 * const resolved: ResolveProfileResult = resolveProfile(JSON.parse(text), () => undefined);
 * for (const warning of resolved.warnings) console.warn(warning.message);
 * ```
 */
export type ResolveProfileResult = Result<ResolvedProfile, IsmsIssue[]> & {
  /** What the resolution could not follow, with paths into the profile (severity `warning`). */
  readonly warnings: readonly IsmsIssue[];
};

/**
 * Resolves the selection of an OSCAL profile (OSCAL 1.0.x to 1.2.x): which controls of its
 * catalogs a baseline such as NIST SP 800-53 LOW or HIGH asks for. `catalogs` is called with
 * each import's `href` and returns the parsed JSON of that catalog (or `undefined`); an href
 * `#<uuid>` names a back-matter resource, whose `rlinks` hrefs are tried in order. Supported:
 * `include-all`, `include-controls` with `with-ids` and `matching` patterns (`*` any run of
 * characters, `?` one), `with-child-controls: "yes"` (every control nested in a selected
 * one), `exclude-controls` alike, several imports (their union, a control selected twice
 * counted once), `merge` `as-is` or `flat` (the order is the catalogs' either way), and
 * `modify.set-parameters`, kept as data. Merge `custom` or `combine` other than
 * `use-first`, `modify.alters` and unknown keys are warnings; an import of another profile,
 * an import whose catalog `catalogs` does not give, and a catalog that is not one are issues.
 * Neither the prose nor the parameters of the controls are touched: see
 * {@link importProfile} for the controls themselves.
 *
 * @param profile - the parsed JSON of an OSCAL profile document (`{ "profile": … }`)
 * @param catalogs - gives the parsed JSON of the catalog an href names, or `undefined`
 * @param options - whether an id that names nothing is a warning (default) or an error
 * @returns the resolved profile or every issue found (paths relative to `profile`), and the warnings
 * @category OSCAL
 * @example
 * ```ts
 * const catalog = exportCatalog("annex-a", { asOf: "2026-11-27" });
 * const profile = {
 *   profile: {
 *     uuid: "5a0b8f6c-2f6e-4a53-9d0e-6c1f5e8b7a10",
 *     metadata: { title: "People controls", "last-modified": "2026-11-27T00:00:00Z", version: "1", "oscal-version": "1.2.1" },
 *     imports: [{ href: "annex-a.json", "include-controls": [{ matching: [{ pattern: "a-6.*" }] }] }],
 *   },
 * };
 * const resolved = resolveProfile(profile, (href) => (href === "annex-a.json" ? catalog : undefined));
 * if (resolved.ok) resolved.value.controls.map((control) => control.id); // ["a-6.1", …, "a-6.8"]
 * ```
 */
export function resolveProfile(profile: unknown, catalogs: (href: string) => unknown, options: ResolveProfileOptions = {}): ResolveProfileResult {
  try {
    return resolveProfileWithCatalogs(profile, catalogs, options).result;
  } catch (error) {
    throw argumentError("resolveProfile", error);
  }
}
