// Packs the package as npm would publish it, installs the tarball into an empty project in a
// temporary folder, and runs the `isms` command through npx from there: the command a user
// gets. Part of `npm run check` (run after the build).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "isms-pack-"));
const run = (command, args, options = {}) => execFileSync(command, args, { encoding: "utf8", cwd: dir, ...options });
try {
  // --ignore-scripts: `npm run check` has built dist already, and the prepack build would
  // print tsup's progress into the JSON that npm pack writes to stdout.
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], { encoding: "utf8" }))[0];
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`);
  const unexpected = packed.files.map((file) => file.path).filter((path) => !/^(dist\/|schema\.json$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/.test(path));
  if (unexpected.length > 0) throw new Error(`files that users do not need are packed: ${unexpected.join(", ")}`);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "isms-pack-check", version: "0.0.0", private: true }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(dir, packed.filename)]);
  const version = run("npx", ["--no-install", "isms", "--version"]).trim();
  if (version !== JSON.parse(readFileSync("package.json", "utf8")).version) throw new Error(`npx isms --version printed ${version}`);
  run("npx", ["--no-install", "isms", "init", "example.json", "--example"]);
  const validated = JSON.parse(run("npx", ["--no-install", "isms", "validate", "example.json", "--json", "--as-of", "2026-11-27"]));
  if (!validated.valid) throw new Error("the example organisation does not validate through the packed command");
  const cjs = run("node", ["-e", "const { annexA } = require('isms'); const { renderSoaCsv } = require('isms/report'); console.log(annexA.length, typeof renderSoaCsv)"]).trim();
  const esm = run("node", ["--input-type=module", "-e", "import { annexA } from 'isms'; import { exportOscal } from 'isms/oscal'; console.log(annexA.length, typeof exportOscal)"]).trim();
  if (cjs !== "93 function" || esm !== "93 function") throw new Error(`imports from the installed package failed: ${cjs} / ${esm}`);
  // Node takes the bundled ES modules (dist/node/, the "node" condition); bundlers take the
  // per-file build (dist/*.js). Both must export the same names, entry by entry.
  const compared = run("node", [
    "--input-type=module",
    "-e",
    `const entries = ["", "/report", "/oscal", "/example", "/spreadsheet", "/xlsx"];
     const files = { "": "index", "/report": "report", "/oscal": "oscal", "/example": "example", "/spreadsheet": "spreadsheet", "/xlsx": "xlsx" };
     const out = [];
     for (const entry of entries) {
       const resolved = import.meta.resolve("isms" + entry);
       if (!resolved.includes("/dist/node/")) throw new Error("isms" + entry + " resolves to " + resolved + ", not the Node build");
       const node = Object.keys(await import("isms" + entry)).sort().join();
       const perFile = Object.keys(await import(new URL("node_modules/isms/dist/" + files[entry] + ".js", "file://" + process.cwd() + "/").href)).sort().join();
       if (node !== perFile) throw new Error("isms" + entry + ": the Node build and the per-file build export different names");
       out.push(node.split(",").length);
     }
     console.log(out.join(" "));`,
  ]).trim();
  console.log(`npx isms ${version} works from the packed tarball; require and import of isms, isms/report and isms/oscal work; the Node build exports the per-file build's names (${compared})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
