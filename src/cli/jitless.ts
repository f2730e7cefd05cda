import * as z from "zod";

// A command checks one document and exits: zod's compiled fast paths cost more to build than
// they save on it (measured in CPU time on the example and on 2 and 10 MB documents: no slower
// without them, about 10 % less on the example), so the command runs zod without them. zod
// reads the setting when a schema is built, so main.ts loads this module before the command
// (and names its export, so that no bundler drops the import of a package with
// "sideEffects": false).
export const zodConfig = z.config({ jitless: true });
