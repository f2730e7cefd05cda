import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

const library = {
  entry: {
    index: "src/index.ts",
    report: "src/report/index.ts",
    oscal: "src/oscal/index.ts",
    example: "src/example/index.ts",
  },
  dts: true,
  sourcemap: false,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
} as const;

export default defineConfig([
  { ...library, format: ["esm"], splitting: true, clean: true },
  { ...library, format: ["cjs"], splitting: false, clean: false },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    dts: false,
    splitting: false,
    clean: false,
    banner: { js: "#!/usr/bin/env node" },
    define: { __ISMS_VERSION__: JSON.stringify(version) },
  },
]);
