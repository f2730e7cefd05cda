import { build } from "esbuild";
import { writeFileSync, rmSync } from "node:fs";
const extra = process.argv[2] === "extra";
const out = "/work/wt18-bundle/.split-sim";
rmSync(out, { recursive: true, force: true });
const entryPoints = { index: "src/index.ts", report: "src/report/index.ts", oscal: "src/oscal/index.ts", example: "src/example/index.ts" };
if (extra) for (const m of ["core", "catalogue", "risk", "assets", "treatment", "soa", "cycle", "document"]) entryPoints[`_${m}`] = `src/${m}/index.ts`;
await build({ entryPoints, bundle: true, splitting: true, format: "esm", outdir: out, platform: "neutral", target: "es2022", external: ["zod", "immer", "date-fns"], logLevel: "warning" });
writeFileSync(out + "/package.json", JSON.stringify({ type: "module", sideEffects: false }));
