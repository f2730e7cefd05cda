// What a bundle keeps, module by module: `node bench/_bundleInputs.mjs '<entry code>' [--all]`,
// e.g. 'export { annexA, getControl } from "./dist/index.js"' (run from the repository root,
// after npm run build). Bundles the code as bench/bundle.mjs does (esbuild: bundle, minify,
// browser, ES module) and lists the inputs by their bytes in the minified output, the
// library's own first, zod's and the other dependencies' too with --all. Not run by
// bench/run.mjs (the leading _): a tool for finding why a bundle is larger than its budget.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

const code = process.argv[2];
if (code === undefined) {
  console.error(`usage: node bench/_bundleInputs.mjs 'export { annexA } from "./dist/index.js"' [--all]`);
  process.exit(2);
}
const all = process.argv.includes("--all");
const result = await build({
  stdin: { contents: code, resolveDir: process.cwd(), sourcefile: "entry.js", loader: "js" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  metafile: true,
  logLevel: "silent",
});
const bytes = result.outputFiles[0].contents;
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
  .filter(([, input]) => input.bytesInOutput > 0)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
const zod = inputs.filter(([path]) => path.includes("node_modules/zod/")).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
console.log(`minified ${(bytes.length / 1000).toFixed(1)} kB, gzip ${(gzipSync(bytes, { level: 9 }).length / 1000).toFixed(2)} kB; zod ${(zod / 1000).toFixed(1)} kB of it`);
for (const [path, input] of inputs) {
  if (all || !path.includes("node_modules/")) console.log(`${String(input.bytesInOutput).padStart(8)}  ${path}`);
}
