import { readFileSync, writeFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

const entries = {
  index: "src/index.ts",
  report: "src/report/index.ts",
  oscal: "src/oscal/index.ts",
  example: "src/example/index.ts",
  spreadsheet: "src/spreadsheet/index.ts",
  xlsx: "src/xlsx/index.ts",
} as const;

const common = { sourcemap: false, target: "es2022", platform: "neutral" } as const;

export default defineConfig([
  // ES modules: one output file per source file (dist/catalogue/annexA.js, …), not one
  // shared chunk. With "sideEffects": false an app's bundler then drops every module the
  // app does not reach (the document schemas, the renderers) as a whole; in a single chunk
  // it would have to prove each top-level schema construction free of side effects, which
  // zod's chained calls defeat. dist/report.js, oscal.js and example.js re-export their
  // module's index so that the package's exports map is unchanged.
  {
    ...common,
    entry: ["src/**/*.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    dts: false,
    clean: true,
    async onSuccess() {
      for (const name of ["report", "oscal", "example", "spreadsheet", "xlsx"] as const) {
        writeFileSync(`dist/${name}.js`, `export * from "./${name}/index.js";\n`);
      }
    },
  },
  // ES modules for Node (the "node" condition of the exports map): the same entries bundled
  // into one file each, with the code they share in chunks (dist/node/chunk-….js), and zod,
  // date-fns and immer left to the package's dependencies. Node resolves and compiles every
  // file of a module graph on import; the per-file build above is some 380 files, and loading
  // them cost about twice the start-up of this build (docs/benchmarks.md). Bundlers for the
  // browser take the per-file build and trim it.
  { ...common, entry: entries, format: ["esm"], outDir: "dist/node", platform: "node", splitting: true, treeshake: true, dts: false, clean: false },
  // Type declarations for the four public entries, as before.
  { ...common, entry: entries, format: ["esm", "cjs"], dts: { only: true }, clean: false },
  // CommonJS: one self-contained file per entry.
  { ...common, entry: entries, format: ["cjs"], splitting: false, treeshake: true, dts: false, clean: false },
  // The command: one file with zod, date-fns and immer bundled in (Node loads one file instead
  // of hundreds: about a third off the start-up of `isms validate`), and the spreadsheet
  // commands in a chunk of their own, loaded only by `isms import` and `isms export`, so that
  // no other command loads the XLSX and CSV libraries.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    dts: false,
    splitting: true,
    noExternal: [/^zod(\/|$)/, /^date-fns(\/|$)/, /^immer$/],
    esbuildOptions(options) {
      options.chunkNames = "cli-chunks/[name]-[hash]";
    },
    clean: false,
    banner: { js: "#!/usr/bin/env node" },
    define: { __ISMS_VERSION__: JSON.stringify(version) },
  },
]);
