import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const root = "/work/wt18-bundle";
const src = process.argv.includes("--src");
const entry = src ? "./src/index.ts" : "./dist/index.js";
const cases = { cat: `export { annexA, getControl } from "${entry}";`, risk: `export { createMethodology, scoreRating, levelOf } from "${entry}";` , root: `export * from "${entry}";`};
const which = process.argv.slice(2).filter(a=>!a.startsWith("--"));
for (const [name, code] of Object.entries(cases)) {
  if (which.length && !which.includes(name)) continue;
  const r = await build({ stdin: { contents: code, resolveDir: root, loader: "js" }, bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false, metafile: true, logLevel: "silent" });
  const b = r.outputFiles[0].contents;
  console.log(`== ${name}: min ${(b.length/1000).toFixed(1)} kB gzip ${(gzipSync(b,{level:9}).length/1000).toFixed(2)} kB`);
  const inputs = Object.entries(Object.values(r.metafile.outputs)[0].inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput);
  const n = process.argv.includes("--all") ? 1000 : 25;
  for (const [p, i] of inputs.slice(0, n)) if (i.bytesInOutput) console.log(String(i.bytesInOutput).padStart(8), p);
}
