import { buildSync } from "esbuild";
import { readFileSync } from "node:fs";

// The CLI tests run the command as a child process. Bundling it with esbuild (no type
// declarations) takes well under a second, so `npm test` does not depend on `npm run build`.
export default function setup(): void {
  const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  buildSync({
    entryPoints: ["src/cli/main.ts"],
    outfile: "node_modules/.cache/isms-test/cli.mjs",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    define: { __ISMS_VERSION__: JSON.stringify(version) },
    logLevel: "error",
  });
}
