import { Immer, type Patch } from "immer";

// The library's own immer instance. immer's default instance deep-freezes what `produce`
// returns, and that includes the untouched objects the result shares with its input: a
// command would freeze the caller's own assets, risks or plans, which a library has no
// business doing. This instance leaves every object as extensible as it came, and
// configuring it does not change the caller's own use of immer.
const immer = /* @__PURE__ */ new Immer({ autoFreeze: false });

/** immer's `produce` on the library's instance (no auto-freeze). @internal */
export const produce: Immer["produce"] = /* @__PURE__ */ (() => immer.produce)();

/** immer's `applyPatches` on the library's instance (no auto-freeze). @internal */
export function applyPatches<T extends object>(base: T, patches: readonly Patch[]): T {
  return immer.applyPatches(base, patches);
}
