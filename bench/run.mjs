// Runs every benchmark script in bench/ (except this one) in its own process, in order.
// Each prints its own figures; `npm run bench` builds the package first.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";

const only = process.argv.slice(2);
const scripts = readdirSync(new URL(".", import.meta.url))
  .filter((name) => name.endsWith(".mjs") && name !== "run.mjs" && !name.startsWith("_"))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();
for (const name of scripts) {
  console.log(`\n=== bench/${name} ===`);
  execFileSync(process.execPath, ["--expose-gc", new URL(name, import.meta.url).pathname], { stdio: "inherit" });
}
