import type { OscalParty, OscalRole } from "../model.js";
import { lineOr } from "./build.js";

/** Parties and roles met while building a document, in first-use order (deterministic). */
export interface Registry {
  /** The uuid of the party of that name, registering it on first use. */
  party(name: string, type: "person" | "organization"): string;
  /** The id of a role, registering it on first use. */
  role(id: string, title: string): string;
  /** The parties registered so far. */
  parties(): OscalParty[];
  /** The roles registered so far. */
  roles(): OscalRole[];
}

/** A registry whose party uuids come from `uuid("party", name)`. */
export function registry(uuid: (kind: string, id?: string) => string): Registry {
  const parties = new Map<string, OscalParty>();
  const roles = new Map<string, OscalRole>();
  return {
    party(name, type) {
      const key = lineOr(name, "Unnamed");
      let found = parties.get(key);
      if (!found) {
        found = { uuid: uuid("party", key), type, name: key };
        parties.set(key, found);
      }
      return found.uuid;
    },
    role(id, title) {
      if (!roles.has(id)) roles.set(id, { id, title });
      return id;
    },
    parties: () => [...parties.values()],
    roles: () => [...roles.values()],
  };
}
