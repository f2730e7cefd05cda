// Writes what follows from the record-kind registry of the built package: schema.json (shipped
// as `isms/schema.json`) and the written-out list ISMS_COLLECTIONS in
// src/document/collections.ts (the kinds whose `commands` is true, in the registry's order).
// `--check` exits 1 when a committed file differs from what the code generates.
import { readFileSync, writeFileSync } from "node:fs";
import { ISMS_RECORD_KINDS, ismsJsonSchema } from "../dist/index.js";

const COLLECTIONS_FILE = "src/document/collections.ts";
const LIST = /(export const ISMS_COLLECTIONS: readonly IsmsCollection\[\] = \/\* @__PURE__ \*\/ Object\.freeze\(\[\n)([\s\S]*?)(\] as const\);)/;

function collectionsText() {
  const current = readFileSync(COLLECTIONS_FILE, "utf8");
  if (!LIST.test(current)) throw new Error(`${COLLECTIONS_FILE}: the ISMS_COLLECTIONS list is not where this script expects it`);
  const names = Object.entries(ISMS_RECORD_KINDS)
    .filter(([, kind]) => kind.commands)
    .map(([name]) => `  "${name}",\n`)
    .join("");
  return current.replace(LIST, (_, head, _body, tail) => `${head}${names}${tail}`);
}

const outputs = [
  ["schema.json", `${JSON.stringify(ismsJsonSchema(), null, 2)}\n`],
  [COLLECTIONS_FILE, collectionsText()],
];
if (process.argv.includes("--check")) {
  const stale = outputs.filter(([file, text]) => readFileSync(file, "utf8") !== text).map(([file]) => file);
  if (stale.length > 0) {
    console.error(`${stale.join(" and ")} out of date: run npm run schema`);
    process.exit(1);
  }
  console.log("schema.json and ISMS_COLLECTIONS are up to date");
} else {
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(`wrote ${outputs.map(([file]) => file).join(" and ")}`);
}
