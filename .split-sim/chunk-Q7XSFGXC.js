import {
  IsmsError,
  RESERVED_KEYS,
  issue
} from "./chunk-7Q37T3A7.js";

// src/core/_internal/party.ts
function partyKey(name) {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ").toLocaleLowerCase("und");
}
function sameParty(a, b) {
  return a === b || partyKey(a) === partyKey(b);
}

// src/core/_internal/deepEqual.ts
function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b;
    return a.length === other.length && a.every((item, index) => deepEqual(item, other[index]));
  }
  const left = a;
  const right = b;
  const leftKeys = Object.keys(left).filter((key) => left[key] !== void 0);
  const rightKeys = Object.keys(right).filter((key) => right[key] !== void 0);
  return leftKeys.length === rightKeys.length && leftKeys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key]));
}

// src/core/_internal/deepFreeze.ts
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

// src/core/_internal/reserved.ts
import * as z from "zod";
var guarded = /* @__PURE__ */ new WeakSet();
function rejectReservedKeys(schema) {
  const wrapped = z.preprocess((input, ctx) => {
    if (typeof input === "object" && input !== null && !Array.isArray(input)) {
      for (const key of RESERVED_KEYS) {
        if (Object.hasOwn(input, key)) ctx.addIssue({ code: "custom", message: `key "${key}" is reserved and not accepted`, path: [key], input });
      }
    }
    return input;
  }, schema);
  guarded.add(wrapped);
  return wrapped;
}
function rejectsReservedKeys(schema) {
  return typeof schema === "object" && schema !== null && guarded.has(schema);
}

// src/core/_internal/immer.ts
import { Immer } from "immer";
var immer = /* @__PURE__ */ new Immer({ autoFreeze: false });
var produce = /* @__PURE__ */ (() => immer.produce)();
function applyPatches(base, patches) {
  return immer.applyPatches(base, patches);
}

// src/core/_internal/unknownEntity.ts
function unknownEntity(kind, id, within) {
  return new IsmsError("unknown_entity", `There is no ${kind} with id "${id}"${within === void 0 ? "" : ` in ${within}`}.`);
}

// src/core/_internal/zodIssues.ts
function zodIssues(error, prefix = []) {
  return error.issues.flatMap((found) => {
    const path = [...prefix, ...found.path.map((part) => typeof part === "symbol" ? String(part) : part)];
    if (found.code === "unrecognized_keys") {
      return found.keys.map((key) => issue("invalid_unrecognized_keys", `Unknown key "${key}": there is no such field here (misspelt, or from another version?).`, [...path, key]));
    }
    const own = found.params?.code;
    return [issue(typeof own === "string" ? own : `invalid_${found.code}`, found.message, path)];
  });
}

// src/core/_internal/at.ts
function at(items, index) {
  if (!(index >= 0 && index < items.length && Number.isInteger(index))) {
    throw new IsmsError("invalid_argument", `Index ${index} is out of range for a list of ${items.length}; an argument does not have the shape its type promises.`);
  }
  return items[index];
}

export {
  partyKey,
  sameParty,
  deepEqual,
  deepFreeze,
  rejectReservedKeys,
  rejectsReservedKeys,
  produce,
  applyPatches,
  unknownEntity,
  zodIssues,
  at
};
