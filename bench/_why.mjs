import { build, analyzeMetafile } from "esbuild";
const [code, filter] = [process.argv[2], process.argv[3]];
const r = await build({ stdin: { contents: code, resolveDir: process.cwd(), loader: "js" }, bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false, metafile: true, logLevel: "silent" });
const out = await analyzeMetafile(r.metafile, { verbose: true });
console.log(out.split("\n").filter((l, i, a) => true).join("\n"));
