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
  console.log(`npx isms ${version} works from the packed tarball; require and import of isms, isms/report and isms/oscal work`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
