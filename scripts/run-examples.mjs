// Runs every file in examples/ against the built package, first as ES module, then as
// CommonJS (the same file with its imports rewritten to require calls), and checks that
// both exit 0 and print the same output. Part of `npm run check`.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

if (!existsSync("dist/index.js")) {
  console.error("dist/ is missing: run npm run build first");
  process.exit(1);
}

function toCommonJs(source) {
  return source.replace(/^import\s*\{([^}]*)\}\s*from\s*("[^"]+");?$/gm, (_, names, from) => {
    const bindings = names
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => name.replace(/\s+as\s+/, ": "));
    return `const { ${bindings.join(", ")} } = require(${from});`;
  });
}

// The top-level examples, and those of the folders listed here (each with its own data files).
const FOLDERS = ["examples", join("examples", "frameworks")];
const files = FOLDERS.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith(".mjs")).sort().map((name) => ({ folder, name })));
let failures = 0;
for (const { folder, name } of files) {
  const file = join(folder, name);
  const source = readFileSync(file, "utf8");
  const cjsFile = join(folder, `.${name.replace(/\.mjs$/, "")}.cjs-run.cjs`);
  try {
    const esm = execFileSync(process.execPath, [file], { encoding: "utf8", env: { ...process.env, ISMS_EXAMPLE_RUN: "esm" } });
    const cjsSource = toCommonJs(source);
    if (/^import\s/m.test(cjsSource)) throw new Error("an import could not be rewritten for CommonJS");
    writeFileSync(cjsFile, cjsSource);
    const cjs = execFileSync(process.execPath, [cjsFile], { encoding: "utf8", env: { ...process.env, ISMS_EXAMPLE_RUN: "cjs" } });
    if (esm !== cjs) throw new Error("ES module and CommonJS runs printed different output");
    if (esm.trim() === "") throw new Error("the example printed nothing");
    console.log(`ok   ${file} (ESM and CommonJS, ${esm.split("\n").length} lines)`);
  } catch (error) {
    failures += 1;
    console.error(`FAIL ${file}: ${error.message}`);
  } finally {
    rmSync(cjsFile, { force: true });
  }
}
console.log(`${files.length - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
