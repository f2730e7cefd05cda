// Bundle sizes (issue 18's size targets): what a browser app pays for what it imports. Each
// case is an entry module that re-exports some names of the built package (dist/, ES
// module), bundled by esbuild as an app's bundler would (bundle, minify, tree shaking,
// platform browser, ES module, dependencies such as zod included), then gzipped (level 9).
// kB are 1000 bytes. The share of zod in the minified output comes from esbuild's metafile.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { verdict } from "./_measure.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const entry = "./dist/index.js";

const cases = [
  { name: "only annexA + getControl", code: `export { annexA, getControl } from "${entry}";`, target: 10, order: 3 },
  { name: "only risk scoring (createMethodology, scoreRating, levelOf)", code: `export { createMethodology, scoreRating, levelOf } from "${entry}";`, target: 12, order: 4 },
  { name: "the root entry (everything)", code: `export * from "${entry}";`, target: 45, order: 5 },
  { name: "isms/report (everything), no target", code: `export * from "./dist/report.js";` },
  { name: "isms/oscal (everything), no target", code: `export * from "./dist/oscal.js";` },
  // Floors: what zod alone costs an app for one small schema. createMethodology checks its
  // input with the library's zod schemas, so the scoring bundle with it cannot be smaller
  // than the first line; zod/mini (second line) has another API and other public types.
  { name: "floor: zod, one strictObject (no target)", code: `import * as z from "zod"; export const s = z.strictObject({ a: z.string() });` },
  { name: "floor: zod/mini, one strictObject (no target)", code: `import * as z from "zod/mini"; export const s = z.strictObject({ a: z.string() });` },
];

console.log("Bundles: esbuild (bundle, minify, browser, ESM) + gzip -9; kB = 1000 bytes");
for (const item of cases) {
  const result = await build({
    stdin: { contents: item.code, resolveDir: root, sourcefile: "entry.js", loader: "js" },
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
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const zod = Object.entries(inputs)
    .filter(([path]) => path.includes("node_modules/zod/"))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  const kB = (value) => `${(value / 1000).toFixed(1)} kB`;
  console.log(`  ${item.name.padEnd(62)} minified ${kB(bytes.length).padStart(9)}, gzip ${kB(gzip).padStart(8)}; zod ${((zod / bytes.length) * 100).toFixed(0)} % of the minified bytes`);
  if (item.target !== undefined) {
    verdict({ order: item.order, measure: `bundle, ${item.name}`, figure: `${kB(gzip)} gzip (${kB(bytes.length)} min)`, target: `≤ ${item.target} kB`, pass: gzip / 1000 <= item.target });
  }
}
