import { IsmsError } from "../error.js";

/**
 * The error for an id typed as existing that names nothing (a programmer error: the caller
 * should have looked it up first, or took it from another document). One code and one
 * sentence everywhere: `There is no asset with id "A-9".`, or with `within`
 * `There is no action with id "A-9" in treatment plan "TP-1".`.
 *
 * @param kind - what the id names, as people say it ("asset", "treatment plan")
 * @param id - the id given
 * @param within - the record the id was looked for in, when it is not the collection itself
 */
export function unknownEntity(kind: string, id: string, within?: string): IsmsError {
  return new IsmsError("unknown_entity", `There is no ${kind} with id "${id}"${within === undefined ? "" : ` in ${within}`}.`);
}
