import { produce, deepEqual, argumentError, at } from "../core/_internal/index.js";
import { err, IsmsError, issue, ok, type IsmsIssue, type Result } from "../core/index.js";
import { AssetSchema, type Asset } from "./asset.js";
import { requireIndex } from "./_internal/lookup.js";
import { defaultAssetSettings, type AssetSettings } from "./settings.js";
import { validateAssets } from "./validateAssets.js";

/**
 * Changes to an asset: any field but `id`. An optional field given as `undefined` is
 * removed; required fields cannot be removed. Dependencies and the lifecycle (`dependsOn`,
 * `status` beyond planned/in use, `retiredOn`, `disposedOn`) have their own commands, and
 * {@link updateAsset} refuses to change them.
 *
 * @category Assets
 * @example
 * ```ts
 * // Set the custodian, remove the location.
 * const next = updateAsset(doc.assets, AssetIdSchema.parse("A-HW-PRINTER"), { custodian: "IT Operations", location: undefined });
 * if (next.ok) findAsset(next.value, "A-HW-PRINTER")?.location; // undefined
 * ```
 */
export type AssetPatch = {
  readonly [K in keyof Asset as K extends "id" ? never : undefined extends Asset[K] ? never : K]?: Asset[K];
} & {
  readonly [K in keyof Asset as undefined extends Asset[K] ? K : never]?: Asset[K] | undefined;
};

const REQUIRED = new Set(["name", "type", "owner", "status"]);

// Fields whose changes carry checks (cycles, lifecycle order) that only their own commands make.
const DEDICATED: Readonly<Record<string, string>> = {
  id: "addAsset under the new id, then removeAsset for the old one",
  dependsOn: "linkDependency or unlinkDependency",
  status: "retireAsset or disposeAsset",
  retiredOn: "retireAsset",
  disposedOn: "disposeAsset",
};

// What validateAssets finds in one asset against the settings (not across the inventory).
const SETTINGS_CODES = new Set(["unknown_classification", "unknown_requirement_property", "rating_not_on_scale", "override_without_reason"]);

// Moving between planned and in use has no dated record and no command of its own.
const OPEN_STATUSES = new Set<unknown>(["planned", "in_use"]);

/**
 * Applies a patch to one asset. Fields equal to the current ones are left alone, so a
 * patch that changes nothing returns the same inventory reference. Changing `id`,
 * `dependsOn`, `retiredOn` or `disposedOn`, or changing `status` other than between
 * `planned` and `in_use`, is refused with `use_dedicated_command` naming the command that
 * makes the change with its checks ({@link linkDependency}, {@link unlinkDependency},
 * {@link retireAsset}, {@link disposeAsset}); the same value as the current one is allowed.
 * The changed asset is parsed again with {@link AssetSchema}, and the fields the patch
 * changes are checked against the settings as {@link validateAssets} checks them: a
 * classification that is not a level of the scheme, a requirement property without a scale,
 * a level that is not on its scale, an override without a reason. Problems in fields the
 * patch leaves alone do not block it ({@link validateAssets} reports them).
 *
 * @param assets - the inventory
 * @param id - the asset to change
 * @param patch - the fields to set (or remove, with `undefined`)
 * @param settings - the classification scheme and requirement scales (default: the
 *   library's defaults, as for {@link reclassifyAsset})
 * @returns the new inventory; `use_dedicated_command` (one issue per refused field, path
 *   `[index, field]`), `invalid_asset` (the schema's findings, paths `[index, ...]`), or
 *   `unknown_classification`, `unknown_requirement_property`, `rating_not_on_scale`,
 *   `override_without_reason` for a changed field
 * @throws {@link IsmsError} `unknown_entity` when no asset has this id;
 *   `invalid_argument` when the patch removes a required field
 * @category Assets
 * @example
 * ```ts
 * const printer = AssetIdSchema.parse("A-HW-PRINTER");
 * updateAsset(doc.assets, printer, { owner: "CFO", tags: ["finance"] }).ok; // true
 * const refused = updateAsset(doc.assets, printer, { status: "retired" });
 * if (!refused.ok) refused.error.map((found) => found.code); // ["use_dedicated_command"]: use retireAsset
 * ```
 */
export function updateAsset(
  assets: readonly Asset[],
  id: Asset["id"],
  patch: AssetPatch,
  settings: AssetSettings = defaultAssetSettings,
): Result<readonly Asset[]> {
  try {
    const index = requireIndex(assets, id);
    const current: Readonly<Record<string, unknown>> = at(assets, index);
    const changes: [string, unknown][] = [];
    const refused: IsmsIssue[] = [];
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined && REQUIRED.has(key)) throw new IsmsError("invalid_argument", `updateAsset cannot remove the required field ${key}.`);
      const existing = current[key];
      if (value === undefined ? existing === undefined && !Object.hasOwn(current, key) : deepEqual(existing, value)) continue;
      const command = DEDICATED[key];
      if (command !== undefined && !(key === "status" && OPEN_STATUSES.has(existing) && OPEN_STATUSES.has(value))) {
        refused.push(issue("use_dedicated_command", `updateAsset does not change ${key} of asset ${id}; use ${command} instead, so that the change is checked.`, [index, key]));
        continue;
      }
      changes.push([key, value === undefined ? undefined : structuredClone(value)]);
    }
    if (refused.length > 0) return err(refused);
    if (changes.length === 0) return ok(assets);
    const next: Record<string, unknown> = { ...current };
    for (const [key, value] of changes) {
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    const parsed = AssetSchema.safeParse(next);
    if (!parsed.success) {
      return err(
        parsed.error.issues.map((found) =>
          issue("invalid_asset", `Asset ${id}: ${found.message}`, [index, ...found.path.map((part) => (typeof part === "symbol" ? String(part) : part))]),
        ),
      );
    }
    const changed = new Set(changes.map(([key]) => key));
    const offScale = validateAssets([parsed.data], settings)
      .filter((found) => SETTINGS_CODES.has(found.code) && changed.has(String(found.path[1])))
      .map((found) => ({ ...found, path: [index, ...found.path.slice(1)] }));
    if (offScale.length > 0) return err(offScale);
    return ok(
      produce(assets, (draft) => {
        const target: Record<string, unknown> = at(draft, index);
        for (const [key, value] of changes) {
          if (value === undefined) delete target[key];
          else target[key] = value;
        }
      }),
    );
  } catch (error) {
    throw argumentError("updateAsset", error);
  }
}
