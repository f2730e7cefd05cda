// Writes schema.json (shipped as `isms/schema.json`) from the built package; `--check` exits 1
// when the committed file differs from what the code generates.
import { readFileSync, writeFileSync } from "node:fs";
import { ismsJsonSchema } from "../dist/index.js";

const text = `${JSON.stringify(ismsJsonSchema(), null, 2)}\n`;
if (process.argv.includes("--check")) {
  const current = readFileSync("schema.json", "utf8");
  if (current !== text) {
    console.error("schema.json is out of date: run npm run schema");
    process.exit(1);
  }
  console.log("schema.json is up to date");
} else {
  writeFileSync("schema.json", text);
  console.log("wrote schema.json");
}
