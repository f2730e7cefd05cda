// The entry of `isms`. zod reads its `jitless` setting when a schema is built, and the
// library builds its schemas when its modules load, so the setting must come first. A static
// import cannot guarantee that in the bundle (a bundler evaluates the shared chunk, where the
// schemas are built, before the entry's own code), so the entry loads zod's configuration and
// then the command by dynamic imports, in that order.
await import("./jitless.js");
await import("./start.js");
